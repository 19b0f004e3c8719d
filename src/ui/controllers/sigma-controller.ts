/**
 * Owns the sigma instance of its host: creates it when the host has a container and a graph,
 * and kills it when the graph changes or the host disconnects. Nothing else touches sigma's
 * lifecycle. UI state reaches sigma only through the node and edge reducers, which read the
 * current render state; hover is handled here with precomputed neighbour sets and partial refreshes.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { AtlasGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../core/types.js';
import {
  EMPTY_RENDER_STATE,
  edgeAppearance,
  nodeAppearance,
  type RenderState,
  SPARSE_EDGES_ABOVE,
} from '../state/reducers.js';

export type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;
type AtlasSettings = Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;

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
};

export interface SigmaCallbacks {
  onClickNode(key: string): void;
  onClickStage(): void;
}

export class SigmaController implements ReactiveController {
  sigma?: AtlasSigma;
  private graph?: AtlasGraph;
  private container?: HTMLElement;
  private state: RenderState = EMPTY_RENDER_STATE;
  /** Whether the attached graph is large enough to draw only its skeleton in the overview. */
  private sparse = false;
  private neighbours = new Map<string, Set<string>>();
  private incident = new Map<string, string[]>();

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: SigmaCallbacks,
  ) {
    host.addController(this);
  }

  /** Mounts sigma on the container for the graph; a no-op when both are unchanged. */
  attach(container: HTMLElement, graph: AtlasGraph): AtlasSigma {
    if (this.sigma && this.graph === graph && this.container === container) return this.sigma;
    this.kill();
    this.graph = graph;
    this.container = container;
    this.precompute(graph);
    this.sparse = graph.size > SPARSE_EDGES_ABOVE;
    this.state = { ...this.state, sparseEdges: this.sparse };
    const sigma: AtlasSigma = new Sigma(graph, container, {
      ...DEFAULT_SIGMA_SETTINGS,
      nodeReducer: (node, data) => nodeAppearance(node, data, this.state),
      edgeReducer: (edge, data) =>
        edgeAppearance(edge, data, graph.source(edge), graph.target(edge), this.state),
    });
    sigma.on('clickNode', ({ node }) => this.callbacks.onClickNode(node));
    sigma.on('clickStage', () => this.callbacks.onClickStage());
    sigma.on('enterNode', ({ node }) => this.setHover(node));
    sigma.on('leaveNode', () => this.setHover(null));
    this.sigma = sigma;
    return sigma;
  }

  /** Applies a new render state (hover is kept): a full refresh when visibility changed, else a cheap one. */
  setRenderState(next: Omit<RenderState, 'hovered' | 'hoverNodes'>): void {
    const prev = this.state;
    this.state = { ...next, hovered: prev.hovered, hoverNodes: prev.hoverNodes, sparseEdges: this.sparse };
    if (!this.sigma || !this.graph) return;
    if (prev.visible !== next.visible) this.sigma.refresh();
    else
      this.sigma.refresh({
        partialGraph: { nodes: this.graph.nodes(), edges: this.graph.edges() },
        skipIndexation: true,
      });
  }

  /**
   * Moves the camera to a node, framing its highlighted neighbourhood when one is given
   * (animated unless the user prefers reduced motion).
   */
  focusNode(key: string, around: Iterable<string> = [key]): void {
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
    this.sigma?.kill();
    this.sigma = undefined;
    this.graph = undefined;
    this.container = undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.kill();
  }

  private precompute(graph: AtlasGraph): void {
    this.neighbours = new Map();
    this.incident = new Map();
    graph.forEachNode((key) => {
      this.neighbours.set(key, new Set(graph.neighbors(key)));
      this.incident.set(key, graph.edges(key));
    });
  }

  /** Hover touches only the old and new hovered nodes, their neighbours and their edges. */
  private setHover(key: string | null): void {
    const prev = this.state.hovered;
    if (prev === key || !this.sigma) return;
    const hoverNodes = key ? new Set([key, ...(this.neighbours.get(key) ?? [])]) : new Set<string>();
    const nodes = new Set([...this.state.hoverNodes, ...hoverNodes]);
    const edges = new Set<string>();
    for (const k of [prev, key]) if (k) for (const e of this.incident.get(k) ?? []) edges.add(e);
    this.state = { ...this.state, hovered: key, hoverNodes };
    this.sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  }
}
