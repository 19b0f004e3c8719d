/**
 * Property tests: generated catalogs mixing well-formed and mutated blocks (truncated tags, nested
 * details, missing fields, duplicated numbers, random Unicode with RTL, emoji, NUL and lone surrogates).
 * The parser never throws, every well-formed block comes out as a lecture, every malformed one is reported
 * with a line inside it, and output is deterministic. Runs are bounded; the seed is fixed (FC_SEED overrides).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';
import { loadTitleMarkers } from '../../src/ingest/title/markers.js';
import { decodeText } from '../../src/ingest/read-text-file.js';
import { extractConcepts } from '../../src/extract/extract-concepts.js';
import { loadLexicon } from '../../src/extract/lexicon.js';
import type { LectureRecord } from '../../src/core/types.js';

const markers = loadTitleMarkers();
const SEED = Number(process.env.FC_SEED ?? 20261121);
const RUNS = Number(process.env.FC_RUNS ?? 150);

type Mutation =
  'none' | 'no-number' | 'no-summary' | 'no-link' | 'unclosed' | 'truncated' | 'nested' | 'duplicate';

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '‮RTL override‬',
    '🙂🚀 emoji',
    'a\u0000b',
    '\uD800 lone',
    '<img src=x onerror=alert(1)>',
    '$a<b$ and x>y',
    '向量 (Vector)',
    '[DLHLP 2020] (1/2)',
  ),
);

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface GeneratedBlock {
  mutation: Mutation;
  title: string;
  body: string;
  id: string;
  cut: number;
}

const blockArb: fc.Arbitrary<GeneratedBlock> = fc.record({
  mutation: fc.constantFrom<Mutation>(
    'none',
    'none',
    'none',
    'no-number',
    'no-summary',
    'no-link',
    'unclosed',
    'truncated',
    'nested',
    'duplicate',
  ),
  title: hostileText,
  body: fc.array(hostileText, { maxLength: 4 }).map((lines) => lines.join('\n')),
  id: fc.stringMatching(/^[A-Za-z0-9_-]{11}$/),
  cut: fc.nat(),
});

/** Renders the catalog; returns its text and, per block, the line range and whether it must parse. */
function render(blocks: GeneratedBlock[]): {
  text: string;
  expected: { number: number; first: number; last: number; ok: boolean; id: string }[];
} {
  const parts: string[] = [];
  const expected: { number: number; first: number; last: number; ok: boolean; id: string }[] = [];
  let line = 1;
  blocks.forEach((b, i) => {
    const number = b.mutation === 'duplicate' && i > 0 ? expected[0]!.number : 1000 + i;
    const title = escapeHtml(b.title.replace(/\s+/g, ' ').trim()) || 'untitled';
    const body = escapeHtml(b.body);
    const summary =
      b.mutation === 'no-number'
        ? `<summary>${title}</summary><br>`
        : `<summary>${number}. ${title}</summary><br>`;
    const link = `<a href="https://www.youtube.com/watch?v=${b.id}" target="_blank">\n    <img src="https://img.youtube.com/vi/${b.id}/maxresdefault.jpg" alt="[Youtube]" width="200">\n</a>`;
    let text = [
      '<details>',
      b.mutation === 'no-summary' ? '' : summary,
      '',
      b.mutation === 'no-link' ? '' : link,
      '',
      b.mutation === 'nested' ? '<details>\n<summary>9. inner</summary>\n' : '',
      body,
      '',
      b.mutation === 'unclosed' ? '' : '</details>',
      '',
      '',
    ].join('\n');
    // Line endings as every reader normalises them (a lone CR is a line break).
    text = text.replace(/\r\n?/g, '\n');
    if (b.mutation === 'truncated') {
      const end = text.indexOf('</details>');
      text = text.slice(0, 1 + (b.cut % Math.max(1, end - 1))) + '\n\n';
    }
    const lineCount = text.split('\n').length - 1;
    const ok = b.mutation === 'none' || (b.mutation === 'duplicate' && i === 0);
    expected.push({ number, first: line, last: line + lineCount, ok, id: b.id });
    parts.push(text);
    line += lineCount;
  });
  return { text: parts.join(''), expected };
}

describe('catalog parsing under generated hostile input', () => {
  it('should never throw, read every well-formed block, report every malformed one inside its lines, and be deterministic', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 8 }), (blocks) => {
        const { text, expected } = render(blocks);
        const first = parseCatalog(text, 'gen.md', { markers });
        const second = parseCatalog(text, 'gen.md', { markers });
        expect(second).toEqual(first);
        // A block truncated to a lone "<" is no block any more: its stray text is reported as a warning.
        const reported = first.diagnostics;
        for (const e of expected) {
          if (e.ok) {
            const got = first.lectures.find((l) => l.number === e.number && l.source.line === e.first);
            expect(got, `block at line ${e.first} should be read`).toBeDefined();
            expect(got!.videoId).toBe(e.id);
          } else if (!blocks[expected.indexOf(e)]!.mutation.startsWith('duplicate')) {
            // Reported inside its own lines, or covered by an earlier block's "not closed before line N" error.
            const spans = (d: { line: number; message: string }): boolean => {
              const next = /not closed before the next block at line (\d+)/.exec(d.message);
              const toEnd = /not closed before the end of the file/.test(d.message);
              return d.line < e.first && (toEnd || (next !== null && Number(next[1]) > e.first));
            };
            expect(
              reported.some((d) => (d.line >= e.first && d.line <= e.last) || spans(d)),
              `block at lines ${e.first}–${e.last} (${blocks[expected.indexOf(e)]!.mutation}) should be reported: ${JSON.stringify(first.diagnostics)}`,
            ).toBe(true);
          }
        }
        // Nothing is lost silently: every lecture read is a block that was written.
        for (const l of first.lectures) expect(expected.some((e) => e.first === l.source.line)).toBe(true);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('should decode any bytes to text or to an error naming a line, never throwing', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const r = decodeText(Buffer.from(bytes), 'bytes.md');
        if (!r.ok) expect(r.diagnostic.line).toBeGreaterThanOrEqual(0);
        else expect(typeof r.text).toBe('string');
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe('extraction under generated hostile input', () => {
  it('should never throw and give the same concepts twice', () => {
    const lexicon = loadLexicon();
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: hostileText, summary: fc.option(hostileText, { nil: undefined }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (items) => {
          const lectures: LectureRecord[] = items.map((x, i) => ({
            number: i + 1,
            title: x.title,
            rawTitle: x.title,
            videoId: 'AAAAAAAAAAA',
            url: 'u',
            thumbnail: 't',
            language: 'en',
            source: { file: 'f', line: i + 1 },
            ...(x.summary === undefined ? {} : { summary: x.summary }),
          }));
          const a = extractConcepts(lectures, lexicon);
          const b = extractConcepts(lectures, lexicon);
          expect(b.mentions).toEqual(a.mentions);
        },
      ),
      { numRuns: Math.min(RUNS, 60), seed: SEED },
    );
  });
});
