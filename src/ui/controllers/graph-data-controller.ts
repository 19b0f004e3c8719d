/**
 * Loads and validates graph.json for its host element: a ReactiveController whose `state` is
 * loading, ready (with the graph) or error (with a message a user can act on).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { graphFromJson } from '../../core/load-graph.js';
import type { AtlasGraph } from '../../core/types.js';

export type GraphDataState =
  { status: 'loading' } | { status: 'ready'; graph: AtlasGraph } | { status: 'error'; message: string };

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
    void this.load();
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
    try {
      const response = await fetch(url, { signal: abort.signal });
      if (!response.ok) {
        throw new Error(
          response.status === 404
            ? `The graph file ${url} was not found. Build it with "npm run build:graph".`
            : `The graph file ${url} could not be loaded (HTTP ${response.status}).`,
        );
      }
      const graph = graphFromJson(await response.text());
      if (!abort.signal.aborted) this.state = { status: 'ready', graph };
    } catch (e) {
      if (abort.signal.aborted) return;
      const message = e instanceof Error ? e.message : String(e);
      this.state = { status: 'error', message: `Could not open the lecture graph: ${message}` };
    }
    this.host.requestUpdate();
  }
}
