import { describe, it, expect } from 'vitest';
import { parseCatalog } from '../../src/ingest/parse-catalog.js';
import { loadTitleMarkers } from '../../src/ingest/title/markers.js';

const markers = loadTitleMarkers();
const parse = (text: string) => parseCatalog(text, 'cat.md', { markers });

/** A block in the seed format (item 212), with optional replacements for its parts. */
function block(
  o: { summary?: string | null; href?: string | null; body?: string; close?: boolean } = {},
): string {
  const summary =
    o.summary === undefined ? '212. [DLHLP 2020] Speech Recognition (3/7) - CTC, RNN-T and more' : o.summary;
  const href = o.href === undefined ? 'https://www.youtube.com/watch?v=CGuLuBaLIeI' : o.href;
  return [
    '<details>',
    summary === null ? '' : `<summary>${summary}</summary><br>`,
    '',
    href === null ? '' : `<a href="${href}" target="_blank">`,
    href === null ? '' : '    <img src="https://img.youtube.com/vi/CGuLuBaLIeI/maxresdefault.jpg" ',
    href === null ? '' : '        alt="[Youtube]" width="200">',
    href === null ? '' : '</a>',
    '',
    o.body ?? '# [DLHLP 2020] Speech Recognition (3/7) - CTC, RNN-T and more\n\n',
    o.close === false ? '' : '</details>',
    '',
  ].join('\n');
}

describe('parseCatalog', () => {
  it('should report a block without a catalog number, with its line', () => {
    const r = parse('\n\n' + block({ summary: 'Speech Recognition' }));
    expect(r.lectures).toEqual([]);
    expect(r.diagnostics).toMatchObject([
      { severity: 'error', file: 'cat.md', line: 3, message: expect.stringContaining('no catalog number') },
    ]);
  });

  it('should not read "9.5. Title" as lecture 9', () => {
    expect(parse(block({ summary: '9.5. Fractional Nine' })).diagnostics[0]!.message).toContain(
      'no catalog number',
    );
  });

  it('should report a block with a number but no title', () => {
    const r = parse(block({ summary: '212. ' }));
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'error',
      line: 1,
      lecture: 212,
      message: expect.stringContaining('no title'),
    });
  });

  it('should report a block without a summary tag', () => {
    const r = parse(block({ summary: null }));
    expect(r.diagnostics[0]!.message).toContain('no <summary>');
  });

  it('should report a block without a video link', () => {
    const r = parse(block({ href: null }));
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'error',
      lecture: 212,
      message: expect.stringContaining('no video link'),
    });
  });

  it('should name an unclosed <summary>, not the video link it swallowed', () => {
    const text = block().replace('</summary>', '') + block({ summary: '213. Next lecture' });
    const r = parse(text);
    expect(r.diagnostics).toMatchObject([
      {
        severity: 'error',
        line: 1,
        lecture: 212,
        message: expect.stringMatching(/^lecture 212: <summary> is not closed: "212\. .*"; add <\/summary>/),
      },
    ]);
    expect(r.lectures.map((l) => l.number)).toEqual([213]);
  });

  it('should take the video id from the thumbnail, with a warning, when the link is not YouTube', () => {
    const r = parse(block({ href: 'https://example.com/video' }));
    expect(r.lectures[0]!.videoId).toBe('CGuLuBaLIeI');
    expect(r.diagnostics[0]).toMatchObject({
      severity: 'warning',
      message: expect.stringContaining('thumbnail'),
    });
  });

  it('should report an unclosed block and still read the next one', () => {
    const text = block({ close: false }) + block({ summary: '213. Next lecture' });
    const r = parse(text);
    expect(r.blockCount).toBe(2);
    expect(r.lectures.map((l) => l.number)).toEqual([213]);
    expect(r.diagnostics).toMatchObject([
      {
        severity: 'error',
        line: 1,
        message: expect.stringContaining('not closed before the next block at line 13'),
      },
    ]);
  });

  it('should report a lecture whose <details> tag is misspelt as an error naming the tag, not lose it', () => {
    const r = parse(block() + block({ summary: '213. Next lecture' }).replace('<details>', '<detial>'));
    expect(r.lectures.map((l) => l.number)).toEqual([212]);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        line: 14,
        lecture: 213,
        message:
          'lecture entry "213. Next lecture" is outside any <details> block, after <detial> at line 13; ' +
          'is that tag meant to be <details>?',
      }),
    );
  });

  it('should report a lecture block indented, or in a list or a quote, where it is not read', () => {
    const inList = block({ summary: '213. In a list' })
      .split('\n')
      .map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`))
      .join('\n');
    const inList2 = inList.replace('213. In a list', '214. Also in the list').replace(/^- /, '- ');
    const r = parse(block() + '\n' + inList + '\n' + inList2);
    expect(r.lectures.map((l) => l.number)).toEqual([212]);
    // Every lecture of such a block, not only the first.
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toMatchObject([
      {
        lecture: 213,
        message:
          'lecture 213 is in a block that is indented or inside a list or a quote, which is not read; start its <details> at the beginning of a line',
      },
      { lecture: 214 },
    ]);
  });

  it('should report a lecture whose <details> tag is missing', () => {
    const r = parse('<p>intro</p>\n\n' + block({ summary: '213. Next lecture' }).replace('<details>', ''));
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        lecture: 213,
        message: expect.stringContaining('is its opening <details> tag missing?'),
      }),
    );
  });

  it('should report a block left open at the end of the file', () => {
    const r = parse(block() + block({ summary: '213. Last', close: false }));
    expect(r.lectures.map((l) => l.number)).toEqual([212]);
    expect(r.diagnostics).toMatchObject([
      { severity: 'error', line: 13, message: expect.stringContaining('end of the file') },
    ]);
  });

  it('should report lectures an unclosed code fence swallows, between blocks or inside a summary', () => {
    const between = parse(
      block() + '\n```\n\n' + block({ summary: '213. Next' }) + block({ summary: '214. Last' }),
    );
    expect(between.lectures.map((l) => l.number)).toEqual([212]);
    expect(between.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        line: 14,
        message: expect.stringContaining(
          'never closed, so the rest of the file is read as code and lectures 213, 214 not read',
        ),
      }),
    );
    const inSummary = parse(
      block({ body: '# Title\n\nExample:\n\n```python\nx = model(y)\n' }) + block({ summary: '213. Next' }),
    );
    expect(inSummary.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('lecture 213 not read'),
      }),
    );
    // A fence that is closed shows an example block, which is not an entry.
    const closed = parse(block({ body: '```html\n<details>\n<summary>5. Example</summary>\n```\n' }));
    expect(closed.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('should report a second lecture inside one block, whose closing and opening lines were lost', () => {
    const merged =
      block().replace(/<\/details>\n$/, '') + block({ summary: '213. Next' }).replace('<details>\n', '');
    const r = parse(merged);
    expect(r.lectures.map((l) => l.number)).toEqual([212]);
    expect(r.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        lecture: 213,
        message:
          'lecture 213 is inside the block of line 1, so it is not read; add </details> and <details> before it',
      }),
    );
  });

  it('should read a video link written on one line after a blank line', () => {
    const oneLine = [
      '<details>',
      '<summary>212. Speech Recognition</summary><br>',
      '',
      '<a href="https://www.youtube.com/watch?v=CGuLuBaLIeI"><img src="https://img.youtube.com/vi/CGuLuBaLIeI/maxresdefault.jpg"></a>',
      '',
      'Body text.',
      '</details>',
      '',
    ].join('\n');
    const r = parse(oneLine);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.lectures).toMatchObject([{ number: 212, videoId: 'CGuLuBaLIeI', summary: 'Body text.' }]);
  });

  it('should report stray text on its own line, not on the line of the tag before it', () => {
    const r = parse(
      block() + 'Lecture 213 was removed from the channel.\n\n' + block({ summary: '214. Next' }),
    );
    expect(r.diagnostics).toMatchObject([
      { severity: 'warning', line: 13, message: 'text outside any <details> block is ignored' },
    ]);
  });

  it('should report a file with no blocks at all', () => {
    expect(
      parse('just some text').diagnostics.some(
        (d) => d.severity === 'error' && /no <details>/.test(d.message),
      ),
    ).toBe(true);
  });

  it('should read a seed block into a typed lecture record', () => {
    const r = parse(block());
    expect(r.diagnostics).toEqual([]);
    expect(r.lectures[0]).toEqual({
      number: 212,
      rawTitle: '[DLHLP 2020] Speech Recognition (3/7) - CTC, RNN-T and more',
      title: 'Speech Recognition - CTC, RNN-T and more',
      series: 'DLHLP 2020',
      seriesBase: 'DLHLP',
      seriesKind: 'course',
      part: { index: 3, total: 7 },
      language: 'en',
      videoId: 'CGuLuBaLIeI',
      url: 'https://www.youtube.com/watch?v=CGuLuBaLIeI',
      thumbnail: 'https://img.youtube.com/vi/CGuLuBaLIeI/maxresdefault.jpg',
      source: { file: 'cat.md', line: 1 },
    });
  });

  it('should keep a Markdown summary without the repeated title heading', () => {
    const body =
      '# [DLHLP 2020] Speech Recognition (3/7) - CTC, RNN-T and more\n\n### 核心主題\n- 探討 CTC（Connectionist Temporal Classification）\n- $x < y$ 與 a<b\n';
    const r = parse(block({ body }));
    expect(r.lectures[0]!.summary).toBe(
      '### 核心主題\n- 探討 CTC（Connectionist Temporal Classification）\n- $x < y$ 與 a<b',
    );
  });

  it('should decode entities in titles and keep HTML in titles as text', () => {
    const r = parse(block({ summary: '7. Q&amp;A &lt;img src=x onerror=alert(1)&gt;' }));
    expect(r.lectures[0]!.title).toBe('Q&A <img src=x onerror=alert(1)>');
  });
});
