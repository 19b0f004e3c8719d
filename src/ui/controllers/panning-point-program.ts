/**
 * Nodes drawn as points (sigma's NodePointProgram) that skip the picking pass while the stage is
 * dragged. Sigma draws every node twice per frame — on screen and into the picking buffer it reads to
 * find the node under the pointer — but nothing is picked during a drag (the controller holds hover
 * back then), and in software WebGL the second pass costs a third of a panning frame. The first frame
 * after the drag (sigma refreshes on release) draws both passes again.
 */
import type { Attributes } from 'graphology-types';
import { NodePointProgram } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

export class PanningPointProgram<
  N extends Attributes = Attributes,
  E extends Attributes = Attributes,
  G extends Attributes = Attributes,
> extends NodePointProgram<N, E, G> {
  override render(params: RenderParams): void {
    const captor = this.renderer.getMouseCaptor();
    if (!captor.isMouseDown || captor.draggedEvents === 0) return super.render(params);
    if (this.hasNothingToRender()) return;
    // The on-screen pass only, as Program#render draws it.
    const { gl } = this.normalProgram;
    gl.viewport(0, 0, params.width * params.pixelRatio, params.height * params.pixelRatio);
    this.bindProgram(this.normalProgram);
    this.renderProgram(params, this.normalProgram);
    this.unbindProgram(this.normalProgram);
  }
}
