/**
 * The hand-written inclusion rules: which of the concepts a lecture names it is about, by where and how
 * its text names them (title, heading, a definition, bold, a name, an introduction, repetition), with
 * background concepts held back and the specific concepts a list names beside a vouched-for one let in.
 * Their verdict is one feature of the aboutness model (see inclusion.ts).
 */
import { HAN } from '../normalise.js';
import type { ExtractOptions } from './options.js';
import type { Prepared } from './prepared.js';
import type { Tally } from './tally.js';
import type { Vocabulary } from './vocabulary.js';

/** The concepts of a lecture's tally that the rules keep. */
export function keptByRules(
  p: Prepared,
  tally: Map<string, Tally>,
  vocab: Vocabulary,
  opts: ExtractOptions,
): Map<string, Tally> {
  const kept = new Map<string, Tally>();
  // A background concept in a title beside specific ones is their context (類神經網路訓練不起來怎麼辦：
  // 批次與動量); it is a topic when the title has nothing more specific (a field is broader) or defines it.
  const specific = (id: string): boolean =>
    !vocab.background.has(id) && vocab.concepts.get(id)!.category !== 'field';
  const specificTitle = [...tally].some(([id, t]) => t.count.title > 0 && specific(id));
  // A bilingual summary names a term twice where a summary in one language names it once (詞嵌入 (Word
  // Embedding)), so a summary without Chinese needs half the repetitions.
  const summary = p.fields.find((f) => f.field === 'summary')?.text ?? '';
  const minBody = HAN.test(summary) ? opts.minBodyCount : Math.ceil(opts.minBodyCount / 2);
  for (const [id, t] of tally) {
    // In the body, a concept is key when the summary defines it, marks it (bold), writes it as a name,
    // introduces it ("such as X", 例如X), keeps it as an English compound in Chinese prose, or repeats it
    // (an acronym counts twice: abbreviating a term is using it as one); a background concept (label,
    // gradient …) or a basic term (vector, token) only when the summary defines it.
    const keyInBody =
      p.defined.has(id) ||
      (!vocab.background.has(id) &&
        !vocab.bodyBackground.has(id) &&
        (t.marked > 0 ||
          t.named > 0 ||
          t.introduced > 0 ||
          t.switched > 0 ||
          t.count.summary + t.acronym >= minBody));
    const background = vocab.background.has(id) && !p.defined.has(id);
    const inTitle = t.count.title > 0 && !(background && specificTitle);
    const inHeading = t.count.heading > 0 && !background;
    if (inTitle || inHeading || keyInBody) kept.set(id, t);
  }
  // A list names things of one kind: a specific concept the body lists beside a kept one is kept too
  // (Continuous Bag of Words (CBOW) 和 Skip-gram). Only a concept the lecture names deliberately (title,
  // heading, a definition, bold, a name) vouches for its list: one kept for repetition alone may be
  // background the list shares.
  const vouches = (id: string): boolean => {
    const t = kept.get(id);
    if (t === undefined) return false;
    return t.count.title > 0 || t.count.heading > 0 || p.defined.has(id) || t.marked > 0 || t.named > 0;
  };
  let pending = [...tally].filter(([id]) => !kept.has(id) && specific(id) && !vocab.bodyBackground.has(id));
  let grew = true;
  while (grew) {
    const joining = pending.filter(([, t]) => [...t.listedWith].some(vouches));
    for (const [id, t] of joining) kept.set(id, t);
    pending = pending.filter(([id]) => !kept.has(id));
    grew = joining.length > 0;
  }
  return kept;
}
