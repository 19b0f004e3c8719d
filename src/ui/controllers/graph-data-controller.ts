/**
 * Loads and validates the graph file for its host element — the compact file the pipeline writes for
 * the explorer, or a graph.json — as a ReactiveController whose `state` is loading, ready (with the
 * graph) or error (with what went wrong, for a message a user can act on).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { graphFromJson } from '../../core/load-graph.js';
import type { AtlasGraph } from '../../core/types.js';

export type GraphLoadError =
  | { reason: 'missing'; url: string }
  | { reason: 'http'; url: string; status: number }
  | { reason: 'network'; url: string; detail: string }
  | { reason: 'invalid'; url: string; detail: string };

export type GraphDataState =
  { status: 'loading' } | { status: 'ready'; graph: AtlasGraph } | { status: 'error'; error: GraphLoadError };

export class GraphDataController implements ReactiveController {
  state: GraphDataState = { status: 'loading' };
  private abort?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly url: () => string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.state.status !== 'ready') void this.load();
  }

  hostDisconnected(): void {
    this.abort?.abort();
  }

  async load(): Promise<void> {
    this.abort?.abort();
    const abort = new AbortController();
    this.abort = abort;
    this.state = { status: 'loading' };
    this.host.requestUpdate();
    const url = this.url();
    let next: GraphDataState;
    try {
      const response = await fetch(url, { signal: abort.signal });
      if (!response.ok) {
        next = {
          status: 'error',
          error:
            response.status === 404
              ? { reason: 'missing', url }
              : { reason: 'http', url, status: response.status },
        };
      } else {
        const text = await response.text();
        try {
          next = { status: 'ready', graph: graphFromJson(text) };
        } catch (e) {
          next = { status: 'error', error: { reason: 'invalid', url, detail: (e as Error).message } };
        }
      }
    } catch (e) {
      if (abort.signal.aborted) return;
      next = {
        status: 'error',
        error: { reason: 'network', url, detail: e instanceof Error ? e.message : String(e) },
      };
    }
    if (abort.signal.aborted) return;
    this.state = next;
    this.host.requestUpdate();
  }
}
