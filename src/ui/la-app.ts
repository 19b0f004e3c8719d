/**
 * <la-app>: the explorer shell and the one owner of UI state. Loads the graph file (loading, missing and
 * corrupt states), reads the view from the URL (ignoring, with a notice, what it cannot use), and
 * turns the components' events into state: selection, depth, filters, path, colouring, language,
 * watched lectures. The graph itself is never written to; sigma sees the state through reducers.
 *
 * @attr src - URL of the graph file, compact or graph.json (default: graph.compact.json beside the page)
 * @attr overview-above - graphs with more nodes open on the level-of-detail overview (concepts and notes,
 *   lectures on demand); default in state/display-options.ts
 * @csspart header - the top bar
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { serializeGraph } from '../core/serialize.js';
import { subgraph } from '../core/subgraph.js';
import type { AtlasGraph } from '../core/types.js';
import { DEFAULT_NODE_FILTER } from '../core/visible-nodes.js';
import { GraphDataController, type GraphLoadError } from './controllers/graph-data-controller.js';
import { UrlStateController } from './controllers/url-state-controller.js';
import { downloadText } from './download.js';
import type { LaEvent } from './events.js';
import {
  LANG_STORAGE_KEY,
  LANGS,
  isLang,
  messagesFor,
  pickLanguage,
  type Lang,
  type Messages,
} from './i18n/index.js';
import './la-concept-panel.js';
import './la-export-menu.js';
import './la-filters.js';
import './la-graph-view.js';
import type { LaGraphView } from './la-graph-view.js';
import './la-legend.js';
import './la-lecture-panel.js';
import './la-node-list.js';
import './la-note-panel.js';
import './la-path-finder.js';
import './la-search.js';
import type { LaSearch } from './la-search.js';
import { laAppStyles } from './la-app.styles.js';
import { sharedStyles } from './shared-styles.js';
import { displayContent, reuseUnchangedContent, type DisplayContent } from './state/display-graph.js';
import { resolveDisplayOptions, type DisplayOptions } from './state/display-options.js';
import { graphContext, type GraphContext } from './state/graph-context.js';
import { currentViewNodes, deriveView, reuseUnchanged, type DerivedView } from './state/render-state.js';
import { readViewState, type UrlProblem } from './state/url-state.js';
import { DEFAULT_VIEW_STATE, type ViewState } from './state/view-state.js';
import { readWatched, writeWatched } from './state/watched-store.js';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

@customElement('la-app')
export class LaApp extends LitElement {
  static override styles = [sharedStyles, laAppStyles];

  @property() src = 'graph.compact.json';
  @property({ attribute: 'overview-above', type: Number }) overviewAbove?: number;
  @state() private view: ViewState = DEFAULT_VIEW_STATE;
  @state() private uiLang: Lang = 'en';
  @state() private watched: ReadonlySet<string> = new Set();
  @state() private notices: string[] = [];
  /** Read out by screen readers when a node opens (the panel itself is not a live region). */
  @state() private announcement = '';
  @query('la-graph-view') private graphView?: LaGraphView;
  @query('la-search.main') private mainSearch?: LaSearch;

  private readonly data = new GraphDataController(this, () => this.src);
  private readonly url = new UrlStateController(this, (search) => this.applyUrl(search, false));
  private context?: GraphContext;
  private derived?: DerivedView;
  private display?: DisplayContent;
  /** The search index whose idle build is already scheduled. */
  private indexScheduled?: object;

  override connectedCallback(): void {
    super.connectedCallback();
    const store = storage();
    let stored: string | null;
    try {
      stored = store?.getItem(LANG_STORAGE_KEY) ?? null;
    } catch {
      stored = null;
    }
    this.uiLang = pickLanguage(navigator.languages ?? [navigator.language], stored);
    this.watched = readWatched(store);
  }

  private get t(): Messages {
    return messagesFor(this.uiLang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new src after the first load: load that graph instead.
    if (changed.has('src') && changed.get('src') !== undefined) void this.data.load();
    const state = this.data.state;
    if (state.status === 'ready' && (this.context?.graph !== state.graph || changed.has('overviewAbove'))) {
      const fresh = this.context?.graph !== state.graph;
      this.context = graphContext(state.graph, this.displayOptions());
      this.derived = undefined;
      this.display = undefined;
      if (fresh) this.applyUrl(this.url.search, true);
    }
    if (changed.has('uiLang')) document.documentElement.lang = this.uiLang;
    const ctx = this.context;
    if (ctx && (changed.has('view') || changed.has('uiLang') || !this.derived)) {
      this.derived = reuseUnchanged(
        this.derived,
        deriveView(ctx.graph, this.view, this.uiLang, ctx.seriesColors),
      );
      this.display = reuseUnchangedContent(
        this.display,
        displayContent(ctx.graph, ctx.plan, this.derived.render),
      );
    }
  }

  /** The display options, with the threshold from the `overview-above` attribute when it is usable. */
  private displayOptions(): DisplayOptions {
    const n = this.overviewAbove;
    try {
      return resolveDisplayOptions(
        n === undefined ? {} : { overviewAboveNodes: n },
        '<la-app overview-above>',
      );
    } catch (e) {
      // A page author's mistake: say so in the console and keep the defaults.
      console.warn((e as Error).message);
      return resolveDisplayOptions();
    }
  }

  protected override updated(): void {
    // The search index is built once the graph is on screen, when the browser is idle.
    const index = this.context?.index;
    if (!index || index.built || this.indexScheduled === index) return;
    this.indexScheduled = index;
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
    idle(() => void index.build());
  }

  override render() {
    const state = this.data.state;
    const t = this.t;
    return html`
      <header part="header">
        <h1>${t.appTitle}</h1>
        <span class="status" role="status" aria-live="polite">${this.statusText()}</span>
        ${
          this.context
            ? html`<la-search
                class="main"
                .label=${t.searchLabel}
                .placeholder=${t.searchPlaceholder}
                .index=${this.context.index}
                .graph=${this.context.graph}
                .t=${t}
                @la-pick=${(e: LaEvent<'la-pick'>) => this.select(e.detail.key)}
              ></la-search>`
            : nothing
        }
        <div class="tools">
          <label
            >${t.languageLabel}
            <select class="lang" .value=${this.uiLang} @change=${this.onLanguage}>
              ${LANGS.map(
                (l) =>
                  html`<option value=${l} lang=${l} ?selected=${l === this.uiLang}>
                    ${messagesFor(l).langName}
                  </option>`,
              )}
            </select></label
          >
          ${this.context ? html`<la-export-menu .t=${t} @la-export=${this.onExport}></la-export-menu>` : nothing}
        </div>
      </header>
      ${this.renderNotices()}
      ${
        state.status === 'loading'
          ? html`<p class="message" aria-busy="true">${t.loading}</p>`
          : state.status === 'error'
            ? html`<p class="message error" role="alert">${t.errorPrefix}${this.errorText(state.error)}</p>`
            : this.renderExplorer()
      }
    `;
  }

  private renderNotices() {
    if (!this.notices.length) return html`<div></div>`;
    return html`<div class="notice" role="alert">
      <ul>
        ${this.notices.map((n) => html`<li>${n}</li>`)}
      </ul>
      <button type="button" class="dismiss" @click=${() => (this.notices = [])}>${this.t.dismiss}</button>
    </div>`;
  }

  private renderExplorer() {
    const ctx = this.context;
    const derived = this.derived;
    if (!ctx || !derived) return nothing;
    const t = this.t;
    const v = this.view;
    return html`<div class="layout">
      <aside class="sidebar" aria-label=${t.sidebarLabel}>
        <h2>${t.filters}</h2>
        <la-filters
          .series=${ctx.series}
          .filter=${v.filter}
          .depth=${v.depth}
          .colorBy=${v.colorBy}
          .maxDegree=${Math.min(ctx.maxDegree, 30)}
          .t=${t}
          @la-filter-change=${(e: LaEvent<'la-filter-change'>) => this.patchView({ filter: e.detail.filter }, false)}
          @la-depth-change=${(e: LaEvent<'la-depth-change'>) => this.patchView({ depth: e.detail.depth }, false)}
          @la-color-by-change=${(e: LaEvent<'la-color-by-change'>) =>
            this.patchView({ colorBy: e.detail.colorBy }, false)}
        ></la-filters>
        <h2>${t.legend}</h2>
        <la-legend
          .colorBy=${v.colorBy}
          .communities=${ctx.communities}
          .seriesColors=${ctx.seriesColors}
          .t=${t}
        ></la-legend>
        <h2>${t.pathFinder}</h2>
        <la-path-finder
          .graph=${ctx.graph}
          .index=${ctx.index}
          .from=${v.pathFrom}
          .to=${v.pathTo}
          .hops=${derived.path}
          .selected=${v.selected}
          .t=${t}
          @la-path-change=${(e: LaEvent<'la-path-change'>) =>
            this.patchView({ pathFrom: e.detail.from, pathTo: e.detail.to }, true)}
        ></la-path-finder>
      </aside>
      <main>
        <div class="modes" role="group" aria-label=${t.viewLabel}>
          <button
            type="button"
            class="mode-graph"
            aria-pressed=${v.mode === 'graph' ? 'true' : 'false'}
            @click=${() => this.patchView({ mode: 'graph' }, false)}
          >
            ${t.viewGraph}
          </button>
          <button
            type="button"
            class="mode-list"
            aria-pressed=${v.mode === 'list' ? 'true' : 'false'}
            @click=${() => this.patchView({ mode: 'list' }, false)}
          >
            ${t.viewList}
          </button>
          <span class="info">
            ${
              derived.render.focus
                ? html`<span class="focus-info">${t.focusInfo(derived.render.focus.size, v.depth)}</span>`
                : nothing
            }
            ${
              this.display && (this.display.hiddenLectures > 0 || this.display.omittedEdges > 0)
                ? html`<span class="lod-info"
                    >${t.overviewInfo(this.display.hiddenLectures, this.display.omittedEdges)}</span
                  >`
                : nothing
            }
          </span>
        </div>
        <div class="stage">
          <la-graph-view
            .graph=${ctx.graph}
            .plan=${ctx.plan}
            .content=${this.display}
            .renderState=${derived.render}
            .focusKey=${v.selected}
            .label=${t.graphLabel}
            aria-hidden=${v.mode === 'list' ? 'true' : 'false'}
          ></la-graph-view>
          ${
            v.mode === 'list'
              ? html`<la-node-list
                  .graph=${ctx.graph}
                  .nodes=${derived.render.visible ? [...derived.render.visible] : ctx.graph.nodes()}
                  .selected=${v.selected}
                  .t=${t}
                ></la-node-list>`
              : nothing
          }
          ${
            derived.visibleCount === 0
              ? html`<div class="empty-filter">
                  <p>${t.emptyFilter}</p>
                  <button
                    type="button"
                    @click=${() => this.patchView({ filter: DEFAULT_NODE_FILTER }, false)}
                  >
                    ${t.resetFilters}
                  </button>
                </div>`
              : nothing
          }
        </div>
      </main>
      <aside class="details" aria-label=${t.detailsLabel}>
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
        ${this.renderPanel(ctx.graph)}
      </aside>
    </div>`;
  }

  private renderPanel(graph: AtlasGraph) {
    const key = this.view.selected;
    const t = this.t;
    if (!key || !graph.hasNode(key)) return html`<p class="muted">${t.emptyPanel}</p>`;
    const kind = graph.getNodeAttribute(key, 'kind');
    const close = html`<div class="panel-head">
      <button type="button" class="close" @click=${() => this.select(null)}>${t.close}</button>
    </div>`;
    if (kind === 'lecture')
      return html`${close}<la-lecture-panel
          .graph=${graph}
          .nodeKey=${key}
          .watched=${this.watched}
          .t=${t}
          @la-watched-change=${this.onWatched}
        ></la-lecture-panel>`;
    if (kind === 'concept')
      return html`${close}<la-concept-panel .graph=${graph} .nodeKey=${key} .t=${t}></la-concept-panel>`;
    return html`${close}<la-note-panel .graph=${graph} .nodeKey=${key} .t=${t}></la-note-panel>`;
  }

  override firstUpdated(): void {
    // Every selection event from any component (graph, panels, list, path) lands here.
    this.renderRoot.addEventListener('la-select', (e) => this.select((e as LaEvent<'la-select'>).detail.key));
  }

  private statusText(): string {
    const ctx = this.context;
    if (this.data.state.status !== 'ready' || !ctx || !this.derived) return '';
    const t = this.t;
    return `${t.counts(ctx.lectures, ctx.concepts, ctx.graph.size)} · ${t.visibleCount(this.derived.visibleCount, ctx.graph.order)}`;
  }

  private errorText(error: GraphLoadError): string {
    const t = this.t;
    switch (error.reason) {
      case 'missing':
        return t.errorMissing(error.url);
      case 'http':
        return t.errorHttp(error.url, error.status);
      case 'network':
        return t.errorNetwork(error.url, error.detail);
      case 'invalid':
        return t.errorInvalid(error.detail);
    }
  }

  /** Reads the view from a query string; what cannot be used is dropped, reported, and cleaned from the URL. */
  private applyUrl(search: string, initial: boolean): void {
    const ctx = this.context;
    if (!ctx) return;
    const known = new Set(ctx.series.map((s) => s.series));
    const { state, problems } = readViewState(search, {
      hasNode: (k) => ctx.graph.hasNode(k),
      hasSeries: (s) => known.has(s),
    });
    this.view = state;
    this.notices = problems.map((p) => this.describeProblem(p));
    if (problems.length || initial) this.url.write(state, false);
  }

  private describeProblem(p: UrlProblem): string {
    const t = this.t;
    if (p.reason === 'unknown-node') return t.noticeUnknownNode(p.param, p.value);
    if (p.reason === 'unknown-series') return t.noticeUnknownSeries(p.value);
    return t.noticeInvalid(p.param, p.value);
  }

  /** Changes the view state; `push` makes a new history entry (navigation) instead of replacing it. */
  private patchView(patch: Partial<ViewState>, push: boolean): void {
    this.view = { ...this.view, ...patch };
    this.url.write(this.view, push);
  }

  private select(key: string | null): void {
    const graph = this.context?.graph;
    if (key !== null && !graph?.hasNode(key)) return;
    if (key === this.view.selected) {
      if (key) this.graphView?.sigmaController.focusNode(key, this.derived?.render.focus?.keys());
      return;
    }
    this.patchView({ selected: key }, true);
    if (key && graph) {
      this.mainSearch?.clear();
      const a = graph.getNodeAttributes(key);
      const name = a.kind === 'lecture' ? `${a.number}. ${a.title}` : a.label;
      this.announcement = this.t.opened(this.t.kind[a.kind] ?? a.kind, name);
    }
    void this.updateComplete.then(() => this.renderRoot.querySelector('.details')?.scrollTo({ top: 0 }));
  }

  private readonly onLanguage = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    if (!isLang(value)) return;
    this.uiLang = value;
    try {
      storage()?.setItem(LANG_STORAGE_KEY, value);
    } catch {
      // Not remembered when storage is unavailable.
    }
  };

  private readonly onWatched = (e: LaEvent<'la-watched-change'>): void => {
    const next = new Set(this.watched);
    if (e.detail.watched) next.add(e.detail.key);
    else next.delete(e.detail.key);
    this.watched = next;
    writeWatched(storage(), next);
  };

  private readonly onExport = async (e: LaEvent<'la-export'>): Promise<void> => {
    const ctx = this.context;
    if (!ctx || !this.derived) return;
    const { format, scope } = e.detail;
    const name = scope === 'view' ? 'lecture-atlas-view' : 'lecture-atlas';
    try {
      if (format === 'json') {
        const graph =
          scope === 'view' ? subgraph(ctx.graph, currentViewNodes(ctx.graph, this.derived)) : ctx.graph;
        downloadText(serializeGraph(graph), `${name}.json`);
      } else {
        await this.graphView?.sigmaController.exportPng(name);
      }
    } catch (err) {
      this.notices = [...this.notices, this.t.exportFailed(err instanceof Error ? err.message : String(err))];
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'la-app': LaApp;
  }
}
