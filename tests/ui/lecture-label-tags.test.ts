import { describe, it, expect } from 'vitest';
import type { Attributes } from 'graphology-types';
import type { Settings } from 'sigma/settings';
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph } from '../../src/core/types.js';
import { DRAWING_THEMES, createNodeDrawers } from '../../src/ui/controllers/node-drawing.js';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { displayNodeAttributes } from '../../src/ui/state/display-graph.js';
import { lectureLabelTags } from '../../src/ui/state/lecture-label-tags.js';
import { EMPTY_RENDER_STATE, nodeAppearance } from '../../src/ui/state/reducers.js';
import { addLecture } from '../support/atlas-graph.js';

const en = messagesFor('en');
const zh = messagesFor('zh-TW');

/** Lectures of the English course lists whose titles repeat, and one of a title no other lecture has. */
function library(): AtlasGraph {
  const g = createAtlasGraph();
  const dataflowr = 'Deep Learning Do It Yourself (dataflowr)';
  const fastai = 'fast.ai Deep Learning Foundations to Stable Diffusion 2022';
  addLecture(g, 10, 'Autoencoders', { series: dataflowr, courseLecture: '9a', courseUnit: 'module' });
  addLecture(g, 36, 'Autoencoders', { series: fastai, courseLecture: '15', courseUnit: 'lesson' });
  addLecture(g, 46, 'Gradient Descent', { series: 'ML', courseLecture: '3-2', date: '2017-09-21' });
  addLecture(g, 47, 'Gradient Descent', { series: 'ML', courseLecture: '3-3', date: '2017-09-21' });
  addLecture(g, 97, 'HW1');
  addLecture(g, 98, 'HW1');
  addLecture(g, 11, 'Generative Adversarial Nets', { series: dataflowr, courseLecture: '10' });
  return g;
}

describe('lectureLabelTags', () => {
  it('should tag no label in a library without repeated titles', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'Autoencoders', { series: 'A' });
    addLecture(g, 2, 'Autoencoders', { series: 'A', part: { index: 2, total: 2 } });
    expect(lectureLabelTags(g, en).size).toBe(0);
  });

  it('should tell lectures of the same label apart by course, else by the course’s number, else by identity', () => {
    const tags = lectureLabelTags(library(), en);
    expect(Object.fromEntries([...tags].map(([k, tag]) => [k, tag.text]))).toEqual({
      'lecture:10': 'Deep Learning D…',
      'lecture:36': 'fast.ai Deep Le…',
      'lecture:46': 'Lecture 3-2',
      'lecture:47': 'Lecture 3-3',
      'lecture:97': '#97',
      'lecture:98': '#98',
    });
    expect(lectureLabelTags(library(), zh).get('lecture:46')?.text).toBe(zh.courseLecture('3-2'));
  });

  it('should tell lectures with no course, date or course number apart by presenter, else by number alone', () => {
    // The seed catalog's homework videos: Chinese lectures in a library of two languages, each presented by a
    // group of students; their tag was the whole identity line, 'Chinese · #97'.
    const g = createAtlasGraph();
    addLecture(g, 1, 'Introduction', { series: 'ML 2021', language: 'zh' });
    addLecture(g, 2, 'Introduction', { series: 'ML 2021', englishVersion: true });
    addLecture(g, 97, 'HW1', { language: 'zh', lecturer: '黃文璁,蔡昕宇,許傑盛' });
    addLecture(g, 98, 'HW1', { language: 'zh', lecturer: '毛弘仁, 王克安, 林哲賢' });
    addLecture(g, 99, 'HW1', { language: 'zh' });
    addLecture(g, 120, 'Keynote', { lecturer: 'Yann LeCun' });
    addLecture(g, 121, 'Keynote', { lecturer: 'Yoshua Bengio' });
    addLecture(g, 130, 'Panel', { lecturer: 'Yann LeCun', date: '2019-03-02' });
    addLecture(g, 131, 'Panel', { lecturer: 'Yann LeCun', date: '2019-06-12' });
    const text = (lang: typeof en) =>
      Object.fromEntries([...lectureLabelTags(g, lang)].map(([k, tag]) => [k, tag.text]));
    expect(text(en)).toMatchObject({
      'lecture:97': '#97',
      'lecture:98': '#98',
      'lecture:99': '#99',
      'lecture:120': 'Yann LeCun',
      'lecture:121': 'Yoshua Bengio',
      'lecture:130': '2019-03-02',
      'lecture:131': '2019-06-12',
    });
    expect(text(zh)).toMatchObject({ 'lecture:97': '#97', 'lecture:120': 'Yann LeCun' });
  });

  it('should let a tag be cut only as far as it still tells its lectures apart', () => {
    const tags = lectureLabelTags(library(), en);
    // 'Deep…' and 'fast…'; 'Lecture 3-2' and 'Lecture 3-3' differ only in their last character.
    expect(tags.get('lecture:10')?.minChars).toBe(4);
    expect(tags.get('lecture:36')?.minChars).toBe(4);
    expect(tags.get('lecture:46')?.minChars).toBeUndefined();
    // 第 3-2 講 and 第 3-3 講: '第 3-2…'.
    expect(lectureLabelTags(library(), zh).get('lecture:46')?.minChars).toBe(5);
  });
});

describe('lecture labels on the graph', () => {
  const settings = { labelSize: 13, labelFont: 'sans-serif', labelWeight: 'normal' } as Settings<
    Attributes,
    Attributes
  >;

  /**
   * The labels drawn for `nodes` ([key, x, y], size 5) of the library on a stage `stageWidth` pixels wide, in the
   * interface language `lang`; a character is 7 pixels wide.
   */
  function drawLabels(
    stageWidth: number,
    nodes: readonly (readonly [string, number, number])[],
    lang: 'en' | 'zh-TW' = 'en',
  ): string[] {
    const g = library();
    const drawn: string[] = [];
    const context = {
      canvas: { clientWidth: stageWidth },
      font: '',
      measureText: (text: string) => ({ width: [...text].length * 7 }),
      strokeText: () => undefined,
      fillText: (text: string) => void drawn.push(text),
    } as unknown as CanvasRenderingContext2D;
    const drawers = createNodeDrawers(
      () => DRAWING_THEMES.light,
      () => null,
    );
    drawers.beginFrame([], stageWidth);
    for (const [key, x, y] of nodes) {
      const look = nodeAppearance(key, displayNodeAttributes(g, key), { ...EMPTY_RENDER_STATE, lang });
      drawers.drawLabel(
        context,
        { key, x, y, size: 5, color: '#000', label: look.label!, labelTag: look.labelTag },
        settings,
      );
      drawers.endFrame();
    }
    return drawn;
  }

  it('should draw two lectures of the same title side by side with their courses, and others as they are', () => {
    expect(
      drawLabels(1000, [
        ['lecture:10', 100, 100],
        ['lecture:36', 100, 140],
        ['lecture:11', 100, 180],
      ]),
    ).toEqual([
      'Autoencoders · Deep Learning D…',
      'Autoencoders · fast.ai Deep Le…',
      'Generative Adversarial Nets',
    ]);
  });

  it('should keep the course when a tagged label is cut to the room beside its node', () => {
    // 'Autoencoders · Deep Learning D…' is 31 characters, 217 pixels; a node in the middle leaves 199 a side.
    expect(drawLabels(420, [['lecture:10', 210, 40]], 'zh-TW')).toEqual(['Autoenco… · Deep Learning D…']);
  });

  it('should cut the course of a tagged label rather than leave the label out on a phone’s stage', () => {
    // At 390×844 with the autoencoder concept selected, both 'Autoencoders' lectures had no room beside their
    // nodes for 'Autoenco… · Deep Learning D…' (28 characters, 196 pixels) and were left out.
    // Nodes in the middle of the stage leave 139 pixels a side; 'Autoencoders' alone is 84.
    expect(
      drawLabels(300, [
        ['lecture:10', 150, 100],
        ['lecture:36', 160, 140],
      ]),
    ).toEqual(['Autoencode… · Deep…', 'Autoencoders · fast.…']);
  });

  it('should cut the course after the whole title where the title and a cut of its course fit', () => {
    // 154 pixels a side: 22 characters.
    expect(drawLabels(330, [['lecture:10', 165, 40]])).toEqual(['Autoencoders · Deep L…']);
  });

  it('should leave out a tagged label with no room for its title and the shortest cut of its course', () => {
    // 89 pixels a side: 12 characters, and 'Autoencod… · Deep…' is 18.
    expect(drawLabels(200, [['lecture:10', 100, 40]])).toEqual([]);
  });
});
