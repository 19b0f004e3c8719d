import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicon, LexiconError } from '../../src/extract/lexicon.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A lexicon folder with one concept file and the given stop list. */
const lexiconDir = (stoplist: object): string => {
  const dir = mkdtempSync(join(tmpdir(), 'la-lexicon-'));
  dirs.push(dir);
  const concepts = [
    { id: 'vector', label: 'vector', labelZh: '向量', category: 'math', aliases: [] },
    { id: 'word-embedding', label: 'word embedding', category: 'method', aliases: ['詞嵌入'] },
  ];
  writeFileSync(join(dir, 'core.json'), JSON.stringify({ domain: 'core', concepts }));
  writeFileSync(join(dir, 'stoplist.json'), JSON.stringify(stoplist));
  return dir;
};

describe('loadLexicon', () => {
  it('should fail naming the stop list when a basic term it lists is not in the lexicon', () => {
    const dir = lexiconDir({ bodyBackground: ['vector', 'tensor'] });
    expect(() => loadLexicon(dir)).toThrow(LexiconError);
    expect(() => loadLexicon(dir)).toThrow(/stoplist\.json: bodyBackground concept "tensor"/);
  });

  it('should read the lists of the stop list, each optional', () => {
    const empty = loadLexicon(lexiconDir({}));
    expect(empty.bodyBackground.size).toBe(0);
    expect(empty.introducers).toEqual([]);
    expect(empty.modifierHeads.size).toBe(0);
    const lexicon = loadLexicon(
      lexiconDir({
        terms: ['key point'],
        bodyBackground: ['vector'],
        introducers: ['such as', '例如'],
        modifierHeads: ['Based', 'driven'],
      }),
    );
    expect([...lexicon.bodyBackground]).toEqual(['vector']);
    expect(lexicon.introducers).toEqual(['such as', '例如']);
    expect([...lexicon.modifierHeads].sort()).toEqual(['based', 'driven']);
    expect(lexicon.stopKeys.has('key point')).toBe(true);
  });

  it('should keep the regional wordings in the file order, in Simplified characters, none where there is no file', () => {
    const dir = lexiconDir({});
    expect(loadLexicon(dir).wordings).toEqual([]);
    writeFileSync(
      join(dir, 'zh-variants.json'),
      JSON.stringify({
        groups: [
          ['網路', '網絡'],
          ['自迴歸', '自回歸'],
          ['辨識', '識別'],
        ],
      }),
    );
    // 自迴歸 and 自回歸 are one word in Simplified characters: no group left.
    expect(loadLexicon(dir).wordings).toEqual([
      ['网路', '网络'],
      ['辨识', '识别'],
    ]);
  });

  it('should hold the curriculum families added for unseen catalogs, with Chinese names', () => {
    const lexicon = loadLexicon();
    for (const id of ['bigan', 'vae-gan', 'lsgan', 'ebgan', 'local-explanation', 'entropy-minimization'])
      expect(lexicon.concepts.has(id)).toBe(true);
    expect(lexicon.concepts.get('local-explanation')!.labelZh).toBe('局部解釋');
    expect(lexicon.concepts.get('global-explanation')!.requires).toContain('local-explanation');
  });
});
