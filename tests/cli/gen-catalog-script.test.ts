import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest/ingest.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** `npm run gen:catalog -- <args>`; a time limit, so that a script that went on would fail. */
function genCatalog(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-catalog.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('scripts/gen-catalog.ts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'la-gen-catalog-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['--seed='], '--seed must be a whole number; got ""'],
    [['--seed', '0x10'], '--seed must be a whole number; got "0x10"'],
    [['--per-file', ' '], '--per-file must be a whole number ≥ 1; got " "'],
  ])('should refuse %j with exit 2 and one line, writing nothing', (args, message) => {
    const out = join(dir, 'refused');
    const run = genCatalog(['--lectures', '3', '--out', out, ...args]);
    expect([run.status, run.stdout, run.stderr.split('\n')[0]]).toEqual([2, '', `gen:catalog: ${message}`]);
    expect(existsSync(out)).toBe(false);
  });

  it('should count one lecture in the singular', () => {
    const out = join(dir, 'one');
    const run = genCatalog(['--lectures', '1', '--out', out]);
    expect([run.status, run.stdout]).toEqual([0, `wrote 1 lecture (0 with a summary, 0.0 MB) to ${out}\n`]);
  });

  it('should write --format both as two catalogs, each of which reads without error, and say where', async () => {
    const out = join(dir, 'both');
    const run = genCatalog(['--lectures', '3', '--out', out, '--format', 'both']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      `as details files to ${join(out, 'details')} and as a JSON list to ${join(out, 'json')}`,
    );
    for (const folder of ['details', 'json']) {
      const read = await ingest([join(out, folder)]);
      expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(read.lectures.map((l) => l.number)).toEqual([1, 2, 3]);
    }
  });
});
