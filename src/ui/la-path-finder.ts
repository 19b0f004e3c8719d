/**
 * <la-path-finder>: choose two lectures or concepts and see how they are related — the explanatory
 * path is highlighted in the graph and listed here hop by hop, each hop read in words. Lectures are
 * named with their identity (course and year, part, language version).
 *
 * @property graph - the loaded graph
 * @property index - the search index for the two fields
 * @property from - one end (node key) or null
 * @property to - the other end or null
 * @property hops - the path (undefined: not both ends chosen; null: not connected)
 * @property selected - the selected node, offered as a quick choice for an end
 * @property t - UI text
 * @fires la-path-change - an end changed or the path was cleared (`from`, `to`)
 * @fires la-select - a node on the path was activated (`key`)
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { PathHop } from '../core/explanatory-path.js';
import type { AtlasGraph } from '../core/types.js';
import { laEvent, type LaEvent } from './events.js';
import { aroundName, messagesFor, type Messages } from './i18n/index.js';
import './la-search.js';
import { sharedStyles } from './shared-styles.js';
import type { Searcher } from './state/lazy-search-index.js';
import { fullNodeName } from './state/lecture-identity.js';

@customElement('la-path-finder')
export class LaPathFinder extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      .end {
        margin-bottom: 0.4rem;
      }
      .ends {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: 0 0.75rem;
      }
      .actions {
        display: flex;
        gap: 0.4rem;
        flex-wrap: wrap;
        margin: 0.3rem 0;
      }
      .actions button {
        font: inherit;
        font-size: 0.8rem;
      }
      ol.hops {
        padding-inline-start: 1.2rem;
        margin: 0.3rem 0;
        max-height: 30vh;
        overflow-y: auto;
      }
      .rel {
        color: var(--la-muted);
        font-style: italic;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property({ attribute: false }) index?: Searcher;
  @property({ attribute: false }) from: string | null = null;
  @property({ attribute: false }) to: string | null = null;
  @property({ attribute: false }) hops: PathHop[] | null | undefined = undefined;
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) t: Messages = messagesFor('en');

  override render() {
    const t = this.t;
    return html`
      <div class="ends">
        <div class="end">
          <la-search
            class="from"
            .label=${t.pathFrom}
            .index=${this.index}
            .graph=${this.graph}
            .t=${t}
            .value=${this.name(this.from)}
            .limit=${6}
            @la-pick=${(e: LaEvent<'la-pick'>) => this.onPick(e, 'from')}
          ></la-search>
        </div>
        <div class="end">
          <la-search
            class="to"
            .label=${t.pathTo}
            .index=${this.index}
            .graph=${this.graph}
            .t=${t}
            .value=${this.name(this.to)}
            .limit=${6}
            @la-pick=${(e: LaEvent<'la-pick'>) => this.onPick(e, 'to')}
          ></la-search>
        </div>
      </div>
      <div class="actions">
        ${
          this.selected
            ? html`<button type="button" class="use-selected" @click=${this.useSelected}>
                ${t.pathFromSelected}
              </button>`
            : nothing
        }
        ${
          this.from || this.to
            ? html`<button type="button" class="clear" @click=${() => this.emit(null, null)}>
                ${t.clearPath}
              </button>`
            : nothing
        }
      </div>
      ${this.renderHops()}
    `;
  }

  private renderHops() {
    const t = this.t;
    if (this.hops === undefined) return html`<p class="muted">${t.pathChoose}</p>`;
    if (this.hops === null) return html`<p class="muted" role="note">${t.noPath}</p>`;
    if (!this.hops.length || !this.from) return nothing;
    return html`<p class="muted">${t.pathSteps(this.hops.length)}</p>
      <ol class="hops" aria-label=${t.pathFinder}>
        <li>${this.nodeButton(this.from)}</li>
        ${this.hops.map((h) => {
          const [before, after] = aroundName(t.hopRelation[h.relation] ?? h.relation);
          return html`<li>
            <span class="rel">${before}</span> ${this.nodeButton(h.to)}
            ${after ? html`<span class="rel">${after}</span>` : nothing}
          </li>`;
        })}
      </ol>`;
  }

  private nodeButton(key: string) {
    return html`<button
      class="link"
      data-key=${key}
      @click=${() => this.dispatchEvent(laEvent('la-select', { key }))}
    >
      ${this.name(key)}
    </button>`;
  }

  /** A node's name, a lecture's with its identity (course and year, part, language version). */
  private name(key: string | null): string {
    if (!key || !this.graph?.hasNode(key)) return '';
    return fullNodeName(this.graph, key, this.t);
  }

  private onPick(e: LaEvent<'la-pick'>, end: 'from' | 'to'): void {
    e.stopPropagation();
    if (end === 'from') this.emit(e.detail.key, this.to);
    else this.emit(this.from, e.detail.key);
  }

  private useSelected(): void {
    if (!this.selected) return;
    if (!this.from) this.emit(this.selected, this.to);
    else if (!this.to) this.emit(this.from, this.selected);
    else this.emit(this.selected, null);
  }

  private emit(from: string | null, to: string | null): void {
    this.dispatchEvent(laEvent('la-path-change', { from, to }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-path-finder': LaPathFinder;
  }
}
