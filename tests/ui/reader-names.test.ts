import { describe, it, expect } from 'vitest';
import { createAtlasGraph } from '../../src/core/serialize.js';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { libraryLanguages } from '../../src/core/library-languages.js';
import { showsOtherName } from '../../src/ui/state/library-languages.js';
import { inReadingOrder } from '../../src/ui/state/reading-order.js';
import { addLecture } from '../support/atlas-graph.js';

const en = messagesFor('en');
const zh = messagesFor('zh-TW');

describe('libraryLanguages', () => {
  it('should find no language in a library without lectures', () => {
    expect([...libraryLanguages(createAtlasGraph())]).toEqual([]);
  });

  it('should list the languages its lectures are given in', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'Intro');
    addLecture(g, 2, '機器學習', { language: 'zh' });
    expect([...libraryLanguages(g)].sort()).toEqual(['en', 'zh']);
  });
});

describe('showsOtherName', () => {
  it('should show a reader of English no Chinese names in an English library, and a reader of Chinese English ones', () => {
    const english = createAtlasGraph();
    addLecture(english, 1, 'Autoencoders');
    expect(showsOtherName(english, en)).toBe(false);
    expect(showsOtherName(english, zh)).toBe(true);
    const both = createAtlasGraph();
    addLecture(both, 1, 'Autoencoders');
    addLecture(both, 2, '自編碼器', { language: 'zh' });
    expect(showsOtherName(both, en)).toBe(true);
  });
});

describe('inReadingOrder', () => {
  const aliases = ['扩散模型', 'DDPM', '去噪擴散模型', 'diffusion probabilistic model'];

  it('should keep an empty list empty', () => {
    expect(inReadingOrder([], en)).toEqual([]);
  });

  it('should put the reader’s script first, keeping the order within each script', () => {
    expect(inReadingOrder(aliases, en)).toEqual([
      'DDPM',
      'diffusion probabilistic model',
      '扩散模型',
      '去噪擴散模型',
    ]);
    expect(inReadingOrder(aliases, zh)).toEqual([
      '扩散模型',
      '去噪擴散模型',
      'DDPM',
      'diffusion probabilistic model',
    ]);
  });
});

describe('courseLecture', () => {
  it.each([
    [undefined, 'Lecture 9a', '第 9a 講'],
    ['module', 'Module 9a', '第 9a 單元'],
    ['lesson', 'Lesson 9a', '第 9a 課'],
    ['week', 'Week 9a', '第 9a 週'],
    ['lab', 'Lab 9a', '第 9a 次實作'],
  ] as const)('should name the course unit %s as the course does', (unit, english, chinese) => {
    expect(en.courseLecture('9a', unit)).toBe(english);
    expect(zh.courseLecture('9a', unit)).toBe(chinese);
  });

  it('should word a unit it does not know, from a graph made elsewhere, as a lecture', () => {
    expect(zh.courseLecture('2', 'constructor' as never)).toBe('第 2 講');
    expect(en.courseLecture('2', 7 as never)).toBe('Lecture 2');
  });
});
