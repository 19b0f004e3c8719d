/**
 * Which concepts each lecture is about: every candidate of its tally is described by the aboutness features (the
 * rules' verdict among them, with how widely the catalog names the concept, whether it names it where this lecture's
 * title topic is the topic, and what its label says of it), and the trained model keeps it, or the rules alone where
 * no model is given. Also counts, per concept, the lectures that include it (for rarity), and collects the
 * candidates for training.
 */
import { latinShare } from '../../core/text-script.js';
import { aboutness, aboutnessFeatures, prominence, type AboutnessModel } from '../salience/aboutness.js';
import { keyphraseness } from '../salience/keyphraseness.js';
import { titleTopicShares } from '../salience/title-topics.js';
import { keptByRules } from './inclusion-rules.js';
import type { ExtractOptions } from './options.js';
import type { Prepared } from './prepared.js';
import { shortItemShare, type Tally } from './tally.js';
import type { Candidate } from './types.js';
import type { Vocabulary } from './vocabulary.js';

export interface Inclusion {
  /** Lecture number → the concepts it is about, with their tallies. */
  included: Map<number, Map<string, Tally>>;
  /** Document frequency: concept → lectures that include it. */
  df: Map<string, number>;
  /** Every candidate with its features (filled when `collectCandidates` is set). */
  candidates: Candidate[];
}

export function includeConcepts(
  prepared: readonly Prepared[],
  tallies: Map<number, Map<string, Tally>>,
  vocab: Vocabulary,
  model: AboutnessModel | null,
  opts: ExtractOptions,
): Inclusion {
  // Document frequency for rarity: lectures in which the concept is included.
  const included = new Map<number, Map<string, Tally>>();
  const df = new Map<string, number>();
  // How widely the catalog names each concept, and what its label says of it, for the aboutness features.
  const named = new Map<string, number>();
  for (const tally of tallies.values())
    for (const id of tally.keys()) named.set(id, (named.get(id) ?? 0) + 1);
  const labelSignals = new Map<string, { commonness: number; words: number }>();
  const signalsOfLabel = (id: string): { commonness: number; words: number } => {
    let s = labelSignals.get(id);
    if (!s) {
      const c = vocab.concepts.get(id)!;
      s = {
        commonness: vocab.generic.commonness(c.label),
        words: c.label.split(/\s+/).length,
      };
      labelSignals.set(id, s);
    }
    return s;
  };
  const candidates: Candidate[] = [];
  const sharesUnderTitleTopic = titleTopicShares(tallies.values(), named);
  for (const p of prepared) {
    const tally = tallies.get(p.lecture.number)!;
    const kept = keptByRules(p, tally, vocab, opts);
    const summary = p.fields.find((f) => f.field === 'summary')?.text ?? '';
    // The trained model decides, reading the rules' verdict as one feature among the others.
    const hasSummary = summary.trim().length > 0;
    const itemShare = shortItemShare(summary);
    const latin = latinShare(`${p.lecture.title}\n${summary}`);
    const decided = new Map<string, Tally>();
    const order = [...tally]
      .map(([id, t]) => [id, prominence(t.count)] as const)
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    const rankOf = new Map(order.map(([id], i) => [id, order.length > 1 ? i / (order.length - 1) : 0]));
    const underTitleTopic = sharesUnderTitleTopic(tally);
    for (const [id, t] of tally) {
      const c = vocab.concepts.get(id)!;
      const label = signalsOfLabel(id);
      const features = aboutnessFeatures({
        rule: kept.has(id),
        title: t.count.title,
        heading: t.count.heading,
        summary: t.count.summary,
        defined: p.defined.has(id),
        marked: t.marked > 0,
        named: t.named > 0,
        introduced: t.introduced > 0,
        switched: t.switched > 0,
        acronym: t.acronym > 0,
        listed: t.listedWith.size > 0,
        topicList: t.itemised > 0 ? itemShare : 0,
        background: vocab.background.has(id) || vocab.bodyBackground.has(id),
        field: c.category === 'field',
        discovered: c.origin === 'discovered',
        dfShare: (named.get(id) ?? 0) / prepared.length,
        // Without a model (while training), the trainer fills it in from the labels of the other folds.
        keyphraseness: model ? keyphraseness(model.priors, id) : 0,
        hasSummary,
        ...label,
        rank: rankOf.get(id)!,
        candidates: tally.size,
        latin,
        underTitleTopic: underTitleTopic(id),
      });
      if (opts.collectCandidates)
        candidates.push({ lecture: p.lecture.number, concept: id, features, rule: kept.has(id) });
      const keep = model ? aboutness(model, features) >= model.threshold : kept.has(id);
      if (keep) decided.set(id, t);
    }
    included.set(p.lecture.number, decided);
    for (const id of decided.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  }
  return { included, df, candidates };
}
