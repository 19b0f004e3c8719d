/**
 * Summaries from the data are untrusted Markdown: parsed by marked with its formulas swapped for
 * placeholders, sanitised by DOMPurify with no `style`, no media and no `class` beyond a code block's
 * language; then each formula is rendered by KaTeX (loaded only when there are formulas, `trust: false`),
 * passed through DOMPurify on its own (styles allowed: KaTeX sizes its boxes with them) and put where
 * its placeholder was in the text. So nothing reaches the page that DOMPurify did not pass, and only
 * KaTeX's own markup carries style. Links stay live only for absolute http(s) URLs, whatever element
 * holds them (HTML or SVG), and open in a new tab; images only from YouTube's thumbnail hosts; nothing
 * else in a summary may fetch anything.
 * This module is itself loaded on demand.
 */
import DOMPurify, {
  type Config,
  type DOMPurify as Purifier,
  type UponSanitizeAttributeHookEvent,
} from 'dompurify';
import { Marked } from 'marked';
import { safeHttpUrl, youtubeThumbnailUrl } from '../state/safe-url.js';
import { protectMath, type MathSpan } from './math.js';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** Elements that run, embed, submit, navigate or fetch: gone with their attributes (text kept). */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'iframe',
  'object',
  'embed',
  'base',
  'meta',
  'link',
  'noscript',
  // image maps navigate without an <a>
  'area',
  'map',
  // media: they fetch from any host
  'video',
  'audio',
  'source',
  'track',
  'picture',
  'image',
  'feImage',
  'use',
];
const FORBID_ATTR = ['srcset', 'formaction', 'xlink:href', 'action', 'poster', 'background', 'ping'];

const SHARED: Config = {
  USE_PROFILES: { html: true, mathMl: true, svg: true },
  FORBID_TAGS,
  ALLOW_DATA_ATTR: false,
};
/** The summary's own markup: no style at all, so it cannot place itself over the page. */
const TEXT_CONFIG: Config = { ...SHARED, FORBID_ATTR: [...FORBID_ATTR, 'style'] };
/** KaTeX's output for one formula (rendered with `trust: false`): its inline styles are its layout. */
const MATH_CONFIG: Config = { ...SHARED, FORBID_ATTR };

/** The only classes a summary's own markup keeps: a code block's language, as marked writes it. */
const LANGUAGE_CLASS = /^language-[\w-]{1,40}$/;
/** A reference to anything but a fragment of the page itself (`url(#clip)` stays). */
const OUTSIDE_URL = /url\s*\(\s*(?!['"]?#)/i;

/**
 * Attribute checks both passes share: a link (`href` on any element, HTML or SVG) survives only on an
 * <a> and only as an absolute http(s) URL; no attribute value may point at a resource elsewhere.
 */
function checkAttribute(node: Element, data: UponSanitizeAttributeHookEvent): void {
  if (data.attrName === 'href' || data.attrName === 'xlink:href') {
    const href = node.nodeName.toLowerCase() === 'a' ? safeHttpUrl(data.attrValue) : null;
    if (href) data.attrValue = href;
    else data.keepAttr = false;
  } else if (OUTSIDE_URL.test(data.attrValue)) {
    data.keepAttr = false;
  }
}

/** Element fix-ups both passes share, once the attributes are checked. */
function fixElement(node: Element): void {
  const name = node.nodeName.toLowerCase();
  if (name === 'a') {
    if (node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('target');
    }
  } else if (name === 'img') {
    const src = youtubeThumbnailUrl(node.getAttribute('src'));
    if (src) node.setAttribute('src', src);
    else node.removeAttribute('src');
  } else if (
    node.classList?.contains('katex-display') ||
    (name === 'table' && node.namespaceURI === HTML_NS)
  ) {
    // A wide formula or table scrolls sideways: it must be reachable by keyboard.
    node.setAttribute('tabindex', '0');
  }
}

let purifiers: { text: Purifier; math: Purifier } | undefined;
/** Two DOMPurify instances, so that each pass has its own hooks. */
function purify(): { text: Purifier; math: Purifier } {
  if (!purifiers) {
    const text = DOMPurify(window);
    text.addHook('uponSanitizeAttribute', (node, data) => {
      if (data.attrName === 'class') {
        data.attrValue = data.attrValue
          .split(/\s+/)
          .filter((c) => LANGUAGE_CLASS.test(c))
          .join(' ');
        if (!data.attrValue) data.keepAttr = false;
      } else checkAttribute(node, data);
    });
    text.addHook('afterSanitizeAttributes', fixElement);
    const math = DOMPurify(window);
    math.addHook('uponSanitizeAttribute', checkAttribute);
    math.addHook('afterSanitizeAttributes', fixElement);
    purifiers = { text, math };
  }
  return purifiers;
}

/** Elements a formula may be put in: HTML text containers (not code, SVG or MathML, where its source shows). */
const MATH_PARENTS = new Set(
  'p li td th h1 h2 h3 h4 h5 h6 em strong b i u s del ins mark small sub sup span div blockquote a dd dt figcaption caption summary details label'.split(
    ' ',
  ),
);

function mathSource(span: MathSpan): string {
  return span.display ? `$$${span.tex}$$` : `$${span.tex}$`;
}

/**
 * Puts each formula where its placeholder is in the sanitised text: rendered where text may hold it, as
 * its source everywhere else (code, SVG, attribute values).
 */
function insertMath(
  root: DocumentFragment,
  math: MathSpan[],
  placeholder: RegExp,
  render: (span: MathSpan) => DocumentFragment,
): void {
  const source = (_m: string, i: string) => (math[Number(i)] ? mathSource(math[Number(i)]!) : '');
  const holds = new RegExp(placeholder.source);
  const texts: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n instanceof Element) {
      for (const attr of [...n.attributes])
        if (holds.test(attr.value)) n.setAttribute(attr.name, attr.value.replace(placeholder, source));
    } else if (holds.test((n as Text).data)) texts.push(n as Text);
  }
  for (const text of texts) {
    const parent = text.parentNode;
    const renders =
      parent instanceof DocumentFragment ||
      (parent instanceof Element &&
        parent.namespaceURI === HTML_NS &&
        MATH_PARENTS.has(parent.localName) &&
        !parent.closest('code, pre, svg, math'));
    if (!renders) {
      text.data = text.data.replace(placeholder, source);
      continue;
    }
    const pieces: (string | Node)[] = [];
    let at = 0;
    for (const m of text.data.matchAll(placeholder)) {
      const span = math[Number(m[1])];
      pieces.push(text.data.slice(at, m.index), span ? render(span) : '');
      at = m.index + m[0].length;
    }
    pieces.push(text.data.slice(at));
    text.replaceWith(...pieces.filter((p) => p !== ''));
  }
}

export interface RenderedMarkdown {
  html: string;
  /** Stylesheets the HTML needs inside a shadow root (KaTeX's when there is math). */
  sheets: CSSStyleSheet[];
}

export async function renderMarkdown(source: string): Promise<RenderedMarkdown> {
  const { text, math, placeholder } = protectMath(source);
  const { text: textPurifier, math: mathPurifier } = purify();
  const body = textPurifier.sanitize(marked.parse(text) as string, {
    ...TEXT_CONFIG,
    RETURN_DOM_FRAGMENT: true,
  });
  const sheets: CSSStyleSheet[] = [];
  if (math.length > 0) {
    const { renderTex, katexSheet } = await import('./katex-loader.js');
    insertMath(body, math, placeholder, (span) =>
      mathPurifier.sanitize(renderTex(span.tex, span.display), { ...MATH_CONFIG, RETURN_DOM_FRAGMENT: true }),
    );
    sheets.push(katexSheet);
  }
  const box = document.createElement('div');
  box.append(body);
  return { html: box.innerHTML, sheets };
}
