/**
 * <la-graph-view>: the WebGL canvas of the lecture graph, rendered by sigma inside the shadow root,
 * with camera controls over it. It draws the nodes and edges the display content lists (see
 * state/display-graph.ts), styled by what the render state says (filters, neighbourhood, path,
 * colouring) through sigma's reducers, and turns clicks on nodes into selection events. The camera
 * frames the selection when it changes, the path finder's path when a new one is shown, and re-fits to what
 * is shown when the filters change or a path is cleared with nothing selected.
 *
 * @property graph - the graph to render (prebuilt positions, sizes and colours)
 * @property plan - what to draw of this graph: full detail or the overview, all edges or the skeleton
 * @property content - the nodes and edges to draw for the current view
 * @property renderState - the UI state to draw (see state/reducers.ts)
 * @property focusKey - the node the camera frames (with its highlighted neighbourhood) when either changes
 * @property framedPath - the nodes of the path finder's path, which the camera frames when a new one is shown
 * @property frameNear - frame a selection closer, with its nearest direct neighbours (a phone's strip of graph)
 * @attr strip - reflected: the graph shares its room with what opened over it (a phone's sheet, the path finder),
 *   so the camera controls give way where that leaves it a short strip
 * @property theme - the colour theme of the drawing
 * @property t - UI text (camera controls)
 * @fires la-select - a node was clicked (`key`), or the empty stage (`key: null`; a tap there once no second tap
 *   has made it a double tap, which zooms)
 * @csspart canvas - the element sigma draws into
 * @csspart controls - the camera controls
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { AtlasGraph } from '../core/types.js';
import { afterNextFrame } from './after-next-frame.js';
import { FOCUS_CLOSEST_NEAR, SigmaController, type CameraAction } from './controllers/sigma-controller.js';
import { laEvent, type LaEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import './la-camera-controls.js';
import type { DisplayContent, DisplayPlan } from './state/display-graph.js';
import type { RenderState } from './state/reducers.js';
import { framedAround } from './state/render-state.js';
import type { Theme } from './state/view-state.js';

/**
 * How much taller or wider the stage must have grown since the selection was framed for closing it to re-fit the
 * camera.
 */
const GROWN = 1.25;
/** A strip whose height changed by more than this many pixels since it framed the selection frames it again. */
const REFRAME_PX = 8;

/** Neighbours framed with a selection in a phone's strip of graph, the nearest first. */
const NEAR_NEIGHBOURS = 8;

@customElement('la-graph-view')
export class LaGraphView extends LitElement {
  static override styles = css`
    :host {
      display: block;
      position: relative;
      min-height: 200px;
      background: var(--la-canvas, #ffffff);
      /* Its size comes from the layout, never from the canvas: the controls can follow its height. */
      container-type: size;
    }
    /* A strip of graph above a phone's sheet or under a path finder on a short screen: the camera controls (40 px
       tall, 300 wide) would cover a good part of it and the labels at its foot (a 390 x 844 phone's strip is
       255 px); pinching zooms there as well, and they come back with the whole graph or a sheet dragged shorter.
       A graph short only because the screen is (a phone turned sideways, a window zoomed to 200%) keeps them. */
    @container (max-height: 320px) {
      :host([strip]) la-camera-controls {
        display: none;
      }
    }
    .canvas {
      position: absolute;
      inset: 0;
    }
    la-camera-controls {
      position: absolute;
      right: 0.6rem;
      bottom: 0.6rem;
      z-index: 5;
    }
  `;

  @property({ attribute: false }) graph?: AtlasGraph;
  @property({ attribute: false }) plan?: DisplayPlan;
  @property({ attribute: false }) content?: DisplayContent;
  @property({ attribute: false }) renderState?: Omit<RenderState, 'hovered' | 'hoverNodes'>;
  @property({ attribute: false }) focusKey: string | null = null;
  @property({ attribute: false }) framedPath: ReadonlySet<string> | null = null;
  @property({ type: Boolean }) frameNear = false;
  @property({ type: Boolean, reflect: true }) strip = false;
  @property() theme: Theme = 'light';
  @property({ attribute: false }) t: Messages = messagesFor('en');
  @property() label = 'Graph of lectures and concepts';
  @query('.canvas') private canvas?: HTMLElement;
  private framed = '';
  /** The path last framed, its nodes' keys joined ('' for none): a path is a new set on every change of view. */
  private framedPathKeys = '';
  readonly sigmaController = new SigmaController(this, {
    onClickNode: (key) => this.dispatchEvent(laEvent('la-select', { key })),
    onClickStage: () => this.dispatchEvent(laEvent('la-select', { key: null })),
  });

  override render() {
    return html`<div class="canvas" part="canvas" role="img" aria-label=${this.label}></div>
      <la-camera-controls
        part="controls"
        .t=${this.t}
        @la-camera=${(e: LaEvent<'la-camera'>) => this.camera(e.detail.action)}
      ></la-camera-controls>`;
  }

  /** Zooms, fits or resets the camera; "fit" frames the selection's neighbourhood, else what is shown. */
  camera(action: CameraAction): void {
    const focus = this.renderState?.focus;
    const visible = this.renderState?.visible;
    const keys = focus ? [...focus.keys()].filter((k) => !visible || visible.has(k)) : undefined;
    this.sigmaController.camera(action, keys);
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.graph || !this.canvas || !this.plan) return;
    const fresh = !this.sigmaController.sigma || changed.has('graph') || changed.has('plan');
    this.sigmaController.setTheme(this.theme);
    this.sigmaController.attach(this.canvas, this.graph, this.plan);
    const previous = changed.get('renderState') as typeof this.renderState | undefined;
    if (
      this.renderState &&
      this.content &&
      (fresh || changed.has('renderState') || changed.has('content') || changed.has('theme'))
    )
      this.sigmaController.show(this.renderState, this.content);
    // The camera frames the selection with its neighbourhood and learning path when the selection or its
    // neighbourhood changes (not on recolouring, nor when ticking a watched lecture shortens the path).
    const render = this.renderState;
    const signature = this.focusKey ? `${this.focusKey}|${render?.focus?.size ?? 0}|${this.frameNear}` : '';
    const path = this.framedPath?.size ? [...this.framedPath].join(' ') : '';
    if (this.focusKey && (fresh || signature !== this.framed)) {
      this.focusSelection(this.focusKey);
      this.selectedSize = this.viewSize();
    }
    // So is a new path from the path finder (or a link), a selection open or not: at the whole graph's zoom its
    // few nodes were a speck, their labels crowded out. A selection opened with it frames it too (framedAround,
    // but for a phone's strip).
    else if (path && (fresh || path !== this.framedPathKeys)) this.focusPath([...this.framedPath!]);
    // A path cleared with nothing selected gives the view back: the camera leaves the path's corner for what is
    // shown, as a filter change re-fits it.
    else if (!path && this.framedPathKeys && !this.focusKey) this.refit();
    // A filter change (a new visible set) re-fits the camera to what is shown, as does a drawing that opens
    // filtered (a link with a series in it frames that series, as ticking it does); so does closing a selection
    // shown in a much shorter or narrower view (a phone's bottom sheet took half the screen, a tablet's panel a
    // third: its framing would leave the grown view a cropped, off-centre corner of the graph).
    else if (
      fresh ? !!this.renderState?.visible : !!previous && previous.visible !== this.renderState?.visible
    )
      this.refit();
    else if (!this.focusKey && this.framed && this.grown()) this.refit();
    this.framed = signature;
    this.framedPathKeys = path;
  }

  /** Moves the camera to a path's nodes, all of them (a path cut short by trimming outliers explains nothing). */
  private focusPath(keys: readonly string[]): void {
    const [first, ...rest] = keys;
    if (first !== undefined) this.sigmaController.focusNode(first, rest);
  }

  /** Moves the camera to the selection and what is drawn with it (see framedAround). */
  focusSelection(key: string): void {
    const render = this.renderState;
    const around = render ? framedAround(render, this.frameNear) : [];
    // The nodes drawn over the dimmed rest (the neighbourhood, a path): framed closer where they cover one another.
    const apart = [...new Set([key, ...(render ? framedAround(render) : [])])];
    if (!this.frameNear || !this.graph?.hasNode(key)) {
      this.sigmaController.focusNode(key, around, undefined, apart);
      return;
    }
    this.framedHeight = this.clientHeight;
    // A phone's strip: the selection with the neighbours nearest it, large enough to tap (a concept's forty
    // neighbours framed at once were drawn on top of one another); the others are a pan away.
    const graph = this.graph;
    const at = graph.getNodeAttributes(key);
    const distance = (k: string): number => {
      const a = graph.hasNode(k) ? graph.getNodeAttributes(k) : at;
      return Math.hypot((a.x ?? 0) - (at.x ?? 0), (a.y ?? 0) - (at.y ?? 0));
    };
    const nearest = around
      .filter((k) => k !== key)
      .sort((p, q) => distance(p) - distance(q) || (p < q ? -1 : 1))
      .slice(0, NEAR_NEIGHBOURS);
    this.sigmaController.focusNode(key, nearest, FOCUS_CLOSEST_NEAR, apart);
  }

  /** The view's size while a selection was last shown (followed as panels and sheets open around it). */
  private selectedSize = { width: 0, height: 0 };

  /** The view's size now. */
  private viewSize(): { width: number; height: number } {
    return { width: this.clientWidth, height: this.clientHeight };
  }

  /** Whether the view has grown much taller or wider than it was while the selection was shown. */
  private grown(): boolean {
    const { width, height } = this.selectedSize;
    return this.clientHeight > height * GROWN || this.clientWidth > width * GROWN;
  }

  /** The view's height when a phone's strip last framed the selection. */
  private framedHeight = 0;
  private readonly resizeObserver = new ResizeObserver(() => {
    if (this.focusKey) this.selectedSize = this.viewSize();
    // The strip above a sheet that opens (or is dragged) after the selection was framed: framed again at its new
    // height, where the nodes that lay apart in the taller view could cover one another.
    if (this.focusKey && this.frameNear && Math.abs(this.clientHeight - this.framedHeight) > REFRAME_PX) {
      const key = this.focusKey;
      afterNextFrame(() => {
        if (this.focusKey === key) this.focusSelection(key);
      });
    }
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver.disconnect();
  }

  /** After the display graph is settled (a replacement may wait a frame), fits the camera. */
  private refit(): void {
    const visible = this.renderState?.visible;
    const run = (): void => {
      if (!this.sigmaController.settled) {
        afterNextFrame(run);
        return;
      }
      if (visible === null || visible === undefined) this.sigmaController.camera('reset');
      else this.camera('fit');
    };
    run();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-graph-view': LaGraphView;
  }
}
