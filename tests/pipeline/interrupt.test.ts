import { describe, it, expect } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLexicon } from '../../src/extract/lexicon.js';
import { generateCatalog, toDetailsFiles } from '../../src/synthetic/generate-catalog.js';

describe('an interrupted build', () => {
  it('should exit 130 on SIGINT and leave the previous graph and no temporary file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-sigint-in-'));
    const outDir = await mkdtemp(join(tmpdir(), 'la-sigint-out-'));
    for (const [name, content] of toDetailsFiles(
      generateCatalog(loadLexicon(), { lectures: 1500, seed: 3 }),
      500,
    )) {
      await writeFile(join(dir, name), content);
    }
    const out = join(outDir, 'graph.json');
    await writeFile(out, 'previous');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-graph.ts', '--input', dir, '--out', out],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Interrupt once the build has started its stages.
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d: Buffer) => d.toString().includes('ingest') && resolve()),
    );
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('interrupted (SIGINT): nothing was written');
    expect(await readFile(out, 'utf8')).toBe('previous');
    expect((await readdir(outDir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
