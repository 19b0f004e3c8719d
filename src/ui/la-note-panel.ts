/**
 * <la-note-panel>: a note — its title (in the reader's language where it can be: state/note-name.ts), where
 * it comes from, its excerpt as plain text, and the concepts it covers.
 *
 * @property graph - the loaded graph
 * @property nodeKey - the note's node key
 * @property t - UI text
 * @fires la-select - a covered concept was activated (`key`)
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AtlasGraph, ConceptNodeAttributes, NoteNodeAttributes } from '../core/types.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';
import { noteName } from './state/note-name.js';
import { textLang } from '../core/text-script.js';

@customElement('la-note-panel')
export class LaNotePanel extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .excerpt {
        white-space: pre-wrap;
        font-size: 0.9rem;
        max-height: 50vh;
        overflow: auto;
        background: var(--la-surface-2);
        padding: 0.5rem;
        border-radius: 4px;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property() nodeKey = '';
  @property({ attribute: false }) t: Messages = messagesFor('en');

  override render() {
    const graph = this.graph;
    if (!graph?.hasNode(this.nodeKey)) return nothing;
    const a = graph.getNodeAttributes(this.nodeKey) as NoteNodeAttributes;
    const covers: { key: string; label: string }[] = [];
    graph.forEachOutEdge(this.nodeKey, (_e, attrs, _s, target) => {
      if (attrs.kind !== 'covers') return;
      const c = graph.getNodeAttributes(target) as ConceptNodeAttributes;
      covers.push({ key: target, label: this.t.preferZhLabels && c.labelZh ? c.labelZh : c.label });
    });
    // Named after its concept in the reader's language where it can be, its own name under it.
    const name = noteName(graph, this.nodeKey, this.t);
    return html`<article aria-labelledby="title">
      <p class="muted">${this.t.note}</p>
      <h2 id="title">${name}</h2>
      ${name !== a.label ? html`<p class="muted">${a.label}</p>` : nothing}
      ${a.source ? html`<p class="muted">${a.source.file}</p>` : nothing}
      ${
        covers.length
          ? html`<ul class="chips">
              ${covers.map(
                (c) =>
                  html`<li>
                    <button
                      class="chip"
                      @click=${() => this.dispatchEvent(laEvent('la-select', { key: c.key }))}
                    >
                      ${c.label}
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <h3>${this.t.summary}</h3>
      <div class="excerpt" tabindex="0" lang=${textLang(a.excerpt)}>${a.excerpt}</div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-note-panel': LaNotePanel;
  }
}
