import { describe, it, expect } from 'vitest';
import { communityLegend, namesACommunity } from '../../src/core/community-legend.js';
import { OTHER_COLOR, PALETTE, categoricalColors } from '../../src/core/palette.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph, EdgeKind, LectureNodeAttributes } from '../../src/core/types.js';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { conceptGuide, prerequisiteDepth, shownAliases } from '../../src/core/concept-guide.js';
import { fullNodeName, lectureIdentities } from '../../src/ui/state/lecture-identity.js';
import { addLecture } from '../support/atlas-graph.js';

const en = messagesFor('en');
const zh = messagesFor('zh-TW');

/** Four "Network Compression" lectures as the seed catalog has them, a concept, and prerequisites. */
function library(): AtlasGraph {
  const g = createAtlasGraph();
  const lecture = (n: number, extra: Partial<LectureNodeAttributes> = {}): void =>
    addLecture(g, n, 'Network Compression', extra);
  lecture(201, { part: { index: 5, total: 6 } });
  lecture(202, { part: { index: 6, total: 6 } });
  lecture(368, { series: 'ML 2021', date: '2021-06-14', part: { index: 1, total: 2 }, englishVersion: true });
  lecture(369, { series: 'ML 2021', date: '2021-06-17', part: { index: 2, total: 2 }, englishVersion: true });
  lecture(400, { series: 'Linear Algebra', date: '2022-03-01', language: 'zh' });
  lecture(401, { series: 'Linear Algebra', date: '2022-03-01', language: 'zh' });
  g.addNode('concept:network-compression', {
    kind: 'concept',
    label: 'network compression',
    aliases: [],
    category: 'method',
    lectureCount: 4,
    origin: 'lexicon',
  });
  const edge = (kind: EdgeKind, s: string, t: string, extra: object = {}): void => {
    g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, { kind, ...extra });
  };
  for (const n of [201, 202, 368, 369])
    edge('mentions', `lecture:${n}`, 'concept:network-compression', { weight: 0.8, main: n !== 202 });
  edge('prerequisite', 'lecture:201', 'lecture:202', { score: 0.9, reason: 'part 5 first' });
  edge('prerequisite', 'lecture:400', 'lecture:368', { score: 0.7, reason: 'linear algebra' });
  edge('prerequisite', 'lecture:368', 'lecture:369', { score: 0.9, reason: 'part 1 first' });
  return g;
}

describe('lectureIdentities', () => {
  it('should name course and year, part and language version, distinct for every lecture', () => {
    const ids = lectureIdentities(library(), en);
    expect(ids.get('lecture:201')).toBe('Part 5 of 6 · English');
    expect(ids.get('lecture:368')).toBe('ML 2021 · Part 1 of 2 · English version');
    // Same title, series and date: the catalog number tells them apart.
    expect(ids.get('lecture:400')).toBe('Linear Algebra 2022 · Chinese · 2022-03-01 · #400');
    // Every lecture here is titled "Network Compression": the identities alone must differ.
    expect(new Set(ids.values()).size).toBe(ids.size);
  });

  it('should give an undated lecture the year its series’ dated lectures share, and none where they span years', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'Can shallow network fit any function?', {
      series: 'Deep Learning Theory',
      courseLecture: '1-1',
    });
    addLecture(g, 2, 'Potential of Deep', {
      series: 'Deep Learning Theory',
      date: '2018-03-09',
      courseLecture: '1-2',
    });
    addLecture(g, 3, 'Regression', { series: 'ML', date: '2016-10-07' });
    addLecture(g, 4, 'Gradient Descent', { series: 'ML', date: '2017-09-21' });
    addLecture(g, 5, 'Ensemble', { series: 'ML' });
    const ids = lectureIdentities(g, en);
    expect(ids.get('lecture:1')).toBe('Deep Learning Theory 2018 · Lecture 1-1');
    expect(ids.get('lecture:2')).toBe('Deep Learning Theory 2018 · Lecture 1-2');
    expect(ids.get('lecture:5')).toBe('ML');
  });

  it('should leave out the language in a library of one language, but not an English version', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'Pytorch tensors', { series: 'DIY 2024' });
    addLecture(g, 2, 'Autoencoders', { series: 'DIY 2024', part: { index: 1, total: 2 } });
    addLecture(g, 3, 'Autoencoders', {
      series: 'DIY 2024',
      part: { index: 2, total: 2 },
      englishVersion: true,
    });
    const ids = lectureIdentities(g, en);
    expect(ids.get('lecture:1')).toBe('DIY 2024');
    expect(ids.get('lecture:2')).toBe('DIY 2024 · Part 1 of 2');
    expect(ids.get('lecture:3')).toBe('DIY 2024 · Part 2 of 2 · English version');
    expect(fullNodeName(g, 'lecture:1', en)).toBe('Pytorch tensors (DIY 2024)');
    // Nothing tells it apart but the library itself: no identity at all.
    const lone = createAtlasGraph();
    addLecture(lone, 7, 'Intro');
    expect(fullNodeName(lone, 'lecture:7', en)).toBe('Intro');
  });

  it('should tell same-titled talks apart by who gives them before their dates or numbers', () => {
    const g = createAtlasGraph();
    addLecture(g, 100, 'HW3', { lecturer: '謝宏祺, 朱柏澄' });
    addLecture(g, 103, 'HW3', { lecturer: '康家瑋, 曾彥青' });
    addLecture(g, 107, 'HW3');
    const ids = lectureIdentities(g, en);
    expect(ids.get('lecture:100')).toBe('by 謝宏祺, 朱柏澄');
    expect(ids.get('lecture:103')).toBe('by 康家瑋, 曾彥青');
    // The one left is told apart by having none.
    expect(ids.get('lecture:107')).toBe('');
    expect(lectureIdentities(g, zh).get('lecture:103')).toBe('講者：康家瑋, 曾彥青');
  });

  it('should give the course’s own number with its unit, so a lab is told from the lecture it practises', () => {
    const g = createAtlasGraph();
    // A made-up course: a lecture and its lab, and a course of lettered modules.
    addLecture(g, 1, 'Perceptrons', { series: 'Applied DL', courseLecture: '1' });
    addLecture(g, 2, 'A perceptron in code', { series: 'Applied DL', courseLecture: '1', courseUnit: 'lab' });
    addLecture(g, 3, 'Autoencoders', { series: 'DIY', courseLecture: '9a', courseUnit: 'module' });
    addLecture(g, 4, 'Graphs', { series: 'DIY', courseLecture: '12', part: { index: 2 } });
    const ids = lectureIdentities(g, en);
    expect(ids.get('lecture:1')).toBe('Applied DL · Lecture 1');
    expect(ids.get('lecture:2')).toBe('Applied DL · Lab 1');
    expect(ids.get('lecture:3')).toBe('DIY · Module 9a');
    expect(ids.get('lecture:4')).toBe('DIY · Lecture 12 · Part 2');
    expect(lectureIdentities(g, zh).get('lecture:2')).toBe('Applied DL · 第 1 次實作');
    expect(fullNodeName(g, 'lecture:3', zh)).toBe('Autoencoders (DIY · 第 9a 單元)');
  });

  it('should speak the UI language', () => {
    expect(lectureIdentities(library(), zh).get('lecture:369')).toBe('ML 2021 · 第 2/2 段 · 英文版');
    expect(fullNodeName(library(), 'lecture:201', en)).toBe('Network Compression (Part 5 of 6 · English)');
    expect(fullNodeName(library(), 'concept:network-compression', en)).toBe('network compression');
  });
});

describe('shownAliases', () => {
  it('should show each spelling once, never one of the names already shown', () => {
    expect(
      shownAliases('Transformer', '變形金剛', [
        'TRANSFORMER',
        'transformers',
        'Transformer model',
        '變形金剛',
      ]),
    ).toEqual(['Transformer model']);
    expect(
      shownAliases('self-attention', undefined, ['self attention', 'Self-Attention', '自注意力']),
    ).toEqual(['自注意力']);
  });

  const simplified = { 對: '对', 網: '网', 絡: '络' };

  it('should show a Chinese name once across scripts, in Traditional characters', () => {
    expect(
      shownAliases(
        'GAN',
        '生成式對抗網絡',
        ['生成对抗网络', '生成對抗網絡', '生成式对抗网络', 'Generative Adversarial Network'],
        { simplified },
      ),
    ).toEqual(['生成對抗網絡', 'Generative Adversarial Network']);
  });

  it('should show a Chinese name once across regional wordings, in the preferred one', () => {
    const wordings = [['网路', '网络']];
    expect(
      shownAliases(
        'GAN',
        '生成式對抗網路',
        ['对抗生成网络', '對抗生成網路', '生成對抗網絡', '生成對抗網路', '生成式對抗網絡', '設計對抗網絡'],
        { simplified, wordings },
      ),
    ).toEqual(['對抗生成網路', '生成對抗網路', '設計對抗網絡']);
    // Without the wordings, each wording is a name of its own.
    expect(shownAliases('GAN', '生成式對抗網路', ['生成對抗網絡', '生成對抗網路'], { simplified })).toEqual([
      '生成對抗網絡',
      '生成對抗網路',
    ]);
  });
});

describe('conceptGuide', () => {
  it('should return nothing for an unknown concept', () => {
    expect(conceptGuide(library(), 'concept:nope')).toEqual({
      start: null,
      startWhy: null,
      before: [],
      lectures: [],
    });
  });

  it('should start with a main-topic lecture that opens its talk, then list those about it before those using it', () => {
    const g = library();
    const guide = conceptGuide(g, 'concept:network-compression');
    // 201 has nothing before it in this catalog, but it is part 5 of 6: no place to start.
    expect(guide.start?.key).toBe('lecture:368');
    expect(guide.before.map((b) => b.key)).toEqual(['lecture:400']);
    // 202 only uses the concept: after every lecture about it, although fewer prerequisites lead to it than to 369.
    expect(guide.lectures.map((l) => l.key)).toEqual([
      'lecture:368',
      'lecture:201',
      'lecture:369',
      'lecture:202',
    ]);
    expect(prerequisiteDepth(g, 'lecture:369')).toBe(2);
  });

  it('should start, among lectures that open their talk, with the one with the fewest prerequisites, then the earliest', () => {
    const g = library();
    addLecture(g, 370, 'Network Compression', { series: 'ML 2022', date: '2022-05-01' });
    addLecture(g, 371, 'Network Compression', { series: 'ML 2023', date: '2023-05-01' });
    for (const n of [370, 371])
      g.addDirectedEdgeWithKey(`m${n}`, `lecture:${n}`, 'concept:network-compression', {
        kind: 'mentions',
        weight: 0.8,
        main: true,
      });
    // 370 and 371 have no prerequisites, 368 one: the earlier of the two.
    const guide = conceptGuide(g, 'concept:network-compression');
    expect(guide.start?.key).toBe('lecture:370');
    expect(guide.before).toEqual([]);
  });

  it('should not start with a paper talk where a course teaches the concept, however few its prerequisites', () => {
    const g = library();
    addLecture(g, 372, 'Pruning at ICASSP', {
      series: 'ICASSP 2020',
      seriesKind: 'venue',
      date: '2020-05-01',
    });
    g.addDirectedEdgeWithKey('m372', 'lecture:372', 'concept:network-compression', {
      kind: 'mentions',
      weight: 0.9,
      main: true,
    });
    expect(conceptGuide(g, 'concept:network-compression').start?.key).toBe('lecture:368');
  });

  it("should start where the build says the concept starts, the lecture its prerequisites' reasons name", () => {
    const g = library();
    // The build names 201 (an older course's lecture on it): the panel must not say 368 while a reason elsewhere
    // says "the lecture to start network compression with" of 201.
    g.mergeNodeAttributes('concept:network-compression', { start: 'lecture:201' });
    expect(conceptGuide(g, 'concept:network-compression').start?.key).toBe('lecture:201');
    // A start that no longer teaches the concept (a hand-edited graph) is passed over for the rule.
    g.mergeNodeAttributes('concept:network-compression', { start: 'lecture:400' });
    expect(conceptGuide(g, 'concept:network-compression').start?.key).toBe('lecture:368');
  });

  it("should say why the build's start is where to start, and nothing for a start of its own rule", () => {
    const g = library();
    const why = () => conceptGuide(g, 'concept:network-compression').startWhy;
    expect(why()).toBeNull();
    g.mergeNodeAttributes('concept:network-compression', { start: 'lecture:368' });
    // 201 and 369 are about it too, at the same level.
    expect(why()).toBe('earliest');
    g.mergeNodeAttributes('lecture:201', { level: 'advanced' });
    g.mergeNodeAttributes('lecture:369', { level: 'research' });
    expect(why()).toBe('most-basic');
    g.mergeNodeAttributes('lecture:368', { level: 'introductory' });
    expect(why()).toBe('introduction');
    // A course's overview is never a start, nor counted against one; 202 only uses the concept.
    g.mergeNodeAttributes('lecture:201', { level: 'overview' });
    g.dropNode('lecture:369');
    expect(why()).toBe('only');
  });

  it('should not ask to watch first a lecture that only course order puts before the start, on nothing it names', () => {
    const g = library();
    // The course's previous lecture (on GAN) comes before 368 for course order alone: no reason to watch it for
    // network compression; the linear algebra lecture 368 builds on stays.
    addLecture(g, 367, 'GAN', { series: 'ML 2021', date: '2021-06-07', englishVersion: true });
    g.addDirectedEdgeWithKey('prerequisite:lecture:367->lecture:368', 'lecture:367', 'lecture:368', {
      kind: 'prerequisite',
      score: 0.95,
      reason: 'the previous lecture of ML 2021',
      reasonKey: 'previous-in-course',
      reasonParams: { series: 'ML 2021' },
    });
    expect(conceptGuide(g, 'concept:network-compression').before.map((b) => b.key)).toEqual(['lecture:400']);
  });
});

describe('conceptGuide, what to watch before the start', () => {
  it("should bring a talk's earlier part with a later part it asks to watch, the earlier part first", () => {
    const g = library();
    // The start (368) builds on part 2 of a linear algebra talk (402), whose part 1 (401) is its own prerequisite.
    const attrs = (n: number, index: number) =>
      g.mergeNodeAttributes(`lecture:${n}`, { part: { index, total: 2 }, title: 'Matrices' });
    addLecture(g, 402, 'Matrices', { series: 'Linear Algebra', date: '2022-03-08', language: 'zh' });
    attrs(401, 1);
    attrs(402, 2);
    const edge = (s: number, t: number, score: number, reasonKey: string) =>
      g.addDirectedEdgeWithKey(`prerequisite:lecture:${s}->lecture:${t}`, `lecture:${s}`, `lecture:${t}`, {
        kind: 'prerequisite',
        score,
        reason: reasonKey,
        reasonKey,
      });
    edge(401, 402, 0.9, 'previous-part');
    edge(402, 368, 0.8, 'introduces-required');
    const before = conceptGuide(g, 'concept:network-compression').before.map((b) => b.key);
    expect(before).toEqual(['lecture:401', 'lecture:402', 'lecture:400']);
  });
});

describe('community names and colours', () => {
  it('should never name a community after homework, exams or generic words', () => {
    for (const bad of [
      'HW1',
      'hw 3',
      'Homework 2',
      'midterm',
      '作業二',
      'machine learning',
      'Overview',
      '42',
      'x',
    ])
      expect(namesACommunity(bad), bad).toBe(false);
    for (const good of ['BERT', 'network compression', 'HWR dataset'])
      expect(namesACommunity(good), good).toBe(true);
  });

  it('should name a community after its most linked concept inside it, skipping homework labels', () => {
    const g = createAtlasGraph();
    const concept = (id: string, label: string, lectureCount: number): void => {
      g.addNode(`concept:${id}`, {
        kind: 'concept',
        label,
        aliases: [],
        category: 'discovered',
        lectureCount,
        origin: 'discovered',
        community: 0,
      });
    };
    concept('hw1', 'HW1', 9);
    concept('gan', 'GAN', 2);
    concept('cyclegan', 'CycleGAN', 1);
    g.addDirectedEdgeWithKey('r1', 'concept:hw1', 'concept:gan', { kind: 'related' });
    g.addDirectedEdgeWithKey('r2', 'concept:hw1', 'concept:cyclegan', { kind: 'related' });
    g.addDirectedEdgeWithKey('r3', 'concept:cyclegan', 'concept:gan', { kind: 'broader' });
    expect(communityLegend(g)[0]?.name).toBe('GAN');
  });

  it('should give categories distinct colours, the rest the "other" grey', () => {
    const colors = categoricalColors(Array.from({ length: PALETTE.length + 2 }, (_, i) => i));
    expect(new Set([...colors.values()].slice(0, PALETTE.length)).size).toBe(PALETTE.length);
    expect(colors.get(PALETTE.length)).toBe(OTHER_COLOR);
    expect(colors.get(PALETTE.length + 1)).toBe(OTHER_COLOR);
  });
});
