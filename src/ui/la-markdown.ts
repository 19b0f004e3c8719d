/**
 * <la-markdown>: shows an untrusted Markdown text (a lecture summary) as sanitised HTML with
 * formulas. The renderer (marked, DOMPurify, and KaTeX when needed) is loaded on first use, so the
 * main bundle stays small; the only HTML this element ever inserts has passed DOMPurify. The rendered text is
 * contained: nothing in it is placed or painted outside its box, or makes the panel scroll sideways.
 *
 * @property source - the Markdown text
 * @property marks - where the text holds the query it was found by (each occurrence marked)
 * @property t - UI text (loading and failure messages)
 * @csspart body - the rendered text
 * @cssproperty --la-scroll-clearance - how much of the top of the scrolling panel is covered (a sticky title):
 *   what is scrolled to, the first marked occurrence or a link reached with Tab, shows below it
 */
import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { queryMarkStyles } from './shared-styles.js';

/** Occurrences of a query marked in one text, at most. */
const MAX_MARKS = 200;
/** Elements whose text is one run of words: an occurrence of a query is looked for inside one of them. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, figcaption';

@customElement('la-markdown')
export class LaMarkdown extends LitElement {
  static override styles = [
    queryMarkStyles,
    css`
      :host {
        display: block;
        line-height: 1.5;
        overflow-wrap: anywhere;
      }
      /* The summary stays in its box: nothing in it is placed, painted or scrolled outside (a fixed-position
       element is fixed to the box, not the page), and nothing in it makes the panel scroll sideways. */
      .body {
        contain: layout paint;
        overflow-wrap: anywhere;
      }
      /* (KaTeX sizes its own SVG.) */
      .body :is(svg, table, img):not(.katex *) {
        max-width: 100%;
      }
      .body table {
        display: block;
        overflow-x: auto;
      }
      .body :is(ul, ol) :is(ul, ol) {
        padding-inline-start: min(1.5em, 3%);
      }
      .body :is(h1, h2, h3, h4, h5, h6) {
        font-size: 0.95rem;
        margin: 0.8rem 0 0.3rem;
      }
      .body pre {
        overflow-x: auto;
        background: var(--la-surface-2, #f4f6fa);
        padding: 0.4rem;
      }
      .body a {
        color: var(--la-accent, #1f5fbf);
      }
      /* A formula wider than the panel scrolls sideways; a shadow on the side that has more says so (the
       covers scroll with the content, the shadows stay at the edges). */
      .body .katex-display {
        overflow-x: auto;
        overflow-y: hidden;
        background:
          linear-gradient(to right, var(--la-surface, #fff) 30%, transparent) left / 1.5rem 100% no-repeat
            local,
          linear-gradient(to left, var(--la-surface, #fff) 30%, transparent) right / 1.5rem 100% no-repeat
            local,
          radial-gradient(farthest-side at 0 50%, rgb(0 0 0 / 20%), transparent) left / 0.6rem 100% no-repeat
            scroll,
          radial-gradient(farthest-side at 100% 50%, rgb(0 0 0 / 20%), transparent) right / 0.6rem 100%
            no-repeat scroll;
      }
      .muted {
        color: var(--la-muted, #4a5160);
        font-size: 0.85rem;
      }
      .body * {
        scroll-margin-top: var(--la-scroll-clearance, 0px);
      }
    `,
  ];

  @property() source = '';
  /** Where the text holds the query it was found by (a global pattern): each occurrence is marked. */
  @property({ attribute: false }) marks?: RegExp;
  @property({ attribute: false }) t: Messages = messagesFor('en');
  @state() private html: string | null = null;
  @state() private failed = false;
  private generation = 0;

  override render() {
    if (this.failed) return html`<p class="muted">${this.t.summaryFailed}</p>`;
    if (this.html === null) return html`<p class="muted">${this.t.summaryLoading}</p>`;
    return html`<div class="body" part="body">${unsafeHTML(this.html)}</div>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('source')) void this.renderSource(this.source);
  }

  // Untyped: `html` is private state, which the typed map does not name.
  protected override updated(changed: PropertyValues): void {
    if (this.html !== null && (changed.has('html') || changed.has('marks'))) this.markQuery();
  }

  /**
   * Marks every occurrence of `marks` in the rendered text (formulas and code aside), the first one scrolled into
   * view, clear of what sticks at the panel's top (`--la-scroll-clearance`); marks of an earlier query go first. An
   * occurrence is looked for in each block's text as a whole, so one that bold or a link splits ("the vanishing
   * **gradient**") is marked piece by piece. Text only: the marks are elements this code makes around the
   * summary's own text nodes, so nothing is parsed as HTML.
   */
  private markQuery(): void {
    const body = this.renderRoot.querySelector('.body');
    if (!body) return;
    for (const old of body.querySelectorAll('mark.query')) old.replaceWith(...old.childNodes);
    body.normalize();
    const pattern = this.marks;
    if (!pattern) return;
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: (n) =>
        n.parentElement?.closest('.katex, code, pre') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    });
    // The text nodes in order, joined: a line break between two blocks, so that no occurrence runs across them.
    const nodes: Text[] = [];
    const starts: number[] = [];
    let joined = '';
    let block: Element | null | undefined;
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const own = node.parentElement?.closest(BLOCKS);
      if (nodes.length && own !== block) joined += '\n';
      block = own;
      starts.push(joined.length);
      nodes.push(node);
      joined += node.data;
    }
    // Each occurrence's piece in each text node it covers: [node, from, to]. Occurrences come in text order, so
    // the nodes are walked once.
    const pieces: [number, number, number][] = [];
    const end = (k: number): number => starts[k]! + nodes[k]!.data.length;
    pattern.lastIndex = 0;
    let count = 0;
    let at = 0;
    for (let m = pattern.exec(joined); m && count < MAX_MARKS; m = pattern.exec(joined)) {
      if (m[0] === '') {
        pattern.lastIndex++;
        continue;
      }
      const [from, to] = [m.index, m.index + m[0].length];
      while (at < nodes.length - 1 && end(at) <= from) at++;
      for (let j = at; j < nodes.length && starts[j]! < to; j++)
        if (end(j) > from)
          pieces.push([j, Math.max(from, starts[j]!) - starts[j]!, Math.min(to, end(j)) - starts[j]!]);
      count++;
    }
    // Last first: marking the end of a text node leaves the offsets of its earlier pieces where they were.
    let first: HTMLElement | undefined;
    for (const [k, from, to] of pieces.reverse()) {
      const range = document.createRange();
      range.setStart(nodes[k]!, from);
      range.setEnd(nodes[k]!, to);
      const mark = document.createElement('mark');
      mark.className = 'query';
      range.surroundContents(mark);
      first = mark;
    }
    first?.scrollIntoView({ block: 'center' });
  }

  private async renderSource(source: string): Promise<void> {
    const generation = ++this.generation;
    this.html = null;
    this.failed = false;
    try {
      const { renderMarkdown } = await import('./markdown/render-markdown.js');
      const out = await renderMarkdown(source);
      if (generation !== this.generation) return;
      const root = this.shadowRoot;
      if (root && out.sheets.some((s) => !root.adoptedStyleSheets.includes(s)))
        root.adoptedStyleSheets = [
          ...root.adoptedStyleSheets,
          ...out.sheets.filter((s) => !root.adoptedStyleSheets.includes(s)),
        ];
      this.html = out.html;
    } catch (e) {
      if (generation !== this.generation) return;
      console.error('summary rendering failed', e);
      this.failed = true;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-markdown': LaMarkdown;
  }
}
