/**
 * Explorer measurements in headless Chromium, on the production build with a graph swapped in (its
 * compact file, which the explorer loads, derived as the pipeline does and served from disk). Every figure is taken inside the page with
 * `performance.now()`, so the browser protocol's round trips are not counted:
 *
 * - first render: from navigation start until the first frame showing sigma's canvas has been
 *   produced (checked in requestAnimationFrame callbacks; a message posted from the callback runs once
 *   that frame's commit — where Chromium reads the WebGL canvases back — is done);
 * - selection: a concept's name is typed into the search field; from the Enter keydown until the
 *   frame showing its panel and highlighted neighbourhood has been produced (response), and until the
 *   frame that also draws what the neighbourhood adds — its edges, in the overview its lectures — which
 *   the explorer draws one frame later (complete); five selections, the panel closed in between,
 *   medians reported with the slowest response;
 * - hover: a mouse move dispatched onto a drawn node (sigma's mouse layer, so its picking and
 *   `enterNode` run as for a real pointer) until the frame after the reducer-driven refresh;
 *   repeated, moving off the node in between;
 * - panning: a drag with one mouse move per animation frame (what Chromium delivers for a real mouse,
 *   which it coalesces to one move per frame); frame time is the interval between frames, so every
 *   sampled frame moved the camera. The first frames are dropped.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium, type Page } from 'playwright-core';
import { graphFromJson } from '../core/load-graph.js';
import { compactGraphPath, compactGraphText } from '../pipeline/compact-output.js';
import { CHROMIUM_FLAGS, findChromium } from '../browser/chromium.js';
import { serveStatic } from '../browser/static-server.js';

export interface ExplorerRun {
  name: string;
  nodes: number;
  edges: number;
  /** The concept selected and hovered, with its number of links. */
  concept?: string;
  firstRenderMs?: number;
  /** Search a concept, press Enter, until the frame showing its panel and highlighted neighbourhood. */
  selectMs?: number;
  /** …until the neighbourhood's edges (and, in the overview, its lectures) are drawn too. */
  selectCompleteMs?: number;
  /** The slowest response of the SELECTIONS selections (the two figures above are their medians). */
  selectWorstMs?: number;
  hoverP50?: number;
  hoverP95?: number;
  frameP50?: number;
  frameP95?: number;
  /** Nodes and edges sigma draws in the overview (the level-of-detail view draws fewer than the graph holds). */
  drawnNodes?: number;
  drawnEdges?: number;
  /** Why the run failed (e.g. the page ran out of memory), when it did. */
  error?: string;
}

export interface ExplorerGraph {
  name: string;
  /** graph.json, and the compact file the explorer loads. */
  file: string;
  compactFile: string;
  nodes: number;
  edges: number;
  /** Label and key of the concept to select and hover. */
  concept: { key: string; label: string };
}

const round = (x: number): number => Math.round(x * 10) / 10;

/** How many times a concept is selected (closing its panel in between); medians are reported. */
const SELECTIONS = 5;

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
const quantile = (sorted: number[], q: number): number => round(sorted[Math.floor(sorted.length * q)] ?? NaN);

/** Page code is passed as text: the TypeScript loader would wrap a function in helpers the page lacks. */
const PAGE_HELPERS = `
  window.__la = {
    // Called in an animation frame callback: resolves once that frame has been produced.
    afterThisFrame: () => new Promise((resolve) => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    }),
    frameDone: () => new Promise((resolve) => requestAnimationFrame(() => window.__la.afterThisFrame().then(resolve))),
    app: () => document.querySelector('la-app')?.shadowRoot,
    sigma: () => window.__la.app()?.querySelector('la-graph-view')?.sigmaController?.sigma,
  };
  window.__laFirstRender = new Promise((resolve) => {
    const poll = () => {
      const view = window.__la.app()?.querySelector('la-graph-view');
      if (view?.shadowRoot?.querySelector('canvas')) window.__la.afterThisFrame().then(resolve);
      else requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
`;

/** Runs one step of a measurement; a failure names the step. */
async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new Error(`${name}: ${(e as Error).message.split('\n')[0]}`, { cause: e });
  }
}

async function measureOne(page: Page, url: string, g: ExplorerGraph): Promise<ExplorerRun> {
  await page.addInitScript(PAGE_HELPERS);
  await page.goto(url);
  const firstRenderMs = await step('first render', async () =>
    Number(await page.evaluate('window.__laFirstRender')),
  );
  await page.waitForTimeout(300);
  const drawn = (await step('drawn', () =>
    page.evaluate(`(() => { const g = window.__la.sigma().getGraph(); return [g.order, g.size]; })()`),
  )) as [number, number];

  // Panning: one synthetic move per frame on sigma's mouse layer, from the middle of the canvas.
  const frames = (await step('pan', () =>
    page.evaluate(`(async () => {
    const s = window.__la.sigma();
    const el = s.getMouseCaptor().container;
    const r = el.getBoundingClientRect();
    const at = (type, dx, dy) => el.dispatchEvent(new MouseEvent(type, { clientX: r.left + r.width / 2 + dx,
      clientY: r.top + r.height / 2 + dy, bubbles: true, composed: true, button: 0, buttons: 1 }));
    at('mousedown', 0, 0);
    const times = [];
    let last = performance.now();
    await new Promise((resolve) => {
      let i = 0;
      const tick = () => {
        const now = performance.now();
        if (i > 0) times.push(now - last);
        last = now;
        if (i++ >= 90) return resolve();
        at('mousemove', ((i % 20) - 10) * 12, (i % 7) * 5);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    at('mouseup', 0, 0);
    return times.slice(5);
  })()`),
  )) as number[];
  frames.sort((a, b) => a - b);
  await page.waitForTimeout(500);

  // Selection: type the concept's name, then time Enter until its panel is on screen; SELECTIONS
  // times, closing the panel in between (the last one stays open for the hover).
  const search = page.locator('la-search.main input');
  const responses: number[] = [];
  const completes: number[] = [];
  for (let i = 0; i < SELECTIONS; i++) {
    if (i > 0) {
      await page.locator('la-app .details button.close').click();
      await page.waitForTimeout(1000);
    }
    await step('search', async () => {
      await search.fill(g.concept.label);
      await page.locator('la-search.main [role=option]').first().waitFor({ timeout: 60_000 });
    });
    await page.waitForTimeout(300);
    // The response is the frame showing the panel and the highlight; the selection is complete with the
    // frame where sigma also draws what the neighbourhood adds (its edges, in the overview its lectures).
    await page.evaluate(`window.__laSelect = new Promise((resolve) => {
      window.addEventListener('keydown', (e) => {
        if (e.key !== 'Enter') return;
        const t0 = performance.now();
        const controller = window.__la.app().querySelector('la-graph-view').sigmaController;
        let response;
        const poll = () => {
          if (response === undefined && window.__la.app()?.querySelector('la-concept-panel, la-lecture-panel'))
            response = window.__la.afterThisFrame();
          if (response !== undefined && controller.settled)
            Promise.all([response, window.__la.afterThisFrame()]).then(([t1, t2]) => resolve([t1 - t0, t2 - t0]));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }, { capture: true, once: true });
    }), 0`);
    await search.press('Enter');
    const [response, complete] = await step(
      'select',
      async () => (await page.evaluate('window.__laSelect')) as [number, number],
    );
    responses.push(response);
    completes.push(complete);
  }
  await page.waitForTimeout(1000);

  // Hover: the selected concept, centred without animation so it is surely drawn and on screen.
  const hovers = (await step('hover', () =>
    page.evaluate(`(async () => {
    const s = window.__la.sigma();
    const key = ${JSON.stringify(g.concept.key)};
    const d = s.getNodeDisplayData(key);
    if (!d) return [];
    s.getCamera().setState({ x: d.x, y: d.y });
    await window.__la.frameDone();
    await window.__la.frameDone();
    const el = s.getMouseCaptor().container;
    const r = el.getBoundingClientRect();
    const p = s.framedGraphToViewport(d);
    const move = (x, y) => el.dispatchEvent(new MouseEvent('mousemove', { clientX: r.left + x, clientY: r.top + y,
      bubbles: true, composed: true }));
    const times = [];
    for (let i = 0; i < 12; i++) {
      move(2, 2);
      await window.__la.frameDone();
      await window.__la.frameDone();
      const t0 = performance.now();
      move(p.x, p.y);
      times.push((await window.__la.frameDone()) - t0);
    }
    return times.slice(2);
  })()`),
  )) as number[];
  hovers.sort((a, b) => a - b);

  return {
    name: g.name,
    nodes: g.nodes,
    edges: g.edges,
    concept: g.concept.label,
    firstRenderMs: Math.round(firstRenderMs),
    selectMs: Math.round(median(responses)),
    selectCompleteMs: Math.round(median(completes)),
    selectWorstMs: Math.round(Math.max(...responses)),
    ...(hovers.length ? { hoverP50: quantile(hovers, 0.5), hoverP95: quantile(hovers, 0.95) } : {}),
    frameP50: quantile(frames, 0.5),
    frameP95: quantile(frames, 0.95),
    drawnNodes: drawn[0],
    drawnEdges: drawn[1],
  };
}

export async function measureExplorer(dist: string, graphs: ExplorerGraph[]): Promise<ExplorerRun[]> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const out: ExplorerRun[] = [];
  try {
    for (const g of graphs) {
      // One server per graph, serving the files under test.
      const server = await serveStatic(dist, { '/graph.json': g.file, '/graph.compact.json': g.compactFile });
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        out.push(await measureOne(page, server.url, g));
      } catch (e) {
        out.push({
          name: g.name,
          nodes: g.nodes,
          edges: g.edges,
          error: (e as Error).message.split('\n')[0]!.slice(0, 120),
        });
      } finally {
        await page.close().catch(() => undefined);
        await server.close();
      }
    }
  } finally {
    await browser.close();
  }
  return out;
}

/**
 * Counts and the concept to select (the first in key order, as in earlier runs) of a graph file, and
 * its compact form written beside it (as `npm run build:graph` does), which is what the explorer loads.
 */
export async function describeGraph(name: string, file: string): Promise<ExplorerGraph> {
  const graph = graphFromJson(await readFile(file, 'utf8'));
  const compactFile = compactGraphPath(file);
  await writeFile(compactFile, compactGraphText(graph));
  const concept = graph.filterNodes((_k, a) => a.kind === 'concept').sort()[0];
  return {
    name,
    file,
    compactFile,
    nodes: graph.order,
    edges: graph.size,
    concept: concept
      ? { key: concept, label: graph.getNodeAttribute(concept, 'label') }
      : { key: '', label: 'BERT' },
  };
}
