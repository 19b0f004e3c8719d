/**
 * <la-concept-panel>: one concept, read as a guide — its label in English and Chinese (in English alone for a
 * reader of English in a library without Chinese lectures) and its aliases, the reader's script first; what it
 * is (its glossary definition, in the reader's language);
 * where to start (the lecture that introduces it, and what to watch before that lecture); every lecture
 * on it from basic to advanced (the first 100, then all on request — a popular concept of a large
 * library has thousands; the first few rows come with the panel's first frame, the rest right after it,
 * the list marked `aria-busy` meanwhile); related concepts; further reading (live links only for absolute http(s)
 * URLs). Data text is only ever bound as text.
 *
 * @property graph - the loaded graph
 * @property nodeKey - the concept's node key
 * @property t - UI text
 * @property marks - where the definition holds the query the concept was found by (marked in it)
 * @fires la-select - a lecture or related concept was activated (`key`)
 * @csspart title - the concept label
 */
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { byReadersName, relatedConcepts } from '../core/related-concepts.js';
import type { AtlasGraph, ConceptNodeAttributes } from '../core/types.js';
import type { RelatedConcept } from '../core/related-concepts.js';
import { afterNextFrame } from './after-next-frame.js';
import { laEvent } from './events.js';
import { aroundName, messagesFor, type Messages } from './i18n/index.js';
import { queryMarkStyles, sharedStyles } from './shared-styles.js';
import { conceptGuide, shownAliases, type ConceptGuide } from '../core/concept-guide.js';
import { hasHan } from '../core/text-script.js';
import { lectureIdentities, nodeName } from './state/lecture-identity.js';
import { showsOtherName } from './state/library-languages.js';
import { inReadingOrder } from './state/reading-order.js';
import { safeHttpUrl } from './state/safe-url.js';
import { markedPieces, shownDefinition, type ShownDefinition } from './state/concept-definition.js';

/** Lectures listed before "show all". */
const LECTURES_SHOWN = 100;
/** Lectures drawn with the panel's first frame; the rest of the list follows right after that frame. */
const LECTURES_FIRST_FRAME = 25;

@customElement('la-concept-panel')
export class LaConceptPanel extends LitElement {
  static override styles = [
    sharedStyles,
    queryMarkStyles,
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
      .definition {
        margin: 0.5rem 0 0;
        line-height: 1.45;
      }
      .relation {
        color: var(--la-muted);
        font-size: 0.85rem;
      }
      .start-lecture {
        font-weight: 600;
      }
      .before {
        margin: 0.5rem 0 0;
      }
      .before-title {
        font-size: 0.85rem;
        margin: 0.6rem 0 0.2rem;
      }
      .before .reason {
        display: block;
        color: var(--la-muted);
        font-size: 0.82rem;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property() nodeKey = '';
  @property({ attribute: false }) t: Messages = messagesFor('en');
  /** Where the definition holds the query the concept was found by (a global pattern): each occurrence is marked. */
  @property({ attribute: false }) marks?: RegExp;
  /** The concept whose whole lecture list was asked for. */
  @state() private expanded = '';
  /** The concept whose list is drawn beyond its first frame's rows. */
  @state() private complete = '';
  /** The guide and related concepts of `nodeKey`, computed once per concept (not again to complete the list). */
  private computed?: { graph: AtlasGraph; key: string; guide: ConceptGuide; related: RelatedConcept[] };
  private cancelCompleting = (): void => {};

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelCompleting();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const graph = this.graph;
    if (!graph?.hasNode(this.nodeKey)) this.computed = undefined;
    else if (this.computed?.graph !== graph || this.computed.key !== this.nodeKey)
      this.computed = {
        graph,
        key: this.nodeKey,
        guide: conceptGuide(graph, this.nodeKey),
        related: relatedConcepts(graph, this.nodeKey),
      };
    if (changed.has('nodeKey') && this.complete !== this.nodeKey) this.complete = '';
  }

  override updated(): void {
    const key = this.nodeKey;
    const count = this.computed?.guide.lectures.length ?? 0;
    if (this.complete === key || count <= LECTURES_FIRST_FRAME) return;
    this.cancelCompleting();
    this.cancelCompleting = afterNextFrame(() => {
      if (this.nodeKey === key) this.complete = key;
    });
  }

  /** The definition, the query it was found by marked: bound as text, the marks elements around it. */
  private renderDefinition(d: ShownDefinition): TemplateResult {
    const pieces = markedPieces(d.text, this.marks).map((p) =>
      p.marked ? html`<mark class="query">${p.text}</mark>` : p.text,
    );
    return html`<p class="definition" lang=${d.lang}>${pieces}</p>`;
  }

  override render() {
    const graph = this.graph;
    const computed = this.computed;
    if (!graph || !computed) return nothing;
    const a = graph.getNodeAttributes(this.nodeKey) as ConceptNodeAttributes;
    const t = this.t;
    const { guide, related } = computed;
    const lectures = guide.lectures;
    const listed =
      this.expanded === this.nodeKey ? lectures.length : Math.min(lectures.length, LECTURES_SHOWN);
    const drawn = this.complete === this.nodeKey ? listed : Math.min(listed, LECTURES_FIRST_FRAME);
    const shown = lectures.slice(0, drawn);
    const reading = (a.reading ?? []).map((r) => ({ title: r.title, url: safeHttpUrl(r.url), raw: r.url }));
    const name = (label: string, zh?: string): string => (t.preferZhLabels && zh ? zh : label);
    const relatedShown = byReadersName(
      related,
      (r) => name(r.label, r.labelZh),
      t.preferZhLabels ? 'zh-TW' : 'en',
    );
    // Where the Chinese name is not shown beside the English one (a reader of English, a library of English
    // lectures), neither are the Chinese aliases: they still find the concept in the search.
    const otherScript = showsOtherName(graph, t);
    const aliases = inReadingOrder(
      shownAliases(a.label, a.labelZh, a.aliases ?? [], {
        simplified: graph.getAttribute('simplifiedChars') ?? {},
        wordings: graph.getAttribute('zhWordings') ?? [],
      }).filter((n) => otherScript || !hasHan(n)),
      t,
    );
    const definition = shownDefinition(graph, this.nodeKey, t, this.marks);
    const identities = lectureIdentities(graph, t);
    const lecture = (key: string, title: string, cls = '') =>
      html`<button class="link ${cls}" data-key=${key} @click=${() => this.select(key)}>${title}</button>
        <span class="identity">${identities.get(key) ?? ''}</span>`;
    return html`
      <article aria-labelledby="title">
        <p class="muted">
          ${t.kind.concept} · ${t.fieldName(t.category)}${t.categoryName[a.category] ?? a.category}
        </p>
        ${
          t.preferZhLabels && a.labelZh
            ? html`<h2 id="title" part="title" lang="zh-Hant">${a.labelZh}</h2>
                <p class="zh" lang="en">${a.label}</p>`
            : html`<h2 id="title" part="title" lang="en">${a.label}</h2>
                ${
                  a.labelZh && showsOtherName(graph, t)
                    ? html`<p class="zh" lang="zh-Hant">${a.labelZh}</p>`
                    : nothing
                }`
        }
        ${
          aliases.length
            ? html`<p class="aliases">
                <span class="muted">${t.fieldName(t.aliases)}</span>
                ${aliases.join(' · ')}
              </p>`
            : nothing
        }
        ${definition ? this.renderDefinition(definition) : nothing}

        <section aria-labelledby="start" class="start">
          <h3 id="start">${t.whereToStart}</h3>
          ${
            guide.start
              ? html`<p>${lecture(guide.start.key, guide.start.title, 'start-lecture')}</p>
                  ${guide.startWhy ? html`<p class="muted start-why">${t.startWhy[guide.startWhy]}</p>` : nothing}
                  ${
                    guide.before.length
                      ? html`<h4 class="before-title">${t.watchBefore}</h4>
                          <ol class="plain before">
                            ${guide.before.map(
                              (b) =>
                                html`<li>
                                  ${lecture(b.key, b.title)}
                                  ${b.tentative ? html`<span class="reason">${t.tentative}</span>` : nothing}
                                </li>`,
                            )}
                          </ol>`
                      : html`<p class="muted">${t.nothingBefore}</p>`
                  }`
              : html`<p class="muted">${t.noLectures}</p>`
          }
        </section>

        <section aria-labelledby="lectures">
          <h3 id="lectures">${t.lecturesTeaching} (${lectures.length})</h3>
          ${
            lectures.length
              ? html`<p class="muted">${t.basicToAdvanced}</p>
                  <ol class="plain lectures" aria-busy=${drawn < listed ? 'true' : nothing}>
                    ${shown.map(
                      (l) =>
                        html`<li>
                          ${lecture(l.key, l.title)}
                          ${l.main ? html`<span class="tag">${t.mainTopic}</span>` : nothing}
                          ${
                            l.via && graph.hasNode(l.via)
                              ? html`<span class="tag narrower"
                                  >${t.onNarrower(nodeName(graph, l.via, t))}</span
                                >`
                              : nothing
                          }
                        </li>`,
                    )}
                  </ol>
                  ${
                    listed < lectures.length
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
            relatedShown.length
              ? html`<ul class="plain related">
                  ${relatedShown.map((r) => {
                    const [before, after] = aroundName(t.relation[r.relation] ?? r.relation);
                    return html`<li>
                      <span class="relation">${before}</span>
                      <button class="chip" data-key=${r.key} @click=${() => this.select(r.key)}>
                        ${name(r.label, r.labelZh)}
                      </button>
                      ${after ? html`<span class="relation">${after}</span>` : nothing}
                    </li>`;
                  })}
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
