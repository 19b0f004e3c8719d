/**
 * KaTeX, loaded on demand (dynamic import) the first time a summary holds math: the renderer, its
 * document-level stylesheet (for the @font-face rules, which shadow roots ignore) and the same
 * rules as a constructable sheet for the shadow roots that show formulas.
 */
import katex from 'katex';
import 'katex/dist/katex.min.css';
import katexCss from 'katex/dist/katex.min.css?inline';

export const katexSheet = new CSSStyleSheet();
// @font-face only works at document level (the plain import above); the shadow-root copy needs the rest.
katexSheet.replaceSync(katexCss.replace(/@font-face\s*\{[^}]*\}/g, ''));

/** TeX to HTML+MathML; untrusted input: no \href/\url/\includegraphics, errors shown inline. */
export function renderTex(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    trust: false,
    strict: 'ignore',
    maxSize: 20,
    maxExpand: 500,
    output: 'htmlAndMathml',
  });
}
