/**
 * <la-legend>: what the graph's shapes and colours mean, and a way to steer it: every entry is a
 * toggle button (aria-pressed: shown) that shows or hides what it stands for — a node kind (square
 * lectures, disc concepts, ring notes), a community (named after its most central concept) or a
 * series, matching what the graph view draws. Communities or series past the palette share one
 * "other" entry and colour.
 *
 * @property colorBy - the colouring shown
 * @property communities - the community legend of the graph (largest first)
 * @property communityColors - community → colour
 * @property series - the series of the graph with their lecture counts
 * @property seriesColors - series → colour
 * @property filter - the current node filter (kinds and series shown)
 * @property hiddenGroups - the communities hidden
 * @property kinds - the node kinds the graph holds
 * @property theme - the theme the graph is drawn in (the swatches take its colours)
 * @property t - UI text
 * @fires la-filter-change - a kind or series was shown or hidden (`filter`)
 * @fires la-groups-change - a community was shown or hidden (`hidden`)
 * @csspart list - each legend list
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { CommunityEntry } from '../core/community-legend.js';
import { NO_SERIES, seriesYears, type SeriesCount } from '../core/list-series.js';
import { OTHER_COLOR, inTheme } from '../core/palette.js';
import type { NodeKind } from '../core/types.js';
import { DEFAULT_NODE_FILTER, NODE_KINDS, type NodeFilter } from '../core/visible-nodes.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';
import { safeColor } from './state/series-colors.js';
import type { ColorBy, Theme } from './state/view-state.js';

interface Entry {
  id: string;
  color: string;
  name: string;
  count: number;
  shown: boolean;
  toggle: () => void;
}

@customElement('la-legend')
export class LaLegend extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      ul {
        list-style: none;
        margin: 0 0 0.6rem;
        padding: 0;
      }
      h3 {
        font-size: 0.8rem;
        margin: 0.4rem 0 0.2rem;
        color: var(--la-muted);
        font-weight: 600;
      }
      button {
        font: inherit;
        display: flex;
        align-items: center;
        gap: 0.45rem;
        width: 100%;
        padding: 0.2rem 0.3rem;
        border: 1px solid transparent;
        border-radius: 4px;
        background: none;
        color: var(--la-fg);
        text-align: start;
        cursor: pointer;
      }
      button:hover {
        background: var(--la-hover);
      }
      button[aria-pressed='false'] .name {
        text-decoration: line-through;
        color: var(--la-muted);
      }
      button[aria-pressed='false'] .swatch {
        opacity: 0.35;
      }
      .swatch {
        width: 0.85rem;
        height: 0.85rem;
        flex: none;
        box-sizing: border-box;
        border: 1px solid var(--la-border-strong);
      }
      .disc {
        border-radius: 50%;
      }
      .ring {
        border-radius: 50%;
        border: 3px solid var(--la-fg);
        background: transparent;
      }
      .square {
        border-radius: 1px;
        background: var(--la-fg);
      }
      .disc.kind {
        background: var(--la-fg);
      }
      .name {
        flex: 1 1 auto;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .count {
        flex: none;
        margin-inline-start: auto;
        color: var(--la-muted);
      }
      .hint {
        margin: 0 0 0.3rem;
      }
    `,
  ];

  @property() colorBy: ColorBy = 'community';
  @property({ attribute: false }) communities: CommunityEntry[] = [];
  @property({ attribute: false }) communityColors: ReadonlyMap<number, string> = new Map();
  @property({ attribute: false }) series: SeriesCount[] = [];
  @property({ attribute: false }) seriesColors: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) filter: NodeFilter = DEFAULT_NODE_FILTER;
  @property({ attribute: false }) hiddenGroups: readonly number[] = [];
  /** The node kinds the graph holds; only these are offered. */
  @property({ attribute: false }) kinds: readonly NodeKind[] = NODE_KINDS;
  /** The theme the graph is drawn in: the swatches show its colours. */
  @property() theme: Theme = 'light';
  @property({ attribute: false }) t: Messages = messagesFor('en');

  override render() {
    const t = this.t;
    const shapes: Record<NodeKind, string> = { lecture: 'square', concept: 'disc', note: 'ring' };
    return html`<p class="muted hint">${t.legendHint}</p>
      <h3 id="shapes">${t.legendShapes}</h3>
      <ul part="list" aria-labelledby="shapes">
        ${this.kinds.map((k) =>
          this.renderEntry(
            {
              id: `kind-${k}`,
              color: '',
              name: t.kindPlural[k] ?? k,
              count: -1,
              shown: this.filter.kinds.includes(k),
              toggle: () => this.toggleKind(k),
            },
            `${shapes[k]} kind`,
          ),
        )}
      </ul>
      <h3 id="colours">${this.colorBy === 'community' ? t.legendGroups : t.legendSeries}</h3>
      <ul part="list" aria-labelledby="colours">
        ${(this.colorBy === 'community' ? this.communityEntries() : this.seriesEntries()).map((e) =>
          this.renderEntry(e, 'disc'),
        )}
      </ul>`;
  }

  private renderEntry(e: Entry, shape: string) {
    return html`<li>
      <button type="button" data-id=${e.id} aria-pressed=${e.shown ? 'true' : 'false'} @click=${e.toggle}>
        <span
          class="swatch ${shape}"
          style=${e.color ? styleMap({ background: safeColor(inTheme(e.color, this.theme)) }) : nothing}
          aria-hidden="true"
        ></span>
        <span class="name">${e.name}</span>
        ${e.count >= 0 ? html`<span class="count">${e.count}</span>` : nothing}
      </button>
    </li>`;
  }

  private communityEntries(): Entry[] {
    const t = this.t;
    const hidden = new Set(this.hiddenGroups);
    const named: Entry[] = [];
    const others: CommunityEntry[] = [];
    for (const c of this.communities) {
      const color = this.communityColors.get(c.community) ?? OTHER_COLOR;
      if (color === OTHER_COLOR) {
        others.push(c);
        continue;
      }
      named.push({
        id: `group-${c.community}`,
        color,
        name: t.communityName(c.community, t.preferZhLabels && c.nameZh ? c.nameZh : c.name),
        count: c.nodes,
        shown: !hidden.has(c.community),
        toggle: () => this.toggleGroups([c.community]),
      });
    }
    if (others.length)
      named.push({
        id: 'group-other',
        color: OTHER_COLOR,
        name: t.otherGroups(others.length),
        count: others.reduce((n, c) => n + c.nodes, 0),
        shown: others.some((c) => !hidden.has(c.community)),
        toggle: () => this.toggleGroups(others.map((c) => c.community)),
      });
    return named;
  }

  private seriesEntries(): Entry[] {
    const t = this.t;
    const chosen = this.filter.series;
    const isShown = (s: string): boolean => chosen.length === 0 || chosen.includes(s);
    const named: Entry[] = [];
    // The series past the palette and the lectures without a series share the grey: one entry.
    const others: SeriesCount[] = [];
    let unfiled: SeriesCount | undefined;
    const ranked = [...this.series].sort(
      (a, b) => b.lectures - a.lectures || a.series.localeCompare(b.series, 'en'),
    );
    for (const s of ranked) {
      if (s.series === NO_SERIES) {
        unfiled = s;
        continue;
      }
      const color = this.seriesColors.get(s.series) ?? OTHER_COLOR;
      if (color === OTHER_COLOR) {
        others.push(s);
        continue;
      }
      named.push({
        id: `series-${s.series}`,
        color,
        // The years a series without one in its name spans, as the series filter says them ("ML 2016–2018").
        name: s.years ? `${s.series} ${seriesYears(s)}` : s.series,
        count: s.lectures,
        shown: isShown(s.series),
        toggle: () => this.toggleSeries([s.series]),
      });
    }
    const grey = unfiled ? [...others, unfiled] : others;
    if (grey.length)
      named.push({
        id: 'series-other',
        color: OTHER_COLOR,
        name: others.length ? t.otherSeries(others.length) : t.noSeries,
        count: grey.reduce((n, s) => n + s.lectures, 0),
        shown: grey.some((s) => isShown(s.series)),
        toggle: () => this.toggleSeries(grey.map((s) => s.series)),
      });
    return named;
  }

  private toggleKind(kind: NodeKind): void {
    const set = new Set(this.filter.kinds);
    if (set.has(kind)) set.delete(kind);
    else set.add(kind);
    this.dispatchEvent(
      laEvent('la-filter-change', {
        filter: { ...this.filter, kinds: NODE_KINDS.filter((k) => set.has(k)) },
      }),
    );
  }

  /** Hides the communities when any of them is shown, else shows them all. */
  private toggleGroups(groups: number[]): void {
    const hidden = new Set(this.hiddenGroups);
    const hide = groups.some((g) => !hidden.has(g));
    for (const g of groups) {
      if (hide) hidden.add(g);
      else hidden.delete(g);
    }
    this.dispatchEvent(laEvent('la-groups-change', { hidden: [...hidden].sort((a, b) => a - b) }));
  }

  /**
   * Hides the series when any of them is shown, else shows them. The filter keeps the series it
   * lists (none listed: all), so hiding one from "all" lists every other one, and a list that comes
   * back to every series is emptied.
   */
  private toggleSeries(names: string[]): void {
    const all = this.series.map((s) => s.series);
    const shown = new Set(this.filter.series.length ? this.filter.series : all);
    const hide = names.some((n) => shown.has(n));
    for (const n of names) {
      if (hide) shown.delete(n);
      else shown.add(n);
    }
    // An empty list means every series: the last shown series stays (the kinds hide all lectures).
    if (shown.size === 0) return;
    const series = all.every((s) => shown.has(s)) ? [] : [...shown].sort();
    this.dispatchEvent(laEvent('la-filter-change', { filter: { ...this.filter, series } }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-legend': LaLegend;
  }
}
