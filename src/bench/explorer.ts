/**
 * Explorer measurements in headless Chromium: time from navigation to the first drawn graph, and the
 * frame time while the user drags (pans) the canvas. The graph file is swapped in per run.
 */
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChromium } from '../../tests/e2e/support/browser.js';
import { serveStatic } from '../../tests/e2e/support/static-server.js';

export interface ExplorerRun {
  name: string;
  nodes: number;
  edges: number;
  firstRenderMs?: number;
  /** Search a concept, press Enter, until its panel is shown. */
  selectMs?: number;
  frameP50?: number;
  frameP95?: number;
  /** Why the run failed (e.g. the page ran out of memory), when it did. */
  error?: string;
}

export async function measureExplorer(
  dist: string,
  graphs: { name: string; file: string }[],
): Promise<ExplorerRun[]> {
  const server = await serveStatic(dist);
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const out: ExplorerRun[] = [];
  try {
    for (const g of graphs) {
      const body = await readFile(g.file);
      const data = JSON.parse(body.toString('utf8')) as {
        nodes: { key: string; attributes: { kind: string; label: string } }[];
        edges: unknown[];
      };
      const concept = data.nodes.find((n) => n.attributes.kind === 'concept')?.attributes.label ?? 'BERT';
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await page.route('**/graph.json', (r) =>
          r.fulfill({ status: 200, contentType: 'application/json', body }),
        );
        const start = Date.now();
        await page.goto(server.url);
        await page.locator('la-graph-view canvas').first().waitFor({ timeout: 120_000 });
        // Code for the page is passed as text: the TypeScript loader would wrap a function in helpers the page lacks.
        await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
        const firstRenderMs = Date.now() - start;
        const box = (await page.locator('la-graph-view').boundingBox())!;
        const frames = page.evaluate(`new Promise((resolve) => {
        const times = [];
        let last = performance.now();
        const tick = () => {
          const now = performance.now();
          times.push(now - last);
          last = now;
          if (times.length < 90) requestAnimationFrame(tick);
          else resolve(times.slice(5));
        };
        requestAnimationFrame(tick);
      })`) as Promise<number[]>;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await page.mouse.down();
        for (let i = 0; i < 60; i++)
          await page.mouse.move(
            box.x + box.width / 2 + ((i % 20) - 10) * 15,
            box.y + box.height / 2 + (i % 7) * 5,
          );
        await page.mouse.up();
        const times = (await frames).sort((a, b) => a - b);
        // Selection response: type a concept's name, press Enter, wait for its panel.
        const search = page.locator('input[type="search"], [role="combobox"]').first();
        await search.fill(concept);
        const selectStart = Date.now();
        await search.press('Enter');
        await page.locator('la-concept-panel, la-lecture-panel').first().waitFor({ timeout: 60_000 });
        const selectMs = Date.now() - selectStart;
        out.push({
          name: g.name,
          nodes: data.nodes.length,
          edges: data.edges.length,
          firstRenderMs,
          selectMs,
          frameP50: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
          frameP95: Math.round(times[Math.floor(times.length * 0.95)]! * 10) / 10,
        });
      } catch (e) {
        out.push({
          name: g.name,
          nodes: data.nodes.length,
          edges: data.edges.length,
          error: (e as Error).message.split('\n')[0]!.slice(0, 80),
        });
      } finally {
        await page.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
