/**
 * Aboutness: whether a lecture is *about* a concept its text names, not merely mentions it. Each
 * (lecture, concept) candidate is described by named features measured on the lecture and the catalog;
 * a logistic model trained on the labelled train sets (`npm run train`, data/models/concept-aboutness.json)
 * turns them into a probability, and the candidate is kept at or above the model's threshold. Where no model
 * is given, the hand-written inclusion rules decide alone (the `rule` feature).
 */
import { fileURLToPath } from 'node:url';
import { predict } from '../../learn/logistic-regression.js';
import { ModelError, readModelFile, type LearnedModel } from '../../learn/model-file.js';
import { priorsProblem, type ConceptPriors } from './keyphraseness.js';
export { ModelError };

/** What is measured of one candidate; every value is in [0, 1]. */
export interface AboutnessSignals {
  /** The hand-written inclusion rules keep it (title, heading, defined, marked, repeated …). */
  rule: boolean;
  /** Occurrences by field. */
  title: number;
  heading: number;
  summary: number;
  /** The lecture's text defines it (a bilingual pair, a long form with its acronym). */
  defined: boolean;
  /** Bold in the summary. */
  marked: boolean;
  /** Written as a name (capitals, digits). */
  named: boolean;
  /** Introduced as an example or name ("such as X", 例如X). */
  introduced: boolean;
  /** An English compound inside Chinese prose. */
  switched: boolean;
  /** Written as an acronym. */
  acronym: boolean;
  /** Listed beside another candidate of the lecture. */
  listed: boolean;
  /**
   * Named by a short item of the summary's list ("- Adagrad"), weighted by how much of the summary is such a
   * topic list: the share of its lines that are short items (0 when no short item names it).
   */
  topicList: number;
  /** A basic concept every lecture mentions in passing (stoplist background). */
  background: boolean;
  /** A field (machine learning, deep learning). */
  field: boolean;
  /** Found by discovery, not in the lexicon. */
  discovered: boolean;
  /** Share of the catalog's lectures whose text names it. */
  dfShare: number;
  /** Of the labelled lectures whose text names it, the share that are about it (salience/keyphraseness.ts). */
  keyphraseness: number;
  /** The lecture has a summary (else only its title speaks). */
  hasSummary: boolean;
  /** How common the most specific word of its label is in the language at large (0 rare … 1 very common). */
  commonness: number;
  /** Words in its label. */
  words: number;
  /** Its place among the lecture's candidates by how prominently the text names them (0 first … 1 last). */
  rank: number;
  /** How many candidates the lecture's text names. */
  candidates: number;
  /**
   * The share of the lecture's letters (title and summary) in the Latin script rather than Han: catalogs
   * written in English describe a lecture by its topics, the channel's Chinese summaries narrate it and name
   * much in passing, so the same evidence weighs differently.
   */
  latin: number;
  /**
   * Of the other lectures that name it, the largest share whose own title names one of this lecture's title topics
   * (title-topics.ts): 1 for a title topic itself.
   */
  underTitleTopic: number;
}

/**
 * How prominently a text names a candidate, to rank a lecture's candidates: a title counts most, then headings,
 * then repetitions in the body. Used for the `rank` signal only.
 */
export function prominence(count: { title: number; heading: number; summary: number }): number {
  return 4 * Math.min(1, count.title) + Math.min(2, count.heading) + Math.log2(1 + count.summary);
}

export const ABOUTNESS_FEATURES = [
  'rule',
  'inTitle',
  'heading',
  'summary',
  'defined',
  'marked',
  'named',
  'introduced',
  'switched',
  'acronym',
  'listed',
  'background',
  'field',
  'discovered',
  'dfShare',
  'hasSummary',
  'commonness',
  'multiWord',
  'summaryOnly',
  'rank',
  'crowded',
  'topicList',
  'keyphraseness',
  'latin',
  'underTitleTopic',
] as const;

const b = (v: boolean): number => (v ? 1 : 0);

/** The feature vector of a candidate, in the order of ABOUTNESS_FEATURES. */
export function aboutnessFeatures(s: AboutnessSignals): number[] {
  return [
    b(s.rule),
    b(s.title > 0),
    Math.min(2, s.heading) / 2,
    Math.min(1, Math.log2(1 + s.summary) / 4),
    b(s.defined),
    b(s.marked),
    b(s.named),
    b(s.introduced),
    b(s.switched),
    b(s.acronym),
    b(s.listed),
    b(s.background),
    b(s.field),
    b(s.discovered),
    Math.sqrt(s.dfShare),
    b(s.hasSummary),
    s.commonness,
    b(s.words >= 2),
    b(s.title === 0 && s.heading === 0),
    s.rank,
    Math.min(1, s.candidates / 20),
    s.topicList,
    s.keyphraseness,
    s.latin,
    s.underTitleTopic,
  ];
}

/** The logistic model, with the keyphraseness priors its `keyphraseness` feature reads. */
export type AboutnessModel = LearnedModel & { priors: ConceptPriors };

export const ABOUTNESS_MODEL_FILE = fileURLToPath(
  new URL('../../../data/models/concept-aboutness.json', import.meta.url),
);

/** Reads and checks the model file; undefined where it does not exist yet (before the first `npm run train`). */
export function loadAboutnessModel(file = ABOUTNESS_MODEL_FILE): AboutnessModel | undefined {
  const model = readModelFile(file, ABOUTNESS_FEATURES) as (LearnedModel & { priors?: unknown }) | undefined;
  if (!model) return undefined;
  const problem = priorsProblem(model.priors);
  if (problem) throw new ModelError(`${file}: ${problem}; run "npm run train" to fit it again`);
  return model as AboutnessModel;
}

/** The probability that the lecture is about the concept. */
export function aboutness(model: AboutnessModel, features: readonly number[]): number {
  return predict(model, features);
}
