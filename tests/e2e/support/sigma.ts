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
