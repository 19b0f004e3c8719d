/**
 * Warms sigma's hover layer: sigma draws highlighted and hovered nodes a second time, on a WebGL
 * layer of their own, and nothing is drawn there until the first selection or hover. Software WebGL
 * (Chromium without a GPU: SwiftShader) compiles a program's drawing routines on its first draw call in
 * a context, so that first selection or hover paid the compilation too (about 120 ms in headless
 * Chromium, on the seed graph and at 10k nodes alike). Drawing one fully transparent node with each
 * program in use there, while the browser is idle, moves that cost out of the first interaction; the
 * pixels do not change (a transparent colour adds nothing with sigma's blending), and sigma clears the
 * layer on its next drawing.
 *
 * The layer's programs are sigma internals (`nodeHoverPrograms`); when they are not there (another
 * sigma version), nothing is done.
 */
import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { NodeDisplayData } from 'sigma/types';

/** What a node program of sigma's hover layer offers (sigma/rendering's NodeProgram). */
interface HoverProgram {
  reallocate(capacity: number): void;
  process(nodeIndex: number, offset: number, data: NodeDisplayData): void;
  render(params: ReturnType<Sigma['getRenderParams']>): void;
}

const TRANSPARENT = 'rgba(0,0,0,0)';

/** Draws one transparent node with each hover-layer program that drawn nodes use; whether it did. */
export function warmHoverLayer<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): boolean {
  const programs = (sigma as unknown as { nodeHoverPrograms?: Record<string, HoverProgram> })
    .nodeHoverPrograms;
  if (!programs) return false;
  // One drawn node per program type: the appearance the program reads, made transparent.
  const samples = new Map<string, NodeDisplayData>();
  const types = Object.keys(programs).length;
  sigma.getGraph().someNode((key) => {
    const d = sigma.getNodeDisplayData(key);
    if (d && !d.hidden && programs[d.type] && !samples.has(d.type)) samples.set(d.type, d);
    return samples.size === types;
  });
  if (!samples.size) return false;
  const params = sigma.getRenderParams();
  for (const [type, data] of samples) {
    const program = programs[type]!;
    const colours = {
      color: TRANSPARENT,
      borderColor: TRANSPARENT,
      ringColor: TRANSPARENT,
      fillColor: TRANSPARENT,
    };
    program.reallocate(1);
    program.process(0, 0, { ...data, ...colours });
    program.render(params);
    program.reallocate(0);
  }
  return true;
}
