import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ingest, languageEvidence, looksLikeCatalog } from '../../src/ingest/ingest.js';
import { decodeText, readTextFile } from '../../src/ingest/read-text-file.js';
import { sortDiagnostics } from '../../src/ingest/diagnostics.js';
import { buildGraph } from '../../src/pipeline/build-graph.js';

describe('ingest', () => {
  it('should list every problem of a broken catalog with file and line, and read the good blocks', async () => {
    const r = await ingest(['tests/fixtures/broken-catalog']);
    const errors = r.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${d.line}: ${d.message}`);
    expect(errors).toEqual([
      'tests/fixtures/broken-catalog/broken.md:11: lecture block has no catalog number: "[DLHLP 2020] Deep Learning for Human Language Processing (C…"; expected "N. title"',
      'tests/fixtures/broken-catalog/broken.md:21: lecture 211: block has no video link; expected <a href="https://www.youtube.com/watch?v=…">',
      'tests/fixtures/broken-catalog/broken.md:26: duplicate catalog number 209 (first at tests/fixtures/broken-catalog/broken.md:1); renumber one of them',
      'tests/fixtures/broken-catalog/broken.md:36: <details> block is not closed before the end of the file; add </details>',
      'tests/fixtures/broken-catalog/empty.md:0: file is empty',
      'tests/fixtures/broken-catalog/latin1.md:2: file is not valid UTF-8; convert it to UTF-8',
    ]);
    // Blocks in = lectures out + blocks reported: nothing is lost silently (the second 209 is reported, not
    // kept beside the first).
    expect(r.blockCount).toBe(5);
    expect(r.lectures.map((l) => l.number)).toEqual([209]);
  });

  it('should read every one of the 150 seed lectures with its number and video id', async () => {
    const r = await ingest(['data']);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.lectures).toHaveLength(150);
    // Independent check against the raw files: every <summary>N. and every watch?v= id, in order.
    const expected: [number, string][] = [];
    for (const f of readdirSync('data/catalog').sort()) {
      const text = readFileSync(`data/catalog/${f}`, 'utf8');
      const numbers = [...text.matchAll(/<summary>(\d+)\./g)].map((m) => Number(m[1]));
      const ids = [...text.matchAll(/watch\?v=([\w-]{11})/g)].map((m) => m[1]!);
      numbers.forEach((n, i) => expected.push([n, ids[i]!]));
    }
    expected.sort((a, b) => a[0] - b[0]);
    expect(r.lectures.map((l) => [l.number, l.videoId])).toEqual(expected);
    expect(r.blockCount).toBe(150);
  });

  it('should give seed lectures their dates, series and parts', async () => {
    const r = await ingest(['data']);
    const byNumber = new Map(r.lectures.map((l) => [l.number, l]));
    expect(byNumber.get(390)).toMatchObject({
      date: '2023-02-24',
      series: 'Generative AI 2023',
      part: { index: 3, total: 3 },
    });
    // An undated 【生成式AI】 lecture shares the year its dated siblings agree on.
    expect(byNumber.get(391)!.series).toBe('Generative AI 2023');
    expect(byNumber.get(286)).toMatchObject({
      series: 'INTERSPEECH 2020',
      seriesKind: 'venue',
      date: '2020-11-03',
    });
    expect(byNumber.get(360)).toMatchObject({
      series: 'ML 2021',
      language: 'en',
      courseLecture: '33',
      part: { index: 1, total: 2 },
    });
    expect(byNumber.get(272)).toMatchObject({ series: 'Linear Algebra', language: 'zh' });
    // The talk's language, not the topic's script: an English-titled lecture of a course given in Chinese.
    expect(byNumber.get(209)).toMatchObject({ series: 'DLHLP 2020', language: 'zh' });
    // No series and nothing of its own: the language most of its catalog file's lectures are given in.
    expect(byNumber.get(204)).toMatchObject({ title: 'Transformer', language: 'zh' });
    expect(byNumber.get(204)!.series).toBeUndefined();
    const series = new Set(r.lectures.map((l) => l.series));
    expect([...series].sort()).toEqual([
      'ACL 2020',
      'DLHLP 2020',
      'Generative AI 2023',
      'ICASSP 2020',
      'ICLR 2020',
      'INTERSPEECH 2020',
      'Linear Algebra',
      'Linear Algebra 2022',
      'ML',
      'ML 2020',
      'ML 2021',
      'ML 2022',
      'TA supplementary 2020',
      undefined,
    ]);
    expect(r.lectures.filter((l) => l.summary).length).toBe(22);
  });

  it('should read the documented JSON and CSV lecture lists', async () => {
    const r = await ingest(['tests/fixtures/lecture-lists']);
    expect(
      r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}: ${d.message}`),
    ).toEqual(['tests/fixtures/lecture-lists/lectures.csv:4: lecture 295 has no "title"']);
    // 277 is dated 2021, so the undated [線性代數] lecture shares its year.
    const [a, b, c] = r.lectures;
    expect(a).toMatchObject({
      number: 275,
      title: '向量 (Vector)',
      series: 'Linear Algebra 2021',
      videoId: 'Ci5jX7ttA3w',
      source: { line: 3 },
    });
    expect(b).toMatchObject({
      number: 277,
      series: 'Linear Algebra 2021',
      date: '2021-02-22',
      videoId: 'ZqHQkmBdpS4',
      source: { line: 4 },
    });
    expect(c).toMatchObject({
      number: 294,
      series: 'ML 2021',
      part: { index: 1, total: 2 },
      summary: 'first line\nsecond line, with a comma',
      source: { line: 2 },
    });
  });

  it("should place a JSON list's syntax error by line and column, and say which number is missing", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-list-'));
    const url = 'https://www.youtube.com/watch?v=Ci5jX7ttA3w';
    await writeFile(join(dir, 'broken.json'), `[\n  { "number": 1, "title": "A" "url": "${url}" }\n]\n`);
    await writeFile(join(dir, 'unnumbered.json'), `[\n  { "title": "B", "url": "${url}" }\n]\n`);
    const r = await ingest([dir]);
    const errors = r.diagnostics.map((d) => `${basename(d.file)}:${d.line}: ${d.message}`);
    expect(errors).toContainEqual(
      expect.stringMatching(/^broken\.json:2: invalid JSON at line 2, column 31: /),
    );
    expect(errors).toContain('unnumbered.json:2: lecture has no "number" (a whole number ≥ 0)');
  });

  it('should say a CSV row opens a quoted cell it never closes, not that it has too few cells', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-list-'));
    const url = 'https://www.youtube.com/watch?v=Ci5jX7ttA3w';
    await writeFile(
      join(dir, 'list.csv'),
      `number,title,url\n1,A,${url}\n2,"B, part one,${url}\n3,C,${url}\n`,
    );
    const r = await ingest([dir]);
    expect(r.lectures.map((l) => l.number)).toEqual([1]);
    expect(r.diagnostics.map((d) => `${basename(d.file)}:${d.line}: ${d.message}`)).toEqual([
      'list.csv:3: a quoted cell on this row is never closed (a " is missing): it runs to the end of the file',
    ]);
  });

  it('should warn of an optional field that is not text, and build the lecture without it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-list-'));
    const url = 'https://www.youtube.com/watch?v=Ci5jX7ttA3w';
    await writeFile(
      join(dir, 'list.json'),
      `[\n  { "number": 1, "title": "A", "url": "${url}", "series": 42 }\n]\n`,
    );
    const r = await ingest([dir]);
    expect(r.lectures.map((l) => [l.number, l.series])).toEqual([[1, undefined]]);
    expect(r.diagnostics.map((d) => `${d.severity} ${basename(d.file)}:${d.line}: ${d.message}`)).toEqual([
      'warning list.json:2: lecture 1: "series" is not text (got 42); ignored',
    ]);
  });

  it('should follow symbolic links to files and folders, each file once, and warn of a broken one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'la-links-'));
    const url = (id: string) => `https://www.youtube.com/watch?v=${id}`;
    const list = (n: number, id: string) =>
      JSON.stringify([{ number: n, title: `Lecture ${n}`, url: url(id) }], null, 2);
    await mkdir(join(root, 'elsewhere'));
    await mkdir(join(root, 'course'));
    await writeFile(join(root, 'elsewhere', 'two.json'), list(2, 'AAAAAAAAAA2'));
    await writeFile(join(root, 'course', 'one.json'), list(1, 'AAAAAAAAAA1'));
    await symlink(join(root, 'elsewhere'), join(root, 'course', 'linked-folder'));
    await symlink(join(root, 'course', 'one.json'), join(root, 'course', 'again.json'));
    await symlink(join(root, 'course'), join(root, 'course', 'loop'));
    await symlink(join(root, 'nowhere.json'), join(root, 'course', 'broken.json'));
    const r = await ingest([join(root, 'course'), join(root, 'elsewhere')]);
    expect(r.lectures.map((l) => l.number)).toEqual([1, 2]);
    expect(r.diagnostics.map((d) => `${d.severity} ${basename(d.file)}: ${d.message}`)).toEqual([
      'warning broken.json: skipped: a symbolic link to nothing',
    ]);
    // Under one path whatever the order of --input: the graph's inputs do not depend on it.
    const reversed = await ingest([join(root, 'elsewhere'), join(root, 'course')]);
    expect(reversed.files.map((f) => f.path)).toEqual(r.files.map((f) => f.path));
  });

  it('should pass over configuration folders at the top of an input folder only, not a user’s own deeper down', async () => {
    const root = await mkdtemp(join(tmpdir(), 'la-config-'));
    const list = (n: number) =>
      JSON.stringify([
        { number: n, title: `Lecture ${n}`, url: `https://www.youtube.com/watch?v=AAAAAAAAAA${n}` },
      ]);
    await mkdir(join(root, 'models'));
    await mkdir(join(root, 'course', 'models'), { recursive: true });
    await writeFile(join(root, 'models', 'prerequisites.json'), list(1));
    await writeFile(join(root, 'course', 'models', 'generative.json'), list(2));
    await writeFile(join(root, 'course', 'basics.json'), list(3));
    const r = await ingest([root]);
    expect(r.lectures.map((l) => l.number).sort()).toEqual([2, 3]);
  });

  it('should pass over its own output in an input folder, and refuse to read a file it would overwrite', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-out-'));
    const url = 'https://www.youtube.com/watch?v=Ci5jX7ttA3w';
    await writeFile(join(dir, 'list.json'), `[{ "number": 1, "title": "A", "url": "${url}" }]`);
    await writeFile(join(dir, 'graph.json'), '{"nodes": []}');
    const inFolder = await ingest([dir], { outputs: [join(dir, 'graph.json')] });
    expect([inFolder.lectures.length, inFolder.diagnostics]).toEqual([1, []]);
    const named = await ingest([join(dir, 'list.json')], { outputs: [join(dir, 'list.json')] });
    expect(named.diagnostics).toMatchObject([
      { severity: 'error', message: expect.stringContaining('the build writes its output (--out or --log)') },
    ]);
  });

  it('should read a file with lecture entries as a catalog, and notes that show the tag in passing as notes', () => {
    expect(looksLikeCatalog('<details>\n<summary>212. CTC</summary>')).toBe(true);
    // Its block's tag misspelt: a catalog, whose parser says what is wrong, not notes that lose the lecture.
    expect(looksLikeCatalog('<detials>\n<summary>212. CTC</summary>')).toBe(true);
    expect(looksLikeCatalog('# How to write a catalog\n\nWrap each lecture in `<details>`.')).toBe(false);
    expect(looksLikeCatalog('Title it `<summary>212. Transformer</summary>`.')).toBe(false);
    expect(
      looksLikeCatalog('An entry:\n\n```html\n<details>\n<summary>212. CTC</summary>\n</details>\n```\n'),
    ).toBe(false);
  });

  it('should read a catalog copied as HTML source (&lt;details&gt;) as a catalog, saying so, not as notes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-escaped-'));
    const block = (n: number, title: string, id: string): string =>
      `<details>\n<summary>${n}. ${title}</summary><br>\n\n<a href="https://www.youtube.com/watch?v=${id}">\n</a>\n\n# ${title}\n\n</details>\n`;
    const escape = (t: string): string =>
      t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    await writeFile(
      join(dir, 'copied.md'),
      'Lectures&#10;&#10;\n\n' +
        escape(block(1, 'Q&A on CTC', 'AAAAAAAAA01') + '\n' + block(2, 'GAN', 'AAAAAAAAA02')),
    );
    const r = await ingest([dir]);
    expect(r.lectures.map((l) => [l.number, l.title])).toEqual([
      [1, 'Q&A on CTC'],
      [2, 'GAN'],
    ]);
    expect(r.notes).toEqual([]);
    expect(r.files.map((f) => f.format)).toEqual(['catalog']);
    const said = r.diagnostics.filter((d) => /HTML-escaped/.test(d.message));
    expect(said.map((d) => `${basename(d.file)}:${d.line}: ${d.severity}`)).toEqual(['copied.md:3: warning']);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Its lectures keep the lines they are on (no entity made a line of its own).
    expect(r.lectures.map((l) => l.source.line)).toEqual([3, 13]);
    // Notes that show the format with escaped tags, in passing or as a whole block, stay notes.
    for (const note of [
      'Write &lt;details&gt; around each lecture.\n',
      'Each lecture is a block: &lt;details&gt; then &lt;summary&gt;1. Title&lt;/summary&gt; and the link.\n',
      '&lt;details&gt;\n&lt;summary&gt;1. Title&lt;/summary&gt;\n&lt;/details&gt;\n',
    ]) {
      await writeFile(join(dir, 'copied.md'), note);
      const read = await ingest([dir]);
      expect(read.files.map((f) => f.format)).toEqual(['notes']);
      expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('should give notes that share a file name their own ids, the same whatever the order of the inputs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-notes-'));
    for (const week of ['week1', 'week2']) {
      await mkdir(join(dir, week));
      await writeFile(
        join(dir, week, 'summary.md'),
        `# Summary of ${week}\n\nGradient descent, then backpropagation.\n`,
      );
    }
    await writeFile(join(dir, 'summary-2.md'), '# My own second summary\n\nAttention.\n');
    const ids = async (inputs: string[]): Promise<string[]> =>
      (await ingest(inputs)).notes.map((n) => `${n.id} ${n.title}`).sort();
    const expected = [
      'summary Summary of week1',
      'summary-2 My own second summary',
      'summary-3 Summary of week2',
    ];
    expect(await ids([dir])).toEqual(expected);
    expect(await ids([join(dir, 'week2'), join(dir, 'week1'), join(dir, 'summary-2.md')])).toEqual(expected);
    // The graph holds every note (two nodes of one id stopped the build).
    const { graph } = await buildGraph({
      inputs: ['data/catalog/ntu-ml-lectures-201-250.md', dir],
      prerequisites: false,
    });
    expect(graph.filterNodes((_, a) => a.kind === 'note').sort()).toEqual([
      'note:summary',
      'note:summary-2',
      'note:summary-3',
    ]);
  });

  it('should number playlists and name notes the same from whatever folder the build runs in', async () => {
    const root = await mkdtemp(join(tmpdir(), 'la-cwd-'));
    const playlist = (titles: string[]) =>
      JSON.stringify({
        _type: 'playlist',
        title: 'Some Course',
        entries: titles.map((title, i) => ({
          id: `cwdTest${i}${titles[0]!.slice(0, 3)}`.padEnd(11, 'x'),
          title,
          playlist_index: i + 1,
        })),
      });
    for (const [dir, titles, note] of [
      ['p', ['Gradient Descent', 'Backpropagation'], 'alpha'],
      ['q', ['Transformer', 'BERT'], 'beta'],
    ] as const) {
      await mkdir(join(root, dir, 'notes'), { recursive: true });
      await writeFile(join(root, dir, 'playlist.json'), playlist([...titles]));
      await writeFile(join(root, dir, 'notes', 'summary.md'), `# Summary of ${note}\n\nSome words.\n`);
    }
    const read = async (cwd: string) => {
      const r = await ingest([join(root, 'q'), join(root, 'p')], { cwd });
      return {
        lectures: r.lectures.map((l) => `${l.number} ${l.title}`),
        notes: r.notes.map((n) => `${n.id} ${n.title}`).sort(),
      };
    };
    const fromP = await read(join(root, 'p'));
    expect(fromP).toEqual(await read(join(root, 'q')));
    expect(fromP.lectures).toEqual([
      '1 Gradient Descent',
      '2 Backpropagation',
      '101 Transformer',
      '102 BERT',
    ]);
    expect(fromP.notes).toEqual(['summary Summary of alpha', 'summary-2 Summary of beta']);
  });

  it('should read notes and link lists composed (NFC), as lectures are, whatever form their file holds', () => {
    const decomposed = Buffer.from('# Nai\u0308ve Bayes\r\n\ncafe\u0301\n', 'utf8');
    const read = decodeText(decomposed, 'notes.md');
    expect(read.ok && read.text).toBe('# Na\u00efve Bayes\n\ncaf\u00e9\n');
  });

  it('should list diagnostics in one order whatever order they came in, paths equal but for their form too', () => {
    const d = (file: string) => ({ severity: 'warning' as const, file, line: 0, message: 'skipped' });
    const [nfc, nfd] = [d('caf\u00e9/notes.xyz'), d('cafe\u0301/notes.xyz')];
    expect(sortDiagnostics([nfc, nfd])).toEqual(sortDiagnostics([nfd, nfc]));
  });

  it('should read a list entry’s number, title and date only as written, and say what it refuses', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-list-'));
    const url = (n: number) => `https://www.youtube.com/watch?v=AAAAAAAAA${String(n).padStart(2, '0')}`;
    const entries = [
      { number: '0x10', title: 'Hex', url: url(1) },
      { number: '1e3', title: 'Exponent', url: url(2) },
      { number: [14], title: 'Array', url: url(3) },
      { number: 7, title: 121, url: url(4) },
      { number: '8', title: 'Good \u001b]0;owned\u0007title\u001b[2J', url: url(5), date: '2023-02-30' },
      { number: 9, title: 'x'.repeat(600), url: url(6), date: '2023-03-01', __width: 'all good' },
      {
        number: 10,
        title: 'Ten',
        url: url(7),
        lecturer: 'Real Name\rFAKE LINE\u202e',
        summary: 'One.\r\n\r\nTwo nai\u0308ve Bayes.',
      },
    ];
    await writeFile(join(dir, 'list.json'), JSON.stringify(entries, null, 2));
    const r = await ingest([dir]);
    expect(r.lectures.map((l) => [l.number, l.title.length, l.date])).toEqual([
      [8, 'Good ]0;ownedtitle[2J'.length, undefined],
      [9, 500, '2023-03-01'],
      [10, 3, undefined],
    ]);
    // A one-line field stays one line, without the override that would reverse what follows; a summary keeps
    // its paragraphs, its lines ending in \n (a list may hold \r\n) and its letters composed (a macOS file writes ï
    // as i and a combining diaeresis).
    expect(r.lectures[2]).toMatchObject({
      lecturer: 'Real Name FAKE LINE',
      summary: 'One.\n\nTwo na\u00efve Bayes.',
    });
    const said = r.diagnostics.map((d) => `${d.severity} ${d.message}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'error lecture has no valid "number" (got "0x10"; a whole number ≥ 0)',
        'error lecture has no valid "number" (got "1e3"; a whole number ≥ 0)',
        'error lecture has no valid "number" (got [14]; a whole number ≥ 0)',
        'error lecture 7: "title" is not text (got 121)',
        'warning lecture 8: date "2023-02-30" is not a date in YYYY-MM-DD; ignored',
        'warning lecture 8: control characters removed from its title',
        'warning lecture 9: title of 600 characters cut to 500',
        'warning lecture 10: control characters removed from its lecturer',
        // A field of any name is the catalog's, never taken for the reader's own note on the entry.
        'warning unknown field "__width" ignored',
      ]),
    );
  });

  it('should say a file is UTF-16, and report one it cannot read instead of throwing', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('number,title\n', 'utf16le')]);
    expect(decodeText(utf16, 'list.csv')).toMatchObject({
      ok: false,
      diagnostic: { file: 'list.csv', message: 'file is UTF-16 text; convert it to UTF-8' },
    });
    expect(await readTextFile('/no/such/file.md', 'file.md')).toMatchObject({
      ok: false,
      diagnostic: { severity: 'error', message: 'file cannot be read (ENOENT)' },
    });
  });

  it('should number a talk’s (上), (中) and (下) as parts 1, 2 and 3 of 3, and (上), (下) alone as 1 and 2 of 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-list-'));
    const url = (n: number) => `https://www.youtube.com/watch?v=BBBBBBBBB${String(n).padStart(2, '0')}`;
    const entry = (n: number, title: string) => ({ number: n, title, url: url(n), series: 'GenAI 2024' });
    await writeFile(
      join(dir, 'list.json'),
      JSON.stringify([
        entry(3, '第3講：訓練你自己 (上) — 神奇咒語'),
        entry(4, '第4講：訓練你自己 (中) — 拆解問題'),
        entry(5, '第5講：訓練你自己 (下) — 讓語言彼此合作'),
        entry(8, '第8講：評估 (上) — 基準'),
        entry(9, '第9講：評估 (下) — 人類評估'),
      ]),
    );
    const r = await ingest([dir]);
    expect(r.lectures.map((l) => [l.number, l.part])).toEqual([
      [3, { index: 1, total: 3 }],
      [4, { index: 2, total: 3 }],
      [5, { index: 3, total: 3 }],
      [8, { index: 1, total: 2 }],
      [9, { index: 2, total: 2 }],
    ]);
  });

  it('should refuse a path that does not exist', async () => {
    const r = await ingest(['no/such/folder']);
    expect(r.diagnostics).toMatchObject([
      { severity: 'error', file: 'no/such/folder', message: 'input path does not exist' },
    ]);
  });
});

describe('languageEvidence (what an entry says of the language a lecture is given in)', () => {
  it('should read the marker, the full title and the summary, not the topic’s script', () => {
    expect(languageEvidence({ rawTitle: '【機器學習2021】Transformer (下)' })).toBe('zh');
    expect(
      languageEvidence({ rawTitle: 'Transformer', summary: '這堂課講解 Transformer 的 decoder。' }),
    ).toBe('zh');
    expect(languageEvidence({ rawTitle: 'Lesson 5', summary: 'We build a neural net from scratch.' })).toBe(
      'en',
    );
    expect(
      languageEvidence({ rawTitle: '[ML 2021 (English version)] Lecture 1', englishVersion: true }),
    ).toBe('en');
    expect(languageEvidence({ rawTitle: 'Transformer' })).toBeUndefined();
  });
});
