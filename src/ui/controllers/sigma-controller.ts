/**
 * Owns the sigma instance of its host: creates it when the host has a container and a graph, and
 * kills it when the graph changes or the host disconnects. Nothing else touches sigma's lifecycle.
 *
 * Sigma draws a display graph, not the data graph: the nodes and edges the view wants drawn (see
 * state/display-graph.ts), each with only the attributes the reducers read. A few additions grow the
 * display graph in place; anything else replaces it (sigma re-indexes everything once per removed item,
 * so one replacement is far cheaper). How each drawn item looks goes only through the
 * node and edge reducers, which read the current render state; hover refreshes only the items it touches.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { AtlasGraph } from '../../core/types.js';
import { PanningPointProgram } from './panning-point-program.js';
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
import { EMPTY_RENDER_STATE, edgeAppearance, nodeAppearance, type RenderState } from '../state/reducers.js';

export type AtlasSigma = Sigma<DisplayNodeAttributes, DisplayEdgeAttributes>;
type AtlasSettings = Settings<DisplayNodeAttributes, DisplayEdgeAttributes>;

export const DEFAULT_SIGMA_SETTINGS: Partial<AtlasSettings> = {
  renderLabels: true,
  labelRenderedSizeThreshold: 3,
  labelDensity: 0.5,
  labelGridCellSize: 80,
  defaultEdgeColor: '#c9ccd3',
  labelFont: 'system-ui, "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  zIndex: false,
  // Without a GPU, redrawing every edge while the camera moves drops frames on large graphs.
  hideEdgesOnMove: true,
  // Only the programs the explorer draws with: each one is compiled (twice, with picking) at start.
  nodeProgramClasses: { circle: NodeCircleProgram },
  edgeProgramClasses: { line: EdgeRectangleProgram },
};

/**
 * For graphs past `lightProgramsAboveNodes`: nodes as points (one vertex each, not an instanced
 * triangle; no picking pass during drags) and edges as one-pixel lines; in software WebGL a point costs
 * about a seventeenth of a disc.
 * Lectures (size 3) get labels only once zoomed in.
 */
export const LIGHT_SIGMA_SETTINGS: Partial<AtlasSettings> = {
  nodeProgramClasses: { point: PanningPointProgram },
  defaultNodeType: 'point',
  edgeProgramClasses: { line: EdgeLineProgram },
  defaultEdgeType: 'line',
  labelRenderedSizeThreshold: 6,
};

/** Extra hover edges left in the display graph (hidden) before it is rebuilt without them. */
const HOVER_GARBAGE_FACTOR = 4;

/**
 * Up to this many new items are added to the display graph in place; past it the graph is rebuilt:
 * sigma handles each added item as an event (its reducer runs twice per item), a rebuild runs it once.
 */
const IN_PLACE_ADDITIONS = 200;

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
  /** What the view asked to draw last; the display graph holds it plus leftover hover edges. */
  private content?: DisplayContent;
  private hoverEdgesAdded = 0;
  /** Set while a replacement of the display graph waits for the next frame; the framing to do after it. */
  private pendingReplace?: object;
  private pendingFocus?: [string, string[]];
  private readonly attributes = new Map<string, DisplayNodeAttributes>();
  private state: RenderState = EMPTY_RENDER_STATE;

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: SigmaCallbacks,
  ) {
    host.addController(this);
  }

  /** Whether sigma draws the whole current view (false while a display graph replacement waits a frame). */
  get settled(): boolean {
    return this.pendingReplace === undefined;
  }

  /** Mounts sigma on the container for the graph; a no-op when all three are unchanged. */
  attach(container: HTMLElement, graph: AtlasGraph, plan: DisplayPlan): AtlasSigma {
    if (this.sigma && this.graph === graph && this.container === container && this.plan === plan)
      return this.sigma;
    this.kill();
    this.graph = graph;
    this.plan = plan;
    this.container = container;
    this.state = { ...this.state, sparseEdges: !plan.allEdges };
    this.display = buildDisplayGraph(
      graph,
      { nodes: [], edges: [], hiddenLectures: 0, omittedEdges: 0 },
      this.attributes,
    );
    const sigma: AtlasSigma = new Sigma(this.display, container, {
      ...DEFAULT_SIGMA_SETTINGS,
      ...(plan.lightPrograms ? LIGHT_SIGMA_SETTINGS : {}),
      nodeReducer: (node, data) => nodeAppearance(node, data, this.state),
      edgeReducer: (edge, data) => {
        const display = this.display!;
        return edgeAppearance(edge, data, display.source(edge), display.target(edge), this.state);
      },
    });
    // Positions are normalised to the whole graph, so they stay put when the drawn subset changes.
    sigma.setCustomBBox(plan.bbox);
    sigma.on('clickNode', ({ node }) => this.callbacks.onClickNode(node));
    sigma.on('clickStage', () => this.callbacks.onClickStage());
    sigma.on('enterNode', ({ node }) => this.setHover(node));
    sigma.on('leaveNode', () => this.setHover(null));
    skipHoverPickingWhileDragging(sigma);
    this.sigma = sigma;
    return sigma;
  }

  /**
   * Shows a view: the render state the reducers read (hover is kept) and the nodes and edges to draw.
   * A few added items join the display graph at once. A larger change is drawn in two frames: this one
   * restyles what is already drawn (the selection's highlight, without re-indexing), the next replaces
   * the display graph with the new items — so the response to a click comes a frame's work sooner.
   */
  show(next: Omit<RenderState, 'hovered' | 'hoverNodes'>, content: DisplayContent): void {
    const prev = this.state;
    this.state = {
      ...next,
      hovered: prev.hovered,
      hoverNodes: prev.hoverNodes,
      sparseEdges: !(this.plan?.allEdges ?? true),
    };
    const { sigma, graph, display } = this;
    if (!sigma || !graph || !display) return;
    const previous = this.content;
    this.content = content;
    if (previous === content && this.pendingReplace === undefined) {
      this.restyle(true);
      return;
    }
    const garbage = this.hoverEdgesAdded > (this.plan?.options.hoverEdges ?? 0) * HOVER_GARBAGE_FACTOR;
    const additions =
      content.nodes.length +
      content.edges.length -
      (previous?.nodes.length ?? 0) -
      (previous?.edges.length ?? 0);
    if (!previous) {
      this.replace();
      return;
    }
    if (
      this.pendingReplace !== undefined ||
      garbage ||
      additions > IN_PLACE_ADDITIONS ||
      removesItems(previous, content)
    ) {
      this.restyle(true);
      if (this.pendingReplace === undefined) {
        // After the next frame has been produced (a timer set from an animation frame callback).
        const token = {};
        this.pendingReplace = token;
        requestAnimationFrame(() =>
          setTimeout(() => {
            if (this.pendingReplace !== token) return;
            this.pendingReplace = undefined;
            this.replace();
            const focus = this.pendingFocus;
            this.pendingFocus = undefined;
            if (focus) this.focusNode(...focus);
          }),
        );
      }
      return;
    }
    let added = false;
    for (const k of content.nodes)
      if (!display.hasNode(k)) {
        display.addNode(k, nodeAttributes(graph, k, this.attributes));
        added = true;
      }
    for (const e of content.edges)
      if (!display.hasEdge(e)) {
        addDisplayEdge(graph, display, e);
        added = true;
      }
    this.restyle(!added);
  }

  /** Applies the render state to everything drawn (re-indexing when items were added). */
  private restyle(skipIndexation: boolean): void {
    const display = this.display!;
    this.sigma!.refresh({ partialGraph: { nodes: display.nodes(), edges: display.edges() }, skipIndexation });
  }

  /** Replaces the display graph with the current content (sigma re-indexes and draws once). */
  private replace(): void {
    const { sigma, graph, content } = this;
    if (!sigma || !graph || !content) return;
    this.hoverEdgesAdded = 0;
    if (this.state.hovered && !content.nodes.includes(this.state.hovered))
      this.state = { ...this.state, hovered: null, hoverNodes: new Set() };
    this.display = buildDisplayGraph(graph, content, this.attributes);
    sigma.setGraph(this.display);
  }

  /**
   * Moves the camera to a node, framing its highlighted neighbourhood when one is given
   * (animated unless the user prefers reduced motion).
   */
  focusNode(key: string, around: Iterable<string> = [key]): void {
    if (this.pendingReplace !== undefined) {
      // The nodes to frame may only be drawn once the display graph is replaced.
      this.pendingFocus = [key, [...around]];
      return;
    }
    const sigma = this.sigma;
    const center = sigma?.getNodeDisplayData(key);
    if (!sigma || !center) return;
    // Display coordinates are normalised to the whole graph (0–1), as is the camera ratio.
    let [x1, x2, y1, y2] = [center.x, center.x, center.y, center.y];
    for (const k of around) {
      const d = sigma.getNodeDisplayData(k);
      if (!d || d.hidden) continue;
      [x1, x2, y1, y2] = [Math.min(x1, d.x), Math.max(x2, d.x), Math.min(y1, d.y), Math.max(y2, d.y)];
    }
    const camera = sigma.getCamera();
    const ratio = Math.min(1, Math.max(0.12, Math.max(x2 - x1, y2 - y1) * 1.3));
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    void camera.animate({ x: (x1 + x2) / 2, y: (y1 + y2) / 2, ratio }, { duration: reduce ? 0 : 500 });
  }

  /** Downloads the current drawing as a PNG (the exporter is loaded on first use). */
  async exportPng(fileName: string): Promise<void> {
    if (!this.sigma) throw new Error('the graph is not drawn yet');
    const { downloadAsPNG } = await import('@sigma/export-image');
    await downloadAsPNG(this.sigma as unknown as Parameters<typeof downloadAsPNG>[0], {
      fileName,
      backgroundColor: '#ffffff',
    });
  }

  kill(): void {
    this.pendingReplace = undefined;
    this.pendingFocus = undefined;
    this.sigma?.kill();
    this.sigma = undefined;
    this.graph = undefined;
    this.plan = undefined;
    this.container = undefined;
    this.display = undefined;
    this.content = undefined;
    this.hoverEdgesAdded = 0;
    this.attributes.clear();
    this.state = { ...this.state, hovered: null, hoverNodes: new Set() };
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.kill();
  }

  /**
   * Hover touches only the old and new hovered nodes, their drawn neighbours and their edges. When
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
    const nodes = new Set<string>();
    for (const k of [...this.state.hoverNodes, ...hoverNodes]) if (display.hasNode(k)) nodes.add(k);
    const edges = new Set<string>();
    for (const k of [prev, key])
      if (k && display.hasNode(k)) display.forEachEdge(k, (e) => void edges.add(e));
    this.state = { ...this.state, hovered: key, hoverNodes };
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

/** Whether going from one content to the next drops any node or edge. */
function removesItems(previous: DisplayContent, next: DisplayContent): boolean {
  if (previous.nodes.length > next.nodes.length || previous.edges.length > next.edges.length) return true;
  const nodes = new Set(next.nodes);
  if (previous.nodes.some((k) => !nodes.has(k))) return true;
  const edges = new Set(next.edges);
  return previous.edges.some((e) => !edges.has(e));
}
