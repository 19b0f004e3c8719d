/**
 * <la-node-list>: the nodes of the current view as a table — what the filters let through, or the
 * selection's neighbourhood when something is selected — for keyboard and screen-reader users and for
 * anyone who prefers reading to looking. Each lecture shows its identity (course and year, part,
 * language version); its accessible name says the whole identity. On a phone's width the course is said once,
 * in the Course column, not again in the identity line, and, sorted by course, only on the first row of each
 * course. Sortable by title, course (in the order the course is watched) or date (column header
 * buttons, aria-sort); the selected row is marked and scrolled into view. One tab stop (roving tabindex):
 * arrow keys, Page Up/Down, Home and End move between rows, Enter or Space opens the node. Long lists come in
 * pages of 500 rows (a button shows more, the focus on the first row it adds), so a large library does not put
 * tens of thousands of rows in the page.
 *
 * @property graph - the loaded graph
 * @property nodes - the node keys to list (the current view)
 * @property selected - the selected node, marked in the list
 * @property caption - what the list shows (defaults to the visible nodes)
 * @attr page-size - rows per page (500)
 * @property t - UI text
 * @fires la-select - a row was activated (`key`)
 * @csspart table - the table
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { courseOrder } from '../core/course-order.js';
import type { AtlasGraph } from '../core/types.js';
import { afterNextFrame } from './after-next-frame.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';
import { lectureIdentities, nodeName } from './state/lecture-identity.js';
import { compareRows, type Row } from './state/list-rows.js';
import type { ListSort } from './state/view-state.js';

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
        background: var(--la-surface);
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
        display: block;
        font-weight: normal;
      }
      /* The keys' hint, where there is no keyboard to speak of (a finger on a phone or tablet). */
      @media (hover: none) and (pointer: coarse) {
        caption .muted {
          display: none;
        }
      }
      th,
      td {
        text-align: start;
        padding: 0.3rem 0.5rem;
        border-bottom: 1px solid var(--la-border);
        vertical-align: top;
      }
      th {
        position: sticky;
        top: 0;
        background: var(--la-surface-2);
        z-index: 1;
      }
      th button {
        font: inherit;
        font-weight: 600;
        border: none;
        background: none;
        padding: 0;
        color: var(--la-fg);
        cursor: pointer;
        text-decoration: underline dotted;
      }
      td.num {
        text-align: end;
      }
      /* A date is read whole, never broken at its hyphens; so are a kind, a count and a heading (課程, not 課/程). */
      th,
      td.col-date,
      td.col-kind,
      td.num {
        white-space: nowrap;
      }
      tr[aria-current='true'] {
        background: var(--la-selected);
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
        overflow-wrap: anywhere;
      }
      @media (max-width: 699px) {
        .col-kind,
        .col-links {
          display: none;
        }
        /* The course is in its column: not again under every title, and once per course sorted by it. */
        .identity-course,
        td.same-course span {
          display: none;
        }
        /* The title takes most of a phone's width (it had 91 px of 320, a word a line, beside a course column as
           wide as its longest word): the date keeps its line, a course name wraps anywhere in what is left. */
        table {
          table-layout: fixed;
        }
        th,
        td {
          padding-inline: 0.25rem;
        }
        th.col-name {
          width: 50%;
        }
        th.col-date {
          width: 4.8rem;
        }
        td.col-date,
        td.col-series {
          font-size: 0.8rem;
        }
        td:first-child {
          overflow-wrap: anywhere;
        }
        td.col-series {
          overflow-wrap: break-word;
        }
      }
    `,
  ];

  @property({ attribute: false }) graph?: AtlasGraph;
  @property({ attribute: false }) nodes: readonly string[] = [];
  @property({ attribute: false }) selected: string | null = null;
  @property() caption = '';
  @property({ attribute: false }) t: Messages = messagesFor('en');
  @state() private active = 0;
  @property({ type: Number, attribute: 'page-size' }) pageSize = ROWS_PER_PAGE;
  /** How many pages of rows are shown. */
  @state() private pages = 1;
  @state() private sort: ListSort = 'course';

  private rows(): Row[] {
    const g = this.graph;
    if (!g) return [];
    const t = this.t;
    const identities = lectureIdentities(g, t);
    const order = courseOrder(g);
    return this.nodes
      .filter((k) => g.hasNode(k))
      .map((key) => {
        const a = g.getNodeAttributes(key);
        const lecture = a.kind === 'lecture' ? a : undefined;
        const identity = identities.get(key) ?? '';
        const series = lecture?.series;
        const course = series && identity.startsWith(series) ? series : '';
        const separator = /^(?: · | )?/.exec(identity.slice(course.length))![0];
        const identityCourse = course && course + separator;
        return {
          key,
          name: nodeName(g, key, t),
          identity,
          identityCourse,
          identityRest: identity.slice(identityCourse.length),
          kind: a.kind,
          series: lecture?.series ?? '',
          date: lecture?.date ?? '',
          order: order.get(key) ?? 0,
          links: g.degree(key),
          number: lecture?.number ?? 0,
        };
      })
      .sort(compareRows(this.t.reasonLanguage)[this.sort]);
  }

  override render() {
    const t = this.t;
    const all = this.rows();
    const rows = all.slice(0, this.pages * this.pageSize);
    const active = Math.min(this.active, Math.max(rows.length - 1, 0));
    const header = (sort: ListSort, label: string, cls: string) =>
      html`<th scope="col" class=${cls} aria-sort=${this.sort === sort ? 'ascending' : 'none'}>
        <button
          type="button"
          class="sort"
          data-sort=${sort}
          aria-label=${t.sortBy(label)}
          @click=${() => (this.sort = sort)}
        >
          ${label}
        </button>
      </th>`;
    return html`<table part="table">
        <caption>
          ${this.caption || t.listCaption} (${all.length})<span class="muted">${t.listHint}</span>
        </caption>
        <thead>
          <tr>
            ${header('title', t.colName, 'col-name')}
            <th scope="col" class="col-kind">${t.colKind}</th>
            ${header('course', t.colSeries, 'col-series')} ${header('date', t.colDate, 'col-date')}
            <th scope="col" class="col-links">${t.colLinks}</th>
          </tr>
        </thead>
        <tbody @keydown=${(e: KeyboardEvent) => this.onKeyDown(e, rows.length)}>
          ${repeat(
            rows,
            (r) => r.key,
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
                    ${r.name}${
                      r.identity ? html`<span class="visually-hidden">, ${r.identity}</span>` : nothing
                    }
                  </button>
                  ${
                    r.identity
                      ? html`<span class="identity" aria-hidden="true"
                          >${
                            r.identityCourse
                              ? html`<span class="identity-course">${r.identityCourse}</span>`
                              : nothing
                          }${r.identityRest}</span
                        >`
                      : nothing
                  }
                </td>
                <td class="col-kind">${t.kind[r.kind] ?? r.kind}</td>
                <td
                  class=${
                    this.sort === 'course' && r.series && rows[i - 1]?.series === r.series
                      ? 'col-series same-course'
                      : 'col-series'
                  }
                >
                  <span>${r.series}</span>
                </td>
                <td class="col-date">${r.date}</td>
                <td class="num col-links">${r.links}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${
        rows.length < all.length
          ? html`<button type="button" class="more" @click=${() => this.showMore(rows.length)}>
              ${t.showMoreRows(rows.length, all.length)}
            </button>`
          : nothing
      }`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Rows are keyed, so a focused row keeps focus when the list changes; the roving index follows it.
    if (changed.has('nodes') || (changed as PropertyValues).has('sort')) {
      const focused = (this.renderRoot as ShadowRoot).activeElement?.getAttribute('data-index');
      if (focused != null && Number(focused) !== this.active) this.active = Number(focused);
    }
    // The selected row comes into view when the selection changes (focus stays where it is), once the page
    // around has settled: a phone's bottom sheet opening with the selection shortens the list under the row.
    if (!changed.has('selected') || !this.selected) return;
    afterNextFrame(() => this.revealSelected());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The list also shrinks without its selection changing (the sheet opens, the window turns).
    this.resizeObserver = new ResizeObserver(() => this.revealSelected());
    this.resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
  }

  private resizeObserver?: ResizeObserver;

  private revealSelected(): void {
    if (this.selected)
      this.renderRoot.querySelector(`tr[aria-current='true']`)?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * The next page of rows, the focus on its first one: the button that asked goes to the page's end (or away),
   * and the learner reads on from where the list stopped.
   */
  private showMore(shown: number): void {
    this.pages++;
    this.active = shown;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`button[data-index="${shown}"]`)?.focus(),
    );
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
