/**
 * Finding math in Markdown before the Markdown parser sees it (so `a_1` is not read as emphasis):
 * `$$…$$` for display math and `$…$` for inline math (not "$5 and $10"). Formulas are swapped for
 * placeholder words and put back after parsing.
 */

export interface MathSpan {
  tex: string;
  display: boolean;
}

export interface ProtectedText {
  text: string;
  math: MathSpan[];
  /** Matches the placeholders in the text; group 1 is the index into `math`. */
  placeholder: RegExp;
}

const DISPLAY = /\$\$([\s\S]+?)\$\$/g;
const INLINE = /(?<![\\$\w])\$(?![\s$])([^$\n]{1,500}?)(?<![\s\\])\$(?![\w$])/g;

export function protectMath(source: string, nonce = Math.random().toString(36).slice(2, 10)): ProtectedText {
  const math: MathSpan[] = [];
  const tag = `LAMATH${nonce.replace(/[^a-z0-9]/gi, '')}`;
  const keep = (tex: string, display: boolean): string => {
    math.push({ tex, display });
    return `${tag}X${math.length - 1}X`;
  };
  const text = source
    .replace(DISPLAY, (_m, tex: string) => keep(tex.trim(), true))
    .replace(INLINE, (_m, tex: string) => keep(tex, false));
  return { text, math, placeholder: new RegExp(`${tag}X(\\d+)X`, 'g') };
}
