/**
 * The hostile corpus (tests/fixtures/hostile/, each file says what it attacks) run through the build
 * CLI as a user would: the build refuses the folder, lists every problem with file and line, writes
 * nothing, and the acceptable files come out as inert text.
 */
import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile, copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { graphFromJson } from '../../src/core/load-graph.js';
import type { LectureNodeAttributes } from '../../src/core/types.js';

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', ...args], { maxBuffer: 1 << 24 });
const DIR = 'tests/fixtures/hostile';

describe('hostile fixtures through the CLI', () => {
  it('should say what each fixture attacks on its first line', async () => {
    for (const f of (await readdir(DIR)).filter((f) => f.endsWith('.md') && f !== 'README.md')) {
      expect((await readFile(join(DIR, f), 'latin1')).split('\n')[0], f).toMatch(
        /^<!-- attacks: .+; expected: .+ -->$/,
      );
    }
  });

  it('should refuse the folder, report every broken file with its line and leave the old graph untouched', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'la-hostile-')), 'graph.json');
    await writeFile(out, 'previous');
    const failure = (await cli(['--input', DIR, '--out', out]).catch((e: unknown) => e)) as {
      code: number;
      stderr: string;
    };
    expect(failure.code).toBe(1);
    const lines = failure.stderr;
    expect(lines).toContain(`${DIR}/latin1.md:3: error: file is not valid UTF-8`);
    expect(lines).toContain(`${DIR}/nul-byte.md:3: error: file contains NUL bytes`);
    expect(lines).toMatch(new RegExp(`${DIR}/duplicate-number.md:13: error: duplicate catalog number 9`));
    expect(lines).toMatch(new RegExp(`${DIR}/nested-details.md:2: error: <details> block is not closed`));
    expect(lines).toMatch(
      new RegExp(
        `${DIR}/truncated-tag.md:2: error: <details> block is not closed before the next block at line 7`,
      ),
    );
    expect(lines).toContain('javascript-link.md:2: warning: lecture 2: video id taken from the thumbnail');
    expect(lines).toContain('lookalike-host.md:2: warning: lecture 3: video id taken from the thumbnail');
    expect(lines).toContain('long-title.md:2: warning: lecture 13: title of 20000 characters cut to 500');
    expect(lines).toContain('build failed: 5 errors in the input; nothing was written');
    expect(await readFile(out, 'utf8')).toBe('previous');
  });

  it('should read the acceptable fixtures, keeping hostile text as text and links canonical', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-hostile-ok-'));
    await mkdir(join(dir, 'in'));
    for (const f of [
      'html-in-title.md',
      'javascript-link.md',
      'lookalike-host.md',
      'hostile-summary.md',
      'unicode-title.md',
      'long-title.md',
      'deep-nesting.md',
    ]) {
      await copyFile(join(DIR, f), join(dir, 'in', f));
    }
    const out = join(dir, 'graph.json');
    await cli(['--input', join(dir, 'in'), '--out', out, '--quiet']);
    const graph = graphFromJson(await readFile(out, 'utf8'));
    const lecture = (n: number) => graph.getNodeAttributes(`lecture:${n}`) as LectureNodeAttributes;
    expect(lecture(1).title).toContain('<img src=x onerror=alert(1)>');
    for (const n of [2, 3]) expect(lecture(n).url).toBe('https://www.youtube.com/watch?v=AIKu43goh-8');
    expect(lecture(4).summary).toContain('[click](javascript:alert(1))');
    expect(lecture(10).title).toContain('🙂');
    expect(lecture(13).title).toHaveLength(500);
    expect(lecture(14).summary).toContain('deep');
    expect(existsSync(`${out}.tmp`)).toBe(false);
  });
});
