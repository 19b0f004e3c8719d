/**
 * <la-app>: the explorer shell and the one owner of UI state. Loads the graph file (loading, missing and
 * corrupt states), reads the view from the URL (ignoring, with a notice, what it cannot use), and
 * turns the components' events into state: selection, depth, filters, hidden communities, path,
 * colouring, language, theme, watched lectures. The graph itself is never written to; sigma sees the
 * state through reducers.
 *
 * Layouts (the `layout` attribute, from the viewport width): desktop — filters and legend, graph,
 * panel side by side; tablet — graph and panel, the filters a drawer; phone — the graph first, the
 * panel a bottom sheet with a "Back to graph" control, the filters (and settings) a drawer, the search
 * always in the header. Skip links come first in the focus order; Escape closes what is open (drawer,
 * then panel); "?" lists the keyboard shortcuts.
 *
 * @attr src - URL of the graph file, compact or graph.json (default: graph.compact.json beside the page)
 * @attr overview-above - graphs with more nodes open on the level-of-detail overview (concepts and notes,
 *   lectures on demand); default in state/display-options.ts
 * @attr points-above - graphs with more nodes are drawn with the light programs (points and lines,
 *   dimmed on the GPU); default in state/display-options.ts
 * @attr theme - reflected: `light` or `dark`
 * @attr layout - reflected: `phone`, `tablet` or `desktop`
 * @attr compact-header - reflected: the header is a phone's (a phone, or a tablet's width too short for more)
 * @csspart header - the top bar
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { serializeGraph } from '../core/serialize.js';
import { subgraph } from '../core/subgraph.js';
import type { AtlasGraph } from '../core/types.js';
import { DEFAULT_NODE_FILTER } from '../core/visible-nodes.js';
import { GraphDataController, type GraphLoadError } from './controllers/graph-data-controller.js';
import { MediaQueryController } from './controllers/media-query-controller.js';
import type { CameraAction } from './controllers/sigma-controller.js';
import { UrlStateController } from './controllers/url-state-controller.js';
import { downloadText } from './download.js';
import type { LaEvent } from './events.js';
import {
  LANG_PARAM,
  LANG_STORAGE_KEY,
  linkedLanguage,
  messagesFor,
  pickLanguage,
  type Lang,
  type Messages,
} from './i18n/index.js';
import './la-concept-panel.js';
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
import './la-shortcuts-dialog.js';
import type { LaShortcutsDialog } from './la-shortcuts-dialog.js';
import './la-toolbar.js';
import { laAppStyles } from './la-app.styles.js';
import { sharedStyles } from './shared-styles.js';
import { displayContent, reuseUnchangedContent, type DisplayContent } from './state/display-graph.js';
import { shownDefinition } from './state/concept-definition.js';
import { resolveDisplayOptions, type DisplayOptions } from './state/display-options.js';
import { graphContext, type GraphContext } from './state/graph-context.js';
import { currentViewNodes, deriveView, reuseUnchanged, type DerivedView } from './state/render-state.js';
import { prerequisiteDepths } from '../core/concept-guide.js';
import { fullNodeName, lectureIdentities, nodeName } from './state/lecture-identity.js';
import { foundations, readersVersion } from '../core/foundations.js';
import { mostTaughtConcepts, searchExamples } from './state/search-examples.js';
import { readViewState, type UrlProblem } from './state/url-state.js';
import { DEFAULT_VIEW_STATE, type Theme, type ViewState } from './state/view-state.js';
import { readWatched, updateWatched, WATCHED_STORAGE_KEY } from './state/watched-store.js';

export const THEME_STORAGE_KEY = 'lecture-atlas:theme';

/** Viewport widths of the layouts: phones below PHONE_MAX, desktops from DESKTOP_MIN (CSS pixels). */
export const PHONE_MAX = 699;
export const DESKTOP_MIN = 1100;
/** Viewport height below which a tablet's header is a phone's: three commands, settings in the drawer. */
export const SHORT_MAX = 500;

export type Layout = 'phone' | 'tablet' | 'desktop';

/** Whether a key press happened while typing (no single-key shortcut then). */
function typing(e: KeyboardEvent): boolean {
  const target = e.composedPath()[0];
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * What the notice bar reports: a link's parameter the view could not use, or a failed export. Kept as what
 * happened, not as words, so that a notice reads in the language chosen after it came.
 */
type Notice = UrlProblem | { reason: 'export-failed'; detail: string };

/** Lectures and concepts the empty panel offers a newcomer (renderWelcome). */
const WELCOME_LECTURES = 3;
const WELCOME_CONCEPTS = 8;

@customElement('la-app')
export class LaApp extends LitElement {
  static override styles = [sharedStyles, laAppStyles];

  @property() src = 'graph.compact.json';
  @property({ attribute: 'overview-above', type: Number }) overviewAbove?: number;
  @property({ attribute: 'points-above', type: Number }) pointsAbove?: number;
  @state() private view: ViewState = DEFAULT_VIEW_STATE;
  @state() private uiLang: Lang = 'en';
  @state() private watched: ReadonlySet<string> = new Set();
  /** The node opened from a search that found it in its description or definition, and where that holds the query. */
  @state() private marked: { key: string; marks: RegExp } | null = null;
  @state() private notices: Notice[] = [];
  /** Read out by screen readers when a node opens (the panel itself is not a live region). */
  @state() private announcement = '';
  @state() private theme: Theme = 'light';
  /** The filters drawer (tablet and phone layouts). */
  @state() private filtersOpen = false;
  @state() private pathOpen = false;
  /** The phone's bottom sheet shown with nothing selected (after "Skip to panel"). */
  @state() private sheetRequested = false;
  /** The phone's bottom sheet's height, once its grip has been dragged (else half the screen). */
  @state() private sheetHeight: number | null = null;
  private gripDrag?: { pointer: number };
  @query('la-graph-view') private graphView?: LaGraphView;
  @query('la-search.main') private mainSearch?: LaSearch;
  @query('la-shortcuts-dialog') private shortcuts?: LaShortcutsDialog;

  private readonly phone = new MediaQueryController(this, `(max-width: ${PHONE_MAX}px)`);
  private readonly desktop = new MediaQueryController(this, `(min-width: ${DESKTOP_MIN}px)`);
  /** A screen too short for the tablet's two rows of header (a phone turned sideways: 390 px tall). */
  private readonly short = new MediaQueryController(this, `(max-height: ${SHORT_MAX}px)`);

  private readonly data = new GraphDataController(this, () => this.src);
  private readonly url = new UrlStateController(
    this,
    (search) => this.applyUrl(search, false),
    () => this.linkedLang,
  );
  /** The interface language a link named, then the reader's choice: kept in the address. Null: the link named none. */
  private linkedLang: Lang | null = null;
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
    this.linkedLang = linkedLanguage(new URLSearchParams(window.location.search).get(LANG_PARAM));
    this.uiLang = pickLanguage(navigator.languages ?? [navigator.language], stored, this.linkedLang);
    this.watched = readWatched(store);
    let theme: string | null;
    try {
      theme = store?.getItem(THEME_STORAGE_KEY) ?? null;
    } catch {
      theme = null;
    }
    this.theme =
      theme === 'dark' || theme === 'light'
        ? theme
        : (globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false)
          ? 'dark'
          : 'light';
    window.addEventListener('keydown', this.onKeyDown);
    window.addEventListener('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKeyDown);
    window.removeEventListener('storage', this.onStorage);
    super.disconnectedCallback();
  }

  private get layout(): Layout {
    return this.phone.matches ? 'phone' : this.desktop.matches ? 'desktop' : 'tablet';
  }

  /**
   * Whether the header is a phone's (the search, Menu, Path and "?"; the settings in the drawer, the status on one
   * line): on a phone, and on a tablet's width too short for two rows of header and status over the graph.
   */
  private get compactHeader(): boolean {
    const layout = this.layout;
    return layout === 'phone' || (layout === 'tablet' && this.short.matches);
  }

  private get t(): Messages {
    return messagesFor(this.uiLang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    // A new src after the first load: load that graph instead.
    if (changed.has('src') && changed.get('src') !== undefined) void this.data.load();
    const state = this.data.state;
    if (
      state.status === 'ready' &&
      (this.context?.graph !== state.graph || changed.has('overviewAbove') || changed.has('pointsAbove'))
    ) {
      const fresh = this.context?.graph !== state.graph;
      this.context = graphContext(state.graph, this.displayOptions());
      this.derived = undefined;
      this.display = undefined;
      if (fresh) this.applyUrl(this.url.search, true);
    }
    if (changed.has('uiLang')) document.documentElement.lang = this.uiLang;
    // The query marked in a lecture's summary is for the visit the search opened: gone once the reader moves on.
    if (this.marked && this.view.selected !== this.marked.key) this.marked = null;
    this.setAttribute('theme', this.theme);
    this.setAttribute('layout', this.layout);
    this.toggleAttribute('compact-header', this.compactHeader);
    const ctx = this.context;
    if (
      ctx &&
      (changed.has('view') ||
        changed.has('uiLang') ||
        changed.has('theme') ||
        changed.has('watched') ||
        !this.derived)
    ) {
      this.derived = reuseUnchanged(
        this.derived,
        deriveView(ctx.graph, this.view, this.uiLang, ctx.seriesColors, {
          communityColors: ctx.communityColors,
          theme: this.theme,
          watched: this.watched,
        }),
      );
      this.display = reuseUnchangedContent(
        this.display,
        displayContent(ctx.graph, ctx.plan, this.derived.render),
      );
    }
  }

  /**
   * The display options, with the thresholds from the `overview-above` and `points-above` attributes when
   * usable.
   */
  private displayOptions(): DisplayOptions {
    const { overviewAbove, pointsAbove } = this;
    try {
      return resolveDisplayOptions(
        {
          ...(overviewAbove === undefined ? {} : { overviewAboveNodes: overviewAbove }),
          ...(pointsAbove === undefined ? {} : { lightProgramsAboveNodes: pointsAbove }),
        },
        '<la-app>',
      );
    } catch (e) {
      // A page author's mistake: say so in the console and keep the defaults.
      console.warn((e as Error).message);
      return resolveDisplayOptions();
    }
  }

  protected override updated(): void {
    // Once the graph is on screen, when the browser is idle, what the first search and selection need
    // is computed ahead: the search index, the lectures' identity lines (named in the announcement and
    // the panels) and their prerequisite depths (the concept panel's order), one idle task each.
    const ctx = this.context;
    const index = ctx?.index;
    if (!ctx || !index || index.built || this.indexScheduled === index) return;
    this.indexScheduled = index;
    const idle = globalThis.requestIdleCallback ?? ((f: () => void) => setTimeout(f, 50));
    idle(() => {
      index.build();
      idle(() => {
        void lectureIdentities(ctx.graph, this.t);
        idle(() => prerequisiteDepths(ctx.graph));
      });
    });
  }

  override render() {
    const state = this.data.state;
    const t = this.t;
    const layout = this.layout;
    return html`
      <nav class="skips" aria-label=${t.skipLinks}>
        <a class="skip" href="#panel" @click=${this.skipToPanel}>${t.skipToPanel}</a>
        <a class="skip" href="#search" @click=${this.skipToSearch}>${t.skipToSearch}</a>
      </nav>
      <header part="header">
        <h1>
          ${t.appTitle}${
            // A phone's header keeps the title alone on the row of its buttons (the subtitle pushed them to a
            // row of their own); screen readers still hear it.
            t.appSubtitle
              ? html` <span class=${this.layout === 'phone' ? 'visually-hidden' : 'subtitle'}
                  >${t.appSubtitle}</span
                >`
              : nothing
          }
        </h1>
        ${
          this.context
            ? html`<la-search
                class="main"
                id="search"
                .label=${t.searchLabel}
                .placeholder=${t.searchPlaceholder(searchExamples(this.context.graph, t))}
                .index=${this.context.index}
                .graph=${this.context.graph}
                .t=${t}
                @la-pick=${(e: LaEvent<'la-pick'>) => this.openFromSearch(e.detail.key, e.detail.description)}
              ></la-search>`
            : nothing
        }
        <la-toolbar
          .t=${t}
          .uiLang=${this.uiLang}
          .theme=${this.theme}
          ?filtersToggle=${layout !== 'desktop'}
          ?filtersOpen=${this.filtersOpen}
          ?pathOpen=${this.pathOpen}
          ?compact=${this.compactHeader}
          .items=${this.compactHeader ? 'commands' : 'all'}
          @la-toggle=${this.onToggle}
          @la-theme-change=${this.onTheme}
          @la-language-change=${this.onLanguage}
          @la-export=${this.onExport}
        ></la-toolbar>
      </header>
      ${this.renderNotices()}
      ${
        state.status === 'loading'
          ? html`<p class="message" aria-busy="true">${t.loading}</p>`
          : state.status === 'error'
            ? html`<p class="message error" role="alert">${t.errorPrefix}${this.errorText(state.error)}</p>`
            : this.renderExplorer()
      }
      <la-shortcuts-dialog .t=${t}></la-shortcuts-dialog>
    `;
  }

  private renderNotices() {
    if (!this.notices.length) return html`<div></div>`;
    return html`<div class="notice" role="alert">
      <ul>
        ${this.notices.map((n) => html`<li>${this.noticeText(n)}</li>`)}
      </ul>
      <button type="button" class="dismiss" @click=${this.dismissNotices}>${this.t.dismiss}</button>
    </div>`;
  }

  private renderExplorer() {
    const ctx = this.context;
    const derived = this.derived;
    if (!ctx || !derived) return nothing;
    const t = this.t;
    const v = this.view;
    const layout = this.layout;
    const drawer = layout !== 'desktop';
    // On a phone or a tablet the panel opens with a selection (or when asked for), leaving the graph the
    // screen until then: a tablet's empty panel took half of it to say "select something".
    const panelHidden = layout !== 'desktop' && !v.selected && !this.sheetRequested;
    // On a phone an open drawer covers the view and the panel: Tab stays in it (and the header) rather than
    // reach what it hides. A tablet's drawer leaves the panel in view, and in reach.
    const covered = layout === 'phone' && this.filtersOpen;
    return html`<div
      class="layout ${layout === 'phone' && !panelHidden ? 'with-sheet' : ''} ${panelHidden ? 'no-panel' : ''} ${this.sheetHeight !== null ? 'sized' : ''}"
    >
      <aside
        class="sidebar ${drawer ? 'drawer' : ''}"
        id="sidebar"
        aria-label=${t.sidebarLabel}
        ?hidden=${drawer && !this.filtersOpen}
      >
        ${
          drawer
            ? html`<div class="drawer-head">
                <h2>${this.compactHeader ? t.filtersAndSettings : t.filters}</h2>
                <button type="button" class="close-drawer" @click=${() => this.closeFilters(true)}>
                  ${t.close}
                </button>
              </div>`
            : html`<h2>${t.filters}</h2>`
        }
        ${
          this.compactHeader
            ? html`<h2>${t.settingsLabel}</h2>
                <la-toolbar
                  class="settings"
                  .t=${t}
                  .uiLang=${this.uiLang}
                  .theme=${this.theme}
                  compact
                  items="settings"
                  @la-theme-change=${this.onTheme}
                  @la-language-change=${this.onLanguage}
                  @la-export=${this.onExport}
                ></la-toolbar>
                <h2>${t.filters}</h2>`
            : nothing
        }
        <la-filters
          .series=${ctx.series}
          .filter=${v.filter}
          .depth=${v.depth}
          .colorBy=${v.colorBy}
          .maxDegree=${Math.min(ctx.maxDegree, 30)}
          .kinds=${ctx.kinds}
          .t=${t}
          @la-filter-change=${(e: LaEvent<'la-filter-change'>) => this.patchView({ filter: e.detail.filter }, false)}
          @la-depth-change=${(e: LaEvent<'la-depth-change'>) => this.patchView({ depth: e.detail.depth }, false)}
          @la-color-by-change=${(e: LaEvent<'la-color-by-change'>) =>
            this.patchView({ colorBy: e.detail.colorBy }, false)}
        ></la-filters>
        <h2>${t.legend}</h2>
        <la-legend
          .colorBy=${v.colorBy}
          .theme=${this.theme}
          .communities=${ctx.communities}
          .communityColors=${ctx.communityColors}
          .series=${ctx.series}
          .seriesColors=${ctx.seriesColors}
          .filter=${v.filter}
          .hiddenGroups=${v.hiddenGroups}
          .kinds=${ctx.kinds}
          .t=${t}
          @la-filter-change=${(e: LaEvent<'la-filter-change'>) => this.patchView({ filter: e.detail.filter }, false)}
          @la-groups-change=${(e: LaEvent<'la-groups-change'>) =>
            this.patchView({ hiddenGroups: e.detail.hidden }, false)}
        ></la-legend>
      </aside>
      ${
        // The strip the drawer leaves in view closes it when tapped (it is inert, as what it shows).
        covered ? html`<div class="scrim" @click=${() => this.closeFilters(false)}></div>` : nothing
      }
      <main ?inert=${covered}>
        ${this.pathOpen ? this.renderPathFinder(ctx, derived) : nothing}
        <div class="modes">
          <div role="group" aria-label=${t.viewLabel} class="mode-buttons">
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
          </div>
          <span class="info">
            <span class="status" role="status" aria-live="polite">${this.statusText()}</span>
            ${
              // Its line is kept when nothing is selected, so opening a selection does not change the
              // height of the graph (which would re-create every canvas of the drawing, and shift it).
              derived.render.focus
                ? html`<span class="focus-info">${t.focusInfo(shownAround(derived.render), v.depth)}</span>`
                : html`<span class="focus-info empty" aria-hidden="true"></span>`
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
            .framedPath=${derived.path ? derived.render.pathNodes : null}
            ?frameNear=${layout === 'phone'}
            ?strip=${this.pathOpen || (layout === 'phone' && !panelHidden)}
            .theme=${this.theme}
            .t=${t}
            .label=${t.graphLabel}
            aria-hidden=${v.mode === 'list' ? 'true' : 'false'}
            ?inert=${v.mode === 'list'}
          ></la-graph-view>
          ${
            // Where the panel waits for a selection (a phone, a tablet), a newcomer is offered its welcome over
            // the graph's free corner: where to begin and what the library teaches most, which a desktop's panel
            // shows from the start. Not over a path the graph draws: it would cover the path's end.
            panelHidden && v.mode === 'graph' && !derived.path
              ? html`<button type="button" class="begin" @click=${this.skipToPanel}>${t.beginWith}</button>`
              : nothing
          }
          ${
            v.mode === 'list'
              ? html`<la-node-list
                  .graph=${ctx.graph}
                  .nodes=${currentViewNodes(ctx.graph, derived)}
                  .selected=${v.selected}
                  .caption=${v.selected ? t.listAround(fullNodeName(ctx.graph, v.selected, t)) : t.listCaption}
                  .t=${t}
                ></la-node-list>`
              : nothing
          }
          ${
            derived.visibleCount === 0
              ? html`<div class="empty-filter">
                  <p>${t.emptyFilter}</p>
                  <button type="button" @click=${this.resetFilters}>${t.resetFilters}</button>
                </div>`
              : nothing
          }
        </div>
      </main>
      <aside
        class="details ${layout === 'phone' ? 'sheet' : ''}"
        id="panel"
        tabindex="-1"
        aria-label=${t.detailsLabel}
        ?hidden=${panelHidden}
        ?inert=${covered}
        style=${layout === 'phone' && this.sheetHeight !== null ? `height:${this.sheetHeight}px;max-height:none` : ''}
      >
        <div class="visually-hidden" aria-live="polite">${this.announcement}</div>
        ${this.renderPanel(ctx.graph)}
      </aside>
    </div>`;
  }

  private renderPathFinder(ctx: GraphContext, derived: DerivedView) {
    const t = this.t;
    const v = this.view;
    return html`<section class="pathbar" aria-labelledby="path-title">
      <div class="pathbar-head">
        <h2 id="path-title">${t.pathFinder}</h2>
        <button type="button" class="close-path" @click=${() => this.togglePath(false, true)}>
          ${t.close}
        </button>
      </div>
      <la-path-finder
        .graph=${ctx.graph}
        .index=${ctx.index}
        .from=${v.pathFrom}
        .to=${v.pathTo}
        .hops=${derived.path}
        .selected=${v.selected}
        ?compact=${this.compactHeader}
        .t=${t}
        @la-path-change=${(e: LaEvent<'la-path-change'>) =>
          this.patchView({ pathFrom: e.detail.from, pathTo: e.detail.to }, true)}
      ></la-path-finder>
    </section>`;
  }

  /**
   * What a newcomer sees before choosing anything: where to begin (the lectures the most others build on,
   * core/foundations.ts) and the concepts the library teaches most, each a button that opens it (with what the
   * concept is as its tooltip).
   */
  private renderWelcome(graph: AtlasGraph) {
    const t = this.t;
    const begin = foundations(graph, WELCOME_LECTURES).map((k) =>
      readersVersion(graph, k, this.uiLang === 'en'),
    );
    const concepts = mostTaughtConcepts(graph, WELCOME_CONCEPTS);
    const identities = lectureIdentities(graph, t);
    return html`<section class="welcome" aria-labelledby="welcome-begin">
      ${
        begin.length
          ? html`<h2 id="welcome-begin">${t.beginWith}</h2>
              <p class="muted">${t.beginWithHint}</p>
              <ol class="plain">
                ${begin.map(
                  (key) =>
                    html`<li>
                      <button type="button" class="link" data-key=${key} @click=${() => this.select(key)}>
                        ${nodeName(graph, key, t)}
                      </button>
                      <span class="muted">${identities.get(key) ?? ''}</span>
                    </li>`,
                )}
              </ol>`
          : nothing
      }
      ${
        concepts.length
          ? html`<h2 id=${begin.length ? 'welcome-concepts' : 'welcome-begin'}>${t.mostTaught}</h2>
              <ul class="chips">
                ${concepts.map(
                  (key) =>
                    html`<li>
                      <button
                        type="button"
                        class="chip"
                        data-key=${key}
                        title=${shownDefinition(graph, key, t)?.text ?? nothing}
                        @click=${() => this.select(key)}
                      >
                        ${nodeName(graph, key, t)}
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }
    </section>`;
  }

  private renderPanel(graph: AtlasGraph) {
    const key = this.view.selected;
    const t = this.t;
    const phone = this.layout === 'phone';
    if (!key || !graph.hasNode(key))
      return html`${
          phone
            ? html`<div class="panel-head">
                <button type="button" class="close" @click=${() => this.closePanel()}>
                  ${t.backToGraph}
                </button>
              </div>`
            : nothing
        }
        <p class="muted">${t.emptyPanel}</p>
        ${this.renderWelcome(graph)}`;
    const kind = graph.getNodeAttribute(key, 'kind');
    const close = html`<div class="panel-head">
      ${
        phone
          ? html`<span
              class="grip"
              aria-hidden="true"
              @pointerdown=${this.onGripDown}
              @pointermove=${this.onGripMove}
              @pointerup=${this.onGripUp}
              @pointercancel=${this.onGripUp}
            ></span>`
          : nothing
      }
      <button type="button" class="close" @click=${() => this.closePanel()}>
        ${phone ? t.backToGraph : t.close}
      </button>
    </div>`;
    if (kind === 'lecture')
      return html`${close}<la-lecture-panel
          .graph=${graph}
          .nodeKey=${key}
          .watched=${this.watched}
          .marks=${this.marked?.key === key ? this.marked.marks : undefined}
          .t=${t}
          @la-watched-change=${this.onWatched}
        ></la-lecture-panel>`;
    if (kind === 'concept')
      return html`${close}<la-concept-panel
          .graph=${graph}
          .nodeKey=${key}
          .marks=${this.marked?.key === key ? this.marked.marks : undefined}
          .t=${t}
        ></la-concept-panel>`;
    return html`${close}<la-note-panel .graph=${graph} .nodeKey=${key} .t=${t}></la-note-panel>`;
  }

  override firstUpdated(): void {
    // Every selection event from any component (graph, panels, list, path) lands here.
    this.renderRoot.addEventListener('la-select', (e) => this.select((e as LaEvent<'la-select'>).detail.key));
  }

  /** Whether keyboard focus is inside the details panel. */
  private panelHasFocus(): boolean {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return !!active && !!this.renderRoot.querySelector('.details')?.contains(active);
  }

  /**
   * Where focus goes when what the panel shows changes under it (a link in the panel, Back, Forward, closing
   * it): the panel itself, or with nothing selected the view it covered (the graph or list buttons). Else
   * focus would fall to the page, or stay on a reused button now naming another lecture.
   */
  private refocusPanel(): void {
    if (!this.view.selected) return this.focusView();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#panel')?.focus());
  }

  /** Focuses the button of the view shown (graph or list): where a control that went away leaves the focus. */
  private focusView(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(`.mode-${this.view.mode}`)?.focus(),
    );
  }

  private readonly dismissNotices = (): void => {
    this.notices = [];
    this.focusView();
  };

  /** Shows every kind and group again (the filters had left nothing to show); the focus goes to the view. */
  private readonly resetFilters = (): void => {
    this.patchView({ filter: DEFAULT_NODE_FILTER, hiddenGroups: [] }, false);
    this.focusView();
  };

  /** Closes the panel; focus inside it moves to the view it covered (the graph or list buttons). */
  private closePanel(): void {
    const hadFocus = this.panelHasFocus();
    this.sheetRequested = false;
    this.select(null);
    if (hadFocus) this.refocusPanel();
  }

  private closeFilters(returnFocus: boolean): void {
    this.filtersOpen = false;
    if (returnFocus)
      void this.updateComplete.then(() =>
        this.renderRoot
          .querySelector('la-toolbar')
          ?.renderRoot.querySelector<HTMLElement>('button.filters')
          ?.focus(),
      );
  }

  /**
   * Opens the path finder (focus in its first field) or closes it (focus back on its toolbar button).
   * Closing it clears the path: its highlight would otherwise stay on a dimmed graph with nothing to explain
   * or clear it, and the link would open the finder again.
   */
  private togglePath(open: boolean, returnFocus = false): void {
    this.pathOpen = open;
    if (!open && (this.view.pathFrom || this.view.pathTo))
      this.patchView({ pathFrom: null, pathTo: null }, false);
    void this.updateComplete.then(async () => {
      if (open) {
        const finder = this.renderRoot.querySelector('la-path-finder');
        await finder?.updateComplete;
        const field = finder?.renderRoot.querySelector('la-search');
        await field?.updateComplete;
        field?.focus();
      } else if (returnFocus)
        this.renderRoot
          .querySelector('la-toolbar')
          ?.renderRoot.querySelector<HTMLElement>('button.path')
          ?.focus();
    });
  }

  private readonly onToggle = (e: LaEvent<'la-toggle'>): void => {
    const { target, open } = e.detail;
    if (target === 'shortcuts') {
      if (open) this.shortcuts?.show();
      return;
    }
    if (target === 'path') {
      this.togglePath(open);
      return;
    }
    this.filtersOpen = open;
    if (open)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('.sidebar .close-drawer')?.focus(),
      );
  };

  private readonly skipToPanel = (e: Event): void => {
    e.preventDefault();
    if (this.layout !== 'desktop' && !this.view.selected) this.sheetRequested = true;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#panel')?.focus());
  };

  private readonly skipToSearch = (e: Event): void => {
    e.preventDefault();
    this.mainSearch?.focus();
  };

  /** Escape closes what is open, innermost first; single keys are shortcuts when not typing. */
  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.defaultPrevented || this.shortcuts?.open) return;
    if (e.key === 'Escape') {
      // The path finder first when focus is in it (its own field or button), though a panel is open too.
      const inFinder = e
        .composedPath()
        .some((t) => t instanceof HTMLElement && t.localName === 'la-path-finder');
      if (this.filtersOpen && this.layout !== 'desktop') this.closeFilters(true);
      else if (this.pathOpen && inFinder) this.togglePath(false, true);
      else if (this.view.selected || this.sheetRequested) this.closePanel();
      else if (this.pathOpen) this.togglePath(false, true);
      else return;
      e.preventDefault();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e) || !this.context) return;
    const camera: Record<string, CameraAction> = {
      '+': 'zoom-in',
      '=': 'zoom-in',
      '-': 'zoom-out',
      f: 'fit',
      '0': 'reset',
    };
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (key === '?') this.shortcuts?.show();
    else if (key === '/') this.mainSearch?.focus();
    else if (key in camera) this.graphView?.camera(camera[key]!);
    else if (key === 'l') this.patchView({ mode: this.view.mode === 'list' ? 'graph' : 'list' }, false);
    else if (key === 'p') this.togglePath(!this.pathOpen);
    else return;
    e.preventDefault();
  };

  private statusText(): string {
    const ctx = this.context;
    if (this.data.state.status !== 'ready' || !ctx || !this.derived) return '';
    const t = this.t;
    const [visible, total] = [this.derived.visibleCount, ctx.graph.order];
    // A phone has one short line for it: the library's size, or, when the filters hide nodes, what they leave
    // (both did not fit beside the view buttons: '…119/364…').
    if (this.layout === 'phone')
      return visible < total ? t.visibleCount(visible, total) : t.countsShort(ctx.lectures, ctx.concepts);
    return `${t.counts(ctx.lectures, ctx.concepts, ctx.graph.size)} · ${t.visibleCount(visible, total)}`;
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

  /**
   * Reads the view from a query string; what cannot be used is dropped, reported, and cleaned from the URL.
   */
  private applyUrl(search: string, initial: boolean): void {
    const ctx = this.context;
    if (!ctx) return;
    const known = new Set(ctx.series.map((s) => s.series));
    const { state, problems } = readViewState(search, {
      hasNode: (k) => ctx.graph.hasNode(k),
      hasSeries: (s) => known.has(s),
    });
    const [previous, hadFocus] = [this.view.selected, this.panelHasFocus()];
    this.view = state;
    if (!initial && state.selected !== previous) {
      // Back or Forward: the live region names what is open now (else it still names the lecture left).
      this.announcement = state.selected ? this.openedText(state.selected) : '';
      if (hadFocus) this.refocusPanel();
    }
    if (state.pathFrom || state.pathTo) this.pathOpen = true;
    this.notices = problems;
    if (problems.length || initial) this.url.write(state, false);
  }

  private noticeText(p: Notice): string {
    const t = this.t;
    if (p.reason === 'export-failed') return t.exportFailed(p.detail);
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
      if (key) this.graphView?.focusSelection(key);
      return;
    }
    // The panel opens scrolled to the top: scrolled now, while the page's layout is still clean,
    // rather than after the update, which would lay the new panel out once more before its frame.
    const panel = this.renderRoot.querySelector('.details');
    if (panel) panel.scrollTop = 0;
    const hadFocus = this.panelHasFocus();
    this.patchView({ selected: key }, true);
    if (key && graph) {
      this.mainSearch?.clear();
      // On a phone the on-screen keyboard would stay up over the sheet while the search holds focus.
      if (this.layout === 'phone') this.mainSearch?.blur();
      this.announcement = this.openedText(key);
      // A link inside the panel opened another node: focus stays in the panel, at its top.
      if (hadFocus) this.refocusPanel();
    }
  }

  /** What the live region says when a node opens. */
  private openedText(key: string): string {
    const graph = this.context!.graph;
    const a = graph.getNodeAttributes(key);
    return this.t.opened(this.t.kind[a.kind] ?? a.kind, fullNodeName(graph, key, this.t));
  }

  /**
   * Dragging the sheet's grip sets its height: at least a quarter of the screen, up to a 7rem strip of graph
   * and its view buttons.
   */
  private readonly onGripDown = (e: PointerEvent): void => {
    (e.currentTarget as HTMLElement).setPointerCapture(e.pointerId);
    this.gripDrag = { pointer: e.pointerId };
    e.preventDefault();
  };

  private readonly onGripMove = (e: PointerEvent): void => {
    if (this.gripDrag?.pointer !== e.pointerId) return;
    const layout = this.renderRoot.querySelector('.layout')?.getBoundingClientRect();
    if (!layout) return;
    const graphRow = 7 * parseFloat(getComputedStyle(this).fontSize);
    const height = Math.min(
      layout.height - graphRow,
      Math.max(innerHeight * 0.25, layout.bottom - e.clientY),
    );
    this.sheetHeight = Math.round(height);
  };

  private readonly onGripUp = (e: PointerEvent): void => {
    if (this.gripDrag?.pointer === e.pointerId) this.gripDrag = undefined;
  };

  /**
   * A search result opens its panel and takes focus there, so that a keyboard reaches what it asked for at
   * once (else the filters, legend and camera stand between the search and the panel: fifty Tabs on a
   * desktop). On a phone that also puts the on-screen keyboard away.
   */
  private openFromSearch(key: string, description?: string): void {
    // A lecture found by its description opens with the query marked in its summary, a concept found by its
    // definition with the query marked there.
    const marks = description !== undefined ? this.context?.index.descriptionMatcher(description) : undefined;
    this.marked = marks ? { key, marks } : null;
    this.select(key);
    if (this.view.selected !== key) return;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#panel')?.focus());
  }

  private readonly onLanguage = (e: LaEvent<'la-language-change'>): void => {
    const value = e.detail.lang;
    this.uiLang = value;
    // A link that named a language names the one chosen now (a reload keeps it).
    if (this.linkedLang) {
      this.linkedLang = value;
      this.url.keepLanguage();
    }
    try {
      storage()?.setItem(LANG_STORAGE_KEY, value);
    } catch {
      // Not remembered when storage is unavailable.
    }
  };

  private readonly onTheme = (e: LaEvent<'la-theme-change'>): void => {
    this.theme = e.detail.theme;
    try {
      storage()?.setItem(THEME_STORAGE_KEY, this.theme);
    } catch {
      // Not remembered when storage is unavailable.
    }
  };

  private readonly onWatched = (e: LaEvent<'la-watched-change'>): void => {
    this.watched = updateWatched(storage(), this.watched, e.detail.key, e.detail.watched);
  };

  /** Another tab ticked or unticked a lecture: show its ticks here too. */
  private readonly onStorage = (e: StorageEvent): void => {
    if (e.key === WATCHED_STORAGE_KEY || e.key === null) this.watched = readWatched(storage());
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
        await this.graphView?.sigmaController.exportPng(name, scope);
      }
    } catch (err) {
      const detail = err instanceof Error ? err.message : String(err);
      this.notices = [...this.notices, { reason: 'export-failed', detail }];
    }
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'la-app': LaApp;
  }
}

/** How many nodes of the selection's neighbourhood the filters and hidden groups let through. */
function shownAround(render: DerivedView['render']): number {
  const { focus, visible } = render;
  if (!focus) return 0;
  if (!visible) return focus.size;
  let n = 0;
  for (const k of focus.keys()) if (visible.has(k)) n++;
  return n;
}
