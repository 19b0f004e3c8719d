/**
 * <la-concept-panel>: one concept — its label in English and Chinese, aliases, category, the
 * lectures teaching it (main topic first; the first 100, then all on request — a popular concept of a
 * large library has thousands), related concepts and further reading (live links only for absolute
 * http(s) URLs). Data text is only ever bound as text.
 *
 * @property graph - the loaded graph
 * @property nodeKey - the concept's node key
 * @property t - UI text
 * @fires la-select - a lecture or related concept was activated (`key`)
 * @csspart title - the concept label
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { lecturesTeaching } from '../core/queries.js';
import { relatedConcepts } from '../core/related-concepts.js';
import type { AtlasGraph, ConceptNodeAttributes } from '../core/types.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';
import { safeHttpUrl } from './state/safe-url.js';

/** Lectures listed before "show all". */
const LECTURES_SHOWN = 100;

@customElement('la-concept-panel')
export class LaConceptPanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .zh {
        font-size: 1rem;
        margin: 0 0 0.4rem;
        color: var(--la-muted);
      }
      .tag {
        font-size: 0.75rem;
        border: 1px solid var(--la-accent);
        color: var(--la-accent);
        border-radius: 3px;
        padding: 0 0.25rem;
        margin-inline-start: 0.3rem;
      }
      .relation {
        color: var(--la-muted);
        font-size: 0.85rem;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property() nodeKey = '';
  @property({ attribute: false }) t: Messages = messagesFor('en');
  /** The concept whose whole lecture list was asked for. */
  @state() private expanded = '';

  override render() {
    const graph = this.graph;
    if (!graph?.hasNode(this.nodeKey)) return nothing;
    const a = graph.getNodeAttributes(this.nodeKey) as ConceptNodeAttributes;
    const t = this.t;
    const lectures = lecturesTeaching(graph, this.nodeKey);
    const shown = this.expanded === this.nodeKey ? lectures : lectures.slice(0, LECTURES_SHOWN);
    const related = relatedConcepts(graph, this.nodeKey);
    const reading = (a.reading ?? []).map((r) => ({ title: r.title, url: safeHttpUrl(r.url), raw: r.url }));
    const name = (label: string, zh?: string): string => (t.preferZhLabels && zh ? zh : label);
    return html`
      <article aria-labelledby="title">
        <p class="muted">${t.kind.concept} · ${t.category}: ${t.categoryName[a.category] ?? a.category}</p>
        <h2 id="title" part="title" lang="en">${a.label}</h2>
        ${a.labelZh ? html`<p class="zh" lang="zh-Hant">${a.labelZh}</p>` : nothing}
        ${
          a.aliases?.length
            ? html`<p><span class="muted">${t.aliases}:</span> ${a.aliases.join(' · ')}</p>`
            : nothing
        }

        <section aria-labelledby="lectures">
          <h3 id="lectures">${t.lecturesTeaching} (${lectures.length})</h3>
          ${
            lectures.length
              ? html`<ol class="plain lectures">
                    ${shown.map(
                      (l) =>
                        html`<li>
                          <button class="link" data-key=${l.key} @click=${() => this.select(l.key)}>
                            ${l.number}. ${l.title}
                          </button>
                          ${l.main ? html`<span class="tag">${t.mainTopic}</span>` : nothing}
                          ${l.series ? html`<span class="muted"> · ${l.series}</span>` : nothing}
                        </li>`,
                    )}
                  </ol>
                  ${
                    shown.length < lectures.length
                      ? html`<button
                          type="button"
                          class="link show-all"
                          @click=${() => (this.expanded = this.nodeKey)}
                        >
                          ${t.showAll(lectures.length)}
                        </button>`
                      : nothing
                  }`
              : html`<p class="muted">${t.noLectures}</p>`
          }
        </section>

        <section aria-labelledby="related">
          <h3 id="related">${t.relatedConcepts}</h3>
          ${
            related.length
              ? html`<ul class="plain related">
                  ${related.map(
                    (r) =>
                      html`<li>
                        <span class="relation">${t.relation[r.relation] ?? r.relation}</span>
                        <button class="chip" data-key=${r.key} @click=${() => this.select(r.key)}>
                          ${name(r.label, r.labelZh)}
                        </button>
                      </li>`,
                  )}
                </ul>`
              : html`<p class="muted">${t.noRelated}</p>`
          }
        </section>

        ${
          reading.length
            ? html`<section aria-labelledby="reading">
                <h3 id="reading">${t.furtherReading}</h3>
                <ul class="plain reading">
                  ${reading.map(
                    (r) =>
                      html`<li>
                        ${
                          r.url
                            ? html`<a href=${r.url} target="_blank" rel="noopener noreferrer">${r.title}</a>`
                            : html`<span>${r.title}</span>`
                        }
                      </li>`,
                  )}
                </ul>
              </section>`
            : nothing
        }
      </article>
    `;
  }

  private select(key: string): void {
    this.dispatchEvent(laEvent('la-select', { key }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-concept-panel': LaConceptPanel;
  }
}
