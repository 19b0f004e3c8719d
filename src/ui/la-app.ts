/**
 * <la-app>: the explorer shell. Loads graph.json, shows a loading state, a clear message when the
 * file is missing or invalid, and the graph with a count of what it holds.
 *
 * @attr src - URL of the graph file (default: graph.json beside the page)
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AtlasGraph } from '../core/types.js';
import { GraphDataController } from './controllers/graph-data-controller.js';
import './la-graph-view.js';

@customElement('la-app')
export class LaApp extends LitElement {
  static override styles = css`
    :host {
      display: grid;
      grid-template-rows: auto 1fr;
      height: 100%;
      font-family: system-ui, 'Noto Sans TC', 'PingFang TC', sans-serif;
      color: #1d2433;
    }
    header {
      display: flex;
      align-items: baseline;
      gap: 1rem;
      padding: 0.6rem 1rem;
      border-bottom: 1px solid #e3e6ec;
    }
    h1 {
      font-size: 1.15rem;
      margin: 0;
    }
    .status {
      color: #4a5160;
      font-size: 0.9rem;
    }
    .message {
      margin: 2rem auto;
      max-width: 40rem;
      padding: 1rem 1.25rem;
      border-radius: 6px;
      background: #f4f6fa;
    }
    .message.error {
      background: #fdecec;
      color: #8a1c1c;
    }
    la-graph-view {
      height: 100%;
    }
  `;

  @property() src = 'graph.json';
  private readonly data = new GraphDataController(this, () => this.src);

  override render() {
    const state = this.data.state;
    return html`
      <header>
        <h1>Lecture Atlas</h1>
        <span class="status" role="status" aria-live="polite">${this.statusText()}</span>
      </header>
      ${
        state.status === 'loading'
          ? html`<p class="message">Loading the lecture graph…</p>`
          : state.status === 'error'
            ? html`<p class="message error" role="alert">${state.message}</p>`
            : html`<la-graph-view .graph=${state.graph}></la-graph-view>`
      }
    `;
  }

  private statusText(): string {
    const state = this.data.state;
    if (state.status !== 'ready') return '';
    return describeCounts(state.graph);
  }
}

export function describeCounts(graph: AtlasGraph): string {
  let lectures = 0;
  let concepts = 0;
  graph.forEachNode((_n, a) => {
    if (a.kind === 'lecture') lectures++;
    else if (a.kind === 'concept') concepts++;
  });
  return `${lectures} lectures · ${concepts} concepts · ${graph.size} links`;
}

declare global {
  interface HTMLElementTagNameMap {
    'la-app': LaApp;
  }
}
