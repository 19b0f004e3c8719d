import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../src/ingest/ingest.js';
import { generateCatalog } from '../../src/synthetic/generate-catalog.js';
import { SYNTHETIC_MARKER } from '../../src/synthetic/output-folder.js';
import { writeSyntheticCatalog } from '../../src/synthetic/write-synthetic-catalog.js';
import { loadLexicon } from '../../src/extract/lexicon.js';

describe('writeSyntheticCatalog', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'la-synth-write-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const catalog = generateCatalog(loadLexicon(), { lectures: 12, seed: 3, perFile: 5 });

  it('should write one format into the folder itself', async () => {
    const dir = join(root, 'details');
    const written = await writeSyntheticCatalog(dir, catalog, { format: 'details', perFile: 5 });
    expect(written.details).toBe(dir);
    expect((await readdir(dir)).sort()).toEqual([
      SYNTHETIC_MARKER,
      'catalog-000001-000005.md',
      'catalog-000006-000010.md',
      'catalog-000011-000012.md',
    ]);
  });

  it('should write both formats to their own subfolders, each a catalog that reads without error', async () => {
    const dir = join(root, 'both');
    const written = await writeSyntheticCatalog(dir, catalog, { format: 'both', perFile: 5 });
    expect(written).toMatchObject({ details: join(dir, 'details'), json: join(dir, 'json') });
    expect((await readdir(dir)).sort()).toEqual([SYNTHETIC_MARKER, 'details', 'json']);
    for (const folder of [written.details!, written.json!]) {
      const read = await ingest([folder]);
      expect(read.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(read.lectures.map((l) => l.number)).toEqual(catalog.map((l) => l.number));
    }
    // Written again as one format, the subfolders go.
    await writeSyntheticCatalog(dir, catalog, { format: 'json', perFile: 5 });
    expect((await readdir(dir)).sort()).toEqual([SYNTHETIC_MARKER, 'lectures.json']);
  });
});
