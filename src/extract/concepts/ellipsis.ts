/**
 * Ellipses: a summary that glosses only a head (對齊 (Alignment)) is shortening a known term it has in mind
 * (AI alignment, forced alignment), not naming a new one. Discovery finds the known terms the gloss could
 * shorten; once the lecture's concepts are tallied, the one its other concepts are about takes the gloss.
 */
import { escapeRegExp } from '../../core/regexp.js';
import type { PairCandidate } from '../discovery/types.js';
import type { FieldName, TextField } from '../lecture-fields.js';
import { termKey } from '../normalise.js';
import type { Vocabulary } from './vocabulary.js';

/** A head the summary glosses (對齊 (Alignment)) that ends the names of known concepts in both languages. */
export interface Ellipsis {
  surfaces: string[];
  candidates: string[];
}

const tailIndexes = new WeakMap<Vocabulary, { en: Map<string, Set<string>>; zh: Map<string, Set<string>> }>();

/**
 * The lexicon concepts whose English names end with the pair's English (over whole words) and whose Chinese
 * names end with its Chinese: 對齊 (Alignment) → AI alignment (人類對齊), forced alignment (強制對齊). A
 * summary that glosses a head so is shortening a term it has in mind, not naming a new one.
 */
export function ellipsisOf(vocab: Vocabulary, pair: PairCandidate): Ellipsis | undefined {
  if (!pair.en || !pair.zh) return undefined;
  let index = tailIndexes.get(vocab);
  if (!index) {
    index = { en: new Map(), zh: new Map() };
    const put = (map: Map<string, Set<string>>, key: string, id: string): void => {
      map.set(key, (map.get(key) ?? new Set<string>()).add(id));
    };
    for (const c of [...vocab.concepts.values()].filter((x) => x.origin === 'lexicon')) {
      for (const name of [c.label, ...c.aliases, ...c.variants]) {
        const key = termKey(name);
        if (ALL_HAN.test(name)) {
          const zh = key.replace(/ /g, '');
          for (let k = 1; k <= zh.length - 2; k++) put(index.zh, zh.slice(k), c.id);
        } else if (/^[A-Za-z]/.test(name)) {
          const words = key.split(' ');
          for (let k = 1; k < words.length; k++) put(index.en, words.slice(k).join(' '), c.id);
        }
      }
    }
    tailIndexes.set(vocab, index);
  }
  const en = index.en.get(termKey(pair.en));
  const zhKeys = (pair.zhCandidates ?? [pair.zh]).map((z) => termKey(z).replace(/ /g, ''));
  const zh = new Set(zhKeys.flatMap((z) => [...(index.zh.get(z) ?? [])]));
  const candidates = [...(en ?? [])].filter((id) => zh.has(id)).sort();
  const zhSurface = (pair.zhCandidates ?? [pair.zh]).find((z) => index.zh.has(termKey(z).replace(/ /g, '')));
  return candidates.length && zhSurface ? { surfaces: [pair.en, zhSurface], candidates } : undefined;
}

const ALL_HAN = /^\p{Script=Han}+$/u;

/** Whether concept `id` is a kind of `other`: `other` is among its broader concepts, at any depth. */
function kindOf(vocab: Vocabulary, id: string, other: string): boolean {
  const seen = new Set<string>();
  const stack = [...(vocab.concepts.get(id)?.broader ?? [])];
  while (stack.length) {
    const b = stack.pop()!;
    if (b === other) return true;
    if (seen.has(b)) continue;
    seen.add(b);
    stack.push(...(vocab.concepts.get(b)?.broader ?? []));
  }
  return false;
}

/**
 * A glossed head (對齊 (Alignment)) is the candidate the lecture's other concepts are about: AI alignment
 * beside large language models, forced alignment beside speech recognition; of candidates one of which is a kind
 * of another, the general one. The lecture defines it, and each
 * of the gloss's surfaces in its headings and summary counts as an occurrence (`note`).
 */
export function resolveEllipses(
  p: { fields: TextField[]; defined: Set<string>; ellipses: Ellipsis[] },
  perLecture: ReadonlyMap<string, unknown>,
  vocab: Vocabulary,
  note: (id: string, field: FieldName, surface: string, marked: boolean) => void,
): void {
  for (const e of p.ellipses) {
    const context = (id: string): boolean => {
      const c = vocab.concepts.get(id)!;
      return [...c.broader, ...c.requires].some((r) => perLecture.has(r));
    };
    const fitting = e.candidates.filter(context);
    // The bare head names the general concept, not a kind of it: of AI alignment and preference alignment, which
    // is a kind of AI alignment, the gloss is AI alignment.
    const general = fitting.filter((id) => !fitting.some((o) => o !== id && kindOf(vocab, id, o)));
    if (general.length !== 1) continue;
    const id = general[0]!;
    p.defined.add(id);
    for (const f of p.fields) {
      if (f.field === 'title') continue;
      for (const surface of e.surfaces) {
        const pattern = ALL_HAN.test(surface)
          ? new RegExp(escapeRegExp(surface), 'g')
          : new RegExp(`(?<![A-Za-z])${escapeRegExp(surface)}(?![A-Za-z])`, 'gi');
        for (const m of f.text.matchAll(pattern)) note(id, f.field, m[0], false);
      }
    }
  }
}
