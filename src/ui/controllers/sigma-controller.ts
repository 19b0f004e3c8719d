/**
 * Owns the sigma instance of its host: creates it when the host has a container and a graph, and
 * kills it when the graph changes or the host disconnects. Nothing else touches sigma's lifecycle,
 * nor its camera: zoom, fit and reset, framing a selection or the filtered nodes, and the PNG export
 * of the whole graph or of the current view all go through here.
 *
 * Sigma draws a display graph, not the data graph: the nodes and edges the view wants drawn (see
 * state/display-graph.ts), each with only the attributes the reducers read. Additions grow the display
 * graph in place; a removal replaces it (sigma re-indexes everything once per removed item, so one
 * replacement is far cheaper). How each drawn item looks goes only through the node and edge reducers,
 * which read the current render state; hover refreshes only the items it touches. Sigma draws at most
 * once per frame: view changes refresh with `schedule`, so the frame's camera step and the restyle
 * share one drawing (without a GPU, each drawing and its read-back cost tens of milliseconds).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import Sigma from 'sigma';
import { EdgeLineProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { AtlasGraph } from '../../core/types.js';
import { framedPoints } from '../state/framed-points.js';
import type { Theme } from '../state/view-state.js';
import { DRAWING_THEMES, createNodeDrawers, type LabelBox, type NodeDrawers } from './node-drawing.js';
import { DEFAULT_NODE_PROGRAM, edgePrograms, nodePrograms } from './node-programs.js';
import { createLightPointProgram, rgba, type DimState } from './light-point-program.js';
import { warmHoverLayer } from './warm-hover-layer.js';
import { labelSettings, type LabelSettings } from '../state/label-settings.js';
import { nodeScale, pixelsPerUnit } from '../state/node-scale.js';
import { highlightedLabelOrder } from '../state/label-priority.js';
import { afterNextFrame } from '../after-next-frame.js';
import {
  addDisplayEdge,
  buildDisplayGraph,
  nodeAttributes,
  type DisplayContent,
  type DisplayEdgeAttributes,
  type DisplayGraph,
  type DisplayNodeAttributes,
  type DisplayPlan,
} from '../state/display-graph.js';
import {
  EMPTY_RENDER_STATE,
  THEME_COLORS,
  dims,
  edgeAppearance,
  nodeAppearance,
  touchedNodes,
  type RenderState,
} from '../state/reducers.js';

/**
 * The closest the camera comes in framing a selection (a ratio of the whole graph's view): a lone node or a
 * tight neighbourhood is not blown up to fill the view. A phone's strip of graph, a few lines high, frames
 * closer (FOCUS_CLOSEST_NEAR): at the wide view's bound a neighbourhood of sixteen was 20 pixels across, too
 * small to tap one of them; at 0.03 two neighbours filled the strip's width and their labels, cut at its edges,
 * lost what told them apart ("Dropout · DL 2…").
 */
const FOCUS_CLOSEST = 0.12;
export const FOCUS_CLOSEST_NEAR = 0.08;

/**
 * The share of the stage's width and of its height that what a fit frames (a filter's nodes, the "fit" control)
 * may span; the rest is room for the labels of the nodes at its edges (the drawers turn those inward). A fit used
 * the selection's framing, one and a half times the nodes' larger extent against the stage's shorter side: a
 * series of 76 nodes spread over the seed graph's layout spanned half of a 640-pixel stage, the rest left empty.
 */
const FIT_SHARE = 0.8;

export type AtlasSigma = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** A node as framing sees it: where it is, how big, and whether it is drawn as a square (a disc otherwise). */
interface FramedNode {
  x: number;
  y: number;
  size: number;
  square: boolean;
}

/** Each step closer multiplies the camera ratio by this, in search of a view where the framed nodes lie apart. */
const APART_STEP = 0.85;

/**
 * The farthest camera ratio below `ratio` (down to `closest`), centred on the first point, at which no point (each
 * node once) in the view has its centre (where a tap aims) under another's drawing; undefined where the camera on
 * `framed` at `ratio` already shows them apart, or cannot come closer. Nodes grow more slowly than the distances
 * between them as the camera comes closer, so a neighbourhood the layout packs tight comes apart (GAN's dozens of
 * neighbours in a phone's strip of graph).
 */
function closeEnoughApart(
  sigma: AtlasSigma,
  points: readonly FramedNode[],
  framed: { x: number; y: number },
  ratio: number,
  closest: number,
): number | undefined {
  const { width, height } = sigma.getDimensions();
  const apartAt = (r: number, centre: { x: number; y: number }): boolean => {
    const at = { cameraState: { x: centre.x, y: centre.y, ratio: r, angle: 0 } };
    const seen = points
      .map((p) => ({ ...p, ...sigma.framedGraphToViewport(p, at), size: sigma.scaleSize(p.size, r) }))
      .filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
    // Whether q's drawing covers p's centre: a square reaches its size both ways, a disc its size around.
    const covers = (q: FramedNode, p: FramedNode): boolean => {
      const [dx, dy] = [Math.abs(p.x - q.x), Math.abs(p.y - q.y)];
      return (q.square ? Math.max(dx, dy) : Math.hypot(dx, dy)) < q.size;
    };
    for (let i = 0; i < seen.length; i++)
      for (let j = i + 1; j < seen.length; j++)
        if (covers(seen[i]!, seen[j]!) || covers(seen[j]!, seen[i]!)) return false;
    return true;
  };
  if (points.length < 2 || ratio * APART_STEP < closest || apartAt(ratio, framed)) return undefined;
  let r = ratio;
  while (r * APART_STEP >= closest) {
    r *= APART_STEP;
    if (apartAt(r, points[0]!)) return r;
  }
  return r;
}

type AtlasSettings = Settings<DisplayNodeAttributes, DisplayEdgeAttributes>;

/**
 * The label budget: sigma splits the stage into cells of `labelGridCellSize` pixels and labels the
 * largest node of each cell (`labelDensity` labels per cell at the default zoom, more as the camera
 * zooms in), never nodes drawn smaller than `labelRenderedSizeThreshold` pixels. So the overview labels
 * the hubs and zooming in reveals the rest; the selection and its neighbours are labelled regardless.
 * All three follow what is shown (a small graph, a filter leaving a few dozen nodes: see
 * state/label-settings.ts).
 */
export const DEFAULT_SIGMA_SETTINGS: Partial<AtlasSettings> = {
  renderLabels: true,
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
  labelGridCellSize: 140,
  labelSize: 13,
  labelFont: 'system-ui, "Noto Sans TC", "Noto Sans CJK TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  zIndex: true,
  minCameraRatio: 0.02,
  maxCameraRatio: 3,
  // Without a GPU, redrawing every edge while the camera moves drops frames on large graphs.
  hideEdgesOnMove: true,
};

/** How much one press of "zoom in" or "zoom out" changes the camera ratio. */
export const ZOOM_FACTOR = 1.6;

export type CameraAction = 'zoom-in' | 'zoom-out' | 'fit' | 'reset';

/**
 * For graphs past `lightProgramsAboveNodes`: nodes as points (light-point-program.ts: one vertex each,
 * not an instanced triangle; dimmed by the GPU; no picking pass during drags) and edges as one-pixel
 * lines; in software WebGL a point costs about a seventeenth of a disc.
 * Lectures (size 3) get labels only once zoomed in.
 */
export const LIGHT_SIGMA_SETTINGS: Partial<AtlasSettings> = {
  defaultNodeType: 'point',
  edgeProgramClasses: { line: EdgeLineProgram },
  defaultEdgeType: 'line',
  labelRenderedSizeThreshold: 6,
  // Sorting tens of thousands of nodes by z-index on every re-index costs more than it shows.
  zIndex: false,
};

/** Extra hover edges left in the display graph (hidden) before it is rebuilt without them. */
const HOVER_GARBAGE_FACTOR = 4;

/**
 * Up to this many new items are drawn with the response to a view change; more wait a frame, so
 * the response (the restyled drawing) is not kept waiting for them.
 */
const IMMEDIATE_ADDITIONS = 200;

/**
 * Added items join the display graph in place while they number at most this share of what is drawn;
 * past it the graph is rebuilt: sigma handles each added item as an event (its reducer runs twice per
 * item, then one re-index), a rebuild runs the reducer once for every drawn item.
 */
const IN_PLACE_SHARE = 0.5;

export interface SigmaCallbacks {
  onClickNode(key: string): void;
  onClickStage(): void;
}

export class SigmaController implements ReactiveController {
  sigma?: AtlasSigma;
  private graph?: AtlasGraph;
  private plan?: DisplayPlan;
  private container?: HTMLElement;
  private display?: DisplayGraph;
  /** What the view asked to draw last. */
  private content?: DisplayContent;
  /** What the display graph holds (plus leftover hover edges): `content`, or an earlier one while an update waits. */
  private drawn?: DisplayContent;
  private hoverEdgesAdded = 0;
  /** Set while bringing the display graph to `content` waits for the next frame; the framing to do after it. */
  private pendingUpdate?: object;
  private pendingFocus?: [string, string[], number, readonly string[]];
  /** The stage size sigma last indexed the drawing for (its label grid follows the stage size). */
  private indexedSize = '';
  private readonly attributes = new Map<string, DisplayNodeAttributes>();
  private state: RenderState = EMPTY_RENDER_STATE;
  private theme: Theme = 'light';
  private resizeObserver?: ResizeObserver;
  /**
   * Set by a window resize until sigma's next drawing: sigma's own handler of it re-reads every node's display data
   * from the graph's attributes, in graph coordinates (not the normalised ones the camera works in), and normalises
   * them, as it reads its stage's new size, only as it draws. A container resized without the window (a panel, a
   * sheet, the path finder opening) leaves the display data good; the view frames again where its new size calls
   * for it (la-graph-view).
   */
  private windowResized = false;
  /** A framing asked for right after a window resize, done once sigma has drawn (the last one asked). */
  private pendingFrame?: () => void;
  /** A tap on the empty stage, whose deselection waits to see whether a second tap makes it a double tap. */
  private stageTap?: ReturnType<typeof setTimeout>;
  private readonly onWindowResize = (): void => {
    this.windowResized = true;
  };
  private readonly drawers: NodeDrawers = createNodeDrawers(
    () => DRAWING_THEMES[this.theme],
    (key) =>
      key === this.state.hovered
        ? 'hovered'
        : key === this.state.selected || this.state.pathNodes?.has(key)
          ? 'highlighted'
          : null,
    () => dims(this.state),
  );
  /** The share of their size nodes are drawn at on this screen (see state/node-scale.ts). */
  private nodeScale = 1;
  /** While a PNG export draws: whether its drawing dims as the view does ('view') or not ('graph'). */
  private exportScope: 'graph' | 'view' = 'view';
  /** The explorer's label settings, before they follow what is shown; those of the whole graph (see relabel). */
  private labelDefaults?: LabelSettings;
  private wholeLabels?: LabelSettings;
  /** The visible set sigma's label settings were last chosen for (null: the whole graph). */
  private labelledFor: ReadonlySet<string> | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: SigmaCallbacks,
  ) {
    host.addController(this);
  }

  /** Whether sigma draws the whole current view (false while an update of the display graph waits a frame). */
  get settled(): boolean {
    return this.pendingUpdate === undefined;
  }

  /** Mounts sigma on the container for the graph; a no-op when all three are unchanged. */
  attach(container: HTMLElement, graph: AtlasGraph, plan: DisplayPlan): AtlasSigma {
    if (this.sigma && this.graph === graph && this.container === container && this.plan === plan)
      return this.sigma;
    this.kill();
    this.graph = graph;
    this.plan = plan;
    this.container = container;
    // Fixed while the drawing lasts (a sheet opening under it does not shrink the nodes; the label threshold
    // follows it, and a setting change re-indexes everything, see setTheme). The light programs' points are
    // drawn as they are: a library that large overlaps at any size.
    const stage = container.getBoundingClientRect();
    this.nodeScale = this.nodeScaleFor(stage.width, stage.height);
    this.state = { ...this.state, ...this.planState() };
    this.display = buildDisplayGraph(
      graph,
      { nodes: [], edges: [], hiddenLectures: 0, omittedEdges: 0 },
      this.attributes,
    );
    this.labelDefaults = {
      labelRenderedSizeThreshold: (plan.lightPrograms ? LIGHT_SIGMA_SETTINGS : DEFAULT_SIGMA_SETTINGS)
        .labelRenderedSizeThreshold!,
      labelDensity: DEFAULT_SIGMA_SETTINGS.labelDensity!,
      labelGridCellSize: DEFAULT_SIGMA_SETTINGS.labelGridCellSize!,
    };
    this.wholeLabels = labelSettings(graph, plan, this.labelDefaults, this.nodeScale);
    this.labelledFor = null;
    const sigma: AtlasSigma = new Sigma(this.display, container, {
      ...DEFAULT_SIGMA_SETTINGS,
      // The programs and drawers read only sigma's display data, whatever the graph's attributes.
      nodeProgramClasses: nodePrograms(this.drawers) as AtlasSettings['nodeProgramClasses'],
      defaultNodeType: DEFAULT_NODE_PROGRAM,
      edgeProgramClasses: edgePrograms() as AtlasSettings['edgeProgramClasses'],
      defaultDrawNodeLabel: this.drawers.drawLabel as AtlasSettings['defaultDrawNodeLabel'],
      defaultDrawNodeHover: this.drawers.drawHover as AtlasSettings['defaultDrawNodeHover'],
      ...(plan.lightPrograms
        ? {
            ...LIGHT_SIGMA_SETTINGS,
            nodeProgramClasses: { point: createLightPointProgram((renderer) => this.dimState(renderer)) },
          }
        : {}),
      // A small library names its nodes (the threshold drops until its largest nodes reach it); the nodes drawn
      // smaller on a small screen keep their labels.
      ...this.wholeLabels,
      nodeReducer: (node, data) => nodeAppearance(node, data, this.state),
      edgeReducer: (edge, data) => {
        const display = this.display!;
        return edgeAppearance(edge, data, display.source(edge), display.target(edge), this.state);
      },
    });
    // Sigma finds the node under a pointer in a picking drawing at half the screen's resolution (two device
    // pixels a cell): where nodes are drawn small (node-scale.ts), one whose centre lay within a cell of a
    // bigger neighbour's edge picked the neighbour (on a phone, a tap on machine translation opened language
    // model, their discs apart). There, a cell a pixel. Not for a large library drawn with the light programs,
    // whose nodes keep their size: the finer drawing made hovering at 10k lectures 1.7 times slower (software
    // WebGL). The ratio is read as the picking drawing is made, so setting it before the first frame is enough.
    // It is sigma's own field (3.0), not a setting: set only where it is the number sigma keeps there.
    const picking = sigma as unknown as { pickingDownSizingRatio?: unknown };
    if (this.nodeScale < 1 && typeof picking.pickingDownSizingRatio === 'number')
      picking.pickingDownSizingRatio = Math.max(1, globalThis.devicePixelRatio || 1);
    // Sigma indexed its (empty) drawing for the container's size as it started.
    this.indexedSize = sizeOf(container);
    // Positions are normalised to the whole graph, so they stay put when the drawn subset changes.
    sigma.setCustomBBox(plan.bbox);
    sigma.on('clickNode', ({ node }) => this.callbacks.onClickNode(node));
    // A click on the empty stage closes the selection at once; a tap only once no second tap has come to make it a
    // double tap, which zooms there (its first tap closed what was open: a phone's sheet went as the reader zoomed).
    sigma.on('clickStage', ({ event }) => {
      this.keepSelection();
      if (!isTouch(event.original)) {
        this.callbacks.onClickStage();
        return;
      }
      this.stageTap = setTimeout(() => {
        this.stageTap = undefined;
        this.callbacks.onClickStage();
      }, sigma.getSetting('doubleClickTimeout'));
    });
    sigma.on('doubleClickStage', () => this.keepSelection());
    sigma.on('doubleClickNode', () => this.keepSelection());
    // Labels are placed without overlaps, around the selection's and the path's (drawn on the hover layer);
    // those are read as the frame's labels are drawn (sigma places the nodes after 'beforeRender').
    sigma.on('beforeRender', () =>
      this.drawers.beginFrame(() => this.highlightedLabels(), sigma.getDimensions().width),
    );
    // The graph's other labels are drawn once the frame has them all, largest node first.
    sigma.on('afterRender', () => this.drawers.endFrame());
    sigma.on('enterNode', ({ node }) => this.setHover(node));
    sigma.on('leaveNode', () => this.setHover(null));
    sigma.on('leaveStage', () => this.setHover(null));
    // A touch has no "leave": the node touched last would stay hovered (and labelled) for good.
    sigma.getTouchCaptor().on('touchup', () => this.setHover(null));
    skipHoverPickingWhileDragging(sigma);
    // Once nodes are drawn, while the browser is idle, the hover layer's programs draw once, so the
    // first selection or hover does not wait for their compilation (see warm-hover-layer.ts).
    const warm = (): void => {
      if (!sigma.getGraph().order) return;
      sigma.off('afterRender', warm);
      const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
      idle(() => void (this.sigma === sigma && warmHoverLayer(sigma)), { timeout: 1000 });
    };
    sigma.on('afterRender', warm);
    // The container changes size without the window doing so (panels, bottom sheet, drawers). Sigma
    // resizes its canvases whenever it draws; only its label grid needs re-indexing for the new size
    // (the reducers' output does not depend on it). A size already indexed needs nothing.
    sigma.on('afterProcess', () => (this.indexedSize = sizeOf(container)));
    this.resizeObserver = new ResizeObserver(() => {
      if (this.sigma && sizeOf(container) !== this.indexedSize)
        this.sigma.refresh({ partialGraph: { nodes: [], edges: [] }, skipIndexation: false, schedule: true });
    });
    this.resizeObserver.observe(container);
    // A framing waits for sigma's next drawing after a window resize (a phone turned or a window zoomed
    // while a selection is open: its layout changes with the window, and the framing that follows read the nodes
    // where the graph's raw coordinates put them, far off the stage).
    window.addEventListener('resize', this.onWindowResize);
    sigma.on('afterRender', () => {
      this.windowResized = false;
      const pending = this.pendingFrame;
      this.pendingFrame = undefined;
      pending?.();
    });
    this.sigma = sigma;
    return sigma;
  }

  /** Forgets a stage tap's deselection still waiting (a double tap, or another tap, came). */
  private keepSelection(): void {
    clearTimeout(this.stageTap);
    this.stageTap = undefined;
  }

  /**
   * The labels that must show (the selection's, the hovered node's, the path's and the neighbours' forced by
   * the reducer), in viewport pixels, in the order they claim room (state/label-priority.ts).
   */
  private highlightedLabels(): LabelBox[] {
    const sigma = this.sigma;
    if (!sigma) return [];
    const order = highlightedLabelOrder(
      this.state,
      (k) => sigma.getNodeDisplayData(k)?.size ?? 0,
      (k) => sigma.getNodeDisplayData(k)?.forceLabel ?? false,
    );
    const out: LabelBox[] = [];
    for (const { key, required, layer, step } of order) {
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden || !d.label) continue;
      const p = sigma.framedGraphToViewport(d);
      const { labelTag } = d as Pick<LabelBox, 'labelTag'>;
      const size = sigma.scaleSize(d.size);
      out.push({ x: p.x, y: p.y, size, label: d.label, labelTag, key, required, layer, step });
    }
    return out;
  }

  /** How the light point program dims, for the explorer's drawing or an export's. */
  private dimState(renderer: unknown): DimState {
    const on = renderer === this.sigma || this.exportScope === 'view' ? dims(this.state) : false;
    return { on, color: rgba(THEME_COLORS[this.theme].dimNode) };
  }

  /** The share of their size nodes are drawn at in a drawing `width` × `height` of the current plan. */
  private nodeScaleFor(width: number, height: number): number {
    const plan = this.plan;
    return !plan || plan.lightPrograms ? 1 : nodeScale(pixelsPerUnit(plan.bbox, width, height));
  }

  /** The render state fields that follow from the plan and the size of the drawing. */
  private planState(): Pick<RenderState, 'sparseEdges' | 'shapes' | 'hoverDims' | 'gpuDim' | 'nodeScale'> {
    const plan = this.plan;
    if (!plan) return {};
    return {
      nodeScale: this.nodeScale,
      sparseEdges: !plan.allEdges,
      shapes: !plan.lightPrograms,
      gpuDim: plan.lightPrograms,
      // The light point program dims on the GPU: a hover then restyles only its neighbourhood.
      hoverDims: plan.lightPrograms || (this.content?.nodes.length ?? 0) <= plan.options.hoverDimUpTo,
    };
  }

  /**
   * Draws with the colours of a theme (labels, edges, dimmed nodes, hover boxes), from the next `show`.
   * No sigma setting changes: the reducers colour nodes and edges and the drawers labels and hover boxes,
   * all reading the theme (a setting change would make sigma re-index everything, and a restyle before
   * that re-indexing throws).
   */
  setTheme(theme: Theme): void {
    if (theme === this.theme) return;
    this.theme = theme;
    this.state = { ...this.state, theme };
  }

  /**
   * Shows a view: the render state the reducers read (hover is kept) and the nodes and edges to draw.
   * A few added items join the display graph at once. A larger change is drawn in two frames: this one
   * restyles what is already drawn (the selection's highlight, without re-indexing), the next adds the
   * new items (or replaces the display graph when items go) — so the response to a click comes a
   * frame's work sooner.
   */
  show(next: Omit<RenderState, 'hovered' | 'hoverNodes'>, content: DisplayContent): void {
    const prev = this.state;
    this.content = content;
    this.state = {
      ...next,
      theme: this.theme,
      hovered: prev.hovered,
      hoverNodes: prev.hoverNodes,
      ...this.planState(),
    };
    const { sigma, graph, display, drawn } = this;
    if (!sigma || !graph || !display) return;
    const shownChanged = this.relabel(next.visible);
    if (!drawn) {
      this.replace();
      return;
    }
    if (drawn === content && this.pendingUpdate === undefined) {
      // A new selection or path re-indexes (small drawings only): the label grid then gives the
      // highlighted nodes the cells the dimmed ones held, and the z-order puts them on top. So does a
      // filter change, at any size: the grid holds only the nodes shown (the hidden ones kept the cells, and
      // sigma drew no label in them), in the cells the new label settings ask for.
      const reindex =
        shownChanged ||
        (!this.plan?.lightPrograms &&
          (prev.selected !== next.selected ||
            prev.focus !== next.focus ||
            prev.pathNodes !== next.pathNodes));
      this.restyle(!reindex, touchedNodes(prev, this.state));
      return;
    }
    const additions = content.nodes.length + content.edges.length - drawn.nodes.length - drawn.edges.length;
    if (
      this.pendingUpdate !== undefined ||
      additions > IMMEDIATE_ADDITIONS ||
      this.mustReplace(drawn, content)
    ) {
      this.restyle(true, touchedNodes(prev, this.state));
      if (this.pendingUpdate === undefined) {
        const token = {};
        this.pendingUpdate = token;
        afterNextFrame(() => {
          if (this.pendingUpdate !== token) return;
          this.pendingUpdate = undefined;
          this.update();
          const focus = this.pendingFocus;
          this.pendingFocus = undefined;
          if (focus) this.focusNode(...focus);
        });
      }
      return;
    }
    const added = this.addMissing(content);
    this.drawn = content;
    this.restyle(!added && !shownChanged, touchedNodes(prev, this.state));
  }

  /**
   * When the visible set changes, chooses the label settings for the nodes shown (state/label-settings.ts) and
   * hands them to sigma; returns whether the visible set changed (sigma's label grid must then be re-indexed).
   * Sigma reads these three settings from the settings object it keeps, as it draws (density, threshold) and
   * indexes (cell size); they are written there, not through `setSettings`, which refreshes every node and edge at
   * once and forgets where each edge sits in its program until the next drawing (a restyle before that throws,
   * see setTheme). Costs the size of the visible set once per filter change, nothing per frame.
   */
  private relabel(visible: ReadonlySet<string> | null): boolean {
    const { sigma, graph, plan, labelDefaults, wholeLabels } = this;
    if (!sigma || !graph || !plan || !labelDefaults || !wholeLabels || visible === this.labelledFor)
      return false;
    this.labelledFor = visible;
    const labels = visible ? labelSettings(graph, plan, labelDefaults, this.nodeScale, visible) : wholeLabels;
    // Written only where that object is the one sigma reads its settings from (sigma 3); else the labels stay
    // the whole graph's.
    const live = (sigma as unknown as { settings?: Partial<AtlasSettings> }).settings;
    if (live && live.labelGridCellSize === sigma.getSetting('labelGridCellSize')) Object.assign(live, labels);
    return true;
  }

  /** Whether the display graph must be rebuilt to draw `content` rather than grown in place. */
  private mustReplace(drawn: DisplayContent, content: DisplayContent): boolean {
    const display = this.display!;
    const additions = content.nodes.length + content.edges.length - drawn.nodes.length - drawn.edges.length;
    return (
      this.hoverEdgesAdded > (this.plan?.options.hoverEdges ?? 0) * HOVER_GARBAGE_FACTOR ||
      additions > (display.order + display.size) * IN_PLACE_SHARE ||
      removesItems(drawn, content)
    );
  }

  /** Brings the display graph to the current content: grown in place, or replaced. */
  private update(): void {
    const { content, drawn } = this;
    if (!content || !drawn || drawn === content) return;
    if (this.mustReplace(drawn, content)) this.replace();
    else {
      // The new items get their look from the reducers as they are added; the rest is already styled.
      this.addMissing(content);
      this.drawn = content;
    }
  }

  /** Adds the content's items the display graph lacks; whether there were any. */
  private addMissing(content: DisplayContent): boolean {
    const { graph, display } = this;
    let added = false;
    for (const k of content.nodes)
      if (!display!.hasNode(k)) {
        display!.addNode(k, nodeAttributes(graph!, k, this.attributes));
        added = true;
      }
    for (const e of content.edges)
      if (!display!.hasEdge(e)) {
        addDisplayEdge(graph!, display!, e);
        added = true;
      }
    return added;
  }

  /**
   * Applies the render state to everything drawn, or to the given nodes and every edge when only
   * their look changed (re-indexing when asked), drawn in the next frame.
   */
  private restyle(skipIndexation: boolean, nodes: ReadonlySet<string> | null = null): void {
    this.sigma!.refresh({ partialGraph: this.restyled(nodes), skipIndexation, schedule: true });
  }

  /** What a restyle refreshes: every drawn edge, and the given nodes that are drawn (all drawn nodes for null). */
  private restyled(nodes: ReadonlySet<string> | null): { nodes: string[]; edges: string[] } {
    const display = this.display!;
    return {
      nodes: nodes ? [...nodes].filter((k) => display.hasNode(k)) : display.nodes(),
      edges: display.edges(),
    };
  }

  /** Replaces the display graph with the current content (sigma re-indexes and draws once). */
  private replace(): void {
    const { sigma, graph, content } = this;
    if (!sigma || !graph || !content) return;
    this.hoverEdgesAdded = 0;
    if (this.state.hovered && !content.nodes.includes(this.state.hovered))
      this.state = { ...this.state, hovered: null, hoverNodes: new Set() };
    this.display = buildDisplayGraph(graph, content, this.attributes);
    this.drawn = content;
    sigma.setGraph(this.display);
  }

  /**
   * Moves the camera to a node, framing its highlighted neighbourhood when one is given
   * (animated unless the user prefers reduced motion); closer where nodes of `apart` in view cover one another.
   */
  focusNode(
    key: string,
    around: Iterable<string> = [key],
    closest = FOCUS_CLOSEST,
    apart: readonly string[] = [],
  ): void {
    if (this.pendingUpdate !== undefined) {
      // The nodes to frame may only be drawn once the display graph is updated.
      this.pendingFocus = [key, [...around], closest, apart];
      return;
    }
    this.frame([key, ...around], closest, false, false, apart);
  }

  /**
   * Frames the given nodes (those drawn and not hidden, far outliers aside unless `trim` is off): the camera centres on
   * them and zooms so they fit — with room for their labels around them, or (`fit`) spanning FIT_SHARE of the stage
   * both ways — never closer than `closest` nor farther than the whole graph. Nothing drawn: no move. Where nodes of
   * `apart` in view cover one another's centres, the camera comes closer, centred on the first node, until none does.
   * Right after a window resize it waits for sigma's next drawing (see windowResized).
   */
  frame(
    keys: Iterable<string>,
    closest = 0.05,
    trim = true,
    fit = true,
    apart: readonly string[] = [],
  ): void {
    const sigma = this.sigma;
    if (!sigma) return;
    if (this.windowResized) {
      const framed = [...keys];
      this.pendingFrame = () => {
        if (this.sigma === sigma) this.frameNow(sigma, framed, closest, trim, fit, apart);
      };
      sigma.scheduleRender();
      return;
    }
    this.pendingFrame = undefined;
    this.frameNow(sigma, keys, closest, trim, fit, apart);
  }

  /** Frames the given nodes at once (see frame), from sigma's display data and stage size as they are. */
  private frameNow(
    sigma: AtlasSigma,
    keys: Iterable<string>,
    closest: number,
    trim: boolean,
    fit: boolean,
    apart: readonly string[],
  ): void {
    // Display coordinates are normalised to the whole graph (0–1), as is the camera ratio.
    const drawn = (ks: Iterable<string>): FramedNode[] => {
      const out: FramedNode[] = [];
      for (const k of ks) {
        const d = sigma.getNodeDisplayData(k);
        if (d && !d.hidden) out.push({ x: d.x, y: d.y, size: d.size, square: d.type === 'square' });
      }
      return out;
    };
    const points = drawn(keys);
    if (!points.length) return;
    let [x1, x2, y1, y2] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of trim ? framedPoints(points) : points)
      [x1, x2, y1, y2] = [Math.min(x1, p.x), Math.max(x2, p.x), Math.min(y1, p.y), Math.max(y2, p.y)];
    const [x, y] = [(x1 + x2) / 2, (y1 + y2) / 2];
    // The camera ratio that frames them: room around the nodes for their labels, which run to the right.
    let span = Math.max(x2 - x1, y2 - y1) * 1.5;
    if (fit) {
      // The nodes' extent in the stage's pixels with the camera on them at the whole graph's zoom (the stage's
      // padding and aspect included); the pixels shrink with the ratio.
      const at = { cameraState: { x, y, ratio: 1, angle: 0 } };
      const [p, q] = [
        sigma.framedGraphToViewport({ x: x1, y: y1 }, at),
        sigma.framedGraphToViewport({ x: x2, y: y2 }, at),
      ];
      const { width, height } = sigma.getDimensions();
      if (width > 0 && height > 0)
        span = Math.max(Math.abs(q.x - p.x) / width, Math.abs(q.y - p.y) / height) / FIT_SHARE;
    }
    const ratio = Math.min(1, Math.max(closest, span));
    const near = apart.length ? closeEnoughApart(sigma, drawn(apart), { x, y }, ratio, closest) : undefined;
    const first = points[0]!;
    const target = near ? { x: first.x, y: first.y, ratio: near } : { x, y, ratio };
    this.settle(sigma.getCamera().animate(target, { duration: this.duration() }));
  }

  /**
   * Draws once more when a camera animation ends. Sigma leaves edges out of the frames it draws while the camera
   * moves, and draws again only when the camera's state changes: an animation to where the camera already is (a
   * filter whose nodes span the whole graph) left the edges out until the next pointer move.
   */
  private settle(animation: Promise<void>): void {
    const sigma = this.sigma;
    void animation.then(() => {
      if (this.sigma === sigma) sigma?.scheduleRender();
    });
  }

  /**
   * A camera control: zoom in or out around the centre, fit (the given nodes, or everything drawn and
   * shown), or reset to the whole graph.
   */
  camera(action: CameraAction, fit?: Iterable<string>): void {
    const sigma = this.sigma;
    if (!sigma) return;
    const camera = sigma.getCamera();
    const duration = this.duration();
    // A framing still waiting for sigma to draw is overtaken by what the reader asks for now.
    if (action !== 'fit') this.pendingFrame = undefined;
    if (action === 'zoom-in') this.settle(camera.animatedZoom({ factor: ZOOM_FACTOR, duration }));
    else if (action === 'zoom-out') this.settle(camera.animatedUnzoom({ factor: ZOOM_FACTOR, duration }));
    else if (action === 'reset') this.settle(camera.animatedReset({ duration }));
    else {
      const graph = sigma.getGraph();
      this.frame(fit ?? graph.filterNodes((k) => !sigma.getNodeDisplayData(k)?.hidden));
    }
  }

  /** Animation length: none when the user prefers reduced motion. */
  private duration(): number {
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    return reduce ? 0 : 400;
  }

  /**
   * Downloads a PNG (the exporter is loaded on first use): `view` is what the screen shows (camera,
   * filters, highlight); `graph` the whole drawing — every node drawn, the camera reset, no selection
   * or hover dimming — at twice the stage's size.
   */
  async exportPng(fileName: string, scope: 'graph' | 'view' = 'view'): Promise<void> {
    const sigma = this.sigma;
    if (!sigma) throw new Error('the graph is not drawn yet');
    const { downloadAsPNG } = await import('@sigma/export-image');
    const options: Parameters<typeof downloadAsPNG>[1] = {
      fileName,
      backgroundColor: DRAWING_THEMES[this.theme].background,
    };
    if (scope === 'graph') {
      // The whole graph as data colours it: the view's display settings, nothing selected, dimmed or hidden.
      const { colorBy, seriesColors, lang } = this.state;
      const { width, height } = sigma.getDimensions();
      // Drawn twice the stage's size, a layout unit gets twice the pixels: nodes as large as that allows.
      const whole: RenderState = {
        ...this.state,
        ...EMPTY_RENDER_STATE,
        colorBy,
        seriesColors,
        lang,
        nodeScale: this.nodeScaleFor(width * 2, height * 2),
      };
      const display = this.display!;
      Object.assign(options, {
        width: width * 2,
        height: height * 2,
        cameraState: { x: 0.5, y: 0.5, ratio: 1, angle: 0 },
        sigmaSettings: {
          // Labelled as the whole graph is (the view's settings follow the filters).
          ...this.wholeLabels,
          nodeReducer: (node: string, data: DisplayNodeAttributes) => nodeAppearance(node, data, whole),
          edgeReducer: (edge: string, data: DisplayEdgeAttributes) =>
            edgeAppearance(edge, data, display.source(edge), display.target(edge), whole),
        },
      });
    }
    this.exportScope = scope;
    try {
      await downloadAsPNG(sigma as unknown as Parameters<typeof downloadAsPNG>[0], options);
    } finally {
      this.exportScope = 'view';
    }
  }

  kill(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    window.removeEventListener('resize', this.onWindowResize);
    this.windowResized = false;
    this.pendingFrame = undefined;
    this.keepSelection();
    this.pendingUpdate = undefined;
    this.pendingFocus = undefined;
    this.indexedSize = '';
    this.sigma?.kill();
    this.sigma = undefined;
    this.graph = undefined;
    this.plan = undefined;
    this.container = undefined;
    this.display = undefined;
    this.content = undefined;
    this.drawn = undefined;
    this.hoverEdgesAdded = 0;
    this.labelDefaults = undefined;
    this.wholeLabels = undefined;
    this.labelledFor = null;
    this.attributes.clear();
    this.state = { ...this.state, hovered: null, hoverNodes: new Set() };
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.kill();
  }

  /**
   * A hover dims everything outside the hovered node's neighbourhood while the drawing is small
   * enough to restyle whole (`hoverDimUpTo`); past that it touches only the old and new hovered
   * nodes, their drawn neighbours and their edges. When
   * the overview does not draw a node's edges, up to `hoverEdges` of them are added for the hover;
   * they stay in the display graph, hidden, until the next replacement.
   */
  private setHover(key: string | null): void {
    const prev = this.state.hovered;
    const { sigma, graph, display, plan } = this;
    if (prev === key || !sigma || !graph || !display || !plan) return;
    const hoverNodes = new Set<string>();
    if (key && graph.hasNode(key)) {
      hoverNodes.add(key);
      graph.forEachNeighbor(key, (n) => void hoverNodes.add(n));
    }
    let added = false;
    if (key && !plan.allEdges && graph.hasNode(key)) {
      let budget = plan.options.hoverEdges;
      graph.someEdge(key, (edge, _a, source, target) => {
        if (display.hasEdge(edge) || !display.hasNode(source) || !display.hasNode(target)) return false;
        addDisplayEdge(graph, display, edge);
        this.hoverEdgesAdded++;
        added = true;
        return --budget <= 0;
      });
    }
    const before = this.state.hoverNodes;
    const prevState = this.state;
    this.state = { ...this.state, hovered: key, hoverNodes };
    if (this.state.hoverDims) {
      // The hover dims everything else: every drawn item changes (every edge; the nodes it touches
      // when the node program dims).
      sigma.refresh({
        partialGraph: this.restyled(touchedNodes(prevState, this.state)),
        skipIndexation: !added,
      });
      return;
    }
    const nodes = new Set<string>();
    for (const k of [...before, ...hoverNodes]) if (display.hasNode(k)) nodes.add(k);
    const edges = new Set<string>();
    for (const k of [prev, key])
      if (k && display.hasNode(k)) display.forEachEdge(k, (e) => void edges.add(e));
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: !added });
  }
}

/**
 * Sigma looks for the node under the pointer on every mouse move — a synchronous read-back of its
 * picking buffer that waits for the GPU — also while the stage is dragged, when nothing can be hovered;
 * in software WebGL that doubles a panning frame's cost (jacomyal/sigma.js#1546 asks for a setting).
 * Its mouse-move listeners are registered again behind a check that the button is up.
 */
function skipHoverPickingWhileDragging(sigma: AtlasSigma): void {
  const captor = sigma.getMouseCaptor();
  for (const listener of captor.listeners('mousemove')) {
    captor.removeListener('mousemove', listener);
    captor.on('mousemove', (coords) => {
      if (!captor.isMouseDown) listener(coords);
    });
  }
}

/** Whether a pointer event came from a touch screen (sigma's taps carry the touch event that ended them). */
function isTouch(event: MouseEvent | TouchEvent): boolean {
  return typeof TouchEvent !== 'undefined' && event instanceof TouchEvent;
}

/** A container's size, as sigma reads it. */
function sizeOf(container: HTMLElement): string {
  return `${container.offsetWidth}x${container.offsetHeight}`;
}

/** Whether going from one content to the next drops any node or edge. */
function removesItems(previous: DisplayContent, next: DisplayContent): boolean {
  if (previous.nodes.length > next.nodes.length || previous.edges.length > next.edges.length) return true;
  const nodes = new Set(next.nodes);
  if (previous.nodes.some((k) => !nodes.has(k))) return true;
  const edges = new Set(next.edges);
  return previous.edges.some((e) => !edges.has(e));
}
