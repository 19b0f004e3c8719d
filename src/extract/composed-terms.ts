/**
 * Terms a text names only by composition, which a matcher of contiguous terms cannot see:
 *  - coordination sharing a head or a modifier: "Supervised and Unsupervised Learning",
 *    "Speech Recognition and Synthesis", 文本和影像生成 (文本生成 + 影像生成), 動態深度與寬度;
 *  - a title that names its topic, then the topic's kinds: "RL - Model-based, Meta, Multi-agent";
 *  - the inverted English form: "Detection (Tools) for AI-Generated Content" = AI-generated content detection;
 *  - a list of models that leaves out a head: "VAE, Flow, Diffusion, GAN" (flow-based and diffusion models).
 * Every composed term is looked up in the vocabulary, so composition recognises known concepts only; it
 * never invents one.
 */
import type { TermMatch } from './term-matcher.js';

/** A composed term; `subsumes` is the start of the match it contains as one term ("detection of X" holds X). */
export interface ComposedMatch extends TermMatch {
  subsumes?: number;
}

export interface ComposeContext {
  /** The concept a term names, if any. */
  lookup: (term: string) => string | undefined;
  /** English names of a concept (label first) to compose with, besides the surface seen. */
  namesOf: (id: string) => readonly string[];
  /** A generic word that is no modifier or head of its own (tool, method). */
  isGeneric: (word: string) => boolean;
  /** Read "TOPIC - kind, kind" lists: for titles only. */
  topicLists: boolean;
  /** The concept is a model (a family of architectures such as GAN, VAE, diffusion model). */
  isModel: (id: string) => boolean;
}

const WORD = String.raw`[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*`;
const EN_SEP = String.raw`\s*(?:,\s*(?:and|or)\s+|,|\/|&|\band\b|\bor\b)\s*`;
const EN_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z0-9\-])(${WORD})${EN_SEP}$`, 'i');
const EN_AFTER = new RegExp(String.raw`^${EN_SEP}(${WORD})(?![A-Za-z0-9\-])`, 'i');
const INVERTED = new RegExp(String.raw`(?:^|[^A-Za-z0-9\-])(${WORD})(?:\s+(${WORD}))?\s+(?:of|for)\s+$`, 'i');
const LIST_START = /^\s*[-–—:：]\s*/;
const LIST_ITEM = new RegExp(String.raw`^(${WORD}(?:\s+${WORD}){0,2})\s*(?:,|、|;|\band\b|$)\s*`, 'i');
const ZH_CONJ = /^(?:以及|和|與|与|及|、|或|跟)/;
const HAN_RUN_END = /\p{Script=Han}{1,8}$/u;
const HAN_RUN_START = /^\p{Script=Han}{1,8}/u;
const ALL_HAN = /^\p{Script=Han}+$/u;
/** Cheap tests of the few characters beside a match, before any longer look. */
const SEP_BEFORE = /(?:[,，、/&]|\band|\bor)\s*$/i;
const SEP_AFTER = /^\s*(?:[,，、/&]|and\b|or\b)/i;
const FUNCTION_WORD = /^(?:and|or|of|for|the|a|an|to|in|on|with|by|more|its|their)$/i;
const MAX_ZH_PART = 6;
const LOOKBACK = 160;

/**
 * The known terms a text composes around its matches (sorted, non-overlapping, as `TermMatcher.match`
 * gives them), in text order. Each carries the span it was read from as its surface.
 */
export function composedTerms(
  text: string,
  matches: readonly TermMatch[],
  ctx: ComposeContext,
): ComposedMatch[] {
  const out: ComposedMatch[] = [];
  if (matches.length === 0) return out;
  const starts = new Set(matches.map((m) => m.start));
  // Matches are sorted and do not overlap: the last one starting before `end` is the only candidate.
  const covered = (start: number, end: number): boolean => {
    let lo = 0;
    let hi = matches.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (matches[mid]!.start < end) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return last >= 0 && matches[last]!.end > start;
  };
  const found = new Set<string>();
  const emit: Emit = (id, self, start, end, subsumes) => {
    if (id === undefined || id === self) return false;
    const key = `${id}@${start}`;
    if (!found.has(key)) {
      found.add(key);
      out.push({
        id,
        surface: text.slice(start, end),
        start,
        end,
        ...(subsumes !== undefined && { subsumes }),
      });
    }
    return true;
  };
  for (const m of matches) {
    if (ALL_HAN.test(m.surface)) composeChinese(text, m, ctx, emit, covered);
    else if (/^[A-Za-z]/.test(m.surface)) {
      composeEnglish(text, m, ctx, emit, covered, starts);
      if (ctx.topicLists && m === matches[0] && !/[A-Za-z0-9]/.test(text.slice(0, m.start)))
        composeTopicList(text, m, ctx, emit, covered);
    }
    if (ctx.isModel(m.id)) composeModelList(text, m, ctx, emit, covered);
  }
  return out.sort((a, b) => a.start - b.start || (a.id < b.id ? -1 : 1));
}

type Emit = (id: string | undefined, self: string, start: number, end: number, subsumes?: number) => boolean;

function composeEnglish(
  text: string,
  m: TermMatch,
  ctx: ComposeContext,
  emit: Emit,
  covered: (start: number, end: number) => boolean,
  starts: Set<number>,
): void {
  const words = m.surface.split(/\s+/);
  const names = words.length === 1 ? ctx.namesOf(m.id).slice(0, 1) : [];
  const near = text.slice(Math.max(0, m.start - 6), m.start);
  // Modifiers coordinated before the term share its head: "Supervised and Unsupervised Learning".
  let end = m.start;
  for (let i = 0; i < 6 && SEP_BEFORE.test(near); i++) {
    const before = EN_BEFORE.exec(text.slice(Math.max(0, end - LOOKBACK), end));
    if (!before) break;
    const item = before[1]!;
    const itemStart = end - before[0].length + before[0].indexOf(item);
    end = itemStart;
    if (FUNCTION_WORD.test(item) || ctx.isGeneric(item) || covered(itemStart, itemStart + item.length))
      continue;
    const heads = words.length === 1 ? [m.surface, ...names] : [words.slice(1).join(' ')];
    for (const head of heads) if (emit(ctx.lookup(`${item} ${head}`), m.id, itemStart, m.end)) break;
  }
  // Heads coordinated after the term share its modifiers: "Speech Recognition and Synthesis".
  if (words.length >= 2 && SEP_AFTER.test(text.slice(m.end, m.end + 6))) {
    let start = m.end;
    for (let i = 0; i < 6; i++) {
      const after = EN_AFTER.exec(text.slice(start, start + LOOKBACK));
      if (!after) break;
      const item = after[1]!;
      const itemStart = start + after[0].length - item.length;
      start = itemStart + item.length;
      if (FUNCTION_WORD.test(item) || ctx.isGeneric(item) || starts.has(itemStart)) continue;
      for (let k = words.length - 1; k >= 1; k--)
        if (emit(ctx.lookup(`${words.slice(0, k).join(' ')} ${item}`), m.id, m.start, start)) break;
    }
  }
  // "Detection (Tools) for X" is "X detection".
  if (!/\s(?:of|for)\s+$/i.test(near)) return;
  const inverted = INVERTED.exec(text.slice(Math.max(0, m.start - LOOKBACK), m.start));
  if (inverted) {
    const head = [inverted[1]!, inverted[2]].filter((w): w is string => !!w && !ctx.isGeneric(w));
    const start = m.start - inverted[0].length + inverted[0].indexOf(inverted[1]!);
    if (head.length)
      for (const name of [m.surface, ...ctx.namesOf(m.id).slice(0, 1)])
        if (emit(ctx.lookup(`${name} ${head.join(' ')}`), m.id, start, m.end, m.start)) break;
  }
}

const LIST_SEP = String.raw`\s*(?:,\s*(?:and|or)\s+|,|、|\/|\band\b|\bor\b|和|與|与|及)\s*`;
const MODEL_ITEM_AFTER = new RegExp(String.raw`^${LIST_SEP}([A-Z][a-z]+)(?![A-Za-z0-9\-])`);
const MODEL_ITEM_BEFORE = new RegExp(String.raw`(?<![A-Za-z0-9\-])([A-Z][a-z]+)${LIST_SEP}$`);
const ELIDED_HEADS = ['model', 'based model'];

/**
 * A list of model names may leave out the head "model" of some: "VAE, Flow, Diffusion, GAN" lists the
 * flow-based model and the diffusion model. A capitalised word listed beside a model, not a term itself,
 * is read with that head when the result names a model.
 */
function composeModelList(
  text: string,
  m: TermMatch,
  ctx: ComposeContext,
  emit: Emit,
  covered: (start: number, end: number) => boolean,
): void {
  const read = (word: string, start: number): void => {
    if (covered(start, start + word.length) || ctx.isGeneric(word) || FUNCTION_WORD.test(word)) return;
    for (const head of ELIDED_HEADS) {
      const id = ctx.lookup(`${word} ${head}`);
      if (id !== undefined && ctx.isModel(id) && emit(id, m.id, start, start + word.length)) return;
    }
  };
  let end = m.end;
  for (let i = 0; i < 8; i++) {
    const after = MODEL_ITEM_AFTER.exec(text.slice(end, end + 40));
    if (!after) break;
    const start = end + after[0].length - after[1]!.length;
    read(after[1]!, start);
    end = start + after[1]!.length;
  }
  let start = m.start;
  for (let i = 0; i < 8; i++) {
    const before = MODEL_ITEM_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (!before) break;
    start = start - before[0].length;
    read(before[1]!, start);
  }
}

/** "RL - Model-based, Meta, Multi-agent": the title's topic, then kinds of it (model-based RL …). */
function composeTopicList(
  text: string,
  m: TermMatch,
  ctx: ComposeContext,
  emit: Emit,
  covered: (start: number, end: number) => boolean,
): void {
  const lead = LIST_START.exec(text.slice(m.end));
  if (!lead) return;
  let pos = m.end + lead[0].length;
  const heads = [m.surface, ...ctx.namesOf(m.id)];
  for (let i = 0; i < 12 && pos < text.length; i++) {
    const item = LIST_ITEM.exec(text.slice(pos));
    if (!item) break;
    const name = item[1]!;
    const start = pos;
    pos += item[0].length;
    if (covered(start, start + name.length) || FUNCTION_WORD.test(name) || ctx.isGeneric(name)) continue;
    for (const head of heads)
      if (emit(ctx.lookup(`${name} ${head}`), m.id, start, start + name.length)) break;
  }
}

/**
 * 文本和影像生成 → 文本生成; 動態深度與寬度 → 動態寬度. The other conjunct must name nothing by itself:
 * in 學習率與權重衰減 (learning rate and weight decay) 學習率 is complete, so no 學習率衰減 is read.
 */
function composeChinese(
  text: string,
  m: TermMatch,
  ctx: ComposeContext,
  emit: Emit,
  covered: (start: number, end: number) => boolean,
): void {
  const s = m.surface;
  if (s.length < 3) return;
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  const conjBefore = /(?:以及|和|與|与|及|、|或|跟)$/.exec(before);
  if (conjBefore) {
    const run = HAN_RUN_END.exec(before.slice(0, before.length - conjBefore[0].length))?.[0] ?? '';
    outer: for (let k = 1; k <= s.length - 2; k++) {
      const head = s.slice(k);
      for (let len = Math.min(MAX_ZH_PART, run.length); len >= 2; len--) {
        const start = m.start - conjBefore[0].length - len;
        if (covered(start, start + len)) continue;
        if (emit(ctx.lookup(run.slice(run.length - len) + head), m.id, start, m.end)) break outer;
      }
    }
  }
  const after = text.slice(m.end, m.end + 12);
  const conjAfter = ZH_CONJ.exec(after);
  if (conjAfter) {
    const run = HAN_RUN_START.exec(after.slice(conjAfter[0].length))?.[0] ?? '';
    outer: for (let k = s.length - 2; k >= 2; k--) {
      const modifier = s.slice(0, k);
      for (let len = Math.min(MAX_ZH_PART, run.length); len >= 2; len--) {
        const end = m.end + conjAfter[0].length + len;
        if (covered(end - len, end)) continue;
        if (emit(ctx.lookup(modifier + run.slice(0, len)), m.id, m.start, end)) break outer;
      }
    }
  }
}
