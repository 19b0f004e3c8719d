import { describe, it, expect } from 'vitest';
import { jsonListLines } from '../../src/ingest/json-lines.js';

describe('jsonListLines', () => {
  it('should give the start line of each element of a top-level array, brackets in strings aside', () => {
    const text = '[\n  { "title": "a [b] {c}", "tags": [1, 2] },\n\n  {\n    "title": "d"\n  },\n  7\n]';
    expect(jsonListLines(text)).toEqual([2, 4, 7]);
  });

  it('should find the list under its key, not an array before it, and the last of a key given twice', () => {
    const text = [
      '{',
      '  "tags": ["x",',
      '    "y"],',
      '  "lectures": [',
      '    { "number": 1 }',
      '  ],',
      '  "lectures": [',
      '    { "number": 141 },',
      '    { "number": 142 }',
      '  ]',
      '}',
    ].join('\n');
    expect(jsonListLines(text, 'lectures')).toEqual([8, 9]);
    // A nested object's key of the same name is not the list.
    expect(jsonListLines('{ "meta": { "lectures": [1] }, "lectures": [\n2] }', 'lectures')).toEqual([2]);
  });
});
