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
    await writeFile(join(dir, 'catalog-000001-000500.md'), 'old');
    await prepareSyntheticFolder(dir);
    expect(await readdir(dir)).toEqual([SYNTHETIC_MARKER]);
  });

  it('should delete only the files it writes, its details/ and json/ subfolders included', async () => {
    const dir = join(root, 'synth');
    await prepareSyntheticFolder(dir);
    await mkdir(join(dir, 'details'));
    await mkdir(join(dir, 'json'));
    for (const file of [
      'catalog-000001-000500.md',
      'lectures.json',
      'details/catalog-000001-000500.md',
      'json/lectures.json',
    ])
      await writeFile(join(dir, file), 'old');
    await prepareSyntheticFolder(dir);
    expect(await readdir(dir)).toEqual([SYNTHETIC_MARKER]);
  });

  it('should refuse a folder it marked that holds anything else, deleting nothing', async () => {
    const dir = join(root, 'synth');
    await prepareSyntheticFolder(dir);
    await writeFile(join(dir, 'catalog-000001-000500.md'), 'old');
    await writeFile(join(dir, 'my-notes.md'), 'mine');
    await expect(prepareSyntheticFolder(dir)).rejects.toThrow(
      `${dir} holds files gen:catalog did not write (my-notes.md); nothing was deleted.`,
    );
    expect((await readdir(dir)).sort()).toEqual([
      SYNTHETIC_MARKER,
      'catalog-000001-000500.md',
      'my-notes.md',
    ]);
    // Inside one of its subfolders too.
    await rm(join(dir, 'my-notes.md'));
    await mkdir(join(dir, 'json'));
    await writeFile(join(dir, 'json', 'lectures.json'), 'old');
    await writeFile(join(dir, 'json', 'mine.json'), 'mine');
    await expect(prepareSyntheticFolder(dir)).rejects.toThrow(/\(json\/mine\.json\); nothing was deleted/);
    expect((await readdir(join(dir, 'json'))).sort()).toEqual(['lectures.json', 'mine.json']);
    expect(await readdir(dir)).toContain('catalog-000001-000500.md');
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
