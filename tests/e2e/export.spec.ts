import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Browser, Download, Page } from 'playwright-core';
import { validateSerializedGraph } from '../../src/core/load-graph.js';
import { SCHEMA_VERSION } from '../../src/core/types.js';
import { connectBrowser, openPage, siteUrl, waitForGraph, type OpenedPage } from './support/session.js';

async function read(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

describe('export (graph JSON and PNG)', () => {
  let browser: Browser;
  let opened: OpenedPage;
  let page: Page;

  beforeAll(async () => {
    browser = await connectBrowser();
    opened = await openPage(browser, '?node=concept:bert');
    page = opened.page;
    await waitForGraph(page);
  });
  afterAll(async () => {
    expect(opened.errors).toEqual([]);
    await browser?.close();
  });

  /** Opens the export menu (a disclosure in the toolbar) and picks the scope. */
  async function chooseScope(scope: 'graph' | 'view') {
    const toggle = page.getByRole('button', { name: 'Export', exact: true });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.locator('la-export-menu select').selectOption(scope);
  }

  async function exportJson(scope: 'graph' | 'view') {
    await chooseScope(scope);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('la-export-menu button.json').click(),
    ]);
    const text = (await read(download)).toString('utf8');
    return { name: download.suggestedFilename(), text, data: JSON.parse(text) as unknown };
  }

  it('should download the whole graph as graphology JSON in the graph.json schema', async () => {
    const { name, text, data } = await exportJson('graph');
    expect(name).toBe('lecture-atlas.json');
    // The explorer loads the compact file; what it exports is graph.json, byte for byte.
    expect(text).toBe(await (await fetch(siteUrl('graph.json'))).text());
    const graph = validateSerializedGraph(data);
    expect(graph.attributes.schemaVersion).toBe(SCHEMA_VERSION);
    expect(graph.options).toEqual({ type: 'directed', multi: true, allowSelfLoops: false });
    const total = Number(
      /of (\d+) nodes/.exec((await page.locator('la-app [role=status]').textContent()) ?? '')?.[1],
    );
    expect(graph.nodes.length).toBe(total);
    expect(graph.nodes.filter((n) => n.attributes?.kind === 'lecture')).toHaveLength(150);
    // UI state never leaks into the data.
    for (const n of graph.nodes) {
      expect(n.attributes).not.toHaveProperty('hidden');
      expect(n.attributes).not.toHaveProperty('highlighted');
    }
    expect(
      graph.edges.every((e) => typeof e.key === 'string' && e.key.startsWith(`${e.attributes?.kind}:`)),
    ).toBe(true);
  });

  it('should download the current view: the selection and its neighbourhood', async () => {
    const { name, data } = await exportJson('view');
    expect(name).toBe('lecture-atlas-view.json');
    const graph = validateSerializedGraph(data);
    const shown = Number(/^(\d+)/.exec((await page.locator('.focus-info').textContent()) ?? '')?.[1]);
    expect(graph.nodes.length).toBe(shown);
    expect(graph.nodes.map((n) => n.key)).toContain('concept:bert');
    expect(graph.edges.length).toBeGreaterThan(0);
    expect(graph.attributes.schemaVersion).toBe(SCHEMA_VERSION);
  });

  async function exportPng(scope: 'graph' | 'view') {
    await chooseScope(scope);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('la-export-menu button.png').click(),
    ]);
    const bytes = await read(download);
    // PNG signature, then the IHDR chunk's width and height.
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(1000);
    return {
      name: download.suggestedFilename(),
      width: bytes.readUInt32BE(16),
      height: bytes.readUInt32BE(20),
    };
  }

  it('should download the drawing as a PNG image: the current view as shown, the whole graph larger', async () => {
    const view = await exportPng('view');
    expect(view.name).toBe('lecture-atlas-view.png');
    const whole = await exportPng('graph');
    expect(whole.name).toBe('lecture-atlas.png');
    // The whole graph is drawn at twice the stage's size, with the camera reset.
    expect(whole.width).toBeGreaterThan(view.width);
    expect(whole.height).toBeGreaterThan(view.height);
  });
});
