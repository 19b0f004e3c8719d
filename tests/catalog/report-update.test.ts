import { describe, expect, it } from 'vitest';
import {
  CatalogOfflineError,
  CatalogPageError,
  reportCatalogUpdate,
  resolveCatalogOptions,
  type CatalogManifest,
  type CatalogUpdateResult,
} from '../../src/catalog/index.js';

const options = resolveCatalogOptions({ root: '/project', baseUrl: 'http://127.0.0.1:1/' }, {});
const previous: CatalogManifest = {
  format: 1,
  source: options.baseUrl,
  fetchedAt: '2032-09-22T12:00:00.000Z',
  lectureCount: 16,
  pages: [],
};
const offline = new CatalogOfflineError('http://127.0.0.1:1/README.md', 'connect ECONNREFUSED 127.0.0.1:1');
const rejected = new CatalogPageError(
  '00-index.md',
  'http://127.0.0.1:1/docs/00-index.md',
  'http',
  'HTTP 500',
);

describe('reportCatalogUpdate', () => {
  it.each<[string, CatalogUpdateResult, boolean, 0 | 1]>([
    ['offline without a previous copy', { status: 'offline', options, notes: [], error: offline }, true, 1],
    [
      'offline with a previous copy',
      { status: 'offline', options, notes: [], previous, error: offline },
      false,
      1,
    ],
    ['offline, allowed', { status: 'offline', options, notes: [], previous, error: offline }, true, 0],
    [
      'rejected',
      { status: 'rejected', options, notes: [], previous, errors: [rejected], warnings: [] },
      true,
      1,
    ],
  ])('should exit as documented when %s', (_what, result, allowOffline, code) => {
    expect(reportCatalogUpdate(result, { allowOffline }).exitCode).toBe(code);
  });

  it('should list every problem under one line that says what is kept', () => {
    const r = reportCatalogUpdate({
      status: 'rejected',
      options,
      notes: ['README.md links no index pages; probing http://127.0.0.1:1/docs/'],
      errors: [rejected],
      warnings: ['01-index.md line 3: text outside any <details> block is ignored'],
    });
    expect(r.out).toEqual([]);
    expect(r.err).toEqual([
      'note: README.md links no index pages; probing http://127.0.0.1:1/docs/',
      '1 ingest warning:',
      '  01-index.md line 3: text outside any <details> block is ignored',
      'catalog not updated: 1 problem; keeping no previous copy (none was ever fetched)',
      '  00-index.md (http://127.0.0.1:1/docs/00-index.md): http: HTTP 500',
    ]);
  });
});
