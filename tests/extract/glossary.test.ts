import { describe, it, expect, afterEach } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GlossaryError, loadGlossary, MAX_DEFINITION_LENGTH } from '../../src/extract/glossary.js';
import { loadLexicon } from '../../src/extract/lexicon.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A glossary folder with the given files (name → contents, written as given when a string). */
const glossaryDir = (files: Record<string, unknown>): string => {
  const dir = mkdtempSync(join(tmpdir(), 'la-glossary-'));
  dirs.push(dir);
  for (const [name, data] of Object.entries(files))
    writeFileSync(join(dir, name), typeof data === 'string' ? data : JSON.stringify(data));
  return dir;
};

const VECTOR = { en: 'An ordered list of numbers.', zh: '一串有順序的數字。' };

describe('loadGlossary', () => {
  it('should fail naming the folder when there is no glossary folder', () => {
    expect(() => loadGlossary(join(tmpdir(), 'la-no-such-glossary'))).toThrow(
      /glossary folder .*la-no-such-glossary.* cannot be read/,
    );
  });

  it('should fail naming the file when a glossary file is not JSON or has no definitions object', () => {
    expect(() => loadGlossary(glossaryDir({ 'math.json': '{ "definitions": ' }))).toThrow(
      /glossary file math\.json:/,
    );
    expect(() => loadGlossary(glossaryDir({ 'math.json': { definitions: [] } }))).toThrow(
      /math\.json: expected a "definitions" object/,
    );
  });

  it('should list every malformed definition with its file and concept', () => {
    const dir = glossaryDir({
      'a.json': {
        definitions: {
          vector: VECTOR,
          matrix: { en: 'A rectangular array of numbers.' },
          tensor: { en: '<b>An array</b> of any number of axes.', zh: '多維陣列。' },
          norm: { en: 'x'.repeat(MAX_DEFINITION_LENGTH.en + 1), zh: '向量的長度。' },
        },
      },
      'b.json': { definitions: { vector: VECTOR } },
    });
    let message = '';
    try {
      loadGlossary(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(GlossaryError);
      message = (e as Error).message;
    }
    expect(message).toMatch(/a\.json: concept "matrix": no "zh" definition/);
    expect(message).toMatch(/a\.json: concept "tensor": the "en" definition holds markup/);
    expect(message).toMatch(/a\.json: concept "norm": the "en" definition is longer than/);
    expect(message).toMatch(/b\.json: concept "vector": defined twice \(also in a\.json\)/);
  });

  it('should read every file of the folder into one map by concept id', () => {
    const glossary = loadGlossary(
      glossaryDir({
        'a.json': { description: 'math', definitions: { vector: VECTOR } },
        'b.json': { definitions: { matrix: { en: ' A rectangular array of numbers. ', zh: '矩陣。' } } },
        'notes.txt': 'not a glossary file',
      }),
    );
    expect([...glossary.keys()]).toEqual(['vector', 'matrix']);
    expect(glossary.get('matrix')).toEqual({ en: 'A rectangular array of numbers.', zh: '矩陣。' });
  });
});

describe('the shipped glossary (data/glossary)', () => {
  const glossary = loadGlossary();
  const lexicon = loadLexicon();

  it('should define only concepts of the lexicon', () => {
    expect([...glossary.keys()].filter((id) => !lexicon.concepts.has(id))).toEqual([]);
  });

  it('should say what every concept of the lexicon is, in English and in Chinese', () => {
    expect([...lexicon.concepts.keys()].filter((id) => !glossary.has(id))).toEqual([]);
  });
});
