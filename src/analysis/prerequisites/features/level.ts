/**
 * Lecture level (src/analysis/lecture-level.ts: overview < introduction < ordinary < advanced or supplement <
 * research talk): whether `before` is introductory (aIntroductory), deeper than `after` (aDeeper), and by how
 * many levels it is shallower (levelGap, a quarter per level).
 */
import { LEVEL } from '../../lecture-level.js';
import type { PairFeature } from './types.js';

export const level: PairFeature = (_ctx, a, b) => ({
  aIntroductory: a.level <= LEVEL.introductory ? 1 : 0,
  aDeeper: a.level > b.level ? 1 : 0,
  levelGap: Math.max(0, b.level - a.level) / 4,
});
