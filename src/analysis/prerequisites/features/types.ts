/**
 * The vocabulary of prerequisite features: each feature is a named number in [0, 1] measured on a candidate
 * pair (before, after). A signal that finds candidates also says why, as a reason key with parameters, so
 * that the feature which decided can be put in words (explain.ts) in any language.
 */
import type { LectureInfo, PrerequisiteContext } from '../context.js';
import type { ReasonKey } from '../../../core/prerequisite-reasons.js';

export const PREREQUISITE_FEATURES = [
  'seriesPrevious',
  'seriesFirst',
  'coursePrevious',
  'coursePreviousOnTopic',
  'kindredTopics',
  'courseEarlier',
  'courseIntroduction',
  'courseFirst',
  'requiresNear',
  'requiresFar',
  'broaderNear',
  'broaderFar',
  'fieldIntroduction',
  'shallowerOnTopic',
  'takesFurther',
  'takesUp',
  'earlierSameTopic',
  'coversSameOrHigher',
  'usesTopic',
  'topicStart',
  'foundationStart',
  'refd',
  'sharedConcepts',
  'aIntroductory',
  'aDeeper',
  'levelGap',
  'newer',
  'older',
  'sameCourse',
  'otherVersion',
  'fromTwin',
  'hub',
  'cumulativeCourse',
  'focusedCourse',
  'fewConcepts',
  'positionInCourse',
] as const;

export type FeatureName = (typeof PREREQUISITE_FEATURES)[number];

/**
 * Measured on every pair but read only by the constraints, not by the model: `newer` (how much later `before` was
 * published), which constraints.ts uses to let a newer lecture go first only as the more basic treatment. As a model
 * input besides that constraint it cost the eight-split cross-validated figure 0.003 (train sets, README).
 */
const CONSTRAINT_ONLY: ReadonlySet<FeatureName> = new Set<FeatureName>(['newer']);

/** The model's inputs, in the order of its weights (data/models/prerequisites.json). */
export const MODEL_FEATURES: readonly FeatureName[] = PREREQUISITE_FEATURES.filter(
  (f) => !CONSTRAINT_ONLY.has(f),
);
export type FeatureValues = Partial<Record<FeatureName, number>>;
/** A candidate's values: every feature present, 0 where nothing measured it (the same as absent to every reader). */
export type CandidateValues = Record<FeatureName, number>;

const NO_VALUES = Object.fromEntries(PREREQUISITE_FEATURES.map((f) => [f, 0])) as CandidateValues;

/**
 * Every feature at 0, as a copy of one template: all candidates share one object shape, so that writing a feature
 * never changes it (on the 100k bench catalog, millions of candidates grown key by key in whatever order their
 * signals proposed them took V8 off its fast path).
 */
export const noFeatureValues = (): CandidateValues => ({ ...NO_VALUES });

/** Why a signal proposed a pair: a reason key and the concept keys or names it speaks of. */
export interface Why {
  key: ReasonKey;
  /** The concept `before` is about, as a concept node key. */
  concept?: string;
  /** The concept of `after` that builds on it, as a concept node key. */
  builds?: string;
  /** A series or course name. */
  series?: string;
}

/**
 * Adds a feature value for candidate `a` (the larger value of a feature wins), with why: the reason key and the
 * concepts or series it names, passed as they are so that no object is made for a value that does not win.
 */
export type Put = (
  a: string,
  feature: FeatureName,
  value: number,
  key?: Why['key'],
  concept?: string,
  builds?: string,
  series?: string,
) => void;

/** A signal that proposes candidates for lecture `b` and measures them. */
export type Signal = (ctx: PrerequisiteContext, b: LectureInfo, put: Put) => void;

/** A feature measured on any pair, once candidates are known. */
export type PairFeature = (ctx: PrerequisiteContext, a: LectureInfo, b: LectureInfo) => FeatureValues;
