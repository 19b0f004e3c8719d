/**
 * Acronyms and model names written in a title or a summary: capitals, CamelCase, hyphenated compounds with an acronym or
 * digits.
 */

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;

/**
 * Acronyms and model names written in a title: SUPERB, MAML, VQVC+, WG-WaveNet, BigGAN, GPT-3.
 * `shouting` titles (all capitals) only contribute their "NAME:" prefix.
 */
export function findModelNames(title: string, shouting: boolean): string[] {
  const out: string[] = [];
  const prefix = /^\s*([A-Za-z][A-Za-z0-9]*(?:(?:[-+]|(?<=\d)\.(?=\d))[A-Za-z0-9]+)*\+?)\s*[:：]/.exec(title);
  if (prefix && /[A-Z].*[A-Z]|[a-z][A-Z]|\d/.test(prefix[1]!)) out.push(prefix[1]!);
  if (shouting) return out;
  // Versions join with a dot between digits (GPT-3.5, KestrelNet-2.5).
  for (const m of title.matchAll(
    /(?<![A-Za-z0-9.])[A-Za-z0-9]+(?:(?:[-+]|(?<=\d)\.(?=\d))[A-Za-z0-9]+)*\+?/g,
  )) {
    const s = m[0];
    const capitals = (s.match(/[A-Z]/g) ?? []).length;
    const camel = /[a-z][A-Z]/.test(s) || /^[A-Z]{2,}[a-z]/.test(s);
    const acronym = /^[A-Z][A-Z0-9]+(?:[-+.][A-Z0-9]+)*\+?$/.test(s);
    // A capitalised name with a version number (Llama-2, Qwen2, Phi-3.5): one capital is enough.
    if (capitals === 1 && /^[A-Z][a-z]{2,}-?\d+(?:\.\d+)?$/.test(s)) {
      out.push(s);
      continue;
    }
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

/** A run of two or more words in capitals, on one line. */
const CAPITAL_RUN = /(?<![A-Za-z0-9])[A-Z]{2,}(?:[ \t_]+[A-Z]{2,})+(?![A-Za-z0-9])/g;

/**
 * Acronyms and model names a summary writes, line by line as in a title, less the words of a heading written in
 * capitals: a run of capitalised words two or more of which are words of the language (`isWord`) shouts
 * ("SOURCE LANGUAGE AND TARGET LANGUAGE PAIRS"), while names stand alone or beside other names (GAN, CLIP, BERT).
 */
export function findSummaryNames(text: string, isWord: (word: string) => boolean): string[] {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const shouted = new Set<string>();
    for (const m of line.matchAll(CAPITAL_RUN)) {
      const words = m[0].split(/[ \t_]+/);
      if (words.filter(isWord).length >= 2) for (const w of words) shouted.add(w);
    }
    for (const name of findModelNames(line, false)) if (!shouted.has(name)) out.add(name);
  }
  return [...out];
}
