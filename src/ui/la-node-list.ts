/**
 * <la-node-list>: the visible nodes as a table, for keyboard and screen-reader users and for
 * anyone who prefers reading to looking. One tab stop (roving tabindex): arrow keys, Page Up/Down,
 * Home and End move between rows, Enter or Space opens the node. Long lists come in pages of 500
 * rows (a button shows more), so a large library does not put tens of thousands of rows in the page.
 *
 * @property graph - the loaded graph
 * @property nodes - the node keys to list (the visible ones)
 * @property selected - the selected node, marked in the list
 * @property t - UI text
 * @fires la-select - a row was activated (`key`)
 * @csspart table - the table
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AtlasGraph } from '../core/types.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';

interface Row {
  key: string;
  name: string;
  kind: string;
  series: string;
  links: number;
  number: number;
}

const KIND_ORDER: Record<string, number> = { lecture: 0, concept: 1, note: 2 };
const ROWS_PER_PAGE = 500;

@customElement('la-node-list')
export class LaNodeList extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        overflow: auto;
        font-size: 0.9rem;
        background: #fff;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      caption {
        text-align: start;
        padding: 0.5rem;
        font-weight: 600;
      }
      caption .muted {
        font-weight: normal;
        margin-inline-start: 0.5rem;
      }
      th,
      td {
        text-align: start;
        padding: 0.25rem 0.5rem;
        border-bottom: 1px solid #eceff4;
      }
      th {
        position: sticky;
        top: 0;
        background: #f4f6fa;
      }
      td.num {
        text-align: end;
      }
      tr[aria-current='true'] {
        background: #dfe8f7;
      }
      button.more {
        font: inherit;
        margin: 0.5rem;
      }
      button.row {
        font: inherit;
        border: none;
        background: none;
        padding: 0;
        color: var(--la-accent);
        text-align: start;
        cursor: pointer;
        text-decoration: underline;
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property({ attribute: false }) nodes: readonly string[] = [];
  @property({ attribute: false }) selected: string | null = null;
  @property({ attribute: false }) t: Messages = messagesFor('en');
  @state() private active = 0;
  @state() private shownRows = ROWS_PER_PAGE;

  private rows(): Row[] {
    const g = this.graph;
    if (!g) return [];
    const t = this.t;
    return this.nodes
      .filter((k) => g.hasNode(k))
      .map((key) => {
        const a = g.getNodeAttributes(key);
        const name =
          a.kind === 'lecture'
            ? `${a.number}. ${a.title}`
            : a.kind === 'concept' && t.preferZhLabels && a.labelZh
              ? a.labelZh
              : a.label;
        return {
          key,
          name,
          kind: a.kind,
          series: a.kind === 'lecture' ? (a.series ?? '') : '',
          links: g.degree(key),
          number: a.kind === 'lecture' ? a.number : 0,
        };
      })
      .sort(
        (x, y) =>
          KIND_ORDER[x.kind]! - KIND_ORDER[y.kind]! || x.number - y.number || x.name.localeCompare(y.name),
      );
  }

  override render() {
    const t = this.t;
    const all = this.rows();
    const rows = all.slice(0, this.shownRows);
    const active = Math.min(this.active, Math.max(rows.length - 1, 0));
    return html`<table part="table">
        <caption>
          ${t.listCaption} (${all.length})<span class="muted">${t.listHint}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.colName}</th>
            <th scope="col">${t.colKind}</th>
            <th scope="col">${t.colSeries}</th>
            <th scope="col">${t.colLinks}</th>
          </tr>
        </thead>
        <tbody @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, rows.length)}>
          ${rows.map(
            (r, i) =>
              html`<tr aria-current=${r.key === this.selected ? 'true' : 'false'}>
                <td>
                  <button
                    class="row"
                    data-key=${r.key}
                    data-index=${i}
                    tabindex=${i === active ? 0 : -1}
                    @focus=${() => (this.active = i)}
                    @click=${() => this.dispatchEvent(laEvent('la-select', { key: r.key }))}
                  >
                    ${r.name}
                  </button>
                </td>
                <td>${t.kind[r.kind] ?? r.kind}</td>
                <td>${r.series}</td>
                <td class="num">${r.links}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        rows.length < all.length
          ? html`<button type="button" class="more" @click=${() => (this.shownRows += ROWS_PER_PAGE)}>
              ${t.showMoreRows(rows.length, all.length)}
            </button>`
          : nothing
      }`;
  }

  private onKeyDown(e: KeyboardEvent, count: number): void {
    const steps: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: 10, PageUp: -10 };
    let next: number | undefined;
    if (e.key in steps) next = this.active + steps[e.key]!;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = count - 1;
    if (next === undefined || count === 0) return;
    e.preventDefault();
    this.active = Math.max(0, Math.min(count - 1, next));
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-index="${this.active}"]`)?.focus(),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-node-list': LaNodeList;
  }
}
