/**
 * <la-filters>: the view controls — neighbourhood depth, series or course, node kinds, minimum
 * number of links, and what the colours mean. Stateless: shows the values it is given and fires
 * an event for each change.
 *
 * @property series - the series of the graph with their lecture counts
 * @property filter - the current node filter
 * @property depth - the neighbourhood depth (1–3)
 * @property colorBy - the colouring
 * @property maxDegree - the upper end of the minimum-links slider
 * @property kinds - the node kinds the graph holds
 * @property t - UI text
 *
 * Under the series list: how many series are chosen and a Clear button that chooses none again (every series
 * shown), or the note that every series is shown. The list grows with the window's height (a wide desktop
 * shows a screenful of courses, not five), and a course name wrapped over lines reads as one row.
 * @fires la-filter-change - series, kinds or minimum links changed (`filter`)
 * @fires la-depth-change - the depth changed (`depth`)
 * @fires la-color-by-change - the colouring changed (`colorBy`)
 * @csspart depth - the depth select
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { NO_SERIES, seriesYears, type SeriesCount } from '../core/list-series.js';
import type { NodeKind } from '../core/types.js';
import { DEFAULT_NODE_FILTER, NODE_KINDS, type NodeFilter } from '../core/visible-nodes.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';
import { COLOR_BY, DEPTHS, type ColorBy, type Depth } from './state/view-state.js';

@customElement('la-filters')
export class LaFilters extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.9rem;
      }
      fieldset {
        border: none;
        margin: 0 0 0.8rem;
        padding: 0;
      }
      legend,
      .label {
        font-weight: 600;
        font-size: 0.85rem;
        margin-bottom: 0.25rem;
        padding: 0;
      }
      .series {
        max-height: clamp(11rem, 40vh, 30rem);
        overflow-y: auto;
        scrollbar-width: thin;
        border: 1px solid var(--la-border);
        border-radius: 4px;
        padding: 0.25rem 0.4rem;
      }
      /* A name wrapped over lines stays beside its box and apart from the next row. */
      .series label.row {
        line-height: 1.25;
        padding: 0.2rem 0;
      }
      .series label.row + label.row {
        border-top: 1px solid var(--la-border);
      }
      .chosen {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        margin: 0.35rem 0 0;
      }
      .chosen button.chip {
        min-height: 1.75rem;
      }
      label.row {
        display: flex;
        gap: 0.35rem;
        align-items: center;
        padding: 0.1rem 0;
      }
      /* A long course name wraps between its words; the count beside it never wraps (the panel's
         overflow-wrap: anywhere would otherwise let the row squeeze it digit by digit). */
      .name {
        flex: 1 1 auto;
        min-width: 0;
      }
      .years {
        color: var(--la-muted);
        font-size: 0.85em;
      }
      .count {
        flex: none;
        white-space: nowrap;
        margin-inline-start: auto;
        color: var(--la-muted);
        font-size: 0.8rem;
      }
      .field {
        margin: 0 0 0.8rem;
      }
      input[type='range'] {
        width: 100%;
      }
      /* A finger's target (the 16 px track was all that could be touched): the height the other controls have. */
      @media (pointer: coarse) {
        input[type='range'] {
          min-height: 2.5rem;
        }
      }
      select {
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) series: SeriesCount[] = [];
  @property({ attribute: false }) filter: NodeFilter = DEFAULT_NODE_FILTER;
  @property({ type: Number }) depth: Depth = 1;
  @property() colorBy: ColorBy = 'community';
  @property({ type: Number }) maxDegree = 20;
  /** The node kinds the graph holds; only these are offered. */
  @property({ attribute: false }) kinds: readonly NodeKind[] = NODE_KINDS;
  @property({ attribute: false }) t: Messages = messagesFor('en');

  override render() {
    const t = this.t;
    const f = this.filter;
    return html`
      <div class="field">
        <label class="label" for="depth">${t.depthLabel}</label>
        <select
          id="depth"
          part="depth"
          .value=${String(this.depth)}
          @change=${(e: Event) =>
            this.dispatchEvent(
              laEvent('la-depth-change', { depth: Number((e.target as HTMLSelectElement).value) as Depth }),
            )}
        >
          ${DEPTHS.map((d) => html`<option value=${d} ?selected=${d === this.depth}>${t.depthOption(d)}</option>`)}
        </select>
      </div>

      <fieldset>
        <legend>${t.seriesFilter}</legend>
        <div class="series">
          ${this.series.map(
            (s) =>
              html`<label class="row">
                <input
                  type="checkbox"
                  name="series"
                  .value=${s.series}
                  .checked=${f.series.includes(s.series)}
                  @change=${(e: Event) => this.toggleSeries(s.series, (e.target as HTMLInputElement).checked)}
                />
                <span class="name"
                  >${s.series === NO_SERIES ? t.noSeries : s.series}${
                    s.years ? html` <span class="years">${seriesYears(s)}</span>` : nothing
                  }</span
                ><span class="count">${s.lectures}</span>
              </label>`,
          )}
        </div>
        ${
          f.series.length
            ? html`<p class="chosen">
                <span class="muted">${t.seriesChosen(f.series.length)}</span>
                <button
                  type="button"
                  class="chip clear-series"
                  @click=${() => this.emit({ ...f, series: [] })}
                >
                  ${t.clearSeries}
                </button>
              </p>`
            : html`<p class="chosen muted">${t.allSeries}</p>`
        }
      </fieldset>

      <fieldset>
        <legend>${t.kindsFilter}</legend>
        ${this.kinds.map(
          (k) =>
            html`<label class="row">
              <input
                type="checkbox"
                name="kind"
                .value=${k}
                .checked=${f.kinds.includes(k)}
                @change=${(e: Event) => this.toggleKind(k, (e.target as HTMLInputElement).checked)}
              />
              ${t.kindPlural[k] ?? k}
            </label>`,
        )}
      </fieldset>

      <div class="field">
        <label class="label" for="degree"
          >${t.fieldName(t.minDegree)}<output for="degree">${f.minDegree}</output></label
        >
        <input
          id="degree"
          type="range"
          min="0"
          max=${this.maxDegree}
          step="1"
          .value=${String(f.minDegree)}
          @change=${(e: Event) => this.emit({ ...f, minDegree: Number((e.target as HTMLInputElement).value) })}
        />
      </div>

      <fieldset>
        <legend>${t.colorBy}</legend>
        ${COLOR_BY.map(
          (c) =>
            html`<label class="row">
              <input
                type="radio"
                name="color-by"
                .value=${c}
                .checked=${this.colorBy === c}
                @change=${() => this.dispatchEvent(laEvent('la-color-by-change', { colorBy: c }))}
              />
              ${c === 'community' ? t.colorCommunity : t.colorSeries}
            </label>`,
        )}
      </fieldset>
    `;
  }

  private toggleSeries(series: string, on: boolean): void {
    const set = new Set(this.filter.series);
    if (on) set.add(series);
    else set.delete(series);
    this.emit({ ...this.filter, series: [...set].sort() });
  }

  private toggleKind(kind: NodeKind, on: boolean): void {
    const set = new Set(this.filter.kinds);
    if (on) set.add(kind);
    else set.delete(kind);
    this.emit({ ...this.filter, kinds: NODE_KINDS.filter((k) => set.has(k)) });
  }

  private emit(filter: NodeFilter): void {
    this.dispatchEvent(laEvent('la-filter-change', { filter }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-filters': LaFilters;
  }
}
