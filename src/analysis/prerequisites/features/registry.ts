/** The prerequisite features in one place: the signals that propose candidates, then the features measured on any pair. */
export {
  MODEL_FEATURES,
  PREREQUISITE_FEATURES,
  type FeatureName,
  type FeatureValues,
  type Why,
} from './types.js';
import { conceptChains } from './concept-chains.js';
import { courseOrder, coursePreviousOnTopic } from './course-order.js';
import { cumulativeCourse } from './cumulative-course.js';
import { focusedCourse } from './focused-course.js';
import { fewConcepts } from './few-concepts.js';
import { dateGap } from './date-gap.js';
import { kindredTopics } from './kindred-topics.js';
import { languageVersion } from './language-version.js';
import { level } from './level.js';
import { refd, usesTopic } from './reference-distance.js';
import { seriesOrder } from './series-order.js';
import { sharedTopic } from './shared-topic.js';
import { positionInCourse } from './course-position.js';
import { topicStart } from './topic-start.js';
import type { PairFeature, Signal } from './types.js';

export const SIGNALS: readonly Signal[] = [
  seriesOrder,
  courseOrder,
  conceptChains,
  sharedTopic,
  usesTopic,
  topicStart,
];
export const PAIR_FEATURES: readonly PairFeature[] = [
  refd,
  level,
  dateGap,
  languageVersion,
  coursePreviousOnTopic,
  kindredTopics,
  cumulativeCourse,
  focusedCourse,
  fewConcepts,
  positionInCourse,
];
