/**
 * <la-graph-view>: the WebGL canvas of the lecture graph, rendered by sigma inside the shadow root.
 *
 * @property graph - the graph to render (prebuilt positions, sizes and colours)
 * @csspart canvas - the element sigma draws into
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { AtlasGraph } from '../core/types.js';
import { SigmaController } from './controllers/sigma-controller.js';

@customElement('la-graph-view')
export class LaGraphView extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 320px;
    }
    .canvas {
      position: absolute;
      inset: 0;
    }
  `;

  @property({ attribute: false }) graph?: AtlasGraph;
  @query('.canvas') private canvas?: HTMLElement;
  readonly sigmaController = new SigmaController(this);

  override render() {
    return html`<div
      class="canvas"
      part="canvas"
      role="img"
      aria-label="Graph of lectures and concepts"
    ></div>`;
  }

  override updated(): void {
    if (this.graph && this.canvas) this.sigmaController.attach(this.canvas, this.graph);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-graph-view': LaGraphView;
  }
}
