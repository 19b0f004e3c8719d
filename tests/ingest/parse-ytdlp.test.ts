import { describe, it, expect } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/ingest/diagnostics.js';
import { ingest } from '../../src/ingest/ingest.js';
import { loadTitleMarkers } from '../../src/ingest/title/markers.js';
import { looksLikeYtdlpPlaylist, parseYtdlpPlaylist } from '../../src/ingest/parse-ytdlp.js';
import { buildGraph } from '../../src/pipeline/build-graph.js';

const markers = loadTitleMarkers();
const DIR = 'tests/fixtures/ytdlp';
const fixture = (name: string): string => readFileSync(`${DIR}/${name}`, 'utf8');
const parse = (text: string, file = 'playlist.json') => parseYtdlpPlaylist(text, file, markers);
/** A playlist around the given entries, as yt-dlp writes it. */
const playlist = (entries: unknown[], title: string | null = 'Made-up Course'): string =>
  JSON.stringify({ _type: 'playlist', id: 'PLmadeUp', title, entries }, null, 2);
const entry = (fields: Record<string, unknown> = {}) => ({
  id: 'mAdEuP0001a',
  title: 'Counting Sort',
  upload_date: '20240105',
  playlist_index: 1,
  ...fields,
});
const show = (d: Diagnostic): string => `${d.severity} ${d.file}:${d.line}: ${d.message}`;

describe('parseYtdlpPlaylist', () => {
  // Each malformed fixture and the diagnostics it gets: file, line, and the entry by position and id.
  const BAD_FIXTURES: [string, string[]][] = [
    [
      'malformed.json',
      [
        'warning malformed.json:12: entry 2 is null (a video yt-dlp could not read); skipped',
        'error malformed.json:13: entry 3 has no "id"; every video needs the id yt-dlp writes',
        'error malformed.json:18: entry 4 (id "bRoKen0004d") has no "title"; add the video\'s title',
        'error malformed.json:23: entry 5 (id "bRoKen0005e"): "upload_date" "2023-02-02" is not a date in yt-dlp\'s YYYYMMDD form; correct it or remove the field',
        'error malformed.json:29: entry 6 (id "bRoKen0006f"): "upload_date" "20230230" is not a date in yt-dlp\'s YYYYMMDD form; correct it or remove the field',
        'error malformed.json:35: entry 7 (id "1234567"): "1234567" is not a YouTube video id (11 letters, digits, "-" or "_"); only YouTube playlists can be read',
        'error malformed.json:41: entry 8 is a string ("bRoKen0008h"), not an object; expected the output of `yt-dlp -J --skip-download PLAYLIST_URL`',
        'warning malformed.json:42: entry 9 (id "bRoKen0009i") is "[Deleted video]"; skipped',
      ],
    ],
    [
      'entries-not-array.json',
      [
        'error entries-not-array.json:0: "entries" is an object, not an array; expected the output of `yt-dlp -J --skip-download PLAYLIST_URL`',
      ],
    ],
    [
      'truncated.json',
      [
        'error truncated.json:14: invalid JSON: the file ends after line 14, before the data is complete (was yt-dlp interrupted?); expected the output of `yt-dlp -J --skip-download PLAYLIST_URL`',
      ],
    ],
    [
      'bad-syntax.json',
      [
        "error bad-syntax.json:10: invalid JSON at line 10, column 7: Expected ',' or '}' after property value; expected the output of `yt-dlp -J --skip-download PLAYLIST_URL`",
      ],
    ],
  ];
  it.each(BAD_FIXTURES)(
    'should report every broken entry of %s with its line, position and id',
    (name, expected) => {
      const r = parse(fixture(name), name);
      expect(r.diagnostics.map(show)).toEqual(expected);
    },
  );

  // Inline inputs: what each kind of bad playlist or entry gets.
  const BAD_INPUTS: [string, string, string][] = [
    ['a JSON array', '[{"id": "mAdEuP0001a"}]', 'error playlist.json:0: the file is not a JSON object'],
    [
      'a single video',
      JSON.stringify({ _type: 'video', id: 'mAdEuP0001a', title: 'Radix Sort' }),
      'error playlist.json:0: the file describes a single video, not a playlist; run yt-dlp -J on the playlist',
    ],
    [
      'no entries',
      JSON.stringify({ _type: 'playlist', title: 'X' }),
      'error playlist.json:0: "entries" is missing',
    ],
    [
      'a playlist inside the playlist',
      playlist([{ _type: 'playlist', id: 'PLinner', title: 'Videos', entries: [] }]),
      'error playlist.json:6: entry 1 (id "PLinner") is itself a playlist',
    ],
    [
      'a bad playlist_index',
      playlist([entry({ playlist_index: 0 })]),
      'error playlist.json:6: entry 1 (id "mAdEuP0001a"): "playlist_index" 0 is not a whole number from 1',
    ],
    [
      'an upload_date written as a number',
      playlist([entry({ upload_date: 20240105 })]),
      'error playlist.json:6: entry 1 (id "mAdEuP0001a"): "upload_date" 20240105 is not a date',
    ],
    [
      'a blank title',
      playlist([entry({ title: '   ' })]),
      'error playlist.json:6: entry 1 (id "mAdEuP0001a") has no "title"',
    ],
    [
      'a webpage_url of another video',
      playlist([entry({ webpage_url: 'https://www.youtube.com/watch?v=oThEr000001' })]),
      'warning playlist.json:6: entry 1 (id "mAdEuP0001a"): "webpage_url" "https://www.youtube.com/watch?v=oThEr000001" is not this video\'s page; using https://www.youtube.com/watch?v=mAdEuP0001a',
    ],
    [
      'an untitled playlist',
      playlist([entry()], null),
      'warning playlist.json:0: the playlist has no "title": its lectures get a series only from their own titles',
    ],
    ['an empty playlist', playlist([]), 'warning playlist.json:0: the playlist has no entries'],
  ];
  it.each(BAD_INPUTS)('should report %s', (_what, text, expected) => {
    const shown = parse(text).diagnostics.map(show);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain(expected);
  });

  it('should account for every entry: each becomes a lecture or gets exactly one diagnostic', () => {
    const text = fixture('malformed.json');
    const entries = (JSON.parse(text) as { entries: unknown[] }).entries;
    const r = parse(text, 'malformed.json');
    expect(r.blockCount).toBe(entries.length);
    const named = r.diagnostics.map((d) => Number(/^entry (\d+)\b/.exec(d.message)?.[1]));
    expect(r.lectures.length + named.length).toBe(entries.length);
    expect(new Set(named).size).toBe(named.length);
    expect(r.lectures.map((l) => l.videoId)).toEqual(['bRoKen0001a']);
  });

  it('should read the fixture playlist into lectures with numbers, dates, series, ids and summaries', () => {
    const text = fixture('playlist.json');
    const r = parse(text, 'tests/fixtures/ytdlp/playlist.json');
    expect(r.diagnostics.map(show)).toEqual([
      'warning tests/fixtures/ytdlp/playlist.json:72: entry 3 (id "gRaPh0003cc") is "[Private video]"; skipped',
    ]);
    expect(text.split('\n')[71]).toMatch(/^\s*\{$/);
    expect(r.blockCount).toBe(6);
    const series = 'Introduction to Graph Algorithms 2024';
    expect(
      r.lectures.map((l) => [l.number, l.videoId, l.title, l.date, l.series, l.courseLecture ?? null]),
    ).toEqual([
      [1, 'gRaPh0001aa', 'Graphs and Adjacency Lists', '2024-02-12', series, '1'],
      [2, 'gRaPh0002bb', 'Breadth-First Search', '2024-02-19', series, '2'],
      [4, 'gRaPh0004dd', 'Depth-First Search and Topological Sort', '2024-03-04', series, '3'],
      [5, 'gRaPh0005ee', "Shortest Paths with Dijkstra's Algorithm", '2024-03-11', series, '4'],
      // The title's own series tag wins over the playlist's title.
      [6, 'gRaPh0006ff', 'Graph Neural Networks in Practice', '2024-03-18', 'Guest Talk', null],
    ]);
    const raw = JSON.parse(text) as { entries: { id: string; title: string; description: string }[] };
    for (const l of r.lectures) {
      const source = raw.entries.find((e) => e.id === l.videoId)!;
      expect(l.rawTitle).toBe(source.title);
      expect(l.summary).toBe(source.description.trim());
      expect(l.url).toBe(`https://www.youtube.com/watch?v=${l.videoId}`);
      expect(l.thumbnail).toBe(`https://img.youtube.com/vi/${l.videoId}/hqdefault.jpg`);
      expect(l.source.file).toBe('tests/fixtures/ytdlp/playlist.json');
    }
    expect(r.lectures[0]).toMatchObject({ seriesKind: 'series', language: 'en', source: { line: 20 } });
  });

  // How the fields map, one rule per row: entries in, the lecture fields expected out.
  const MAPPING: [string, string, Record<string, unknown>[]][] = [
    [
      'numbers entries by position when playlist_index is missing',
      playlist([
        entry({ playlist_index: undefined }),
        entry({ id: 'mAdEuP0002b', playlist_index: undefined }),
      ]),
      [{ number: 1 }, { number: 2 }],
    ],
    [
      'builds the watch URL from the id when there is no webpage_url',
      playlist([entry()]),
      [{ url: 'https://www.youtube.com/watch?v=mAdEuP0001a', videoId: 'mAdEuP0001a' }],
    ],
    [
      'takes the upload date over a date marker in the title',
      playlist([entry({ title: '[2023-12-01] Counting Sort', upload_date: '20240105' })]),
      [{ title: 'Counting Sort', date: '2024-01-05' }],
    ],
    [
      'keeps a date marker of the title when there is no upload_date',
      playlist([entry({ title: '[2023-12-01] Counting Sort', upload_date: null })]),
      [{ date: '2023-12-01' }],
    ],
    [
      'leaves the summary out when the description is blank or missing',
      playlist([entry({ description: ' \n ' }), entry({ id: 'mAdEuP0002b', playlist_index: 2 })]),
      [{ summary: undefined }, { summary: undefined }],
    ],
    [
      'keeps the lecture numbers titles give, never mixing them with playlist positions',
      playlist([
        entry({ title: 'Lecture 2: Counting Sort' }),
        entry({ id: 'mAdEuP0002b', title: 'Radix Sort', playlist_index: 2 }),
      ]),
      [
        { courseLecture: '2', series: 'Made-up Course' },
        { courseLecture: undefined, series: 'Made-up Course' },
      ],
    ],
    [
      'maps a playlist named after a known course to that course',
      playlist([entry()], 'Machine Learning 2021'),
      [{ series: 'ML 2021', seriesKind: 'course', courseLecture: '1' }],
    ],
    [
      "does not number a conference's talks as a sequence",
      playlist([entry(), entry({ id: 'mAdEuP0002b', playlist_index: 2 })], 'ICASSP 2022'),
      [
        { series: 'ICASSP 2022', seriesKind: 'venue', courseLecture: undefined },
        { series: 'ICASSP 2022', seriesKind: 'venue', courseLecture: undefined },
      ],
    ],
    [
      'reads part markers of the title like the other readers',
      playlist([entry({ title: 'Sorting (1/2) - Comparison Sorts' })]),
      [{ title: 'Sorting - Comparison Sorts', part: { index: 1, total: 2 } }],
    ],
  ];
  it.each(MAPPING)('should map fields: %s', (_rule, text, expected) => {
    const r = parse(text);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.lectures).toHaveLength(expected.length);
    expected.forEach((fields, i) => {
      for (const [key, value] of Object.entries(fields))
        expect(r.lectures[i]![key as keyof (typeof r.lectures)[number]], key).toEqual(value);
    });
  });
});

describe('looksLikeYtdlpPlaylist', () => {
  const TABLE: [string, string, boolean][] = [
    ['the fixture playlist', fixture('playlist.json'), true],
    ['a playlist cut short', fixture('truncated.json'), true],
    ['an object with entries', '{"entries": 3}', true],
    ['a single video from yt-dlp', '{"_type": "video", "id": "mAdEuP0001a"}', true],
    ['a JSON lecture list', readFileSync('tests/fixtures/lecture-lists/lectures.json', 'utf8'), false],
    ['a JSON array', '[{"number": 1}]', false],
    ['a broken lecture list', '{"lectures": [', false],
  ];
  it.each(TABLE)('should tell %s', (_what, text, expected) => {
    expect(looksLikeYtdlpPlaylist(text)).toBe(expected);
  });
});

describe('ingest of a yt-dlp playlist', () => {
  it('should pick the yt-dlp reader for a playlist and keep the lecture-list reader for lecture lists', async () => {
    const r = await ingest([`${DIR}/playlist.json`, 'tests/fixtures/lecture-lists/lectures.json']);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.lectures.map((l) => l.number)).toEqual([1, 2, 4, 5, 6, 275, 277]);
    expect(r.blockCount).toBe(8);
  });
});

describe('ingest of two yt-dlp playlists', () => {
  it("should number a second playlist's videos past the first's, with a warning, instead of refusing the build", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-ytdlp-'));
    // Inputs are read in path order: the fixture as a.json first, then b.json.
    const first = join(dir, 'a.json');
    writeFileSync(first, fixture('playlist.json'));
    const second = join(dir, 'b.json');
    writeFileSync(
      second,
      playlist(
        [
          entry({ id: 'sEcOnD00001', title: 'Heaps', playlist_index: 1 }),
          entry({ id: 'sEcOnD00002', title: 'Tries', playlist_index: 2 }),
        ],
        'Data Structures 2024',
      ),
    );
    const r = await ingest([second, first]);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map(show)).toEqual([]);
    expect(r.lectures.map((l) => l.number)).toEqual([1, 2, 4, 5, 6, 101, 102]);
    expect(r.lectures.filter((l) => l.number > 100).map((l) => [l.title, l.courseLecture])).toEqual([
      ['Heaps', '1'],
      ['Tries', '2'],
    ]);
    expect(r.diagnostics.map(show)).toContainEqual(expect.stringMatching(/b\.json:0: .*numbered from 101/));
    // A catalog keeps its own numbers whatever its file's name: the playlist sorted before it moves instead.
    const catalog = join(dir, 'c.json');
    writeFileSync(
      catalog,
      JSON.stringify([
        { number: 1, title: 'Catalog one', url: 'https://www.youtube.com/watch?v=cAtAlOg0001' },
      ]),
    );
    const mixed = await ingest([join(dir, 'a.json'), catalog]);
    expect(mixed.diagnostics.filter((d) => d.severity === 'error').map(show)).toEqual([]);
    expect(mixed.lectures.find((l) => l.number === 1)?.title).toBe('Catalog one');
    expect(mixed.diagnostics.map(show)).toContainEqual(
      expect.stringMatching(/a\.json:0: .*numbered from 101/),
    );
  });
});

describe('buildGraph from a yt-dlp playlist', () => {
  it('should give lectures their series and link them in playlist order', async () => {
    const { graph } = await buildGraph({ inputs: [`${DIR}/playlist.json`] });
    const lectures = graph.filterNodes((_n, a) => a.kind === 'lecture');
    expect(lectures).toEqual(['lecture:1', 'lecture:2', 'lecture:4', 'lecture:5', 'lecture:6']);
    const seriesOf = (key: string): string | undefined => {
      const a = graph.getNodeAttributes(key);
      return a.kind === 'lecture' ? a.series : undefined;
    };
    expect(lectures.map(seriesOf)).toEqual([
      ...Array<string>(4).fill('Introduction to Graph Algorithms 2024'),
      'Guest Talk',
    ]);
    const next = graph
      .filterEdges((_e, a) => a.kind === 'next-in-series')
      .map((e) => `${graph.source(e)} -> ${graph.target(e)}`)
      .sort();
    // Across the private video (position 3): 2 is followed by 4.
    expect(next).toEqual(['lecture:1 -> lecture:2', 'lecture:2 -> lecture:4', 'lecture:4 -> lecture:5']);
  }, 60_000);

  it("should take a channel's uploads, listed newest first, in upload order and say so", async () => {
    const dates = ['20240320', '20240313', '20240306'];
    const titles = ['Transformer Decoder', 'Transformer Encoder', 'Self-Attention'];
    const uploads = (datesOf: (i: number) => string | undefined, url?: string): string =>
      JSON.stringify({
        _type: 'playlist',
        title: 'Some Lecturer - Videos',
        ...(url ? { webpage_url: url } : {}),
        entries: titles.map((title, i) =>
          entry({ id: `mAdEuP000${i}a`, title, upload_date: datesOf(i), playlist_index: i + 1 }),
        ),
      });
    const courseOrder = (text: string): string[] =>
      parse(text)
        .lectures.sort((a, b) => Number(a.courseLecture) - Number(b.courseLecture))
        .map((l) => l.title);
    const warnings = (text: string): string[] => parse(text).diagnostics.map((d) => d.message);
    const byDate = uploads((i) => dates[i]);
    expect(courseOrder(byDate)).toEqual(['Self-Attention', 'Transformer Encoder', 'Transformer Decoder']);
    expect(warnings(byDate)).toEqual([expect.stringMatching(/newest first .*taken in upload order/)]);
    // A flat listing has no dates: the tab its URL names says it.
    const flat = uploads(() => undefined, 'https://www.youtube.com/@somelecturer/videos');
    expect(courseOrder(flat)).toEqual(['Self-Attention', 'Transformer Encoder', 'Transformer Decoder']);
    expect(warnings(flat)).toEqual([expect.stringMatching(/channel's videos tab/)]);
    // A course playlist whose dates rise, or are mixed, keeps its order, with nothing said.
    for (const order of [
      [2, 1, 0],
      [1, 2, 0],
    ]) {
      const text = uploads((i) => dates[order[i]!]);
      expect(courseOrder(text)).toEqual(titles);
      expect(warnings(text)).toEqual([]);
    }
  });

  it('should read the course, term and lecture numbers a playlist writes into its video titles between bars', () => {
    const titles = [
      'Example U. CS123: Deep Learning | Winter 2021 | Lecture 2 - Backpropagation',
      'Example U. CS123: Deep Learning | Winter 2021 | Lecture 1 - Introduction and Word Vectors',
      'Example U. CS123: Deep Learning | Winter 2021 | Lecture 3 - Recurrent Networks',
    ];
    const r = parse(
      playlist(
        titles.map((title, i) => entry({ id: `mAdEuP000${i}a`, title, playlist_index: i + 1 })),
        'CS123 Lectures',
      ),
    );
    expect(r.diagnostics).toEqual([]);
    // The titles' own numbers, not the playlist's positions; the course the titles name, not the playlist's name.
    expect(r.lectures.map((l) => [l.title, l.courseLecture, l.series])).toEqual([
      ['Backpropagation', '2', 'Example U. CS123: Deep Learning 2021'],
      ['Introduction and Word Vectors', '1', 'Example U. CS123: Deep Learning 2021'],
      ['Recurrent Networks', '3', 'Example U. CS123: Deep Learning 2021'],
    ]);
  });

  it('should give the videos of a playlist titled with a year alone that title as their series', () => {
    const r = parse(
      playlist([entry(), entry({ id: 'mAdEuP0002b', title: 'Radix Sort', playlist_index: 2 })], '2024'),
    );
    expect(r.diagnostics).toEqual([]);
    expect(r.lectures.map((l) => [l.series, l.courseLecture])).toEqual([
      ['2024', '1'],
      ['2024', '2'],
    ]);
  });

  it("should say that a channel's flat listing holds its tabs, not videos, and how to read one", () => {
    const tab = (name: string) => ({
      _type: 'url',
      ie_key: 'YoutubeTab',
      id: 'UCabcdefghijklmnopqrstuv',
      url: `https://www.youtube.com/@some/${name.toLowerCase()}`,
      title: `Some Channel - ${name}`,
    });
    const r = parse(playlist([tab('Videos'), tab('Shorts')], 'Some Channel'));
    expect(r.diagnostics.map((d) => d.message)).toEqual([
      expect.stringMatching(
        /^entry 1 \(id "UC\w+"\) is itself a playlist \(a channel's tab\?\); run yt-dlp -J on the URL of one playlist/,
      ),
      expect.stringMatching(/^entry 2 .* is itself a playlist/),
    ]);
  });
});
