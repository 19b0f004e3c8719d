import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  checkReplacement,
  fromOtherInputs,
  previousGraphOf,
  resolveOutputGuardOptions,
  ShrinkError,
} from '../../src/pipeline/output-guard.js';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', '--quiet', ...args]).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );

describe('output guard', () => {
  it('should refuse an out-of-range share', () => {
    expect(() => resolveOutputGuardOptions({ maxLostShare: 2 })).toThrow(/between 0 and 1/);
  });

  it('should refuse a build with no lecture even where no graph exists yet, and even with allowShrink', () => {
    expect(() => checkReplacement(undefined, new Set(), 'g.json')).toThrow(ShrinkError);
    expect(() => checkReplacement(new Set([1]), new Set(), 'g.json', { allowShrink: true })).toThrow(
      /hold no lecture, so g.json was left as it is/,
    );
  });

  it('should refuse losing more than the stated share, naming the lectures and the way out', () => {
    const previous = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(() => checkReplacement(previous, new Set([1, 2, 3, 4, 5, 6, 7, 8]), 'g.json')).toThrow(
      /drop 2 of the 10 lectures of g.json \(more than 10%\): 9, 10\..*--allow-shrink/,
    );
    expect(checkReplacement(previous, new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]), 'g.json').lost).toEqual([10]);
    expect(checkReplacement(previous, new Set([1]), 'g.json', { allowShrink: true }).lost).toHaveLength(9);
  });

  it("should tell another catalog's graph (built from none of these inputs) from this catalog's", () => {
    const graph = (paths: string[]) =>
      JSON.stringify({
        attributes: { inputs: paths.map((path) => ({ path, format: 'catalog', lectures: 1 })) },
        nodes: [{ key: 'lecture:1', attributes: { kind: 'lecture', number: 1 } }],
      });
    const seeds = previousGraphOf(graph(['data/catalog/a.md', 'data/catalog/b.md']));
    expect(seeds?.inputs).toEqual(['data/catalog/a.md', 'data/catalog/b.md']);
    // A playlist's graph replaced by the seeds' (and back) is another catalog; the seeds without a folder are not.
    expect(fromOtherInputs(seeds, ['tests/fixtures/ytdlp/playlist.json'])).toBe(true);
    expect(fromOtherInputs(seeds, ['data/catalog/a.md'])).toBe(false);
    expect(fromOtherInputs(previousGraphOf(graph([])), ['x.md'])).toBe(false);
    expect(fromOtherInputs(undefined, ['x.md'])).toBe(false);
  });

  it('should read the lecture numbers of either graph file form and nothing from other text', () => {
    const full = { nodes: [{ key: 'lecture:3', attributes: { kind: 'lecture', number: 3 } }] };
    const compact = {
      nodes: [
        ['lecture:4', { kind: 'lecture', number: 4 }],
        ['concept:x', { kind: 'concept' }],
      ],
    };
    expect([...previousGraphOf(JSON.stringify(full))!.numbers]).toEqual([3]);
    expect([...previousGraphOf(JSON.stringify(compact))!.numbers]).toEqual([4]);
    expect(previousGraphOf('{"nodes": [')).toBeUndefined();
    expect(previousGraphOf('[]')).toBeUndefined();
  });
});

describe('build-graph CLI', () => {
  it('should keep the previous graph byte for byte when the input is empty or shrinks, and replace it when allowed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-guard-'));
    const out = join(dir, 'graph.json');
    const log = join(dir, 'build.log');
    const first = await cli(['--input', 'data/catalog', '--out', out, '--log', log]);
    expect(first.code).toBe(0);
    const before = await readFile(out);
    const compactBefore = await readFile(join(dir, 'graph.compact.json'));

    await writeFile(join(dir, 'empty.json'), '[]');
    const empty = await cli(['--input', join(dir, 'empty.json'), '--out', out, '--log', log]);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/build refused: the inputs hold no lecture/);
    await writeFile(join(dir, 'empty.txt'), 'no lecture block here\n');
    const notes = await cli(['--input', join(dir, 'empty.txt'), '--out', out, '--log', log]);
    expect(notes.code).toBe(1);
    // Each input says what it was read as: the file meant as a catalog shows.
    expect(notes.stderr).toContain('empty.txt: read as notes, 0 lectures');

    const shrink = await cli([
      '--input',
      'data/catalog/ntu-ml-lectures-201-250.md',
      '--out',
      out,
      '--log',
      log,
    ]);
    expect(shrink.code).toBe(1);
    expect(shrink.stderr).toMatch(/would drop 100 of the 150 lectures/);
    // A user who built their own catalog into public/ learns how to serve it without a rebuild from data/.
    expect(shrink.stderr).toMatch(/npm run serve/);
    expect((await readFile(out)).equals(before)).toBe(true);
    expect((await readFile(join(dir, 'graph.compact.json'))).equals(compactBefore)).toBe(true);

    const allowed = await cli([
      ...['--input', 'data/catalog/ntu-ml-lectures-201-250.md', '--out', out, '--log', log],
      '--allow-shrink',
    ]);
    expect(allowed.code).toBe(0);
    expect(previousGraphOf(await readFile(out, 'utf8'))?.numbers.size).toBe(50);
    expect(await readFile(log, 'utf8')).toMatch(/^lost lecture 251: in the previous/m);
  }, 120_000);

  it('should say why a refused build held no lecture: its warnings are shown and logged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-refused-'));
    const log = join(dir, 'build.log');
    await writeFile(
      join(dir, 'playlist.json'),
      JSON.stringify({
        _type: 'playlist',
        title: 'Course Q',
        entries: [{ _type: 'url', id: 'kkkkkkkkk01', title: '[Private video]' }, null],
      }),
    );
    const r = await cli(['--input', join(dir, 'playlist.json'), '--out', join(dir, 'g.json'), '--log', log]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/entry 1 \(id "kkkkkkkkk01"\) is "\[Private video\]"; skipped/);
    expect(r.stderr).toMatch(/entry 2 is null/);
    expect(r.stderr).toMatch(/build refused: the inputs hold no lecture.*yt-dlp playlist/);
    expect((await readFile(log, 'utf8')).split('\n').filter((l) => /: warning: entry/.test(l))).toHaveLength(
      2,
    );
  }, 60_000);

  it('should name the option meant by a mistyped one, and refuse an empty seed', async () => {
    const typo = await cli(['--inptu', 'data/catalog']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown option "--inptu"; did you mean "--input"\?/);
    const seed = await cli(['--seed=', '--out', join(await mkdtemp(join(tmpdir(), 'la-seed-')), 'g.json')]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/--seed must be an integer/);
  }, 60_000);

  it('should count every dropped item in the summary and list each in the log', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-log-'));
    const log = join(dir, 'build.log');
    const r = await run(process.execPath, [
      ...['--import', 'tsx', 'scripts/build-graph.ts', '--input', 'data', '--out', join(dir, 'g.json')],
      ...['--log', log],
    ]);
    const summary = /dropped: ([^;\n]+)/.exec(r.stdout);
    expect(summary).not.toBeNull();
    // "nothing", or "24 reading links, 3 prerequisite edges": each count is the log's number of such lines.
    const counts = summary![1] === 'nothing' ? [] : summary![1]!.split(', ');
    const logged = (await readFile(log, 'utf8')).split('\n');
    for (const count of counts) {
      const [, n, words] = /^(\d+) (.+)$/.exec(count)!;
      const what = Number(n) === 1 ? words! : words!.replace(/ies$/, 'y').replace(/s$/, '');
      expect(
        logged.filter((l) => l.startsWith(`dropped ${what}:`)),
        count,
      ).toHaveLength(Number(n));
    }
    expect(logged.filter((l) => l.startsWith('dropped ')).length).toBe(
      counts.reduce((a, c) => a + Number(c.split(' ')[0]), 0),
    );
    if (counts.length) expect(r.stdout).toContain(`details in ${log}`);
    expect(r.stdout).not.toMatch(/would close a cycle/);
  }, 120_000);
});
