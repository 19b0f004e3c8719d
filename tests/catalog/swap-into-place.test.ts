import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalogPaths, type CatalogPaths } from '../../src/catalog/catalog-paths.js';
import { recoverInterruptedSwap, swapIntoPlace } from '../../src/catalog/swap-into-place.js';

describe('swapIntoPlace and recoverInterruptedSwap', () => {
  let root: string;
  let paths: CatalogPaths;
  const folder = (dir: string, files: Record<string, string>): void => {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  };
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'la-swap-'));
    paths = catalogPaths(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('should do nothing where there is no .catalog folder', async () => {
    expect(await recoverInterruptedSwap(paths)).toEqual([]);
    expect(existsSync(paths.dir)).toBe(false);
  });

  it('should replace the current copy and its manifest, leaving no working folder', async () => {
    folder(paths.current, { '00-index.md': 'old' });
    writeFileSync(paths.manifest, 'old manifest');
    folder(paths.staging(process.pid), { '00-index.md': 'new' });
    await swapIntoPlace(paths, paths.staging(process.pid), 'new manifest');
    expect(readFileSync(join(paths.current, '00-index.md'), 'utf8')).toBe('new');
    expect(readFileSync(paths.manifest, 'utf8')).toBe('new manifest');
    expect(readdirSync(paths.dir).sort()).toEqual(['current', 'manifest.json']);
    expect(readdirSync(paths.current)).toEqual(['00-index.md']);
  });

  it('should put the previous copy back when a run died after moving it aside', async () => {
    folder(paths.retired(4242), { '00-index.md': 'old' });
    writeFileSync(paths.manifest, 'old manifest');
    folder(paths.staging(4242), { '00-index.md': 'new', '.manifest.json': 'new manifest' });
    expect(await recoverInterruptedSwap(paths)).toEqual([
      'undid an interrupted update: the previous copy is back in place',
    ]);
    expect(readFileSync(join(paths.current, '00-index.md'), 'utf8')).toBe('old');
    expect(readFileSync(paths.manifest, 'utf8')).toBe('old manifest');
    expect(readdirSync(paths.dir).sort()).toEqual(['current', 'manifest.json']);
  });

  it('should finish a run that died after moving the new copy in, before its manifest', async () => {
    folder(paths.current, { '00-index.md': 'new', '.manifest.json': 'new manifest' });
    folder(paths.retired(4242), { '00-index.md': 'old' });
    writeFileSync(paths.manifest, 'old manifest');
    expect(await recoverInterruptedSwap(paths)).toEqual([
      'finished an interrupted update: its manifest is now in place',
    ]);
    expect(readFileSync(paths.manifest, 'utf8')).toBe('new manifest');
    expect(readdirSync(paths.current)).toEqual(['00-index.md']);
    expect(readdirSync(paths.dir).sort()).toEqual(['current', 'manifest.json']);
  });
});
