/**
 * <la-graph-view>: the WebGL canvas of the lecture graph, rendered by sigma inside the shadow root.
 * It draws the nodes and edges the display content lists (see state/display-graph.ts), styled by
 * what the render state says (filters, neighbourhood, path, colouring) through sigma's reducers,
 * and turns clicks on nodes into selection events.
 *
 * @property graph - the graph to render (prebuilt positions, sizes and colours)
 * @property plan - what to draw of this graph: full detail or the overview, all edges or the skeleton
 * @property content - the nodes and edges to draw for the current view
 * @property renderState - the UI state to draw (see state/reducers.ts)
 * @property focusKey - the node the camera frames (with its highlighted neighbourhood) when either changes
 * @fires la-select - a node was clicked (`key`), or the empty stage (`key: null`)
 * @csspart canvas - the element sigma draws into
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { AtlasGraph } from '../core/types.js';
import { SigmaController } from './controllers/sigma-controller.js';
import { laEvent } from './events.js';
import type { DisplayContent, DisplayPlan } from './state/display-graph.js';
import type { RenderState } from './state/reducers.js';

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
  @property({ attribute: false }) plan?: DisplayPlan;
  @property({ attribute: false }) content?: DisplayContent;
  @property({ attribute: false }) renderState?: Omit<RenderState, 'hovered' | 'hoverNodes'>;
  @property({ attribute: false }) focusKey: string | null = null;
  @property() label = 'Graph of lectures and concepts';
  @query('.canvas') private canvas?: HTMLElement;
  private framed = '';
  readonly sigmaController = new SigmaController(this, {
    onClickNode: (key) => this.dispatchEvent(laEvent('la-select', { key })),
    onClickStage: () => this.dispatchEvent(laEvent('la-select', { key: null })),
  });

  override render() {
    return html`<div class="canvas" part="canvas" role="img" aria-label=${this.label}></div>`;
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.graph || !this.canvas || !this.plan) return;
    const fresh = !this.sigmaController.sigma || changed.has('graph') || changed.has('plan');
    this.sigmaController.attach(this.canvas, this.graph, this.plan);
    if (this.renderState && this.content && (fresh || changed.has('renderState') || changed.has('content')))
      this.sigmaController.show(this.renderState, this.content);
    // The camera frames the selection with its neighbourhood when either changes (not on recolouring).
    const focus = this.renderState?.focus;
    const signature = this.focusKey ? `${this.focusKey}|${focus?.size ?? 0}` : '';
    if (this.focusKey && (fresh || signature !== this.framed))
      this.sigmaController.focusNode(this.focusKey, focus?.keys());
    this.framed = signature;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-graph-view': LaGraphView;
  }
}
