/**
 * <la-search>: a search field with suggestions (the ARIA combobox pattern). Finds lectures and
 * concepts in English, Traditional or Simplified Chinese, by alias, with typos, through the core
 * SearchIndex. Each lecture suggestion carries its identity (course and year, part, language version),
 * so lectures of the same title read apart. The first `limit` matches are suggested; when more match, a last
 * row says how many ("12 more — show all") and, picked, lists them all in the (scrolling) list. Arrow keys
 * move through the suggestions, Enter picks the highlighted one (or the best match), Escape closes the list.
 *
 * @property index - the search index of the loaded graph
 * @property graph - the graph, for the details shown under each suggestion
 * @property t - UI text
 * @property label - visible label of the field
 * @property value - the text in the field
 * @property limit - how many suggestions show before the "more" row
 * @fires la-pick - a suggestion was chosen (`key`; `description`, the query, where a lecture's description or a
 *   concept's definition held it)
 * @csspart input - the search field
 * @csspart listbox - the suggestion list
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { SearchHit } from '../core/search-index.js';
import type { AtlasGraph } from '../core/types.js';
import { lectureIdentities } from './state/lecture-identity.js';
import { showsOtherName } from './state/library-languages.js';
import { noteName } from './state/note-name.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';
import type { Searcher } from './state/lazy-search-index.js';

let nextId = 0;

/** The pause in typing after which a query no name holds is looked for in descriptions and definitions. */
const DESCRIPTION_SEARCH_DELAY_MS = 250;

/** The room left between the list's foot and the edge of what the reader sees, and the least height it keeps. */
const LIST_GAP_PX = 8;
const LIST_MIN_PX = 48;

/** The element a (shadow-including) ancestor walk goes to next: the parent, or the shadow root's host. */
function composedParent(el: Element): Element | null {
  const parent = el.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : null;
}

/**
 * Where what the reader sees of an element ends, down the page: the screen's foot above an on-screen keyboard
 * (the visual viewport), or higher where an ancestor scrolls or clips it.
 */
function visibleBottom(el: Element): number {
  const view = globalThis.visualViewport;
  let bottom = view ? view.offsetTop + view.height : window.innerHeight;
  for (let at = composedParent(el); at; at = composedParent(at))
    if (getComputedStyle(at).overflowY !== 'visible')
      bottom = Math.min(bottom, at.getBoundingClientRect().bottom);
  return bottom;
}

@customElement('la-search')
export class LaSearch extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        position: relative;
      }
      label {
        display: block;
        font-size: 0.8rem;
        color: var(--la-muted);
        margin-bottom: 0.15rem;
      }
      /* A finger's height on a touch screen (40 px), as the buttons beside it. */
      @media (pointer: coarse) {
        input {
          min-height: 2.5rem;
        }
      }
      input {
        box-sizing: border-box;
        width: 100%;
        font: inherit;
        padding: 0.35rem 0.5rem;
        border: 1px solid var(--la-border-strong);
        border-radius: 4px;
        background: var(--la-surface);
        color: var(--la-fg);
      }
      .popup {
        position: absolute;
        z-index: 20;
        left: 0;
        right: 0;
        margin: 2px 0 0;
        background: var(--la-surface);
        border: 1px solid var(--la-border-strong);
        border-radius: 4px;
        box-shadow: 0 6px 18px rgb(0 0 0 / 18%);
      }
      /* The list scrolls (the listbox, which the field's arrow keys move through), the note above it stays. It
         ends where the reader's view of it does (--la-list-room, set as it opens: above an on-screen keyboard, or
         a scrolling ancestor's foot), so its last rows can be scrolled to. */
      ul[role='listbox'] {
        margin: 0;
        padding: 0.2rem 0;
        list-style: none;
        box-sizing: border-box;
        max-height: min(22rem, var(--la-list-room, 22rem));
        overflow-y: auto;
        overscroll-behavior: contain;
      }
      .partial {
        margin: 0;
        padding: 0.35rem 0.6rem;
        border-bottom: 1px solid var(--la-border);
        color: var(--la-muted);
        font-size: 0.85rem;
      }
      li[role='option'] {
        padding: 0.3rem 0.6rem;
        cursor: pointer;
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0 0.5rem;
      }
      li[aria-selected='true'] {
        background: var(--la-selected);
      }
      .label {
        overflow-wrap: anywhere;
      }
      .kind {
        grid-row: span 2;
        font-size: 0.7rem;
        text-transform: uppercase;
        color: var(--la-fg);
        background: var(--la-chip);
        border-radius: 3px;
        padding: 0.05rem 0.3rem;
        align-self: start;
      }
      .empty {
        padding: 0.4rem 0.6rem;
        color: var(--la-muted);
      }
      li.more {
        display: block;
        border-top: 1px solid var(--la-border);
        color: var(--la-accent, #1f5fbf);
        font-weight: 600;
      }
    `,
  ];

  @property({ attribute: false }) index?: Searcher;
  @property({ attribute: false }) graph?: AtlasGraph;
  @property({ attribute: false }) t: Messages = messagesFor('en');
  @property() label = '';
  @property() placeholder = '';
  @property() value = '';
  @property({ type: Number }) limit = 8;
  /** Every match of the field's text, best first. */
  @state() private found: SearchHit[] = [];
  /** Words of the field's text that no match holds ("vanishing" of "vanishing gradient"): the list says so. */
  @state() private missing: string[] = [];
  /** Whether the learner asked to see every match, not only the first `limit`. */
  @state() private showAll = false;
  @state() private open = false;
  @state() private active = -1;
  private readonly uid = `la-search-${nextId++}`;
  /**
   * The description search waiting for typing to pause; undefined where none waits. While it waits, an empty list
   * says the descriptions are being read rather than that nothing matches, and no partial match is announced.
   */
  @state() private descriptionSearch?: ReturnType<typeof setTimeout>;

  /** Whether the focus coming is to leave the list closed until the learner types. */
  private quietFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('resize', this.onViewportChange);
    globalThis.visualViewport?.addEventListener('resize', this.onViewportChange);
    globalThis.visualViewport?.addEventListener('scroll', this.onViewportChange);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('resize', this.onViewportChange);
    globalThis.visualViewport?.removeEventListener('resize', this.onViewportChange);
    globalThis.visualViewport?.removeEventListener('scroll', this.onViewportChange);
    super.disconnectedCallback();
  }

  protected override updated(): void {
    this.fitList();
  }

  /** The keyboard came up or went, the screen turned: the open list is sized to its new room. */
  private readonly onViewportChange = (): void => this.fitList();

  /**
   * Sizes the open list to the room below its top that the reader sees (see visibleBottom): a fixed 22rem ran past
   * the foot of a phone's screen with the keyboard up, its last suggestions and its "more" row out of reach.
   */
  private fitList(): void {
    if (!this.open || this.value.trim() === '' || !this.hits.length) return;
    const list = this.renderRoot.querySelector('ul[role=listbox]');
    if (!list) return;
    const room = visibleBottom(this) - list.getBoundingClientRect().top - LIST_GAP_PX;
    this.style.setProperty('--la-list-room', `${Math.max(LIST_MIN_PX, Math.floor(room))}px`);
  }

  /**
   * Moves focus to the field. `quiet`: without opening the list of what its text matches (a field focused for the
   * learner to change what it holds, not to pick among its matches).
   */
  override focus(options?: FocusOptions & { quiet?: boolean }): void {
    this.quietFocus = options?.quiet === true;
    this.renderRoot.querySelector('input')?.focus(options);
    this.quietFocus = false;
  }

  /** Takes focus from the field. */
  override blur(): void {
    this.renderRoot.querySelector('input')?.blur();
  }

  /** Empties the field and closes the list. */
  clear(): void {
    clearTimeout(this.descriptionSearch);
    this.descriptionSearch = undefined;
    this.value = '';
    this.found = [];
    this.missing = [];
    this.showAll = false;
    this.open = false;
    this.active = -1;
  }

  /** What the list says when it lists nothing: that descriptions are being read, or that nothing matches. */
  private emptyText(): string {
    return this.descriptionSearch !== undefined
      ? this.t.readingDescriptions
      : this.t.noMatches(this.value.trim());
  }

  /** The suggestions listed. */
  private get hits(): SearchHit[] {
    return this.showAll ? this.found : this.found.slice(0, this.limit);
  }

  /** How many matches the list leaves out (the "more" row's count). */
  private get leftOut(): number {
    return this.found.length - this.hits.length;
  }

  /** Options the arrow keys move through: the suggestions, then the "more" row when there is one. */
  private get optionCount(): number {
    return this.hits.length + (this.leftOut > 0 ? 1 : 0);
  }

  /**
   * What the list says above its suggestions when they hold only some of the words: not while the descriptions,
   * which may hold them all, are still to be read.
   */
  private partialText(): string {
    return this.missing.length && this.hits.length && this.descriptionSearch === undefined
      ? this.t.partialMatches(this.missing)
      : '';
  }

  override render() {
    const listId = `${this.uid}-list`;
    const expanded = this.open && this.value.trim() !== '';
    const partial = this.partialText();
    return html`
      <label for=${this.uid}>${this.label}</label>
      <input
        id=${this.uid}
        part="input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck="false"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls=${listId}
        aria-activedescendant=${expanded && this.active >= 0 ? `${this.uid}-opt-${this.active}` : nothing}
        placeholder=${this.placeholder}
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeyDown}
        @focus=${() => (this.open = !this.quietFocus && (this.hits.length > 0 || this.value.trim() !== ''))}
        @blur=${() => (this.open = false)}
      />
      <div class="popup" ?hidden=${!expanded || this.hits.length === 0}>
        ${partial ? html`<p class="partial" id=${`${this.uid}-partial`}>${partial}</p>` : nothing}
        <ul
          id=${listId}
          role="listbox"
          part="listbox"
          aria-label=${this.label}
          aria-describedby=${partial ? `${this.uid}-partial` : nothing}
        >
          ${this.hits.map((hit, i) => this.renderHit(hit, i))}
          ${
            this.leftOut > 0
              ? html`<li
                  id=${`${this.uid}-opt-${this.hits.length}`}
                  class="more"
                  role="option"
                  aria-selected=${this.active === this.hits.length ? 'true' : 'false'}
                  @mousedown=${(e: Event) => e.preventDefault()}
                  @click=${this.expand}
                >
                  ${this.t.moreMatches(this.leftOut)}
                </li>`
              : nothing
          }
        </ul>
      </div>
      ${
        expanded && this.hits.length === 0
          ? html`<div class="empty" part="empty">${this.emptyText()}</div>`
          : nothing
      }
      <div class="visually-hidden" aria-live="polite">
        ${
          expanded
            ? this.hits.length
              ? [this.t.suggestionCount(this.hits.length, this.found.length), partial]
                  .filter(Boolean)
                  .join(' ')
              : this.emptyText()
            : ''
        }
      </div>
    `;
  }

  private renderHit(hit: SearchHit, i: number) {
    const a = this.graph?.hasNode(hit.key) ? this.graph.getNodeAttributes(hit.key) : undefined;
    let detail = '';
    let label = hit.label;
    if (a?.kind === 'lecture') detail = lectureIdentities(this.graph!, this.t).get(hit.key) ?? '';
    else if (a?.kind === 'concept' && a.labelZh) {
      // A concept's name in the reader's language first, the other beside it (a Chinese name only where the
      // library has Chinese lectures).
      if (this.t.preferZhLabels) [label, detail] = [a.labelZh, hit.label];
      else if (showsOtherName(this.graph!, this.t)) detail = a.labelZh;
    } else if (a?.kind === 'note') {
      // A note named after its concept in the reader's language, its file's name beside it.
      const name = noteName(this.graph!, hit.key, this.t);
      if (name !== hit.label) [label, detail] = [name, hit.label];
    }
    const shownNames = [label, detail];
    const lecturerShown =
      a?.kind === 'lecture' && !!a.lecturer && detail.includes(this.t.matchedLecturer(a.lecturer));
    const matched = hit.inDescription
      ? hit.kind === 'concept'
        ? this.t.matchedInDefinition(hit.matched)
        : this.t.matchedInDescription(hit.matched)
      : shownNames.some((n) => n && n.toLowerCase() === hit.matched.toLowerCase()) ||
          (lecturerShown && a.lecturer === hit.matched)
        ? ''
        : a?.kind === 'lecture' && a.lecturer === hit.matched
          ? // Found by who teaches it: "by Ben Marlow", not as if the lecture were called so.
            this.t.matchedLecturer(hit.matched)
          : this.t.matchedAs(hit.matched);
    return html`<li
      id=${`${this.uid}-opt-${i}`}
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      data-key=${hit.key}
      @mousedown=${(e: Event) => e.preventDefault()}
      @click=${() => this.pick(hit)}
    >
      <span class="kind">${this.t.kind[hit.kind] ?? hit.kind}</span>
      <span class="label">${label}</span>
      <span class="muted">${[detail, matched].filter(Boolean).join(' · ')}</span>
    </li>`;
  }

  private onInput(e: Event): void {
    this.value = (e.target as HTMLInputElement).value;
    clearTimeout(this.descriptionSearch);
    const query = this.value;
    const index = this.index;
    // Names at every keystroke; descriptions, where no name holds the query or all its words, once typing pauses
    // (reading them all costs about a tenth of a second at 100,000 lectures).
    const names = index?.searchAll(query, Infinity, { descriptions: false });
    this.found = names?.hits ?? [];
    this.missing = names?.missing ?? [];
    this.descriptionSearch = undefined;
    if (names?.readsDescriptions)
      this.descriptionSearch = setTimeout(() => {
        if (this.value === query && this.index === index) this.readDescriptions();
      }, DESCRIPTION_SEARCH_DELAY_MS);
    this.showAll = false;
    this.active = this.found.length ? 0 : -1;
    this.open = true;
  }

  private onKeyDown(e: KeyboardEvent): void {
    const n = this.optionCount;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      this.open = true;
      this.active = (this.active + 1) % n;
      this.scrollActive();
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      this.open = true;
      this.active = (this.active - 1 + n) % n;
      this.scrollActive();
    } else if (e.key === 'Enter') {
      const more = this.leftOut > 0 && this.active === this.hits.length;
      // Enter before the pause, where the descriptions are to be read: they are read now (unless it asks for
      // the rest of the names, on the "more" row).
      if (this.descriptionSearch !== undefined && !more) this.readDescriptions();
      if (more) {
        e.preventDefault();
        this.expand();
        return;
      }
      const hit = this.hits[this.active >= 0 ? this.active : 0];
      if (hit) {
        e.preventDefault();
        this.pick(hit);
      }
    } else if (e.key === 'Escape') {
      if (this.open) {
        e.preventDefault();
        this.open = false;
      }
    }
  }

  /** The search with the lectures' descriptions and concepts' definitions, which typing put off (see onInput). */
  private readDescriptions(): void {
    clearTimeout(this.descriptionSearch);
    this.descriptionSearch = undefined;
    if (!this.index) return;
    // The option the arrow keys moved to stays the active one where it is still listed; else the best is.
    const active = this.active > 0 ? this.hits[this.active]?.key : undefined;
    ({ hits: this.found, missing: this.missing } = this.index.searchAll(this.value, Infinity));
    const kept = this.found.findIndex((h) => h.key === active);
    this.active = kept >= 0 ? kept : this.found.length ? 0 : -1;
  }

  private scrollActive(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector(`#${this.uid}-opt-${this.active}`)?.scrollIntoView({ block: 'nearest' }),
    );
  }

  /** Lists every match, the first of those it adds highlighted; the field keeps the focus. */
  private expand(): void {
    const first = this.hits.length;
    this.showAll = true;
    this.open = true;
    this.active = first;
    this.scrollActive();
  }

  private pick(hit: SearchHit): void {
    const query = this.value;
    this.value = hit.label;
    this.open = false;
    this.active = -1;
    this.dispatchEvent(
      laEvent('la-pick', { key: hit.key, ...(hit.inDescription ? { description: query } : {}) }),
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-search': LaSearch;
  }
}
