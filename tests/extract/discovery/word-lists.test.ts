import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  DESCRIPTION_START,
  KIND_HEADS,
  LINK_WORDS,
  loadWordList,
  PHRASE_STOP,
  QUANTIFIER,
  WordListError,
  ZH_STOP,
} from '../../../src/extract/discovery/word-lists.js';

const dir = join(mkdtempSync(join(tmpdir(), 'la-word-lists-')), '/');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadWordList', () => {
  it.each([
    ['missing.json', undefined],
    ['not-json.json', '{ "words": '],
    ['no-words.json', '{ "description": "x" }'],
    ['empty.json', '{ "description": "x", "words": [] }'],
    ['not-strings.json', '{ "description": "x", "words": ["of", 3] }'],
  ])('should refuse %s, naming the file', (file, text) => {
    if (text !== undefined) writeFileSync(join(dir, file), text);
    expect(() => loadWordList(file, dir)).toThrow(WordListError);
    expect(() => loadWordList(file, dir)).toThrow(file);
  });

  it('should read the words of a list', () => {
    writeFileSync(join(dir, 'ok.json'), '{ "description": "x", "words": ["of", "the"] }');
    expect(loadWordList('ok.json', dir)).toEqual(new Set(['of', 'the']));
  });

  it('should load every list discovery reads from data/discovery', () => {
    for (const list of [ZH_STOP, PHRASE_STOP, LINK_WORDS, DESCRIPTION_START, QUANTIFIER, KIND_HEADS])
      expect(list.size).toBeGreaterThan(0);
    expect(ZH_STOP.has('的')).toBe(true);
    expect(LINK_WORDS.has('of')).toBe(true);
  });
});
