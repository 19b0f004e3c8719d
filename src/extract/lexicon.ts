/**
 * The concept lexicon: curated data in `data/lexicon/*.json` (id, English and Chinese labels,
 * aliases, category, broader/requires relations). Loading validates it and fails early with a
 * message naming the file and concept; `aliasIndex` maps every normalised surface form to one id.
 * `stoplist.json` adds the words that are never concepts, the background concepts (basics every lecture
 * mentions in passing), the cue words that negate a following term ("without GPU") or introduce one ("such as"),
 * and the words that close a hyphenated adjective ("-based");
 * `zh-variants.json` the regional wordings of Chinese terms (資訊/信息), which expand every Chinese alias.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { ConceptCategory } from '../core/types.js';
import { termKey } from './normalise.js';
import { chineseVariants, variantGroups, wordingGroups } from './zh-variants.js';

export interface LexiconConcept {
  id: string;
  label: string;
  labelZh?: string;
  category: ConceptCategory;
  aliases: string[];
  broader: string[];
  requires: string[];
  /**
   * Other regional wordings of its Chinese names (信息瓶颈 for 資訊瓶頸), for matching only: generated,
   * never displayed, and only where no other concept owns the wording.
   */
  variants: string[];
  /** File the concept was read from. */
  file: string;
}

export interface Lexicon {
  concepts: Map<string, LexiconConcept>;
  /** Normalised term key → concept id. */
  aliasIndex: Map<string, string>;
  /** Normalised keys of generic words that are never concepts (from stoplist.json). */
  stopKeys: Set<string>;
  /** Ids of background concepts: counted from a summary body only when the summary defines them. */
  background: Set<string>;
  /**
   * Ids of basic terms summaries use in passing (vector, matrix, token): a topic where a title or heading
   * names them, counted from a summary body only when the summary defines them.
   */
  bodyBackground: Set<string>;
  /** Words that negate the term right after them ("without", "不需要"). */
  negationCues: string[];
  /** Words after which a summary names an example or the name of what it explains ("such as", "例如"). */
  introducers: string[];
  /**
   * Words that close a hyphenated adjective (count-based, data-driven, speaker-aware): such a word alone
   * modifies a term and is never one itself.
   */
  modifierHeads: Set<string>;
  /** Shapes of names that are never concepts: homework and assignment numbers (HW1, 作業三). */
  nonConceptPatterns: RegExp[];
  /**
   * The regional wordings of zh-variants.json, each group in Simplified characters and in the file's order: its
   * first word is the wording the lexicon writes its names in (Taiwan usage: 网路 of 網路/網絡).
   */
  wordings: string[][];
}

export class LexiconError extends Error {
  override readonly name = 'LexiconError';
}

/** Files of the lexicon folder that are not concept files. */
const SIDE_FILES = new Set(['stoplist.json', 'zh-variants.json']);

export const DEFAULT_LEXICON_DIR = fileURLToPath(new URL('../../data/lexicon/', import.meta.url));

const CATEGORIES = new Set<ConceptCategory>([
  'model',
  'method',
  'task',
  'metric',
  'dataset',
  'math',
  'field',
  'concept',
]);

interface RawConcept {
  id?: unknown;
  label?: unknown;
  labelZh?: unknown;
  category?: unknown;
  aliases?: unknown;
  broader?: unknown;
  requires?: unknown;
}

const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export function loadLexicon(dir = DEFAULT_LEXICON_DIR): Lexicon {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !SIDE_FILES.has(f))
    .sort();
  const concepts = new Map<string, LexiconConcept>();
  const problems: string[] = [];
  for (const f of files) {
    let data: { concepts?: RawConcept[] };
    try {
      data = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { concepts?: RawConcept[] };
    } catch (e) {
      throw new LexiconError(`lexicon file ${f}: ${(e as Error).message}`);
    }
    if (!Array.isArray(data.concepts))
      throw new LexiconError(`lexicon file ${f}: expected a "concepts" array`);
    for (const raw of data.concepts) {
      const id = typeof raw.id === 'string' ? raw.id : '';
      const where = `${f}: concept "${id || '(no id)'}"`;
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) problems.push(`${where}: id must be kebab-case`);
      if (typeof raw.label !== 'string' || !raw.label.trim()) problems.push(`${where}: no label`);
      const category = raw.category as ConceptCategory;
      if (!CATEGORIES.has(category))
        problems.push(`${where}: unknown category ${JSON.stringify(raw.category)}`);
      if (concepts.has(id)) problems.push(`${where}: duplicate id (also in ${concepts.get(id)!.file})`);
      const concept: LexiconConcept = {
        id,
        label: String(raw.label ?? id),
        category,
        aliases: strings(raw.aliases),
        broader: strings(raw.broader),
        requires: strings(raw.requires),
        variants: [],
        file: f,
      };
      if (typeof raw.labelZh === 'string' && raw.labelZh.trim()) concept.labelZh = raw.labelZh;
      concepts.set(id, concept);
    }
  }
  for (const c of concepts.values()) {
    for (const ref of [...c.broader, ...c.requires]) {
      if (!concepts.has(ref))
        problems.push(`${c.file}: concept "${c.id}" refers to unknown concept "${ref}"`);
    }
  }
  const aliasIndex = new Map<string, string>();
  for (const c of concepts.values()) {
    for (const term of [c.label, c.labelZh, ...c.aliases, c.id.replace(/-/g, ' ')]) {
      if (!term) continue;
      const key = termKey(term);
      if (!key) continue;
      const owner = aliasIndex.get(key);
      if (owner && owner !== c.id) {
        // The concept whose label it is keeps the alias; otherwise the first file wins and we say so.
        const ownerConcept = concepts.get(owner)!;
        if (termKey(c.label) === key && termKey(ownerConcept.label) !== key) aliasIndex.set(key, c.id);
        else if (termKey(ownerConcept.label) !== key)
          problems.push(`${c.file}: alias "${term}" of "${c.id}" is also an alias of "${owner}"`);
        continue;
      }
      aliasIndex.set(key, c.id);
    }
  }
  if (problems.length)
    throw new LexiconError(
      `the concept lexicon has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`,
    );
  const wordings = addRegionalVariants(dir, concepts, aliasIndex);
  const stopKeys = new Set<string>();
  const background = new Set<string>();
  const negationCues: string[] = [];
  let stop: {
    terms?: unknown;
    background?: unknown;
    bodyBackground?: unknown;
    negations?: unknown;
    modifierHeads?: unknown;
    introducers?: unknown;
    nonConceptPatterns?: unknown;
  } = {};
  try {
    stop = JSON.parse(readFileSync(join(dir, 'stoplist.json'), 'utf8')) as typeof stop;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new LexiconError(`lexicon stoplist.json: ${(e as Error).message}`);
  }
  for (const t of strings(stop.terms)) stopKeys.add(termKey(t));
  for (const id of strings(stop.background)) {
    if (!concepts.has(id))
      throw new LexiconError(`lexicon stoplist.json: background concept "${id}" is not in the lexicon`);
    background.add(id);
  }
  const bodyBackground = new Set<string>();
  for (const id of strings(stop.bodyBackground)) {
    if (!concepts.has(id))
      throw new LexiconError(`lexicon stoplist.json: bodyBackground concept "${id}" is not in the lexicon`);
    bodyBackground.add(id);
  }
  negationCues.push(...strings(stop.negations));
  const modifierHeads = new Set(strings(stop.modifierHeads).map((w) => w.toLowerCase()));
  const introducers = strings(stop.introducers);
  const nonConceptPatterns = strings(stop.nonConceptPatterns).map((p) => {
    try {
      return new RegExp(p, 'iu');
    } catch (e) {
      throw new LexiconError(`lexicon stoplist.json: nonConceptPatterns "${p}": ${(e as Error).message}`);
    }
  });
  return {
    nonConceptPatterns,
    wordings,
    concepts,
    aliasIndex,
    stopKeys,
    background,
    bodyBackground,
    negationCues,
    modifierHeads,
    introducers,
  };
}

/**
 * Expands every Chinese name with its regional wordings; a wording another concept owns stays theirs. Returns the
 * groups as read (Simplified, in the file's order).
 */
function addRegionalVariants(
  dir: string,
  concepts: Map<string, LexiconConcept>,
  aliasIndex: Map<string, string>,
): string[][] {
  let raw: { groups?: unknown } = {};
  try {
    raw = JSON.parse(readFileSync(join(dir, 'zh-variants.json'), 'utf8')) as typeof raw;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new LexiconError(`lexicon zh-variants.json: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw.groups))
    throw new LexiconError('lexicon zh-variants.json: expected a "groups" array of arrays of words');
  const wordings = wordingGroups(raw.groups.map(strings));
  const groups = variantGroups(wordings);
  for (const c of concepts.values()) {
    for (const term of [c.labelZh, ...c.aliases]) {
      if (!term) continue;
      for (const variant of chineseVariants(term, groups)) {
        const key = termKey(variant);
        if (!key || aliasIndex.has(key)) continue;
        aliasIndex.set(key, c.id);
        c.variants.push(variant);
      }
    }
  }
  return wordings;
}
