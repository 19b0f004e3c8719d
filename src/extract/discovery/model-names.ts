/** Acronyms and model names written in a title: capitals, CamelCase, hyphenated compounds with an acronym or digits. */

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/**
 * Acronyms and model names written in a title: SUPERB, MAML, VQVC+, WG-WaveNet, BigGAN, GPT-3.
 * `shouting` titles (all capitals) only contribute their "NAME:" prefix.
 */
export function findModelNames(title: string, shouting: boolean): string[] {
  const out: string[] = [];
  const prefix = /^\s*([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+?)\s*[:：]/.exec(title);
  if (prefix && /[A-Z].*[A-Z]|[a-z][A-Z]|\d/.test(prefix[1]!)) out.push(prefix[1]!);
  if (shouting) return out;
  for (const m of title.matchAll(/(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[-+][A-Za-z0-9]+)*\+?/g)) {
    const s = m[0];
    const capitals = (s.match(/[A-Z]/g) ?? []).length;
    const camel = /[a-z][A-Z]/.test(s) || /^[A-Z]{2,}[a-z]/.test(s);
    const acronym = /^[A-Z][A-Z0-9]+(?:[-+][A-Z0-9]+)*\+?$/.test(s);
    if (capitals < 2 || ROMAN.test(s)) continue;
    // A hyphenated name is a model name when a part is an acronym or carries digits (WG-WaveNet, GPT-3),
    // not when it is a hyphenated adjective (Data-Efficient, High-Fidelity).
    const parts = s.split(/[-+]/).filter(Boolean);
    const namedCompound =
      parts.length > 1 &&
      parts.some((p) => /^[A-Z][A-Z0-9]+$/.test(p) || /\d/.test(p) || /[a-z][A-Z]/.test(p));
    if (acronym || camel || namedCompound || /\+$/.test(s)) out.push(s);
  }
  return [...new Set(out)];
}
