/**
 * Summaries from the data are untrusted Markdown: parsed by marked, formulas rendered by KaTeX
 * (loaded only when there are formulas, `trust: false`), and the result sanitised by DOMPurify
 * last, so nothing reaches the page that DOMPurify did not pass. Links stay live only for absolute
 * http(s) URLs and open in a new tab; images only from YouTube's thumbnail hosts.
 * This module is itself loaded on demand.
 */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { safeHttpUrl, youtubeThumbnailUrl } from '../state/safe-url.js';
import { protectMath } from './math.js';

const marked = new Marked({ gfm: true, breaks: false, async: false });

let hooked = false;
function purifier(): typeof DOMPurify {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'A') {
        const href = safeHttpUrl(node.getAttribute('href'));
        if (href) {
          node.setAttribute('href', href);
          node.setAttribute('target', '_blank');
          node.setAttribute('rel', 'noopener noreferrer');
        } else {
          node.removeAttribute('href');
          node.removeAttribute('target');
        }
      } else if (node.classList?.contains('katex-display')) {
        // A wide formula scrolls sideways: it must be reachable by keyboard.
        node.setAttribute('tabindex', '0');
      } else if (node.tagName === 'IMG') {
        const src = youtubeThumbnailUrl(node.getAttribute('src'));
        if (src) node.setAttribute('src', src);
        else node.removeAttribute('src');
      }
    });
    hooked = true;
  }
  return DOMPurify;
}

export interface RenderedMarkdown {
  html: string;
  /** Stylesheets the HTML needs inside a shadow root (KaTeX's when there is math). */
  sheets: CSSStyleSheet[];
}

export async function renderMarkdown(source: string): Promise<RenderedMarkdown> {
  const { text, math, placeholder } = protectMath(source);
  let html = marked.parse(text) as string;
  const sheets: CSSStyleSheet[] = [];
  if (math.length > 0) {
    const { renderTex, katexSheet } = await import('./katex-loader.js');
    html = html.replace(placeholder, (_m, i: string) => {
      const span = math[Number(i)];
      return span ? renderTex(span.tex, span.display) : '';
    });
    sheets.push(katexSheet);
  }
  const clean = purifier().sanitize(html, {
    USE_PROFILES: { html: true, mathMl: true, svg: true },
    FORBID_TAGS: [
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
    ],
    FORBID_ATTR: ['srcset', 'formaction', 'xlink:href', 'action'],
    ALLOW_DATA_ATTR: false,
  });
  return { html: clean, sheets };
}
