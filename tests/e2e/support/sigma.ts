/**
 * What a spec may read of the drawing: sigma's camera and the display data of its nodes, from the
 * graph view's controller (the canvas itself cannot be read as text).
 */
import type { Page } from 'playwright-core';

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** The camera, once it has stopped moving. */
export async function cameraState(page: Page): Promise<CameraState> {
  return page.evaluate(async () => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: { sigma: { getCamera(): { isAnimated(): boolean; getState(): CameraState } } };
    };
    const camera = view.sigmaController.sigma.getCamera();
    while (camera.isAnimated()) await new Promise((r) => setTimeout(r, 20));
    const { x, y, ratio } = camera.getState();
    return { x, y, ratio };
  });
}

/** Per drawn node: hidden, and whether its label is forced or it is highlighted. */
export async function nodeDisplay(
  page: Page,
): Promise<Record<string, { hidden: boolean; forceLabel: boolean; highlighted: boolean }>> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          getGraph(): { nodes(): string[] };
          getNodeDisplayData(k: string): { hidden: boolean; forceLabel: boolean; highlighted: boolean };
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    const out: Record<string, { hidden: boolean; forceLabel: boolean; highlighted: boolean }> = {};
    for (const k of sigma.getGraph().nodes()) {
      const d = sigma.getNodeDisplayData(k);
      out[k] = { hidden: d.hidden, forceLabel: d.forceLabel, highlighted: d.highlighted };
    }
    return out;
  });
}

/** Where sigma draws a node, in page coordinates. */
export async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          getNodeDisplayData(k: string): { x: number; y: number };
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          getContainer(): HTMLElement;
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    const p = sigma.framedGraphToViewport(sigma.getNodeDisplayData(k));
    const box = sigma.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

/**
 * The first of `keys` that a tap can reach: drawn, on screen, and the node sigma itself picks at its centre (on a
 * crowded spot a neighbour drawn over it would take the tap, as it would take a finger's). Its key and page point.
 */
export async function tappableNode(
  page: Page,
  keys: readonly string[],
): Promise<{ key: string; x: number; y: number }> {
  const found = await page.evaluate((candidates) => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          getNodeDisplayData(k: string): { x: number; y: number; hidden: boolean } | undefined;
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          // Private in sigma's types; it is how sigma picks the node under a pointer.
          getNodeAtPosition(p: { x: number; y: number }): string | null;
          getContainer(): HTMLElement;
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    for (const key of candidates) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) continue;
      if (sigma.getNodeAtPosition(p) === key) return { key, x: box.left + p.x, y: box.top + p.y };
    }
    return undefined;
  }, keys);
  if (!found) throw new Error(`none of ${keys.join(', ')} can be tapped where it is drawn`);
  return found;
}

/** A text sigma's label drawers drew, on which canvas layer, with its box in the stage's pixels. */
export interface DrawnLabel {
  layer: string;
  text: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Records the texts drawn on sigma's canvases (labels and hover layer), each canvas's list starting over when
 * sigma clears it for a new drawing. Pass to openPage's `setup`; read with drawnLabels.
 */
export async function recordDrawnLabels(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const byCanvas = new Map<HTMLCanvasElement, unknown[]>();
    (window as unknown as { __drawnLabels: typeof byCanvas }).__drawnLabels = byCanvas;
    const proto = CanvasRenderingContext2D.prototype;
    const { fillText, clearRect } = proto;
    proto.clearRect = function (x: number, y: number, w: number, h: number) {
      if (x <= 0 && y <= 0 && w >= this.canvas.width / 4) byCanvas.set(this.canvas, []);
      return clearRect.call(this, x, y, w, h);
    };
    proto.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      const m = this.measureText(text);
      const list = byCanvas.get(this.canvas) ?? [];
      byCanvas.set(this.canvas, list);
      list.push({
        layer: this.canvas.className,
        text,
        x1: x - m.actualBoundingBoxLeft,
        y1: y - m.actualBoundingBoxAscent,
        x2: x + m.actualBoundingBoxRight,
        y2: y + m.actualBoundingBoxDescent,
      });
      return maxWidth === undefined
        ? fillText.call(this, text, x, y)
        : fillText.call(this, text, x, y, maxWidth);
    };
  });
}

/** The labels of sigma's current drawing (see recordDrawnLabels). */
export async function drawnLabels(page: Page): Promise<DrawnLabel[]> {
  return page.evaluate(() => {
    const byCanvas = (window as unknown as { __drawnLabels: Map<HTMLCanvasElement, DrawnLabel[]> })
      .__drawnLabels;
    const out: DrawnLabel[] = [];
    for (const [canvas, list] of byCanvas)
      if (/sigma-(labels|hovers)/.test(canvas.className)) out.push(...list);
    return out;
  });
}

/** A node shown on the stage: its key, where sigma draws it (stage pixels) and its drawn radius. */
export interface ShownNode {
  key: string;
  x: number;
  y: number;
  size: number;
}

/** The nodes drawn and not hidden, where they are on the stage (on it or not), with the stage's size. */
export async function shownNodes(page: Page): Promise<{ width: number; height: number; nodes: ShownNode[] }> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          getGraph(): { nodes(): string[] };
          getNodeDisplayData(k: string): { x: number; y: number; size: number; hidden: boolean } | undefined;
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          scaleSize(size: number): number;
          getDimensions(): { width: number; height: number };
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    const nodes: ShownNode[] = [];
    for (const key of sigma.getGraph().nodes()) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      const p = sigma.framedGraphToViewport(d);
      nodes.push({ key, x: p.x, y: p.y, size: sigma.scaleSize(d.size) });
    }
    return { ...sigma.getDimensions(), nodes };
  });
}

/**
 * The node each drawn label names: the one it is drawn beside (a label starts a few pixels right of its node's
 * rim, or ends as far left of it, on the node's line; see node-drawing.ts), or none.
 */
export function labelledNodes(labels: readonly DrawnLabel[], nodes: readonly ShownNode[]): string[] {
  const beside = (gap: number): boolean => gap >= 0 && gap <= 8;
  return labels.flatMap((l) => {
    const near = nodes.filter(
      (n) => n.y >= l.y1 && n.y <= l.y2 && (beside(l.x1 - n.x - n.size) || beside(n.x - n.size - l.x2)),
    );
    // Two nodes on one line with the label between them: the one it starts beside, as the drawers put it.
    const best = near.sort(
      (a, b) =>
        Math.min(Math.abs(l.x1 - a.x - a.size), Math.abs(a.x - a.size - l.x2)) -
        Math.min(Math.abs(l.x1 - b.x - b.size), Math.abs(b.x - b.size - l.x2)),
    )[0];
    return best ? [best.key] : [];
  });
}

/** The pairs of drawn labels whose boxes overlap by more than a pixel, as "a / b" (none on a readable stage). */
export function overlappingLabels(labels: readonly DrawnLabel[]): string[] {
  return labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1)
      .map((b) => `${a.text} / ${b.text}`),
  );
}

/**
 * The `count` largest concepts drawn, each with the node sigma picks at its centre (the one a tap or click there
 * opens): the concept itself unless another node is drawn over it.
 */
export async function largestConceptsUnderTheirCentres(
  page: Page,
  count: number,
): Promise<{ key: string; under: string | null }[]> {
  return page.evaluate((n) => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          getGraph(): { nodes(): string[] };
          getNodeDisplayData(k: string): { x: number; y: number; size: number } | undefined;
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          // Private in sigma's types; it is how sigma picks the node under a pointer.
          getNodeAtPosition(p: { x: number; y: number }): string | null;
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    return sigma
      .getGraph()
      .nodes()
      .filter((k) => k.startsWith('concept:') && sigma.getNodeDisplayData(k))
      .sort((a, b) => sigma.getNodeDisplayData(b)!.size - sigma.getNodeDisplayData(a)!.size)
      .slice(0, n)
      .map((key) => ({
        key,
        under: sigma.getNodeAtPosition(sigma.framedGraphToViewport(sigma.getNodeDisplayData(key)!)),
      }));
  }, count);
}

/**
 * The drawn nodes whose centre lies under another node (where a tap or click at the node opens that other one),
 * each with the node drawn over it.
 */
export async function coveredNodes(page: Page): Promise<[string, string | null][]> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          getGraph(): { nodes(): string[] };
          getNodeDisplayData(k: string): { x: number; y: number; hidden: boolean } | undefined;
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          // Private in sigma's types; it is how sigma picks the node under a pointer.
          getNodeAtPosition(p: { x: number; y: number }): string | null;
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    const out: [string, string | null][] = [];
    for (const key of sigma.getGraph().nodes()) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      const under = sigma.getNodeAtPosition(sigma.framedGraphToViewport(d));
      if (under !== key) out.push([key, under]);
    }
    return out;
  });
}

/**
 * The nodes of the selection's neighbourhood (drawn above the dimmed rest) whose centre lies in the graph view
 * but picks another node there: where a tap on them would open something else.
 */
export async function mispickedNeighbours(page: Page): Promise<{ inView: number; mispicked: string[] }> {
  return page.evaluate(async () => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      clientWidth: number;
      clientHeight: number;
      sigmaController: {
        sigma: {
          getCamera(): { isAnimated(): boolean };
          getGraph(): { nodes(): string[] };
          getNodeDisplayData(
            k: string,
          ): { x: number; y: number; hidden: boolean; zIndex?: number } | undefined;
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          getNodeAtPosition(p: { x: number; y: number }): string | null;
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    while (sigma.getCamera().isAnimated()) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    let inView = 0;
    const mispicked: string[] = [];
    for (const key of sigma.getGraph().nodes()) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || (d.zIndex ?? 0) < 2) continue;
      const at = sigma.framedGraphToViewport(d);
      if (at.x < 0 || at.y < 0 || at.x > view.clientWidth || at.y > view.clientHeight) continue;
      inView++;
      if (sigma.getNodeAtPosition(at) !== key) mispicked.push(key);
    }
    return { inView, mispicked };
  });
}

/**
 * The drawn nodes whose centre is on the stage, once the camera has stopped and sigma has drawn twice (after a
 * window resize sigma's display data and stage size are its own again only once it has drawn).
 */
export async function nodesOnStage(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          getCamera(): { isAnimated(): boolean };
          getGraph(): { nodes(): string[] };
          getNodeDisplayData(k: string): { x: number; y: number; hidden: boolean } | undefined;
          framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
          getDimensions(): { width: number; height: number };
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    while (sigma.getCamera().isAnimated()) await new Promise((r) => setTimeout(r, 20));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const { width, height } = sigma.getDimensions();
    return sigma
      .getGraph()
      .nodes()
      .filter((key) => {
        const d = sigma.getNodeDisplayData(key);
        if (!d || d.hidden) return false;
        const p = sigma.framedGraphToViewport(d);
        return p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height;
      });
  });
}

/**
 * A point of the stage, in page coordinates, where a tap or click picks no node, nor would a finger's width
 * around it; away from the stage's foot, where the camera controls sit. Null where there is none.
 */
export async function emptyStagePoint(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    const view = document.querySelector('la-app')!.shadowRoot!.querySelector('la-graph-view') as unknown as {
      sigmaController: {
        sigma: {
          // Private in sigma's types; it is how sigma picks the node under a pointer.
          getNodeAtPosition(p: { x: number; y: number }): string | null;
          getContainer(): HTMLElement;
        };
      };
    };
    const sigma = view.sigmaController.sigma;
    const box = sigma.getContainer().getBoundingClientRect();
    const free = (x: number, y: number): boolean => {
      for (let dx = -12; dx <= 12; dx += 6)
        for (let dy = -12; dy <= 12; dy += 6)
          if (sigma.getNodeAtPosition({ x: x + dx, y: y + dy })) return false;
      return true;
    };
    for (let y = 20; y < box.height - 60; y += 7)
      for (let x = 20; x < box.width - 20; x += 7) if (free(x, y)) return { x: box.left + x, y: box.top + y };
    return null;
  });
}
