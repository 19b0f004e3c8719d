import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** tsx by its file, so that the script runs from any working folder (one with its own .catalog/). */
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/** One lecture, in the catalog's `<details>` format. */
const CATALOG = `<details>
<summary>7. Self-attention for Speech</summary><br>

<a href="https://www.youtube.com/watch?v=L0TOXlNpCJ8" target="_blank">
    <img src="https://img.youtube.com/vi/L0TOXlNpCJ8/maxresdefault.jpg" alt="[Youtube]" width="200">
</a>

# Self-attention for Speech

</details>
`;

/** A manifest that makes `<root>/.catalog/current` the validated copy catalog:update leaves. */
const MANIFEST = JSON.stringify({
  format: 1,
  source: 'http://127.0.0.1/',
  fetchedAt: '2032-01-01T00:00:00.000Z',
  lectureCount: 1,
  pages: [
    {
      name: '00-index.md',
      url: '',
      sha256: '',
      bytes: 1,
      fetchedAt: '',
      lectureCount: 1,
      lectureNumbers: [7],
    },
  ],
});

/** `npm run concepts -- <args>` in `cwd`; a time limit, so that a script that went on would fail. */
function concepts(args: string[], cwd = ROOT) {
  return spawnSync(process.execPath, ['--import', TSX, join(ROOT, 'scripts/concepts.ts'), ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('scripts/concepts.ts', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'la-concepts-'));
    writeFileSync(join(dir, 'catalog.md'), CATALOG);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(['0xEA', ' ', '', '2e2', '7.0', '7a'])(
    'should refuse %j as a lecture number with exit 2 and one line, before reading anything',
    (arg) => {
      const run = concepts([arg, '--input', join(dir, 'catalog.md')]);
      expect([run.status, run.stdout]).toEqual([2, '']);
      expect(run.stderr.split('\n')[0]).toBe(`concepts: not a lecture number: "${arg}"`);
    },
  );

  it('should take a number as `query` takes it: with #, full-width, with leading zeros', () => {
    const run = concepts(['#7', '７', '＃７', '07', '--input', join(dir, 'catalog.md')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout.split('\n').filter((l) => l.startsWith('7. '))).toEqual(
      Array(4).fill('7. Self-attention for Speech'),
    );
  });

  it('should list the input errors as build:graph does, with no stack, and exit 1', () => {
    const run = concepts(['7', '--input', 'missing'], dir);
    expect([run.status, run.stdout]).toEqual([1, '']);
    expect(run.stderr).toBe(
      'missing: error: input path does not exist\nconcepts: 1 error in the input; nothing shown\n',
    );
  });

  it('should read, without --input, the catalog catalog:update keeps current, as build:graph does', () => {
    const root = join(dir, 'project');
    mkdirSync(join(root, '.catalog', 'current'), { recursive: true });
    mkdirSync(join(root, 'data', 'notes'), { recursive: true });
    writeFileSync(join(root, '.catalog', 'current', '00-index.md'), CATALOG);
    writeFileSync(join(root, '.catalog', 'manifest.json'), MANIFEST);
    const run = concepts(['7'], root);
    expect([run.status, run.stderr]).toEqual([
      0,
      'reading the updated catalog in .catalog/current (--input data reads the snapshot)\n',
    ]);
    expect(run.stdout.split('\n')[0]).toBe('7. Self-attention for Speech');
  });
});
