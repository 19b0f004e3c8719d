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
