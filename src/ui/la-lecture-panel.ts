/**
 * <la-lecture-panel>: everything about one lecture — title, series, date, part, lecturer, the video
 * (a live link only for https YouTube URLs), its concepts (main topics first), the summary, ranked
 * prerequisites with reasons, what comes next, and the learning path to it where lectures can be
 * ticked as watched. Data text is only ever bound as text; the summary goes through <la-markdown>.
 *
 * @property graph - the loaded graph
 * @property nodeKey - the lecture's node key
 * @property watched - lecture keys ticked as watched
 * @property t - UI text
 * @fires la-select - a concept chip or a lecture in a list was activated (`key`)
 * @fires la-watched-change - a lecture was ticked or unticked (`key`, `watched`)
 * @csspart title - the lecture title
 * @csspart video - the video link
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { learningPath } from '../core/learning-path.js';
import { lectureConcepts } from '../core/lecture-concepts.js';
import { nextLectures, prerequisitesOf, type RankedLecture } from '../core/queries.js';
import type { AtlasGraph, LectureNodeAttributes } from '../core/types.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import './la-markdown.js';
import { sharedStyles } from './shared-styles.js';
import { youtubeThumbnailUrl, youtubeVideoUrl } from './state/safe-url.js';

@customElement('la-lecture-panel')
export class LaLecturePanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .number {
        color: var(--la-muted);
        font-size: 0.85rem;
        margin: 0;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.15rem 0.75rem;
        margin: 0.5rem 0;
        font-size: 0.9rem;
      }
      dt {
        color: var(--la-muted);
      }
      dd {
        margin: 0;
      }
      .video {
        display: inline-flex;
        flex-direction: column;
        gap: 0.25rem;
      }
      .video img {
        width: 240px;
        max-width: 100%;
        aspect-ratio: 16 / 9;
        object-fit: cover;
        border-radius: 4px;
        background: #eceff4;
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
        display: block;
        margin-top: 0.5rem;
      }
      .goal {
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property() nodeKey = '';
  @property({ attribute: false }) watched: ReadonlySet<string> = new Set();
  @property({ attribute: false }) t: Messages = messagesFor('en');

  override render() {
    const graph = this.graph;
    if (!graph?.hasNode(this.nodeKey)) return nothing;
    const a = graph.getNodeAttributes(this.nodeKey) as LectureNodeAttributes;
    const t = this.t;
    const video = youtubeVideoUrl(a.url);
    const thumb = youtubeThumbnailUrl(a.thumbnail);
    const concepts = lectureConcepts(graph, this.nodeKey);
    return html`
      <article aria-labelledby="title">
        <p class="number">${t.lectureNumber(a.number)}</p>
        <h2 id="title" part="title">${a.title}</h2>
        <dl>
          ${
            a.series
              ? html`<dt>${t.series}</dt>
                  <dd>${a.series}</dd>`
              : nothing
          }
          ${
            a.date
              ? html`<dt>${t.date}</dt>
                  <dd>${a.date}</dd>`
              : nothing
          }
          ${
            a.part
              ? html`<dt>${t.part}</dt>
                  <dd>${t.partOf(a.part.index, a.part.total)}</dd>`
              : nothing
          }
          ${
            a.lecturer
              ? html`<dt>${t.lecturer}</dt>
                  <dd>${a.lecturer}</dd>`
              : nothing
          }
          <dt>${t.language}</dt>
          <dd>${t.languageName[a.language] ?? a.language}</dd>
        </dl>
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

        <section aria-labelledby="concepts">
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
                          title=${c.main ? t.mainTopic : nothing}
                          @click=${() => this.select(c.key)}
                        >
                          ${t.preferZhLabels && c.labelZh ? c.labelZh : c.label}${
                            c.main ? html`<span class="visually-hidden"> (${t.mainTopic})</span>` : nothing
                          }
                        </button>
                      </li>`,
                  )}
                </ul>`
              : html`<p class="muted">${t.noConcepts}</p>`
          }
        </section>

        ${
          a.summary
            ? html`<section aria-labelledby="summary">
                <h3 id="summary">${t.summary}</h3>
                <la-markdown .source=${a.summary} .t=${t}></la-markdown>
              </section>`
            : nothing
        }

        <section aria-labelledby="prereqs" class="prereqs">
          <h3 id="prereqs">${t.prerequisites}</h3>
          ${this.renderRanked(prerequisitesOf(graph, this.nodeKey), t.noPrerequisites)}
        </section>

        <section aria-labelledby="next" class="next">
          <h3 id="next">${t.whatNext}</h3>
          ${this.renderRanked(nextLectures(graph, this.nodeKey), t.noNext)}
        </section>

        ${this.renderPath(graph)}
      </article>
    `;
  }

  private lectureName(key: string): string {
    const a = this.graph!.getNodeAttributes(key);
    return a.kind === 'lecture' ? `${a.number}. ${a.title}` : a.label;
  }

  private renderRanked(list: RankedLecture[], empty: string) {
    if (!list.length) return html`<p class="muted">${empty}</p>`;
    return html`<ol class="plain">
      ${list.map(
        (l) =>
          html`<li>
            <button class="link" data-key=${l.key} @click=${() => this.select(l.key)}>
              ${l.number}. ${l.title}
            </button>
            ${l.series ? html`<span class="muted"> · ${l.series}</span>` : nothing}
            <span class="reason"
              >${l.kind === 'next-in-series' ? this.t.nextInSeries : this.t.score(l.score)}${
                l.reason ? html` — ${l.reason}` : nothing
              }</span
            >
          </li>`,
      )}
    </ol>`;
  }

  private renderPath(graph: AtlasGraph) {
    const t = this.t;
    const path = learningPath(graph, this.nodeKey, this.watched);
    const steps = path.steps.filter((s) => s.key !== this.nodeKey);
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
                      .checked=${live(false)}
                      aria-label=${t.watchedLabel(this.lectureName(s.key))}
                      @change=${(e: Event) => this.toggle(s.key, (e.target as HTMLInputElement).checked)}
                    />
                    <span>
                      <button class="link" @click=${() => this.select(s.key)}>
                        ${this.lectureName(s.key)}
                      </button>
                      ${s.reason ? html`<span class="reason">${s.reason}</span>` : nothing}
                    </span>
                  </li>`,
              )}
              <li class="goal">${this.lectureName(this.nodeKey)} <span class="muted">(${t.goal})</span></li>
            </ol>`
          : html`<p class="muted">${t.learningPathEmpty}</p>`
      }
      ${
        path.watched.length
          ? html`<h4 class="muted">${t.alreadyWatched}</h4>
              <ul class="plain watched">
                ${repeat(
                  path.watched,
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
              </ul>`
          : nothing
      }
    </section>`;
  }

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
