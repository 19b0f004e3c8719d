/**
 * Owns the sigma instance of its host: creates it when the host has a container and a graph,
 * and kills it when the graph changes or the host disconnects. Nothing else touches sigma's lifecycle.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { AtlasGraph, EdgeAttributes, GraphAttributes, NodeAttributes } from '../../core/types.js';

export type AtlasSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const DEFAULT_SIGMA_SETTINGS: Partial<Settings<NodeAttributes, EdgeAttributes, GraphAttributes>> = {
  renderLabels: true,
  labelRenderedSizeThreshold: 3,
  labelDensity: 0.5,
  labelGridCellSize: 80,
  defaultEdgeColor: '#c9ccd3',
  labelFont: 'system-ui, "Noto Sans TC", "PingFang TC", "Microsoft JhengHei", sans-serif',
  zIndex: false,
};

export class SigmaController implements ReactiveController {
  sigma?: AtlasSigma;
  private graph?: AtlasGraph;
  private container?: HTMLElement;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Mounts sigma on the container for the graph; a no-op when both are unchanged. */
  attach(container: HTMLElement, graph: AtlasGraph): AtlasSigma {
    if (this.sigma && this.graph === graph && this.container === container) return this.sigma;
    this.kill();
    this.graph = graph;
    this.container = container;
    this.sigma = new Sigma(graph, container, DEFAULT_SIGMA_SETTINGS);
    return this.sigma;
  }

  kill(): void {
    this.sigma?.kill();
    this.sigma = undefined;
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.kill();
  }
}
