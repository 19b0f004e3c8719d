import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { currentCatalogDir } from '../../src/catalog/index.js';

const manifest = (pages: string[]): string =>
  JSON.stringify({
    format: 1,
    source: 'http://127.0.0.1/',
    fetchedAt: '2032-01-01T00:00:00.000Z',
    lectureCount: pages.length,
    pages: pages.map((name) => ({
      name,
      url: '',
      sha256: '',
      bytes: 1,
      fetchedAt: '',
      lectureCount: 1,
      lectureNumbers: [1],
    })),
  });

describe('currentCatalogDir', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'la-current-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('should be undefined when nothing was fetched, or the manifest is missing or damaged', () => {
    expect(currentCatalogDir(root)).toBeUndefined();
    mkdirSync(join(root, '.catalog', 'current'), { recursive: true });
    writeFileSync(join(root, '.catalog', 'current', '00-index.md'), '<details></details>');
    expect(currentCatalogDir(root)).toBeUndefined();
    writeFileSync(join(root, '.catalog', 'manifest.json'), '{ not json');
    expect(currentCatalogDir(root)).toBeUndefined();
    writeFileSync(join(root, '.catalog', 'manifest.json'), manifest(['00-index.md', '01-index.md']));
    expect(currentCatalogDir(root)).toBeUndefined();
  });

  it('should be the current folder when the manifest names only pages that are there', () => {
    mkdirSync(join(root, '.catalog', 'current'), { recursive: true });
    writeFileSync(join(root, '.catalog', 'current', '00-index.md'), '<details></details>');
    writeFileSync(join(root, '.catalog', 'manifest.json'), manifest(['00-index.md']));
    expect(currentCatalogDir(root)).toBe(join(root, '.catalog', 'current'));
  });
});
