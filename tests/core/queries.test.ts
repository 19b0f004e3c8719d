import { describe, it, expect } from 'vitest';
import { UnknownNodeError } from '../../src/core/errors.js';
import { conceptGuide } from '../../src/core/concept-guide.js';
import { explanatoryPath } from '../../src/core/explanatory-path.js';
import { EXPANDED_LEARNING_PATH_OPTIONS, inWatchOrder, learningPath } from '../../src/core/learning-path.js';
import { lecturesTeaching, neighbourhood, nextLectures, prerequisitesOf } from '../../src/core/queries.js';
import { resolveNode } from '../../src/core/resolve-node.js';
import { SearchIndex, normaliseQuery } from '../../src/core/search-index.js';
import { createAtlasGraph } from '../../src/core/serialize.js';
import { subgraph } from '../../src/core/subgraph.js';
import type { AtlasGraph, EdgeKind } from '../../src/core/types.js';
import { addConcept, addLecture } from '../support/atlas-graph.js';

/** A small course: 1 → 2 → 3 (series and prerequisites), 4 alone, concepts GAN and CycleGAN. */
function course(): AtlasGraph {
  const g = createAtlasGraph();
  const lecture = (n: number, title: string): void => addLecture(g, n, title);
  lecture(1, 'GAN basics');
  lecture(2, 'CycleGAN for voice');
  lecture(3, 'GAN papers');
  lecture(4, 'Vectors');
  g.addNode('concept:gan', {
    kind: 'concept',
    label: 'GAN',
    labelZh: '生成式對抗網路',
    aliases: ['generative adversarial network', '生成对抗网络'],
    category: 'model',
    lectureCount: 2,
    origin: 'lexicon',
  });
  g.addNode('concept:cyclegan', {
    kind: 'concept',
    label: 'CycleGAN',
    aliases: [],
    category: 'model',
    lectureCount: 1,
    origin: 'lexicon',
  });
  const edge = (kind: EdgeKind, s: string, t: string, extra: object = {}): void => {
    g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, { kind, ...extra });
  };
  edge('mentions', 'lecture:1', 'concept:gan', { weight: 0.9, main: true });
  edge('mentions', 'lecture:3', 'concept:gan', { weight: 0.4, main: false });
  edge('mentions', 'lecture:2', 'concept:cyclegan', { weight: 0.9, main: true });
  edge('broader', 'concept:cyclegan', 'concept:gan');
  edge('prerequisite', 'lecture:1', 'lecture:2', { score: 0.9, reason: 'introduces GAN' });
  edge('prerequisite', 'lecture:2', 'lecture:3', { score: 0.8, reason: 'part 1' });
  edge('prerequisite', 'lecture:1', 'lecture:3', { score: 0.6, reason: 'transitive' });
  edge('next-in-series', 'lecture:2', 'lecture:3', { reason: 'part 1 of GAN' });
  g.replaceAttributes({
    schemaVersion: 1,
    generator: 't',
    inputs: [],
    counts: {},
    diagnostics: [],
    simplifiedChars: { 對: '对', 抗: '抗', 網: '网', 絡: '络', 路: '路' },
  });
  return g;
}

describe('resolveNode', () => {
  it('should refuse an unknown name and suggest the closest matches', () => {
    const g = course();
    const error = (() => {
      try {
        resolveNode(g, new SearchIndex(g), 'CycleGNA');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(UnknownNodeError);
    expect((error as UnknownNodeError).suggestions[0]).toBe('CycleGAN');
  });

  it.each([
    ['2', 'lecture:2'],
    ['#3', 'lecture:3'],
    ['gan', 'concept:gan'],
    ['Generative Adversarial Networks', 'concept:gan'],
    ['生成式對抗網路', 'concept:gan'],
    ['生成对抗网络', 'concept:gan'],
  ])('should resolve %s', (name, key) => {
    const g = course();
    expect(resolveNode(g, new SearchIndex(g), name)).toBe(key);
  });
});

describe('SearchIndex', () => {
  it('should find nothing for an empty query', () => {
    expect(new SearchIndex(course()).search('  ')).toEqual([]);
  });
  it('should put a name typed run together (gpt3) above a shorter name one edit away (GPT)', () => {
    const g = createAtlasGraph();
    for (const [id, label] of [
      ['gpt', 'GPT'],
      ['gpt-3', 'GPT-3'],
    ])
      g.addNode(`concept:${id}`, {
        kind: 'concept',
        label,
        aliases: [],
        category: 'model',
        lectureCount: 1,
        origin: 'lexicon',
      });
    expect(new SearchIndex(g).search('gpt3').map((h) => h.key)).toEqual(['concept:gpt-3', 'concept:gpt']);
  });
  it('should find a lecture by a number typed with a full-width ＃', () => {
    expect(new SearchIndex(course()).search('＃3')[0]?.key).toBe('lecture:3');
  });
  it('should list the parts of one title in watching order, whatever their catalog numbers', () => {
    const g = createAtlasGraph();
    const title = 'Self-supervised Learning';
    addLecture(g, 330, title, { part: { index: 2, total: 3 } });
    addLecture(g, 1000, title, { part: { index: 3, total: 3 } });
    addLecture(g, 331, title, { part: { index: 1, total: 3 } });
    expect(new SearchIndex(g).search(title).map((h) => h.key)).toEqual([
      'lecture:331',
      'lecture:330',
      'lecture:1000',
    ]);
  });
  it('should list the lectures a query starts in their course’s order, however long their titles', () => {
    const g = createAtlasGraph();
    const course = { series: 'GAN 2018', date: '2018-05-11' };
    addLecture(g, 85, 'GAN - WGAN, EBGAN', { ...course, courseLecture: '6' });
    addLecture(g, 79, 'GAN - Basic Theory', { ...course, courseLecture: '4' });
    addLecture(g, 82, 'GAN - Introduction', { ...course, courseLecture: '1' });
    addLecture(g, 81, 'GAN - Conditional Generation', { ...course, courseLecture: '2' });
    expect(new SearchIndex(g).search('gan').map((h) => h.key)).toEqual([
      'lecture:82',
      'lecture:81',
      'lecture:79',
      'lecture:85',
    ]);
  });
  it('should order a course consistently where it numbers some lectures and not others, by language version', () => {
    const g = createAtlasGraph();
    const s = { series: 'S 2020' };
    addLecture(g, 1, 'GAN five', { ...s, courseLecture: '5', date: '2020-01-10' });
    addLecture(g, 2, 'GAN extra', { ...s, date: '2020-02-10' });
    addLecture(g, 3, 'GAN three', { ...s, courseLecture: '3', date: '2020-03-10' });
    // Lecture 3 before lecture 5 (its number), the unnumbered one where its date puts it.
    expect(new SearchIndex(g).search('gan').map((h) => h.key)).toEqual([
      'lecture:3',
      'lecture:2',
      'lecture:1',
    ]);
    const v = createAtlasGraph();
    const ml = { series: 'ML 2021' };
    addLecture(v, 10, 'Transformer (1/2)', { ...ml, courseLecture: '1', date: '2021-03-01' });
    addLecture(v, 11, 'Transformer (2/2)', { ...ml, courseLecture: '2', date: '2021-03-08' });
    addLecture(v, 20, 'Transformer (1/2)', {
      ...ml,
      courseLecture: '1',
      date: '2021-06-01',
      englishVersion: true,
    });
    addLecture(v, 21, 'Transformer (2/2)', {
      ...ml,
      courseLecture: '2',
      date: '2021-06-08',
      englishVersion: true,
    });
    // Each version's lectures together (the original first, by date), not lecture 1 of each, then lecture 2.
    expect(new SearchIndex(v).search('transformer').map((h) => h.key)).toEqual([
      'lecture:10',
      'lecture:11',
      'lecture:20',
      'lecture:21',
    ]);
    // A catalog number's length still ranks it: "12" is more of 120 than of 1250.
    addLecture(v, 120, 'A');
    addLecture(v, 1250, 'B');
    expect(new SearchIndex(v).search('12').map((h) => h.key)).toEqual(['lecture:120', 'lecture:1250']);
  });
  it("should find a lecturer's lectures by their name, in watching order, above a title that holds the name", () => {
    const g = createAtlasGraph();
    addLecture(g, 7, 'Lesson 2: Deployment', { lecturer: 'Jeremy Howard', date: '2022-10-20' });
    addLecture(g, 3, 'Lesson 1: Getting started', { lecturer: 'Jeremy Howard', date: '2022-10-13' });
    addLecture(g, 5, 'Module 2a - Pytorch tensors', { lecturer: 'Marc Lelarge' });
    addLecture(g, 9, 'Jeremy Howard on teaching deep learning');
    const hits = new SearchIndex(g).search('jeremy howard');
    expect(hits.map((h) => [h.key, h.matched])).toEqual([
      ['lecture:3', 'Jeremy Howard'],
      ['lecture:7', 'Jeremy Howard'],
      ['lecture:9', 'Jeremy Howard on teaching deep learning'],
    ]);
    expect(new SearchIndex(g).search('Lelarge').map((h) => h.key)).toEqual(['lecture:5']);
  });
  it('should build from a graph made elsewhere whose names are not strings, skipping them', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'Lesson 1: Getting started', { lecturer: ['Jeremy Howard'] as never });
    addLecture(g, 2, 7 as never);
    const index = new SearchIndex(g);
    expect(index.search('getting started').map((h) => h.key)).toEqual(['lecture:1']);
    expect(index.search('jeremy')).toEqual([]);
  });
  it('should find the names holding the words of a question, best covered first', () => {
    const g = createAtlasGraph();
    addLecture(g, 7, 'Lesson 2: Deployment');
    addLecture(g, 8, 'Self-attention for Transformer');
    addLecture(g, 9, 'Transformer');
    addLecture(g, 10, 'Model evaluation');
    addLecture(g, 11, '自注意力機制 (Self-attention)');
    const index = new SearchIndex(g);
    // "deploy" starts "deployment"; "how", "to" and "a" find nothing; "model" alone is a lesser match.
    expect(index.search('how to deploy a model').map((h) => h.key)).toEqual(['lecture:7', 'lecture:10']);
    expect(index.search('attention transformer').map((h) => h.key)).toEqual([
      'lecture:8',
      'lecture:9',
      'lecture:11',
    ]);
    expect(index.search('機制 注意力').map((h) => h.key)).toEqual(['lecture:11']);
    // A word that starts no word of any name, with no other word of four letters, finds nothing.
    expect(index.search('how to')).toEqual([]);
    // A common word ("model" in 2,100 names) does not crowd out the names holding the rarer one with it.
    const big = createAtlasGraph();
    for (let n = 1; n <= 2100; n++) addLecture(big, n, `A${String(n).padStart(5, '0')} model`);
    addLecture(big, 3001, 'Zeta model deployment');
    addLecture(big, 3002, 'Aardvark model deployment');
    addLecture(big, 3003, 'Deployment basics');
    expect(
      new SearchIndex(big)
        .search('deploy model', 3)
        .map((h) => h.key)
        .sort(),
    ).toEqual(['lecture:3001', 'lecture:3002', 'lecture:3003']);
    expect(new SearchIndex(big).search('deploy model', 2).map((h) => h.key)).toEqual([
      'lecture:3001',
      'lecture:3002',
    ]);
    // A query a name holds as written finds that name alone, not every name holding one of its words.
    expect(index.search('model evaluation').map((h) => h.key)).toEqual(['lecture:10']);
  });
  it('should rank a rare word of a question above a common one, a lecture title above concepts sharing the common word', () => {
    const g = createAtlasGraph();
    addLecture(g, 22, 'Deployment');
    addLecture(g, 23, 'Deployment & Monitoring');
    for (const name of ['language', 'diffusion', 'generative', 'latent', 'energy', 'flow', 'world', 'reward'])
      addConcept(g, `${name}-model`, `${name} model`);
    const hits = new SearchIndex(g).search('how do I deploy a model', 4).map((h) => h.key);
    expect(hits.slice(0, 2)).toEqual(['lecture:22', 'lecture:23']);
  });
  it('should look in lectures’ descriptions only when no name holds the query, and say where it was found', () => {
    const g = createAtlasGraph();
    addLecture(g, 4, 'Loss functions for classification', {
      summary:
        'Maximum likelihood.\n\n## Overfitting in polynomial regression\n\nMore overfitting, and overfit models.',
    });
    addLecture(g, 5, 'Regularisation', { summary: 'Against overfitting: weight decay.' });
    addLecture(g, 6, 'Underfitting', { summary: 'Not overfitting.' });
    addLecture(g, 7, 'Transformers', { summary: 'Self-attention; 過擬合的風險。' });
    const index = new SearchIndex(g);
    const hits = index.search('overfitting');
    // By how often the description names it; words of the description say why each was found.
    expect(hits.map((h) => h.key)).toEqual(['lecture:4', 'lecture:5', 'lecture:6']);
    expect(hits[0]).toMatchObject({
      inDescription: true,
      matched: expect.stringContaining('Overfitting in polynomial'),
    });
    expect(hits[0]!.score).toBeLessThan(0.2);
    // A word's start, not inside a word: "fitting" is found in the title "Underfitting", in no description.
    expect(index.search('fitting').map((h) => h.key)).toEqual(['lecture:6']);
    // In Traditional or Simplified characters, as written in the description or not.
    g.setAttribute('simplifiedChars', { 過: '过', 擬: '拟' });
    expect(new SearchIndex(g).search('过拟合').map((h) => h.key)).toEqual(['lecture:7']);
    expect(index.search('過擬合').map((h) => h.key)).toEqual(['lecture:7']);
    // A word of the query's middle as a word's start ("networks" is normalised to "network").
    addLecture(g, 8, 'Basics', { summary: 'Why neural networks explained simply.' });
    expect(new SearchIndex(g).search('neural networks explained').map((h) => h.key)).toEqual(['lecture:8']);
    // A name that holds the query is all that is found.
    expect(index.search('regularisation').map((h) => [h.key, h.inDescription ?? false])).toEqual([
      ['lecture:5', false],
    ]);
    // A number is a lecture's, and two letters name nothing worth reading every description for: the explorer
    // says at once that nothing matches them, not that it is looking in the descriptions.
    addLecture(g, 9, 'Attention', { summary: 'Lecture 212 and the ov of ov.' });
    const asked = new SearchIndex(g);
    expect(
      ['212', '#212', 'ov', '  '].map((q) => [
        q,
        asked.searchAll(q).readsDescriptions,
        asked.search(q).length,
      ]),
    ).toEqual([
      ['212', false, 0],
      ['#212', false, 0],
      ['ov', false, 0],
      ['  ', false, 0],
    ]);
    expect(['overfit', '過擬合'].map((q) => asked.searchAll(q).readsDescriptions)).toEqual([true, true]);
  });
  it('should find a concept by what its definition says, when no name holds the query', () => {
    const g = createAtlasGraph();
    addConcept(g, 'ppo', 'PPO', {
      definition: {
        en: 'A policy-gradient method that clips the probability ratio between the new and old policy.',
        zh: '以裁剪新舊策略的機率比來限制更新幅度的策略梯度方法。',
      },
    });
    addConcept(g, 'vocoder', 'vocoder', {
      definition: { en: 'Turns a spectrogram into a waveform.', zh: '把頻譜轉成波形。' },
    });
    addConcept(g, 'wavenet', 'WaveNet', {
      definition: { en: 'An autoregressive vocoder.', zh: '自迴歸的聲碼器。' },
    });
    addLecture(g, 3, 'Policy Gradient', { summary: 'The probability ratio, clipped.' });
    const index = new SearchIndex(g);
    const hits = index.search('probability ratio');
    // The concept whose definition says it, after the lecture whose description says it as often: a definition
    // names what a concept is used for too.
    expect(hits.map((h) => [h.key, h.inDescription ?? false])).toEqual([
      ['lecture:3', true],
      ['concept:ppo', true],
    ]);
    expect(hits[1]!.matched).toContain('clips the probability ratio');
    // In Chinese too, the words around it taken from the Chinese definition.
    const zh = index.search('機率比');
    expect(zh.map((h) => h.key)).toEqual(['concept:ppo']);
    expect(zh[0]!.matched).toContain('新舊策略的機率比');
    // A name that holds the query is all that is found: WaveNet's definition, which says "vocoder", is not read.
    expect(index.search('vocoder').map((h) => [h.key, h.inDescription ?? false])).toEqual([
      ['concept:vocoder', false],
    ]);
  });

  it('should rank a definition that holds a whole query above names holding some of its words, below descriptions', () => {
    const g = createAtlasGraph();
    addConcept(g, 'large-language-model', 'large language model');
    addConcept(g, 'semi-supervised-learning', 'semi-supervised learning', {
      definition: {
        en: 'Learning from a few labels and large amounts of unlabelled data.',
        zh: '用少量標註與大量未標註資料學習。',
      },
    });
    const index = new SearchIndex(g);
    expect(index.search('large amounts of').map((h) => h.key)).toEqual([
      'concept:semi-supervised-learning',
      'concept:large-language-model',
    ]);
    // Many concepts' definitions hold a query as often as a lecture's description: the lecture is not cut.
    for (let i = 0; i < 25; i++)
      addConcept(g, `c${i}`, `thing ${i}`, {
        // Half of them name it in their Chinese sentence as well.
        definition: { en: 'Made of zorblax quux.', zh: i % 2 ? '由 zorblax quux 構成。' : '一種東西。' },
      });
    addLecture(g, 1, 'Intro', { summary: 'Zorblax quux, explained.' });
    const cut = new SearchIndex(g).search('zorblax quux', 30);
    expect(cut[0]!.key).toBe('lecture:1');
    expect(cut).toHaveLength(20);
    // A definition naming the query in both its languages counts it once, not twice.
    expect(cut.slice(1).every((h) => h.score === cut[1]!.score)).toBe(true);
  });

  it('should put a description that holds a whole query before names that hold only words of it', () => {
    const g = createAtlasGraph();
    addConcept(g, 'gradient', 'gradient');
    addConcept(g, 'gradient-descent', 'gradient descent');
    addLecture(g, 1, 'Gradient Descent');
    addLecture(g, 2, 'Recurrent Networks', { summary: '- LSTM\n- The vanishing gradient problem\n- GRU' });
    addLecture(g, 3, 'Tips', { summary: 'Gradients vanish in deep nets.' });
    const index = new SearchIndex(g);
    const hits = index.search('vanishing gradient');
    // No name says "vanishing": after the concept the query names, the RNN lecture whose description says it all
    // comes before the names that hold "gradient" alone.
    expect(hits.map((h) => [h.key, h.inDescription ?? false])).toEqual([
      ['concept:gradient', false],
      ['lecture:2', true],
      ['concept:gradient-descent', false],
      ['lecture:1', false],
    ]);
    // The explorer's search as typed leaves descriptions for the pause, and knows it will read them.
    expect(index.search('vanishing gradient', 10, { descriptions: false }).some((h) => h.inDescription)).toBe(
      false,
    );
    expect(index.searchAll('vanishing gradient', 10, { descriptions: false }).readsDescriptions).toBe(true);
    // Where a name holds every word, descriptions are not read, nor left for the pause.
    expect(index.searchAll('gradient descent', 10, { descriptions: false }).readsDescriptions).toBe(false);
    expect(index.search('gradient descent').some((h) => h.inDescription)).toBe(false);
  });

  it('should say which words of a query no name holds, unless a description or a typo holds the whole of it', () => {
    const g = createAtlasGraph();
    addConcept(g, 'gradient-descent', 'gradient descent');
    addConcept(g, 'gan', 'GAN');
    addLecture(g, 1, 'Gradient Descent');
    addLecture(g, 2, 'Recurrent Networks', { summary: 'Gradients vanish in deep nets.' });
    const index = new SearchIndex(g);
    const missing = (q: string, descriptions = true): string[] =>
      index.searchAll(q, 10, { descriptions }).missing;
    // Names hold "gradient", none "vanishing" (nor does a description hold the whole query).
    expect(missing('vanishing gradient')).toEqual(['vanishing']);
    expect(missing('quantum GAN')).toEqual(['quantum']);
    // A name holds every word, or the whole query with a typo; a Chinese question around a term it names.
    expect(missing('gradient descent')).toEqual([]);
    expect(missing('gradient descnt')).toEqual([]);
    expect(missing('什麼是GAN')).toEqual([]);
    // Nothing found at all: the list says that instead.
    expect(missing('quantum entanglement')).toEqual([]);
    // A description holding the whole query: nothing is missing once descriptions are read.
    addLecture(g, 3, 'Tips', { summary: 'The vanishing gradient problem.' });
    const withIt = new SearchIndex(g);
    expect(withIt.searchAll('vanishing gradient').missing).toEqual([]);
    expect(withIt.searchAll('vanishing gradient', 10, { descriptions: false }).missing).toEqual([
      'vanishing',
    ]);
  });

  it('should keep the lectures whose descriptions name a query most, wherever they come in the catalog', () => {
    const g = createAtlasGraph();
    for (let n = 100; n < 125; n++) addLecture(g, n, `Lecture ${n}`, { summary: 'Some dropout.' });
    addLecture(g, 9, 'Regularisation', {
      summary: 'Dropout, dropout rates, dropout masks and more dropout.',
    });
    const hits = new SearchIndex(g).search('dropout', 30);
    expect(hits).toHaveLength(20);
    expect(hits[0]!.key).toBe('lecture:9');
  });
  it('should not backtrack over the splits of a query of many symbols', () => {
    // "+" is a word's character for the normaliser: the pattern's words and separators never overlap.
    const g = createAtlasGraph();
    addLecture(g, 1, 'One', { summary: `see C ${'+'.repeat(200)}` });
    // (Before, this one query ran for half a minute, past the test's time limit.)
    expect(new SearchIndex(g).search(`c${' +'.repeat(14)} x`)).toEqual([]);
  });
  it('should find the concept a question names first, by its longest name', () => {
    const g = course();
    addConcept(g, 'self-supervised-learning', 'self-supervised learning');
    addConcept(g, 'supervised-learning', 'supervised learning');
    const index = new SearchIndex(g);
    expect(index.search('what is a GAN')[0]!.key).toBe('concept:gan');
    // Chinese puts no space between its words and a Latin term.
    expect(index.search('什麼是GAN')[0]!.key).toBe('concept:gan');
    expect(index.search('GAN是什麼')[0]!.key).toBe('concept:gan');
    expect(index.search('GAN 介紹')[0]!.key).toBe('concept:gan');
    const ssl = index.search('introduction to self supervised learning').map((h) => h.key);
    expect(ssl[0]).toBe('concept:self-supervised-learning');
    // "supervised learning" inside it is not named by the question (a lesser match of its words at most).
    expect(index.search('introduction to self supervised learning')[1]?.score ?? 0).toBeLessThan(0.4);
    // One word left of a repeated one is looked for as such.
    expect(index.search('gan gan')[0]!.key).toBe('concept:gan');
  });
  it('should tolerate a typo and rank the concept first', () => {
    const hits = new SearchIndex(course()).search('cyclegna');
    expect(hits[0]!.key).toBe('concept:cyclegan');
  });
  it('should find a lecture by one word of its title typed with a typo, and nothing two typos from a short word', () => {
    const index = new SearchIndex(course());
    expect(index.search('pxpers').map((h) => h.key)).toEqual(['lecture:3']);
    expect(index.search('vocie').map((h) => h.key)).toEqual(['lecture:2']);
    expect(index.search('paxxrs')).toEqual([]);
    // Inside a word of a name, at any place of it.
    expect(index.search('clegan').map((h) => h.key)).toContain('concept:cyclegan');
    expect(index.search('apers').map((h) => h.key)).toEqual(['lecture:3']);
  });
  it('should fold Traditional and Simplified characters', () => {
    const g = course();
    expect(normaliseQuery('對抗網絡', g.getAttribute('simplifiedChars'))).toBe('对抗网络');
  });
});

describe('queries', () => {
  it('should give a disconnected node an empty neighbourhood', () => {
    const n = neighbourhood(course(), 'lecture:4', 2);
    expect([...n.nodes.keys()]).toEqual(['lecture:4']);
    expect(n.edges).toEqual([]);
  });

  it('should find the neighbourhood to a depth, following edges both ways', () => {
    const n = neighbourhood(course(), 'concept:gan', 1);
    expect([...n.nodes.keys()].sort()).toEqual(['concept:cyclegan', 'concept:gan', 'lecture:1', 'lecture:3']);
    expect(neighbourhood(course(), 'concept:gan', 2).nodes.get('lecture:2')).toBe(2);
  });

  it('should list lectures teaching a concept, main topic first', () => {
    expect(lecturesTeaching(course(), 'concept:gan').map((l) => [l.number, l.main])).toEqual([
      [1, true],
      [3, false],
      [2, false],
    ]);
  });

  it('should rank prerequisites and list what comes next', () => {
    expect(prerequisitesOf(course(), 'lecture:3').map((p) => [p.number, p.reason])).toEqual([
      [2, 'part 1'],
      [1, 'transitive'],
    ]);
    expect(nextLectures(course(), 'lecture:2').map((p) => [p.number, p.kind])).toEqual([
      [3, 'next-in-series'],
    ]);
  });
});

describe('nextLectures', () => {
  it('should name the course’s next lecture where the course numbers none, in the same version', () => {
    const g = createAtlasGraph();
    addLecture(g, 10, 'Transformer', { series: 'ML 2021', date: '2021-04-09' });
    addLecture(g, 11, 'GAN', { series: 'ML 2021', date: '2021-04-16' });
    addLecture(g, 12, 'GAN (English)', { series: 'ML 2021', date: '2021-04-10', englishVersion: true });
    addLecture(g, 13, 'Self-supervised learning', { series: 'ML 2021', date: '2021-04-23' });
    addLecture(g, 14, 'Other course', { series: 'DLHLP 2020', date: '2021-04-10' });
    const next = nextLectures(g, 'lecture:10');
    expect(next.map((l) => [l.number, l.reasonKey, l.reasonParams])).toEqual([
      [11, 'previous-in-course', { series: 'ML 2021' }],
    ]);
    // The course's last lecture has none; an undated one is in catalog order like the rest, and a conference's
    // talks follow no order.
    expect(nextLectures(g, 'lecture:13')).toEqual([]);
    addLecture(g, 9, 'Undated', { series: 'ML 2021' });
    expect(nextLectures(g, 'lecture:9').map((l) => l.number)).toEqual([10]);
    addLecture(g, 20, 'A talk', { series: 'INTERSPEECH 2020', seriesKind: 'venue' });
    addLecture(g, 21, 'Another talk', { series: 'INTERSPEECH 2020', seriesKind: 'venue' });
    expect(nextLectures(g, 'lecture:20')).toEqual([]);
    // Where the build links the next part or lecture, that is what follows.
    g.addDirectedEdgeWithKey('next-in-series:lecture:10->lecture:13', 'lecture:10', 'lecture:13', {
      kind: 'next-in-series',
      reason: 'part 1 of Transformer',
    });
    expect(nextLectures(g, 'lecture:10').map((l) => l.number)).toEqual([13]);
  });

  it('should list the next lecture first, then what builds on it in catalog order, the less certain last', () => {
    const g = createAtlasGraph();
    for (const [n, title] of [
      [30, 'Stable Diffusion'],
      [31, 'Diving Deeper'],
      [32, 'Matrix multiplication'],
      [33, 'Mean shift clustering'],
      [45, 'Attention & transformers'],
    ] as const)
      addLecture(g, n, title, { series: 'fast.ai Part 2' });
    const edge = (kind: EdgeKind, t: number, extra: object): void => {
      g.addDirectedEdgeWithKey(`${kind}:lecture:30->lecture:${t}`, 'lecture:30', `lecture:${t}`, {
        kind,
        ...extra,
      });
    };
    edge('next-in-series', 31, { reason: 'lesson 9 of fast.ai Part 2' });
    edge('prerequisite', 45, { score: 0.39, reason: 'the first lecture of fast.ai Part 2' });
    edge('prerequisite', 33, { score: 0.5, reason: 'the first lecture of fast.ai Part 2', tentative: true });
    edge('prerequisite', 32, { score: 0.35, reason: 'the first lecture of fast.ai Part 2' });
    expect(nextLectures(g, 'lecture:30').map((l) => l.number)).toEqual([31, 32, 45, 33]);
  });

  it('should follow the catalog’s order where the course numbers none, not upload dates', () => {
    // A talk recorded after the others but listed third in the course is the third: the catalog lists the
    // course in its order.
    const g = createAtlasGraph();
    const camp = { series: 'LLM Bootcamp 2023', lecturer: 'Sergey Karayev' };
    addLecture(g, 65, 'Augmented Language Models', { ...camp, date: '2023-05-09' });
    addLecture(g, 66, 'Launch an LLM App', { ...camp, date: '2023-05-09' });
    addLecture(g, 67, 'LLM Foundations', { ...camp, date: '2023-05-19' });
    addLecture(g, 68, 'Project Walkthrough', { ...camp, date: '2023-05-09' });
    expect(nextLectures(g, 'lecture:66').map((l) => l.number)).toEqual([67]);
    expect(nextLectures(g, 'lecture:67').map((l) => l.number)).toEqual([68]);
    expect(nextLectures(g, 'lecture:68')).toEqual([]);
    // A talk's part 2 listed before its part 1 is not the next lecture: part 1 is.
    addLecture(g, 69, 'Training (2)', { ...camp, part: { index: 2 } });
    addLecture(g, 70, 'Training (1)', { ...camp, part: { index: 1 } });
    g.addDirectedEdgeWithKey('next-in-series:lecture:70->lecture:69', 'lecture:70', 'lecture:69', {
      kind: 'next-in-series',
      reason: 'part 1 of Training',
    });
    expect(nextLectures(g, 'lecture:68').map((l) => l.number)).toEqual([70]);
    // Search lists them in the same order (by the name they share).
    expect(
      new SearchIndex(g)
        .search('Sergey Karayev')
        .map((h) => h.key)
        .slice(0, 4),
    ).toEqual(['lecture:65', 'lecture:66', 'lecture:67', 'lecture:68']);
  });

  it('should follow the course’s numbers over upload dates, and never point back at what a lecture builds on', () => {
    const g = createAtlasGraph();
    const rl = { series: 'RL 2018' };
    addLecture(g, 5, 'Q-learning (Continuous Action)', { ...rl, courseLecture: '5', date: '2018-06-20' });
    addLecture(g, 8, 'Imitation Learning', { ...rl, courseLecture: '8', date: '2018-06-18' });
    addLecture(g, 9, 'Inverse RL', { ...rl, courseLecture: '9', date: '2018-06-25' });
    addLecture(g, 20, 'Bonus talk', { ...rl, date: '2018-06-30' });
    // Lecture 8's next is lecture 9, not lecture 5 uploaded two days after it.
    expect(nextLectures(g, 'lecture:8').map((l) => l.number)).toEqual([9]);
    // After the last numbered lecture, a dated one the course does not number; after lecture 5, lecture 8.
    expect(nextLectures(g, 'lecture:9').map((l) => l.number)).toEqual([20]);
    expect(nextLectures(g, 'lecture:5').map((l) => l.number)).toEqual([8]);
    // Part 2 of a talk uploaded before its part 1: part 1 is what part 2 builds on, not what follows it.
    const ta = { series: 'TA 2020' };
    addLecture(g, 30, 'More about Attacks', { ...ta, date: '2020-04-20', part: { index: 2, total: 2 } });
    addLecture(g, 31, 'More about Attacks', { ...ta, date: '2020-04-22', part: { index: 1, total: 2 } });
    addLecture(g, 32, 'Next topic', { ...ta, date: '2020-04-27' });
    g.addDirectedEdgeWithKey('next-in-series:lecture:31->lecture:30', 'lecture:31', 'lecture:30', {
      kind: 'next-in-series',
      reason: 'part 1 of More about Attacks',
    });
    expect(nextLectures(g, 'lecture:30').map((l) => l.number)).toEqual([32]);
    // Two offerings in one series: the 2023 lecture 8's next is its own lecture 10, not 2019's lecture 9.
    const la = { series: 'Linear Algebra' };
    addLecture(g, 40, 'LA 2019: Span', { ...la, courseLecture: '9', date: '2019-03-01' });
    addLecture(g, 41, 'LA 2023: Basis', { ...la, courseLecture: '8', date: '2023-03-01' });
    addLecture(g, 42, 'LA 2023: Rank', { ...la, courseLecture: '10', date: '2023-03-15' });
    expect(nextLectures(g, 'lecture:41').map((l) => l.number)).toEqual([42]);
    // A lab's next is the next lab, never the next lecture (which builds on the lecture, not the lab).
    const cc = { series: 'Compilers 2025' };
    addLecture(g, 50, 'Lecture 2: Lexing', { ...cc, courseLecture: '2', date: '2025-01-08' });
    addLecture(g, 51, 'Lecture 3: Parsing', { ...cc, courseLecture: '3', date: '2025-01-15' });
    addLecture(g, 52, 'Lab 2: Writing a Lexer', {
      ...cc,
      courseLecture: '2',
      courseUnit: 'lab',
      date: '2025-01-10',
    });
    addLecture(g, 53, 'Lab 3: Writing a Parser', {
      ...cc,
      courseLecture: '3',
      courseUnit: 'lab',
      date: '2025-01-17',
    });
    expect(nextLectures(g, 'lecture:52').map((l) => l.number)).toEqual([53]);
    expect(nextLectures(g, 'lecture:53')).toEqual([]);
  });
});

describe('lecturesTeaching', () => {
  it('should list the parts of one talk together, in part order, whatever their catalog numbers', () => {
    const g = createAtlasGraph();
    addLecture(g, 172, 'Life Long Learning', { part: { index: 3, total: 3 } });
    addLecture(g, 173, 'Life Long Learning', { part: { index: 2, total: 3 } });
    addLecture(g, 174, 'Life Long Learning', { part: { index: 1, total: 3 } });
    addLecture(g, 175, 'More about Lifelong Learning');
    addConcept(g, 'lifelong-learning', 'lifelong learning');
    for (const n of [172, 173, 174, 175])
      g.addDirectedEdge(`lecture:${n}`, 'concept:lifelong-learning', {
        kind: 'mentions',
        weight: 1,
        main: true,
      });
    for (const [from, to] of [
      [174, 173],
      [173, 172],
    ])
      g.addDirectedEdge(`lecture:${from}`, `lecture:${to}`, {
        kind: 'next-in-series',
        reason: 'next part',
        reasonKey: 'series-part',
      });
    expect(lecturesTeaching(g, 'concept:lifelong-learning').map((l) => l.number)).toEqual([
      174, 173, 172, 175,
    ]);
  });

  it('should list the lectures about a narrower concept after its own, marked with it, writing no edge', () => {
    const g = course();
    const edges = g.size;
    const list = lecturesTeaching(g, 'concept:gan');
    expect(list.map((l) => [l.key, l.via])).toEqual([
      ['lecture:1', undefined],
      ['lecture:3', undefined],
      ['lecture:2', 'concept:cyclegan'],
    ]);
    expect(lecturesTeaching(g, 'concept:gan', { narrowerDepth: 0 }).map((l) => l.key)).toEqual([
      'lecture:1',
      'lecture:3',
    ]);
    expect(g.size).toBe(edges);
  });
});

describe('learningPath', () => {
  it('should order the closure topologically and drop transitive edges', () => {
    const path = learningPath(course(), 'lecture:3', new Set(), { perLecture: 5, minScore: 0, maxSteps: 12 });
    expect(path.steps.map((s) => s.key)).toEqual(['lecture:1', 'lecture:2', 'lecture:3']);
    expect(path.steps[0]!.leadsTo).toEqual(['lecture:2']);
  });

  it('should say which later step a reason is about where it is not the goal, and prefer the goal', () => {
    const path = learningPath(course(), 'lecture:3', new Set(), { perLecture: 5, minScore: 0, maxSteps: 12 });
    // Lecture 1's reason is its edge to lecture 2 ("introduces GAN"): "this lecture" there is lecture 2.
    expect(path.steps[0]).toMatchObject({
      key: 'lecture:1',
      reason: 'introduces GAN',
      reasonFor: 'lecture:2',
    });
    expect(path.steps[1]).toMatchObject({ key: 'lecture:2', reason: 'part 1' });
    expect(path.steps[1]!.reasonFor).toBeUndefined();
  });

  it('should skip watched lectures and what only they needed', () => {
    const g = course();
    g.dropEdge('prerequisite:lecture:1->lecture:3');
    const path = learningPath(g, 'lecture:3', new Set(['lecture:2']), {
      perLecture: 5,
      minScore: 0,
      maxSteps: 12,
    });
    expect(path.steps.map((s) => s.key)).toEqual(['lecture:3']);
    expect(path.watched).toEqual(['lecture:2']);
    // Lecture 1 is left out because the watched lecture 2 builds on it: the path says so.
    expect(path.behindWatched).toEqual(['lecture:1']);
    expect(learningPath(g, 'lecture:3').behindWatched).toEqual([]);
  });

  it('should list a watched lecture the short path does not follow (ticked on the whole path), to untick it', () => {
    const g = course();
    g.dropEdge('prerequisite:lecture:1->lecture:3');
    // Lecture 2's best lead is 4; the essential path follows only that one, the whole path 1 as well.
    g.addDirectedEdgeWithKey('prerequisite:lecture:4->lecture:2', 'lecture:4', 'lecture:2', {
      kind: 'prerequisite',
      score: 0.95,
      reason: 'better',
    });
    const watched = new Set(['lecture:1']);
    expect(learningPath(g, 'lecture:3', watched).steps.map((s) => s.key)).not.toContain('lecture:1');
    expect(learningPath(g, 'lecture:3', watched).watched).toEqual(['lecture:1']);
  });

  it('should list a watched lecture behind another watched one, so that both can be unticked', () => {
    const g = course();
    g.dropEdge('prerequisite:lecture:1->lecture:3');
    // Lecture 1 was ticked, then lecture 2, which builds on it: the path skips both, and lists both as watched.
    const path = learningPath(g, 'lecture:3', new Set(['lecture:1', 'lecture:2']));
    expect(path.steps.map((s) => s.key)).toEqual(['lecture:3']);
    expect(path.watched).toEqual(['lecture:1', 'lecture:2']);
    expect(path.behindWatched).toEqual([]);
  });

  it("should list every prerequisite of the target, as its panel does, and only each earlier lecture's best", () => {
    const g = course();
    // 1 → 3 is weak, yet it is one of the target's listed prerequisites: the path holds it.
    g.setEdgeAttribute('prerequisite:lecture:1->lecture:3', 'score', 0.05);
    const direct = learningPath(g, 'lecture:3').steps.filter((s) => s.key !== 'lecture:3');
    expect(direct.map((s) => s.key).sort()).toEqual(['lecture:1', 'lecture:2']);
  });

  it("should list a lecture's prerequisites in watching order: one the path puts before another comes first", () => {
    const g = course();
    // Lecture 4 is unrelated to the others; 2 builds on 1 and scores higher as 3's prerequisite.
    g.addDirectedEdgeWithKey('prerequisite:lecture:4->lecture:3', 'lecture:4', 'lecture:3', {
      kind: 'prerequisite',
      score: 0.7,
      reason: 'vectors',
    });
    const best = prerequisitesOf(g, 'lecture:3');
    expect(best.map((p) => p.number)).toEqual([2, 4, 1]);
    expect(inWatchOrder(g, 'lecture:3', best).map((p) => p.number)).toEqual([1, 2, 4]);
  });

  it('should bound a long path to the nearest steps and say how many more an expanded path holds', () => {
    const g = createAtlasGraph();
    const lecture = (n: number) =>
      g.addNode(`lecture:${n}`, {
        kind: 'lecture',
        label: `L${n}`,
        number: n,
        title: `L${n}`,
        rawTitle: `L${n}`,
        videoId: 'AAAAAAAAAAA',
        url: 'u',
        thumbnail: 't',
        language: 'en',
        source: { file: 'f', line: n },
      });
    for (let n = 1; n <= 30; n++) lecture(n);
    for (let n = 1; n < 30; n++)
      g.addDirectedEdgeWithKey(
        `prerequisite:lecture:${n}->lecture:${n + 1}`,
        `lecture:${n}`,
        `lecture:${n + 1}`,
        {
          kind: 'prerequisite',
          score: 0.6,
        },
      );
    const path = learningPath(g, 'lecture:30');
    expect(path.steps).toHaveLength(13);
    expect(path.steps[0]!.key).toBe('lecture:18');
    expect(path.more).toBe(17);
    const whole = learningPath(g, 'lecture:30', new Set(), EXPANDED_LEARNING_PATH_OPTIONS);
    expect(whole.steps).toHaveLength(30);
    expect(whole.more).toBe(0);
  });

  /** A course that changes topic: 1 GAN → 2 GAN → 3 vectors → 4 vectors, each before the next for `reasonKey`. */
  const topicShift = (reasonKey: string) => {
    const g = createAtlasGraph();
    for (const [n, c] of [
      [1, 'gan'],
      [2, 'gan'],
      [3, 'vector'],
      [4, 'vector'],
    ] as const) {
      addLecture(g, n, `L${n}`);
      if (!g.hasNode(`concept:${c}`))
        g.addNode(`concept:${c}`, {
          kind: 'concept',
          label: c,
          aliases: [],
          category: 'model',
          lectureCount: 2,
          origin: 'lexicon',
        });
      g.addDirectedEdgeWithKey(`m${n}`, `lecture:${n}`, `concept:${c}`, {
        kind: 'mentions',
        weight: 0.9,
        main: true,
      });
    }
    for (let n = 1; n < 4; n++)
      g.addDirectedEdgeWithKey(`p${n}`, `lecture:${n}`, `lecture:${n + 1}`, {
        kind: 'prerequisite',
        score: 0.5,
        reason: 'course order',
        reasonKey,
      });
    return g;
  };

  it.each(['previous-in-course', 'earlier-in-course', 'course-first', 'continued-course'])(
    'should follow course order alone (%s) only between lectures on something in common, and count the rest',
    (reasonKey) => {
      const g = topicShift(reasonKey);
      // 3 → 4 share vectors: followed; 2 → 3 is course order alone across topics: not followed from 3.
      expect(learningPath(g, 'lecture:4').steps.map((s) => s.key)).toEqual(['lecture:3', 'lecture:4']);
      expect(learningPath(g, 'lecture:4').more).toBe(2);
      // The target's own prerequisite is always on the path, but not what it needs in turn across topics.
      const toThree = learningPath(g, 'lecture:3');
      expect(toThree.steps.map((s) => s.key)).toEqual(['lecture:2', 'lecture:3']);
      expect(toThree.more).toBe(1);
      expect(learningPath(g, 'lecture:4', new Set(), EXPANDED_LEARNING_PATH_OPTIONS).steps).toHaveLength(4);
    },
  );

  it("should follow a course's introduction whatever it names: it is where the course means a learner to start", () => {
    const g = topicShift('course-introduction');
    expect(learningPath(g, 'lecture:4').steps.map((s) => s.key)).toEqual([
      'lecture:1',
      'lecture:2',
      'lecture:3',
      'lecture:4',
    ]);
  });

  it('should mark a step whose edge is only a less certain guess, as the panel marks the prerequisite', () => {
    const g = course();
    g.dropEdge('prerequisite:lecture:1->lecture:3');
    g.mergeEdgeAttributes('prerequisite:lecture:1->lecture:2', { tentative: true, score: 0.2 });
    // The essential path does not follow a step's guess; the whole path does, and marks it.
    expect(learningPath(g, 'lecture:3').steps.map((s) => s.key)).toEqual(['lecture:2', 'lecture:3']);
    const path = learningPath(g, 'lecture:3', new Set(), EXPANDED_LEARNING_PATH_OPTIONS);
    expect(path.steps.map((s) => [s.key, s.tentative ?? false])).toEqual([
      ['lecture:1', true],
      ['lecture:2', false],
      ['lecture:3', false],
    ]);
    expect(prerequisitesOf(g, 'lecture:2')[0]!.tentative).toBe(true);
    expect(prerequisitesOf(g, 'lecture:3')[0]!.tentative).toBeUndefined();
  });

  it('should mark as less certain the steps that are on the path only through a guess', () => {
    const g = course();
    g.dropEdge('prerequisite:lecture:1->lecture:3');
    g.mergeEdgeAttributes('prerequisite:lecture:2->lecture:3', { tentative: true, score: 0.2 });
    // Lecture 1 is needed only if the guess 2 → 3 is right.
    const tentative = (path: ReturnType<typeof learningPath>) =>
      path.steps.map((s) => [s.key, s.tentative ?? false]);
    expect(tentative(learningPath(g, 'lecture:3'))).toEqual([
      ['lecture:1', true],
      ['lecture:2', true],
      ['lecture:3', false],
    ]);
    // A sure route of its own to the target makes it sure again.
    g.addDirectedEdgeWithKey('prerequisite:lecture:1->lecture:3', 'lecture:1', 'lecture:3', {
      kind: 'prerequisite',
      score: 0.6,
      reason: 'introduces GAN',
    });
    expect(tentative(learningPath(g, 'lecture:3', new Set(), EXPANDED_LEARNING_PATH_OPTIONS))).toEqual([
      ['lecture:1', false],
      ['lecture:2', true],
      ['lecture:3', false],
    ]);
  });

  it('should not loop on a cycle in hand-made data', () => {
    const g = course();
    g.addDirectedEdgeWithKey('prerequisite:lecture:3->lecture:1', 'lecture:3', 'lecture:1', {
      kind: 'prerequisite',
      score: 0.7,
    });
    const path = learningPath(g, 'lecture:3', new Set(), { perLecture: 5, minScore: 0, maxSteps: 12 });
    // Every step is listed once; the cycle leaves no node with in-degree zero, so none is ordered twice.
    expect(new Set(path.steps.map((s) => s.key)).size).toBe(path.steps.length);
    // Nor does it drop out: every lecture of the cycle is a step, the target last.
    expect(path.steps.map((s) => s.key).sort()).toEqual(['lecture:1', 'lecture:2', 'lecture:3']);
    expect(path.steps.at(-1)!.key).toBe('lecture:3');
  });

  it('should put every step after all its prerequisites on the path, not only the one the path followed', () => {
    const g = createAtlasGraph();
    for (const [n, title] of [
      [1, 'B'],
      [2, 'A'],
      [5, 'C'],
      [6, 'Goal'],
    ] as const)
      addLecture(g, n, title);
    const prerequisite = (s: number, t: number, score: number): void => {
      g.addDirectedEdgeWithKey(`prerequisite:lecture:${s}->lecture:${t}`, `lecture:${s}`, `lecture:${t}`, {
        kind: 'prerequisite',
        score,
      });
    };
    prerequisite(2, 6, 0.9);
    prerequisite(5, 6, 0.8);
    prerequisite(1, 2, 0.9);
    // A's second prerequisite, which the path (one lead per lecture) does not follow from A.
    prerequisite(5, 2, 0.5);
    const keys = learningPath(g, 'lecture:6').steps.map((s) => s.key);
    expect(keys.indexOf('lecture:5')).toBeLessThan(keys.indexOf('lecture:2'));
    expect(keys).toEqual(['lecture:1', 'lecture:5', 'lecture:2', 'lecture:6']);
  });
});

describe('explanatoryPath', () => {
  it('should explain each hop and say when two nodes are not connected', () => {
    const g = course();
    expect(explanatoryPath(g, 'concept:cyclegan', 'lecture:1')!.map((h) => `${h.relation} ${h.to}`)).toEqual([
      'falls under concept:gan',
      'is taught in lecture:1',
    ]);
    expect(explanatoryPath(g, 'lecture:4', 'lecture:1')).toBeUndefined();
  });
});

describe('subgraph', () => {
  it('should keep only the chosen nodes and the edges among them', () => {
    const s = subgraph(course(), ['lecture:1', 'concept:gan', 'nowhere']);
    expect(s.nodes().sort()).toEqual(['concept:gan', 'lecture:1']);
    expect(s.edges()).toEqual(['mentions:lecture:1->concept:gan']);
  });
});

describe('concept queries, parts and orders', () => {
  it("should keep a narrower concept's talk together and in part order in a broader concept's list", () => {
    const g = createAtlasGraph();
    addConcept(g, 'gan', 'GAN');
    addConcept(g, 'cyclegan', 'CycleGAN');
    addConcept(g, 'wgan', 'WGAN');
    g.addDirectedEdge('concept:cyclegan', 'concept:gan', { kind: 'broader' });
    g.addDirectedEdge('concept:wgan', 'concept:gan', { kind: 'broader' });
    // Part 3 weighs most, an unrelated WGAN lecture between the parts by weight.
    for (const [n, i, w] of [
      [30, 3, 0.95],
      [31, 2, 0.7],
      [32, 1, 0.8],
    ] as const) {
      addLecture(g, n, `CycleGAN (${i}/3)`, { part: { index: i, total: 3 } });
      g.addDirectedEdge(`lecture:${n}`, 'concept:cyclegan', { kind: 'mentions', weight: w, main: true });
    }
    addLecture(g, 40, 'WGAN');
    g.addDirectedEdge('lecture:40', 'concept:wgan', { kind: 'mentions', weight: 0.9, main: true });
    g.addDirectedEdge('lecture:32', 'lecture:31', { kind: 'next-in-series', reasonKey: 'series-part' });
    g.addDirectedEdge('lecture:31', 'lecture:30', { kind: 'next-in-series', reasonKey: 'series-part' });
    const keys = lecturesTeaching(g, 'concept:gan').map((l) => l.key);
    expect(keys.indexOf('lecture:31')).toBe(keys.indexOf('lecture:32') + 1);
    expect(keys.indexOf('lecture:30')).toBe(keys.indexOf('lecture:31') + 1);
  });

  it('should list where to start first, before an earlier part of its talk that only mentions the concept', () => {
    const g = createAtlasGraph();
    addLecture(g, 10, 'Attention (1/2)', { series: 'S', part: { index: 1, total: 2 } });
    addLecture(g, 11, 'Attention (2/2)', { series: 'S', part: { index: 2, total: 2 } });
    addConcept(g, 'x', 'self-attention', { start: 'lecture:11' });
    g.addDirectedEdge('lecture:10', 'concept:x', { kind: 'mentions', weight: 0.3, main: false });
    g.addDirectedEdge('lecture:11', 'concept:x', { kind: 'mentions', weight: 0.9, main: true });
    g.addDirectedEdge('lecture:10', 'lecture:11', { kind: 'next-in-series', reasonKey: 'series-part' });
    const guide = conceptGuide(g, 'concept:x');
    expect(guide.start?.key).toBe('lecture:11');
    expect(guide.lectures.map((l) => l.key)).toEqual(['lecture:11', 'lecture:10']);
  });

  it('should find the same path of two equally short ones however the graph lists its nodes and edges', () => {
    const build = (reverse: boolean): AtlasGraph => {
      const g = createAtlasGraph();
      const concepts = ['a', 'm1', 'm2', 'b'];
      for (const c of reverse ? [...concepts].reverse() : concepts) addConcept(g, c, c);
      const edges: [string, string][] = [
        ['a', 'm1'],
        ['a', 'm2'],
        ['m1', 'b'],
        ['m2', 'b'],
      ];
      for (const [s, t] of reverse ? [...edges].reverse() : edges)
        g.addDirectedEdge(`concept:${s}`, `concept:${t}`, { kind: 'requires' });
      return g;
    };
    const path = (g: AtlasGraph) => explanatoryPath(g, 'concept:a', 'concept:b')!.map((h) => h.to);
    expect(path(build(true))).toEqual(path(build(false)));
  });
});
