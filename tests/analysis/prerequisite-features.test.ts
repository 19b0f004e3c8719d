import { describe, expect, it } from 'vitest';
import {
  rarityIn,
  type LectureInfo,
  type PrerequisiteContext,
} from '../../src/analysis/prerequisites/context.js';
import { courseSeriesOf } from '../../src/analysis/course-offering.js';
import { dateGap } from '../../src/analysis/prerequisites/features/date-gap.js';
import { languageVersion } from '../../src/analysis/prerequisites/features/language-version.js';
import { refd } from '../../src/analysis/prerequisites/features/reference-distance.js';
import { coursePreviousOnTopic } from '../../src/analysis/prerequisites/features/course-order.js';
import type { ConceptCategory, LectureNodeAttributes } from '../../src/core/types.js';
import { seriesOrder } from '../../src/analysis/prerequisites/features/series-order.js';
import { sharedTopic } from '../../src/analysis/prerequisites/features/shared-topic.js';
import { kindredTopics } from '../../src/analysis/prerequisites/features/kindred-topics.js';
import {
  cumulativeCourse,
  cumulativeness,
} from '../../src/analysis/prerequisites/features/cumulative-course.js';
import { courseFocus, focusedCourse } from '../../src/analysis/prerequisites/features/focused-course.js';
import { positionInCourse } from '../../src/analysis/prerequisites/features/course-position.js';
import { fewConcepts } from '../../src/analysis/prerequisites/features/few-concepts.js';
import type { ConceptRelations } from '../../src/analysis/relations.js';
import { computeSeriesOrder } from '../../src/analysis/series-order.js';
import { assignEdges } from '../../src/analysis/relations.js';
import { buildContext } from '../../src/analysis/prerequisites/context.js';
import { DEFAULT_PREREQUISITE_OPTIONS } from '../../src/analysis/prerequisites/compute-prerequisites.js';
import { graphOf } from '../support/lecture-graph.js';

// A context whose catalog holds a course, ML 2021, with a lab series of its own, ML 2021 Labs; ten lectures, of
// which every one names PyTorch and two name each of the other concepts.
const ctx = {
  courseSeries: courseSeriesOf([
    { series: 'ML 2021', courseLecture: '1' },
    { series: 'ML 2021 Labs', courseLecture: '1', courseUnit: 'lab' },
  ] as LectureNodeAttributes[]),
  df: new Map([['concept:pytorch', 10]]),
  // Deep Learning Foundations numbers its lessons on from Practical Deep Learning's.
  continues: new Set(['Practical Deep Learning\u0000Deep Learning Foundations']),
} as Partial<PrerequisiteContext> as PrerequisiteContext;
for (const c of ['transformer', 'bert', 'autoencoder', 'recommender-system']) ctx.df.set(`concept:${c}`, 2);
ctx.rarity = rarityIn(ctx.df, 10);
const info = (
  attrs: Partial<LectureNodeAttributes>,
  main: string[] = [],
  named: string[] = main,
): LectureInfo => ({
  key: `lecture:${attrs.number ?? 1}`,
  attrs: { kind: 'lecture', label: 'x', title: 'x', number: 1, ...attrs } as LectureNodeAttributes,
  concepts: new Map(named.map((c) => [c, 0.9])),
  main: new Set(main),
  surfaces: new Map(),
  level: 2,
});

describe('prerequisite features', () => {
  it('should measure no date gap where a lecture has neither date nor a year in its series', () => {
    expect(dateGap(ctx, info({ date: '2021-03-01' }), info({}))).toEqual({});
  });

  it('should compare dates to the day, and whole years where one lecture is dated only by its series', () => {
    const later = dateGap(ctx, info({ date: '2023-03-01' }), info({ date: '2020-03-01' }));
    expect(later.newer).toBeCloseTo(1, 2);
    expect(later.older).toBe(0);
    // "ML 2021" and a lecture of May 2021: the same year, neither newer nor older.
    expect(dateGap(ctx, info({ series: 'ML 2021' }), info({ date: '2021-05-21' }))).toEqual({
      newer: 0,
      older: 0,
    });
    expect(dateGap(ctx, info({ series: 'Generative AI 2023' }), info({ series: 'DLHLP 2020' })).newer).toBe(
      1,
    );
  });

  it('should tell the other language version and the same course', () => {
    expect(
      languageVersion(ctx, info({ series: 'ML 2021', englishVersion: true }), info({ series: 'ML 2021' })),
    ).toEqual({
      sameCourse: 1,
      otherVersion: 1,
    });
    expect(languageVersion(ctx, info({ series: 'ML 2021' }), info({ series: 'ML 2022' })).sameCourse).toBe(0);
    // A lab of the course's own lab series is of the course.
    const lab = info({ series: 'ML 2021 Labs', courseLecture: '1', courseUnit: 'lab' });
    expect(languageVersion(ctx, info({ series: 'ML 2021' }), lab).sameCourse).toBe(1);
    // A course and the one that continues its numbering are one course, either way round.
    const part1 = info({ series: 'Practical Deep Learning' });
    const part2 = info({ series: 'Deep Learning Foundations' });
    expect(languageVersion(ctx, part1, part2).sameCourse).toBe(1);
    expect(languageVersion(ctx, part2, part1).sameCourse).toBe(1);
    expect(languageVersion(ctx, part1, info({ series: 'ML 2022' })).sameCourse).toBe(0);
  });

  it('should find the reference-distance asymmetry: after names before’s topic, not the reverse', () => {
    const before = info({ number: 1 }, ['concept:transformer']);
    const after = info({ number: 2 }, ['concept:bert'], ['concept:bert', 'concept:transformer']);
    expect(refd(ctx, before, after).refd).toBe(1);
    expect(refd(ctx, after, before).refd).toBe(0);
  });

  it('should count shared concepts by rarity: one every lecture names joins nothing', () => {
    const autoencoders = info(
      { number: 2 },
      ['concept:autoencoder'],
      ['concept:autoencoder', 'concept:pytorch'],
    );
    const filtering = info(
      { number: 1 },
      ['concept:recommender-system'],
      ['concept:recommender-system', 'concept:pytorch'],
    );
    expect(refd(ctx, filtering, autoencoders).sharedConcepts).toBe(0);
    const bert = info(
      { number: 3 },
      ['concept:bert'],
      ['concept:bert', 'concept:transformer', 'concept:pytorch'],
    );
    const transformer = info(
      { number: 1 },
      ['concept:transformer'],
      ['concept:transformer', 'concept:pytorch'],
    );
    expect(refd(ctx, transformer, bert).sharedConcepts).toBeCloseTo(0.5);
  });

  it('should tell the lecture before in the course that goes on with a topic from one that starts another', () => {
    // Lectures 1, 2, 3 of one course: Transformer, then BERT (which builds on it), then autoencoders (a new topic).
    const transformer = info(
      { number: 1 },
      ['concept:transformer'],
      ['concept:transformer', 'concept:pytorch'],
    );
    const bert = info(
      { number: 2 },
      ['concept:bert'],
      ['concept:bert', 'concept:transformer', 'concept:pytorch'],
    );
    const autoencoders = info(
      { number: 3 },
      ['concept:autoencoder'],
      ['concept:autoencoder', 'concept:pytorch'],
    );
    const course = {
      ...ctx,
      coursePrevious: new Map([
        ['lecture:2', ['lecture:1']],
        ['lecture:3', ['lecture:2', 'lecture:1']],
      ]),
    } as PrerequisiteContext;
    const onTopic = (a: LectureInfo, b: LectureInfo): number | undefined =>
      coursePreviousOnTopic(course, a, b).coursePreviousOnTopic;
    expect(onTopic(transformer, bert)).toBe(1);
    // PyTorch, which every lecture names, is no shared topic; and Transformer is not the lecture just before.
    expect(onTopic(bert, autoencoders)).toBe(0);
    expect(onTopic(transformer, autoencoders)).toBe(0);
    // BERT shares Transformer with lecture 1 but is not the lecture before it.
    expect(onTopic(bert, transformer)).toBe(0);
  });
});

describe('series order', () => {
  const firsts = (lectures: Parameters<typeof graphOf>[0], after: string): string[] => {
    const g = graphOf(lectures, []);
    assignEdges(g, computeSeriesOrder(g));
    const context = buildContext(g, () => undefined, DEFAULT_PREREQUISITE_OPTIONS);
    const out: string[] = [];
    seriesOrder(context, context.infos.get(after)!, (a, feature) => {
      if (feature === 'seriesFirst') out.push(a);
    });
    return out;
  };

  it("should make part 1 of a talk its later parts' first part, and not a course's first lecture its later lectures'", () => {
    const talk = { series: 'Meta Learning', seriesKind: 'series' as const };
    expect(
      firsts(
        [
          { number: 1, title: 'Meta Learning - MAML (1/3)', part: { index: 1, total: 3 }, ...talk },
          { number: 2, title: 'Meta Learning - MAML (2/3)', part: { index: 2, total: 3 }, ...talk },
          { number: 3, title: 'Meta Learning - MAML (3/3)', part: { index: 3, total: 3 }, ...talk },
        ],
        'lecture:3',
      ),
    ).toEqual(['lecture:1']);
    const course = { series: 'ML', seriesKind: 'course' as const };
    expect(
      firsts(
        [
          { number: 1, title: 'Regression', courseLecture: '1', ...course },
          { number: 2, title: 'Classification', courseLecture: '2', ...course },
          { number: 3, title: 'Deep Learning', courseLecture: '3', ...course },
        ],
        'lecture:3',
      ),
    ).toEqual([]);
  });
});

describe('topic signals inside a course', () => {
  it('should measure a course’s own earlier lecture on the topic, however many lectures elsewhere teach it', () => {
    // Ten single-topic GAN talks outside the course fill the concept's capped list of teachers (eight); the GAN
    // course's lectures each have two main topics, so each is less focused on GAN than any of the ten.
    const talks = Array.from({ length: 10 }, (_, i) => ({ number: 10 + i, title: `GAN talk ${i}` }));
    const course = { series: 'GAN 2018', seriesKind: 'course' as const };
    const lectures = [
      ...talks,
      { number: 1, title: 'GAN Lecture 1: Introduction', courseLecture: '1', ...course },
      { number: 2, title: 'GAN Lecture 2: Conditional Generation', courseLecture: '2', ...course },
      { number: 3, title: 'GAN Lecture 3: Basic Theory', courseLecture: '3', ...course },
    ];
    const mentions: [number, string, boolean][] = [
      ...talks.map((t): [number, string, boolean] => [t.number, 'gan', true]),
      [1, 'gan', true],
      [1, 'generator', true],
      [2, 'gan', true],
      [2, 'conditional-gan', true],
      [3, 'gan', true],
      [3, 'divergence', true],
    ];
    const g = graphOf(lectures, mentions);
    assignEdges(g, computeSeriesOrder(g));
    const context = buildContext(g, () => undefined, DEFAULT_PREREQUISITE_OPTIONS);
    expect(context.teachers('concept:gan').map((t) => t.key)).not.toContain('lecture:1');
    const found = new Map<string, string[]>();
    sharedTopic(context, context.infos.get('lecture:3')!, (a, feature) => {
      found.set(a, [...(found.get(a) ?? []), feature]);
    });
    // The course's introduction and its previous lecture are measured as earlier lectures that share a topic and
    // that lecture 3 takes up, as a talk elsewhere with GAN as its only topic is one it takes further.
    expect(found.get('lecture:1')).toEqual(['takesUp']);
    expect(found.get('lecture:2')).toEqual(['takesUp']);
    expect(found.get('lecture:10')).toEqual(['takesFurther']);
  });
});

describe('kindred topics', () => {
  // A lexicon of its own: subspace and basis are kinds of vector space and both require span; rank requires linear
  // independence, as basis does; all are topics of linear algebra, a field; eigenvalue is linked to none of them
  // but through that field. No lecture names vector space, span or linear algebra.
  const lexicon: Record<string, { broader: string[]; requires: string[]; category: ConceptCategory }> = {
    subspace: { broader: ['vector-space'], requires: ['span'], category: 'math' },
    basis: { broader: ['vector-space'], requires: ['span', 'linear-independence'], category: 'math' },
    rank: { broader: ['linear-algebra'], requires: ['linear-independence'], category: 'math' },
    'linear-independence': { broader: ['linear-algebra'], requires: [], category: 'math' },
    eigenvalue: { broader: ['linear-algebra'], requires: [], category: 'math' },
    'vector-space': { broader: ['linear-algebra'], requires: [], category: 'math' },
    span: { broader: ['linear-algebra'], requires: [], category: 'math' },
    'linear-algebra': { broader: [], requires: [], category: 'field' },
  };
  const relations = (key: string): ConceptRelations | undefined => {
    const c = lexicon[key.replace(/^concept:/, '')];
    const keyed = (ids: string[]): string[] => ids.map((id) => `concept:${id}`);
    return c && { broader: keyed(c.broader), requires: keyed(c.requires), category: c.category };
  };
  const topics = ['subspace', 'basis', 'rank', 'eigenvalue', 'linear-independence'];
  const g = graphOf(
    topics.map((t, i) => ({ number: i + 1, title: t })),
    topics.map((t, i): [number, string, boolean] => [i + 1, t, true]),
  );
  const context = buildContext(g, relations, DEFAULT_PREREQUISITE_OPTIONS);
  const kindred = (a: string, b: string): number | undefined =>
    kindredTopics(
      context,
      context.infos.get(`lecture:${topics.indexOf(a) + 1}`)!,
      context.infos.get(`lecture:${topics.indexOf(b) + 1}`)!,
    ).kindredTopics;

  it('should join two topics one of which requires the other, or that lean on one concept that is no field', () => {
    expect(kindred('linear-independence', 'rank')).toBe(1);
    expect(kindred('rank', 'linear-independence')).toBe(1);
    expect(kindred('subspace', 'basis')).toBe(1);
    expect(kindred('basis', 'rank')).toBe(1);
  });

  it('should not join two topics only through a field, though no lecture names the field', () => {
    expect(kindred('eigenvalue', 'rank')).toBe(0);
    expect(kindred('subspace', 'eigenvalue')).toBe(0);
  });
});

describe('cumulative course', () => {
  // Two courses of four lectures: one that keeps naming what its earlier lectures named (A), one that steps from
  // topic to topic (B).
  const lectures = [
    info({ number: 1, series: 'A' }, ['gan']),
    info({ number: 2, series: 'A' }, ['gan', 'wgan']),
    info({ number: 3, series: 'A' }, ['gan', 'wgan', 'cyclegan']),
    info({ number: 4, series: 'A' }, ['gan', 'cyclegan']),
    info({ number: 11, series: 'B' }, ['regression']),
    info({ number: 12, series: 'B' }, ['cnn']),
    info({ number: 13, series: 'B' }, ['rnn', 'cnn']),
    info({ number: 14, series: 'B' }, ['transformer']),
  ];
  const byKey = new Map(lectures.map((l) => [l.key, l]));
  const previous = new Map<string, string[]>();
  for (const course of [lectures.slice(0, 4), lectures.slice(4)])
    course.forEach((l, i) => {
      if (i > 0)
        previous.set(
          l.key,
          course
            .slice(0, i)
            .reverse()
            .map((x) => x.key),
        );
    });
  const context = {
    infos: byKey,
    coursePrevious: previous,
    offeringOf: (a: LectureNodeAttributes) => a.series,
  } as Partial<PrerequisiteContext> as PrerequisiteContext;
  const value = (a: number, b: number): number | undefined =>
    cumulativeCourse(context, byKey.get(`lecture:${a}`)!, byKey.get(`lecture:${b}`)!).cumulativeCourse;

  it('should measure how much of each lecture the lectures before it in its course already named', () => {
    // A: lecture 2 names 1 of 2 earlier, lecture 3 2 of 3, lecture 4 2 of 2; B: 0, 1 of 2, 0.
    expect(cumulativeness(context).get('A')).toBeCloseTo((1 / 2 + 2 / 3 + 1) / 3, 6);
    expect(cumulativeness(context).get('B')).toBeCloseTo(1 / 6, 6);
  });

  it('should weigh an earlier lecture of a cumulative course above one of a course that moves on', () => {
    expect(value(2, 4)).toBeGreaterThan(value(12, 14)!);
    expect(value(12, 14)).toBeGreaterThan(0);
  });

  it('should leave out the lecture just before, later lectures and other courses', () => {
    expect(value(3, 4)).toBe(0);
    expect(value(4, 2)).toBe(0);
    expect(value(11, 4)).toBe(0);
  });
});

describe('focused course', () => {
  // Course A is on GAN from its introduction on; course B steps from topic to topic; course C has two lectures.
  const lectures = [
    info({ number: 1, series: 'A' }, ['gan']),
    info({ number: 2, series: 'A' }, ['gan', 'wgan']),
    info({ number: 3, series: 'A' }, ['gan']),
    info({ number: 4, series: 'A' }, ['cyclegan', 'gan']),
    info({ number: 11, series: 'B' }, ['regression']),
    info({ number: 12, series: 'B' }, ['cnn']),
    info({ number: 13, series: 'B' }, ['rnn', 'cnn']),
    info({ number: 14, series: 'B' }, ['transformer']),
    info({ number: 21, series: 'C' }, ['bert']),
    info({ number: 22, series: 'C' }, ['bert']),
  ];
  const byKey = new Map(lectures.map((l) => [l.key, l]));
  const introduction = new Map<string, string>();
  for (const [first, rest] of [
    [1, [2, 3, 4]],
    [11, [12, 13, 14]],
    [21, [22]],
  ] as const)
    for (const n of rest) introduction.set(`lecture:${n}`, `lecture:${first}`);
  const context = {
    infos: byKey,
    courseIntroduction: introduction,
    overviews: new Map<string, string[]>(),
    offeringOf: (a: LectureNodeAttributes) => a.series,
  } as Partial<PrerequisiteContext> as PrerequisiteContext;
  const value = (a: number, b: number): number | undefined =>
    focusedCourse(context, byKey.get(`lecture:${a}`)!, byKey.get(`lecture:${b}`)!).focusedCourse;

  it('should measure the share of a course on its most common main topic, from three lectures on', () => {
    expect(courseFocus(context).get('A')).toBe(1);
    expect(courseFocus(context).get('B')).toBe(0.5);
    expect(courseFocus(context).get('C')).toBe(0);
  });

  it("should weigh a course's introduction by how much of the course is on one topic", () => {
    expect(value(1, 4)).toBe(1);
    expect(value(11, 14)).toBe(0.5);
    expect(value(21, 22)).toBe(0);
  });

  it('should leave out every lecture that is not the introduction of the dependent’s course', () => {
    expect(value(2, 4)).toBe(0);
    expect(value(1, 14)).toBe(0);
  });
});

describe('few concepts', () => {
  it('should say how little the dependent names, the same for each of its candidates', () => {
    const before = info({ number: 1 }, ['gan']);
    expect(fewConcepts(ctx, before, info({ number: 2 }, [])).fewConcepts).toBe(1);
    expect(fewConcepts(ctx, before, info({ number: 3 }, ['selu'])).fewConcepts).toBe(0.5);
    const rich = info({ number: 4 }, ['gan'], ['gan', 'wgan', 'cyclegan', 'stylegan']);
    expect(fewConcepts(ctx, before, rich).fewConcepts).toBe(0.2);
    expect(fewConcepts(ctx, info({ number: 5 }, ['cnn']), rich)).toEqual(fewConcepts(ctx, before, rich));
  });
});

describe('position in course', () => {
  // Course A has five lectures in its order, course B two; lecture 30 is in no course.
  const lectures = [
    ...[1, 2, 3, 4, 5].map((n) => info({ number: n, series: 'A' }, ['gan'])),
    info({ number: 21, series: 'B' }, ['bert']),
    info({ number: 22, series: 'B' }, ['bert']),
    info({ number: 30 }, ['cnn']),
  ];
  const byKey = new Map(lectures.map((l) => [l.key, l]));
  const context = {
    infos: byKey,
    chronological: lectures.map((l) => l.key),
    offeringOf: (a: LectureNodeAttributes) => a.series,
  } as Partial<PrerequisiteContext> as PrerequisiteContext;
  const value = (a: number, b: number): number | undefined =>
    positionInCourse(context, byKey.get(`lecture:${a}`)!, byKey.get(`lecture:${b}`)!).positionInCourse;

  it('should say how far into its course the dependent stands, the same for each of its candidates', () => {
    expect([2, 3, 5].map((n) => value(1, n))).toEqual([0.25, 0.5, 1]);
    expect(value(30, 4)).toBe(value(2, 4));
  });

  it('should say nothing of a course too short to have a place in it, or of a lecture of no course', () => {
    expect(value(21, 22)).toBe(0);
    expect(value(1, 30)).toBe(0);
  });
});
