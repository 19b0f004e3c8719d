/**
 * The wording of prerequisite and series reasons, in every interface language: the build stores a reason as a
 * key with parameters (`reasonKey`, `reasonParams` on a prerequisite or next-in-series edge) and its English
 * text; the explorer and the CLI word it here in the language the user reads. No score ever appears in a reason.
 */
import { courseUnitName, isPractical, unitWord } from './course-units.js';
import type { PrerequisiteReasonParams } from './types.js';

export type ReasonKey =
  | 'previous-part'
  // a part of the same talk before the previous one, where the catalog lacks the parts between (part 1 of part 3)
  | 'earlier-part'
  | 'first-part'
  // with `concept`, a topic the two share; with `builds` too, `before`'s topic, next to `after`'s `builds`
  | 'previous-in-course'
  | 'earlier-in-course'
  // the last lecture of `series`, a course whose numbering this lecture's course continues (its Part 1)
  | 'continued-course'
  | 'course-introduction'
  | 'course-first'
  | 'introduces-required'
  | 'introduces-broader'
  | 'field-introduction'
  | 'shallower-same-topic'
  // the lecture a learner starts `concept` with, this lecture's own topic (no more basic lecture on it)
  | 'topic-start'
  | 'takes-further'
  | 'takes-up'
  | 'earlier-same-topic'
  | 'used-here'
  // next-in-series edges: the course's lecture (or other `unit`) `number` of `series`, before the next one or before
  // its practical session; part `number` of a talk or topic named `series`; an unnumbered earlier part of the topic
  // `series`.
  | 'series-lecture'
  | 'series-practical'
  | 'series-part'
  | 'series-earlier-part'
  // a practical session's prerequisites: the lecture it puts into practice, the course's previous practical
  | 'practical-lecture'
  | 'previous-practical';

export type ReasonLanguage = 'en' | 'zh-TW';

type Words = (
  c: string,
  builds: string,
  series: string | undefined,
  number: string | undefined,
  unit: unknown,
) => string;

/**
 * A course's lecture, or other unit, of a series ("module 9a of DIY", "DIY 的第 9a 單元"): the source of a
 * next-in-series link to the course's next lecture or to its practical session alike. Without a series, "the
 * same course"; without a number, "a lecture" of it.
 */
const courseUnitOf =
  (language: ReasonLanguage): Words =>
  (_c, _b, s, n, u) =>
    language === 'zh-TW'
      ? `${s ? `${s} 的` : '同一門課的'}${n ? courseUnitName(n, u, 'zh-TW') : isPractical(u) ? '一次實作' : '一堂課'}`
      : `${n ? `${unitWord(u)} ${n}` : `a ${unitWord(u)}`} of ${s || 'the same course'}`;

const EN: Record<ReasonKey, Words> = {
  'previous-part': () => 'the previous part of the same series',
  'earlier-part': () => 'an earlier part of the same series',
  'first-part': () => 'the first part of the same series',
  'previous-in-course': (c, b, s) =>
    (s ? `the previous lecture of ${s}` : 'the previous lecture of the same course') +
    (c ? (b ? `, on ${c}, a topic close to ${b}` : `, also on ${c}`) : ''),
  'earlier-in-course': (_c, _b, s) =>
    s ? `an earlier lecture of ${s}` : 'an earlier lecture of the same course',
  'continued-course': (_c, _b, s) =>
    s
      ? `the last lecture of ${s}, which this course continues`
      : 'the last lecture of the course this one continues',
  'course-introduction': (_c, _b, s) => (s ? `the introduction to ${s}` : "the same course's introduction"),
  'course-first': (_c, _b, s) => (s ? `the first lecture of ${s}` : 'the first lecture of the same course'),
  'introduces-required': (c, b) =>
    c
      ? `introduces ${c}, which ${b || 'this lecture'} builds on`
      : `introduces what ${b || 'this lecture'} builds on`,
  'introduces-broader': (c, b) =>
    c
      ? `introduces ${c}, the broader topic of ${b || 'this lecture'}`
      : `introduces the broader topic of ${b || 'this lecture'}`,
  'field-introduction': (c) =>
    c ? `the course's introduction to ${c}` : "the course's introduction to its field",
  'shallower-same-topic': (c) =>
    c ? `a more basic lecture on ${c}` : 'a more basic lecture on the same topic',
  'topic-start': (c) => (c ? `the lecture to start ${c} with` : 'the lecture to start this topic with'),
  'takes-further': (c) =>
    c ? `introduces ${c}, which this lecture takes further` : 'introduces what this lecture takes further',
  'takes-up': (c) =>
    c ? `introduces ${c}, which this lecture takes up` : 'introduces what this lecture takes up',
  'earlier-same-topic': (c, _b, s) => `an earlier lecture on ${c || 'the same topic'}${s ? ` in ${s}` : ''}`,
  'used-here': (c) => (c ? `is about ${c}, which this lecture uses` : 'is about what this lecture uses'),
  'series-lecture': courseUnitOf('en'),
  'series-practical': courseUnitOf('en'),
  'series-part': (_c, _b, s, n) => `${n ? `part ${n}` : 'a part'} of ${s || 'the same series'}`,
  'series-earlier-part': (_c, _b, s) => (s ? `earlier part of ${s}` : 'an earlier part of the same series'),
  'practical-lecture': () => 'the lecture this practical session puts into practice',
  'previous-practical': (_c, _b, s) =>
    s ? `the previous practical session of ${s}` : 'the previous practical session of the same course',
};

const ZH: Record<ReasonKey, Words> = {
  'previous-part': () => '同一系列的前一部分',
  'earlier-part': () => '同一系列較早的一部分',
  'first-part': () => '同一系列的第一部分',
  'previous-in-course': (c, b, s) =>
    (s ? `${s} 的前一堂課` : '同一門課的前一堂課') +
    (c ? (b ? `，講與 ${b} 相近的 ${c}` : `，同樣講 ${c}`) : ''),
  'earlier-in-course': (_c, _b, s) => (s ? `${s} 較早的一堂課` : '同一門課較早的一堂課'),
  'continued-course': (_c, _b, s) =>
    s ? `${s} 的最後一堂課，這門課接續它` : '這門課所接續的課程的最後一堂課',
  'course-introduction': (_c, _b, s) => (s ? `${s} 的課程介紹` : '同一門課的課程介紹'),
  'course-first': (_c, _b, s) => (s ? `${s} 的第一堂課` : '同一門課的第一堂課'),
  'introduces-required': (c, b) =>
    c ? `介紹 ${c}，${b || '這堂課'} 以它為基礎` : `介紹 ${b || '這堂課'} 的基礎`,
  'introduces-broader': (c, b) =>
    c ? `介紹 ${c}，${b || '這堂課'} 所屬的更廣主題` : `介紹 ${b || '這堂課'} 所屬的更廣主題`,
  'field-introduction': (c) => (c ? `本課程對 ${c} 的介紹` : '本課程對這個領域的介紹'),
  'shallower-same-topic': (c) => (c ? `關於 ${c} 較基礎的一堂課` : '同一主題較基礎的一堂課'),
  'topic-start': (c) => (c ? `學 ${c} 從這堂課開始` : '學這個主題從這堂課開始'),
  'takes-further': (c) => (c ? `介紹 ${c}，這堂課在此之上深入` : '介紹這堂課在其上深入的主題'),
  'takes-up': (c) => (c ? `介紹 ${c}，這堂課延續這個主題` : '介紹這堂課延續的主題'),
  'earlier-same-topic': (c, _b, s) => `${s ? `${s} 中` : ''}較早講 ${c || '同一主題'} 的一堂課`,
  'used-here': (c) => (c ? `講的是 ${c}，這堂課會用到` : '講的是這堂課會用到的內容'),
  'series-lecture': courseUnitOf('zh-TW'),
  'series-practical': courseUnitOf('zh-TW'),
  'series-part': (_c, _b, s, n) => `${s ? `${s} 的` : '同一系列的'}${n ? `第 ${n} 部分` : '一部分'}`,
  'series-earlier-part': (_c, _b, s) => `${s ? `${s} ` : '同一系列'}較早的一部分`,
  'practical-lecture': () => '這次實作所練習的那堂課',
  'previous-practical': (_c, _b, s) => (s ? `${s} 的前一次實作` : '同一門課的前一次實作'),
};

const NOTES: Record<
  ReasonLanguage,
  { newerButBasic: string; earlierInCourse: string; otherVersion: string; join: string }
> = {
  en: {
    newerButBasic: 'a more basic treatment, though published later',
    earlierInCourse: 'earlier in the course, though published later',
    otherVersion: 'in the other language version',
    join: '; ',
  },
  'zh-TW': {
    newerButBasic: '較晚發布但更基礎',
    earlierInCourse: '較晚發布但在課程中較早',
    otherVersion: '另一語言版本',
    join: '；',
  },
};

/** Spaces between Chinese characters (or Chinese punctuation), which Chinese text never has. */
const HAN_SPACE_HAN = /(?<=[\p{Script=Han}，。、；：（）])\s+(?=[\p{Script=Han}，。、；：（）])/gu;

export const isReasonKey = (key: string | undefined): key is ReasonKey => !!key && Object.hasOwn(EN, key);

/** Every reason key, in the order they are worded here. */
export const REASON_KEYS = Object.keys(EN) as ReasonKey[];

/** A reason in words; `label` names a concept node key in the same language. */
export function wordReason(
  key: ReasonKey,
  params: PrerequisiteReasonParams,
  label: (conceptKey: string) => string,
  language: ReasonLanguage = 'en',
): string {
  const words = (language === 'zh-TW' ? ZH : EN)[key];
  const worded = words(
    params.concept ? label(params.concept) : '',
    params.builds ? label(params.builds) : '',
    params.series,
    params.number,
    params.unit,
  );
  // The Chinese wordings space a name off, as Chinese text spaces off a Latin one ("介紹 GAN"); a Chinese name
  // is written without ("介紹向量", not "介紹 向量").
  const base = language === 'zh-TW' ? worded.replace(HAN_SPACE_HAN, '') : worded;
  const note = NOTES[language];
  const notes = [
    params.newerButBasic ? note.newerButBasic : '',
    params.earlierInCourse ? note.earlierInCourse : '',
    params.otherVersion ? note.otherVersion : '',
  ].filter(Boolean);
  if (!notes.length) return base;
  return language === 'zh-TW' ? `${base}（${notes.join(note.join)}）` : `${base} (${notes.join(note.join)})`;
}
