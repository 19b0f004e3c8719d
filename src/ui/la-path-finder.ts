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
 * @property compact - a compact header's finder (a phone, a phone turned sideways): once both ends are chosen it
 *   folds to one line (the two ends and the step count, the hops on request), so that the graph keeps room to show
 *   the path
 * @property t - UI text
 * @fires la-path-change - an end changed or the path was cleared (`from`, `to`)
 * @fires la-select - a node on the path was activated (`key`)
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PathHop } from '../core/explanatory-path.js';
import type { AtlasGraph } from '../core/types.js';
import { laEvent, type LaEvent } from './events.js';
import { aroundName, messagesFor, type Messages } from './i18n/index.js';
import { LaSearch } from './la-search.js';
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
      .summary {
        margin: 0 0 0.3rem;
        overflow-wrap: anywhere;
      }
      /* The folded path's line and its buttons share a row where the screen is wide enough (a phone turned
         sideways), and wrap under it on a phone held upright. */
      .folded {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0 0.75rem;
      }
      .folded .summary {
        margin: 0.2rem 0;
      }
      /* A finger's target at least (WCAG 2.5.8: 24 px; its one line was 22 px high). */
      details.steps > summary {
        cursor: pointer;
        color: var(--la-muted);
        padding: 0.25rem 0;
        min-height: 1.5rem;
        box-sizing: border-box;
      }
      details.steps ol.hops {
        max-height: 25dvh;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property({ attribute: false }) index?: Searcher;
  @property({ attribute: false }) from: string | null = null;
  @property({ attribute: false }) to: string | null = null;
  @property({ attribute: false }) hops: PathHop[] | null | undefined = undefined;
  @property({ attribute: false }) selected: string | null = null;
  @property({ type: Boolean }) compact = false;
  @property({ attribute: false }) t: Messages = messagesFor('en');
  /** Whether a compact finder shows its fields though both ends are chosen (the reader asked to change one). */
  @state() private editing = false;

  override render() {
    const t = this.t;
    if (this.compact && this.from && this.to && !this.editing && this.hops !== undefined)
      return this.renderFolded(this.from, this.to);
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
            ? html`<button type="button" class="clear" @click=${this.clear}>${t.clearPath}</button>`
            : nothing
        }
      </div>
      ${this.renderHops()}
    `;
  }

  /** The chosen path in one line, with a way back to the fields and the hops folded under it. */
  private renderFolded(from: string, to: string) {
    const t = this.t;
    const hops = this.hops;
    return html`<div class="folded">
        <p class="summary">
          <strong>${this.name(from)}</strong> → <strong>${this.name(to)}</strong>
          <span class="muted">· ${hops ? t.pathSteps(hops.length) : t.noPath}</span>
        </p>
        <div class="actions">
          <button type="button" class="change" @click=${this.edit}>${t.pathChange}</button>
          <button type="button" class="clear" @click=${this.clear}>${t.clearPath}</button>
        </div>
      </div>
      ${
        hops?.length
          ? html`<details class="steps">
              <summary>${t.pathShowSteps}</summary>
              ${this.renderHopList(from, hops)}
            </details>`
          : nothing
      }`;
  }

  private renderHops() {
    const t = this.t;
    if (this.hops === undefined) return html`<p class="muted">${t.pathChoose}</p>`;
    if (this.hops === null) return html`<p class="muted" role="note">${t.noPath}</p>`;
    if (!this.hops.length || !this.from) return nothing;
    return html`<p class="muted">${t.pathSteps(this.hops.length)}</p>
      ${this.renderHopList(this.from, this.hops)}`;
  }

  private renderHopList(from: string, hops: readonly PathHop[]) {
    const t = this.t;
    return html`<ol class="hops" aria-label=${t.pathFinder}>
      <li>${this.nodeButton(from)}</li>
      ${hops.map((h) => {
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
    this.editing = false;
    const [from, to] = end === 'from' ? [e.detail.key, this.to] : [this.from, e.detail.key];
    this.emit(from, to);
    // On to the other end when it is still to choose; to the folded path's first button when the finder folds.
    if (!to) void this.focusAfterRender('la-search.to');
    else if (this.compact && from) void this.focusAfterRender('button.change');
  }

  /** Unfolds a compact finder's fields, the first one focused (its list closed until the learner types). */
  private edit(): void {
    this.editing = true;
    void this.focusAfterRender('la-search.from', { quiet: true });
  }

  /** Clears the path; the focus goes to the first field rather than be lost with the button. */
  private clear(): void {
    this.editing = false;
    this.emit(null, null);
    void this.focusAfterRender('la-search.from', { quiet: true });
  }

  /** Focuses `selector` once the app has passed the new ends down and this finder has drawn them. */
  private async focusAfterRender(selector: string, options?: { quiet: boolean }): Promise<void> {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await this.updateComplete;
    const el = this.renderRoot.querySelector<HTMLElement>(selector);
    if (el instanceof LaSearch) el.focus(options);
    else el?.focus();
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
