import { describe, it, expect, beforeEach, afterEach } from 'vitest';
import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  OutputFolderError,
  prepareSyntheticFolder,
  SYNTHETIC_MARKER,
} from '../../src/synthetic/output-folder.js';

describe('the folder gen:catalog writes to', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'la-synth-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('should create a new folder, and empty one it wrote before', async () => {
    const dir = join(root, 'a', 'b');
    await prepareSyntheticFolder(dir);
    expect(await readdir(dir)).toEqual([SYNTHETIC_MARKER]);
    await writeFile(join(dir, 'catalog-001.md'), 'old');
    await prepareSyntheticFolder(dir);
    expect(await readdir(dir)).toEqual([SYNTHETIC_MARKER]);
  });

  it("should refuse a folder holding a user's files and delete nothing", async () => {
    const dir = join(root, 'data');
    await mkdir(dir);
    await writeFile(join(dir, 'my-catalog.md'), 'mine');
    await expect(prepareSyntheticFolder(dir)).rejects.toThrow(OutputFolderError);
    await expect(prepareSyntheticFolder(dir)).rejects.toThrow(/my-catalog\.md.*nothing was deleted/);
    expect(await readFile(join(dir, 'my-catalog.md'), 'utf8')).toBe('mine');
    const file = join(root, 'file.txt');
    await writeFile(file, 'x');
    await expect(prepareSyntheticFolder(file)).rejects.toThrow(/is a file/);
  });
});
