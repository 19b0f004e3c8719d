/**
 * <la-lecture-panel>: one lecture, answering a learner's questions in order — which lecture this is
 * (title, then course and year, part and language version, the video), what to watch first (ranked
 * prerequisites with their reasons), what builds on it, the concepts it teaches (main topics first),
 * the summary (folded away when long), and the learning path to it where lectures can be ticked as
 * watched. No raw scores: the order says how strongly a lecture is recommended. Data text is only ever
 * bound as text; the summary goes through <la-markdown>.
 *
 * @property graph - the loaded graph
 * @property nodeKey - the lecture's node key
 * @property watched - lecture keys ticked as watched
 * @property marks - where the summary holds the query the lecture was found by (marked in it)
 * @property t - UI text
 * @fires la-select - a concept chip or a lecture in a list was activated (`key`)
 * @fires la-watched-change - a lecture was ticked or unticked (`key`, `watched`)
 * @csspart title - the lecture title
 * @csspart video - the video link
 * @cssproperty --la-panel-sticky-top - where the title sticks in the scrolling panel, as a sticky `top`
 * @cssproperty --la-panel-covered - how much of the scrolling panel's top is already covered above the title
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  DEFAULT_LEARNING_PATH_OPTIONS,
  EXPANDED_LEARNING_PATH_OPTIONS,
  inWatchOrder,
  learningPath,
} from '../core/learning-path.js';
import { isReasonKey, wordReason } from '../core/prerequisite-reasons.js';
import { buildsOn, lectureConcepts } from '../core/lecture-concepts.js';
import { summaryBody } from './state/summary-body.js';
import { nextLectures, prerequisitesOf, type RankedLecture } from '../core/queries.js';
import type { AtlasGraph, LectureNodeAttributes, PrerequisiteReasonParams } from '../core/types.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import './la-markdown.js';
import { sharedStyles } from './shared-styles.js';
import { lectureIdentities, nodeName } from './state/lecture-identity.js';
import { seriesStep } from './state/series-step.js';
import { evidenceLine } from './state/concept-evidence.js';
import { shownDefinition } from './state/concept-definition.js';
import { youtubeThumbnailUrl, youtubeVideoUrl } from './state/safe-url.js';
import { textLang } from '../core/text-script.js';

/** Summaries longer than this many characters start folded ("Show the summary"). */
export const LONG_SUMMARY = 280;

@customElement('la-lecture-panel')
export class LaLecturePanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      /* The title stays in view as the panel scrolls (to the words a lecture was found by, down a long summary
         or path): it sticks at the panel's top, on the panel's background so that what scrolls under it is
         hidden. Its padding is the room around it once stuck; its margin below, what it had before. */
      h2 {
        position: sticky;
        top: var(--la-panel-sticky-top, 0px);
        z-index: 1;
        background: var(--la-surface, #fff);
        padding-block: 0.3rem;
        margin-bottom: 0.1rem;
      }
      /* What the panel scrolls to (the first marked word, a link reached with Tab) shows below the stuck title,
         not under it; la-markdown reads the same clearance. */
      article {
        --la-scroll-clearance: calc(var(--la-panel-covered, 0px) + var(--la-title-block-size, 0px) + 0.5rem);
      }
      article * {
        scroll-margin-top: var(--la-scroll-clearance);
      }
      .builds-on {
        font-size: 0.85rem;
        margin: 0.6rem 0 0.2rem;
      }
      .kicker {
        color: var(--la-muted);
        font-size: 0.85rem;
        margin: 0;
      }
      .identity {
        font-size: 0.9rem;
        margin: 0 0 0.4rem;
      }
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: 0.1rem 0.9rem;
        margin: 0.3rem 0 0.6rem;
        font-size: 0.85rem;
      }
      dl div {
        display: flex;
        gap: 0.3rem;
      }
      /* A label never breaks inside a word; a long value (a course name) wraps beside it. */
      dt {
        flex: none;
        white-space: nowrap;
        color: var(--la-muted);
      }
      dd {
        margin: 0;
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .watch {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.4rem 1rem;
      }
      .video {
        display: inline-flex;
        align-items: center;
        gap: 0.5rem;
      }
      .video img {
        width: 96px;
        aspect-ratio: 16 / 9;
        object-fit: cover;
        border-radius: 4px;
        background: var(--la-surface-2);
      }
      details.evidence {
        margin-top: 0.4rem;
        font-size: 0.85rem;
      }
      details.evidence > summary {
        cursor: pointer;
        color: var(--la-accent);
      }
      details.evidence li {
        overflow-wrap: anywhere;
      }
      .evidence-concept {
        font-weight: 600;
        margin-right: 0.4rem;
      }
      details.summary > summary {
        cursor: pointer;
        color: var(--la-accent);
        margin-bottom: 0.3rem;
      }
      .reason {
        display: block;
        color: var(--la-muted);
        font-size: 0.82rem;
      }
      .path li {
        display: flex;
        gap: 0.4rem;
        align-items: flex-start;
      }
      .path input {
        margin-top: 0.2rem;
      }
      .watched-self {
        display: inline-flex;
        gap: 0.3rem;
        align-items: center;
      }
      /* The video link and the watched tick are what a finger reaches for first: a finger's height (40 px). */
      @media (pointer: coarse) {
        .video,
        .watched-self {
          min-height: 2.5rem;
        }
      }
      .goal {
        font-weight: 600;
      }
      .watched-mark {
        color: var(--la-muted);
        font-size: 0.82rem;
        margin-left: 0.3rem;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property() nodeKey = '';
  @property({ attribute: false }) watched: ReadonlySet<string> = new Set();
  /** Where the summary holds the query the lecture was found by: marked, the summary unfolded to show it. */
  @property({ attribute: false }) marks?: RegExp;
  @property({ attribute: false }) t: Messages = messagesFor('en');
  /** Whether the learning path shows every step, not only the essential ones. */
  @state() private wholePath = false;
  /**
   * The watched lectures the path's steps are laid out for: those of when the lecture was opened (or the path
   * expanded). A step ticked meanwhile stays in its place, ticked, instead of the next step sliding under the
   * pointer (a quick second click ticked that one too); the path leaves it out the next time it is laid out. A
   * lecture unticked from the watched list comes back at once.
   */
  private laidOutFor: ReadonlySet<string> | null = null;
  /** Keeps the title's height where the styles read it (`--la-title-block-size`), as the panel's width changes. */
  private readonly titleSize = new ResizeObserver(() => this.measureTitle());
  private observedTitle: Element | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeTitle();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.titleSize.disconnect();
    this.observedTitle = null;
  }

  protected override updated(changed: PropertyValues): void {
    this.observeTitle();
    // The summary scrolls to a marked word as soon as it has rendered, which may be before the observer reports
    // the height of a new title: measured now too.
    if (changed.has('marks') && this.marks) this.measureTitle();
  }

  private observeTitle(): void {
    const title = this.renderRoot.querySelector('#title');
    if (title === this.observedTitle) return;
    if (this.observedTitle) this.titleSize.unobserve(this.observedTitle);
    if (title) this.titleSize.observe(title);
    this.observedTitle = title;
  }

  private measureTitle(): void {
    const title = this.renderRoot.querySelector('#title');
    if (title) this.style.setProperty('--la-title-block-size', `${title.getBoundingClientRect().height}px`);
  }

  protected override willUpdate(changed: PropertyValues): void {
    const laidOut = this.laidOutFor;
    // Laid out anew for another lecture or path, and when a lecture it left out is unticked (it comes back).
    if (
      !laidOut ||
      changed.has('nodeKey') ||
      changed.has('graph') ||
      changed.has('wholePath') ||
      [...laidOut].some((key) => !this.watched.has(key))
    )
      this.laidOutFor = this.watched;
  }

  override render() {
    const graph = this.graph;
    if (!graph?.hasNode(this.nodeKey)) return nothing;
    const a = graph.getNodeAttributes(this.nodeKey) as LectureNodeAttributes;
    const t = this.t;
    const video = youtubeVideoUrl(a.url);
    const thumb = youtubeThumbnailUrl(a.thumbnail);
    const concepts = lectureConcepts(graph, this.nodeKey);
    const buildsOnConcepts = buildsOn(graph, this.nodeKey);
    const identity = lectureIdentities(graph, t).get(this.nodeKey) ?? '';
    return html`
      <article aria-labelledby="title">
        <p class="kicker">${t.kind.lecture}</p>
        <h2 id="title" part="title" lang=${textLang(a.title)}>${a.title}</h2>
        <p class="identity">${identity}</p>
        <dl>
          ${
            // The course's own number ("Lesson 25") is in the identity line above, after the series.
            a.series
              ? html`<div>
                  <dt>${t.series}</dt>
                  <dd>${a.series}</dd>
                </div>`
              : nothing
          }
          ${
            a.date
              ? html`<div>
                  <dt>${t.date}</dt>
                  <dd><time datetime=${a.date}>${t.longDate(a.date)}</time></dd>
                </div>`
              : nothing
          }
          ${
            a.lecturer
              ? html`<div>
                  <dt>${t.lecturer}</dt>
                  <dd>${a.lecturer}</dd>
                </div>`
              : nothing
          }
          <div>
            <dt>${t.catalogNumber}</dt>
            <dd>${a.number}</dd>
          </div>
        </dl>
        <div class="watch">
          ${
            video
              ? html`<a class="video" part="video" href=${video} target="_blank" rel="noopener noreferrer">
                  ${
                    thumb
                      ? html`<img
                          src=${thumb}
                          alt=${t.thumbnailAlt(a.title)}
                          loading="lazy"
                          @error=${(e: Event) => ((e.target as HTMLImageElement).hidden = true)}
                        />`
                      : nothing
                  }
                  <span>${t.watchVideo}</span>
                </a>`
              : html`<p class="muted">${t.videoUnavailable}</p>`
          }
          <label class="muted watched-self">
            <input
              type="checkbox"
              .checked=${live(this.watched.has(this.nodeKey))}
              @change=${(e: Event) => this.toggle(this.nodeKey, (e.target as HTMLInputElement).checked)}
            />
            ${t.alreadyWatched}
          </label>
        </div>

        <section aria-labelledby="prereqs" class="prereqs">
          <h3 id="prereqs">${t.prerequisites}</h3>
          ${this.renderRanked(inWatchOrder(graph, this.nodeKey, prerequisitesOf(graph, this.nodeKey)), t.noPrerequisites)}
        </section>

        <section aria-labelledby="next" class="next">
          <h3 id="next">${t.whatNext}</h3>
          ${this.renderRanked(nextLectures(graph, this.nodeKey), t.noNext, false)}
        </section>

        <section aria-labelledby="concepts" class="concepts">
          <h3 id="concepts">${t.concepts}</h3>
          ${
            concepts.length
              ? html`<ul class="chips">
                    ${concepts.map(
                      (c) =>
                        html`<li>
                          <button
                            class="chip ${c.main ? 'main' : ''}"
                            data-key=${c.key}
                            title=${
                              [
                                c.main ? t.mainTopic : '',
                                shownDefinition(graph, c.key, t)?.text,
                                evidenceLine(c.evidence, t),
                              ]
                                .filter(Boolean)
                                .join(' — ') || nothing
                            }
                            @click=${() => this.select(c.key)}
                          >
                            ${nodeName(graph, c.key, t)}${
                              c.main ? html`<span class="visually-hidden"> (${t.mainTopic})</span>` : nothing
                            }
                          </button>
                        </li>`,
                    )}
                  </ul>
                  ${
                    concepts.some((c) => c.evidence.length)
                      ? html`<details class="evidence">
                          <summary>${t.conceptEvidence}</summary>
                          <ul class="plain">
                            ${concepts
                              .filter((c) => c.evidence.length)
                              .map(
                                (c) =>
                                  html`<li>
                                    <span class="evidence-concept">${nodeName(graph, c.key, t)}</span>
                                    <span class="muted">${evidenceLine(c.evidence, t)}</span>
                                  </li>`,
                              )}
                          </ul>
                        </details>`
                      : nothing
                  }`
              : html`<p class="muted">${t.noConcepts}</p>`
          }
          ${
            buildsOnConcepts.length
              ? html`<h4 id="builds-on" class="builds-on">${t.buildsOn}</h4>
                  <ul class="chips" aria-labelledby="builds-on">
                    ${buildsOnConcepts.map(
                      (c) =>
                        html`<li>
                          <button
                            class="chip"
                            data-key=${c.key}
                            title=${[shownDefinition(graph, c.key, t)?.text, t.buildsOnHint]
                              .filter(Boolean)
                              .join(' — ')}
                            @click=${() => this.select(c.key)}
                          >
                            ${nodeName(graph, c.key, t)}
                          </button>
                        </li>`,
                    )}
                  </ul>`
              : nothing
          }
        </section>

        ${a.summary ? this.renderSummary(summaryBody(a.summary, a)) : nothing} ${this.renderPath(graph)}
      </article>
    `;
  }

  /** The summary; a long one starts folded, so what to watch stays in view. */
  private renderSummary(summary: string) {
    const t = this.t;
    const body = html`<la-markdown
      lang=${textLang(summary)}
      .source=${summary}
      .marks=${this.marks}
      .t=${t}
    ></la-markdown>`;
    return html`<section aria-labelledby="summary" class="summary">
      <h3 id="summary">${t.summary}</h3>
      ${
        summary.length > LONG_SUMMARY
          ? html`<details class="summary" ?open=${this.marks !== undefined}>
              <summary>${t.showSummary}</summary>
              ${body}
            </details>`
          : body
      }
    </section>`;
  }

  /** A lecture's title with its identity, for the path steps. */
  private lectureName(key: string): string {
    const graph = this.graph!;
    const identity = lectureIdentities(graph, this.t).get(key);
    return identity ? `${nodeName(graph, key, this.t)} (${identity})` : nodeName(graph, key, this.t);
  }

  /**
   * A ranked list of lectures. An edge's reason describes its source (the lecture to watch first), so
   * it is shown for prerequisites and not for what builds on this lecture, where it would read backwards.
   */
  private renderRanked(list: RankedLecture[], empty: string, reasons = true) {
    if (!list.length) return html`<p class="muted">${empty}</p>`;
    const identities = lectureIdentities(this.graph!, this.t);
    return html`<ol class="plain">
      ${list.map((l) => {
        const why = [
          l.kind === 'next-in-series'
            ? this.t.nextInSeries[seriesStep(l.reasonKey, l.reason, l.reasonParams)]
            : '',
          ...(reasons ? this.reasonWords(l) : []),
        ].filter(Boolean);
        return html`<li>
          <button class="link" data-key=${l.key} @click=${() => this.select(l.key)}>${l.title}</button>
          <span class="identity">${identities.get(l.key) ?? ''}</span>
          ${this.watched.has(l.key) ? html`<span class="watched-mark">✓ ${this.t.alreadyWatched}</span>` : nothing}
          ${why.length ? html`<span class="reason">${why.join(' — ')}</span>` : nothing}
        </li>`;
      })}
    </ol>`;
  }

  /** A prerequisite's or path step's reason, and whether it is only a guess, in the interface language. */
  private reasonWords(r: {
    reasonKey?: string;
    reasonParams?: PrerequisiteReasonParams;
    reason: string;
    tentative?: boolean;
  }): string[] {
    return [
      this.reasonText(r.reasonKey, r.reasonParams, r.reason),
      r.tentative ? this.t.tentative : '',
    ].filter(Boolean);
  }

  /** A prerequisite's reason in the interface language; the build's English text where it has no key. */
  private reasonText(
    key: string | undefined,
    params: PrerequisiteReasonParams | undefined,
    text: string,
  ): string {
    if (!isReasonKey(key) || !this.graph) return text;
    const graph = this.graph;
    return wordReason(
      key,
      params ?? {},
      (k) => (graph.hasNode(k) ? nodeName(graph, k, this.t) : k),
      this.t.reasonLanguage,
    );
  }

  private renderPath(graph: AtlasGraph) {
    const t = this.t;
    const options = this.wholePath ? EXPANDED_LEARNING_PATH_OPTIONS : DEFAULT_LEARNING_PATH_OPTIONS;
    const laidOutFor = this.laidOutFor ?? this.watched;
    const laidOut = learningPath(graph, this.nodeKey, laidOutFor, options);
    // The watched list follows every tick at once.
    const path =
      laidOutFor === this.watched ? laidOut : learningPath(graph, this.nodeKey, this.watched, options);
    const steps = laidOut.steps.filter((s) => s.key !== this.nodeKey);
    // The watched lectures the steps do not show, ticked, where they can be unticked.
    const onSteps = new Set(steps.map((s) => s.key));
    const watchedAside = path.watched.filter((key) => !onSteps.has(key));
    return html`<section aria-labelledby="path" class="path">
      <h3 id="path">${t.learningPath}</h3>
      <p class="muted">${t.learningPathHint}</p>
      ${
        steps.length
          ? html`<ol class="plain steps">
              ${repeat(
                steps,
                (s) => s.key,
                (s) =>
                  html`<li data-key=${s.key}>
                    <input
                      type="checkbox"
                      .checked=${live(this.watched.has(s.key))}
                      aria-label=${t.watchedLabel(this.lectureName(s.key))}
                      @change=${(e: Event) => this.toggle(s.key, (e.target as HTMLInputElement).checked)}
                    />
                    <span>
                      <button class="link" @click=${() => this.select(s.key)}>
                        ${this.watched.has(s.key) ? html`<s>${this.lectureName(s.key)}</s>` : this.lectureName(s.key)}
                      </button>
                      ${
                        s.reason || s.tentative
                          ? html`<span class="reason"
                              >${s.reasonFor ? t.reasonFor(this.lectureName(s.reasonFor)) : ''}${this.reasonWords(
                                s,
                              ).join(' — ')}</span
                            >`
                          : nothing
                      }
                    </span>
                  </li>`,
              )}
              <li class="goal">
                <span>${this.lectureName(this.nodeKey)} <span class="muted">(${t.goal})</span></span>
              </li>
            </ol>`
          : html`<p class="muted">${t.learningPathEmpty}</p>`
      }
      ${
        path.more || this.wholePath
          ? html`<p>
              ${path.more ? html`<span class="muted">${t.learningPathMore(path.more)}</span>` : nothing}
              <button class="link whole-path" @click=${this.toggleWholePath}>
                ${this.wholePath ? t.learningPathCollapse : t.learningPathExpand}
              </button>
            </p>`
          : nothing
      }
      ${
        watchedAside.length
          ? html`<h4 class="muted">${t.alreadyWatched}</h4>
              <ul class="plain watched">
                ${repeat(
                  watchedAside,
                  (key) => key,
                  (key) =>
                    html`<li data-key=${key}>
                      <input
                        type="checkbox"
                        .checked=${live(true)}
                        aria-label=${t.unwatch(this.lectureName(key))}
                        @change=${(e: Event) => this.toggle(key, (e.target as HTMLInputElement).checked)}
                      />
                      <s>${this.lectureName(key)}</s>
                    </li>`,
                )}
              </ul>
              ${
                path.behindWatched.length
                  ? html`<p class="muted behind-watched">
                      ${t.learningPathBehindWatched(path.behindWatched.length)}
                    </p>`
                  : nothing
              }`
          : nothing
      }
    </section>`;
  }

  /**
   * Shows the whole path or its essential steps. The steps it adds or takes away lie before the button, which
   * moves by the height of the whole path (thousands of pixels): it is brought back into view, so that the focus
   * on it stays where the eye is.
   */
  private readonly toggleWholePath = (e: Event): void => {
    const button = e.currentTarget as HTMLElement;
    this.wholePath = !this.wholePath;
    void this.updateComplete.then(() => button.scrollIntoView({ block: 'nearest' }));
  };

  private select(key: string): void {
    this.dispatchEvent(laEvent('la-select', { key }));
  }

  private toggle(key: string, watched: boolean): void {
    this.dispatchEvent(laEvent('la-watched-change', { key, watched }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-lecture-panel': LaLecturePanel;
  }
}
