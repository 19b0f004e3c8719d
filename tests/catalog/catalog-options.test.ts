import { describe, expect, it } from 'vitest';
import { CatalogOptionsError, DEFAULT_CATALOG_URL, resolveCatalogOptions } from '../../src/catalog/index.js';

describe('resolveCatalogOptions', () => {
  it.each([
    [{ baseUrl: 'ftp://example.org/' }, {}, /"ftp:\/\/example\.org\/" \(from --url\) is not http\(s\)/],
    [
      {},
      { LECTURE_ATLAS_CATALOG_URL: 'catalog' },
      /"catalog" \(from LECTURE_ATLAS_CATALOG_URL\) is not a URL/,
    ],
    [{ baseUrl: 'https://example.org/?ref=main' }, {}, /has a query or fragment/],
    [{ timeoutMs: 0 }, {}, /timeoutMs \(--timeout\) must be a positive whole number, got 0/],
    [{ minSizeShare: 1.5 }, {}, /minSizeShare \(--min-size-share\) must be a share between 0 and 1, got 1.5/],
    [{ maxLectureLoss: Number.NaN }, {}, /maxLectureLoss \(--max-lecture-loss\) must be a share/],
    [{ pages: [] }, {}, /--pages names no page/],
    [{ pages: ['../secret.md'] }, {}, /"\.\.\/secret\.md" is not a catalog page name/],
    [{ pages: ['.hidden.md'] }, {}, /is not a catalog page name/],
    [{ pages: ['README.md'] }, {}, /is not a catalog page name/],
  ])('should refuse %j (env %j) with a message naming the setting', (options, env, message) => {
    expect(() => resolveCatalogOptions(options, env)).toThrow(CatalogOptionsError);
    expect(() => resolveCatalogOptions(options, env)).toThrow(message);
  });

  it('should default to the raw files of sumsjp/YTLee on its default branch', () => {
    const o = resolveCatalogOptions({ root: '/r' }, {});
    expect(o).toMatchObject({
      root: '/r',
      baseUrl: 'https://raw.githubusercontent.com/sumsjp/YTLee/HEAD/',
      baseUrlOrigin: 'default',
      listingPath: 'README.md',
      pagesDir: 'docs/',
      timeoutMs: 30_000,
      minSizeShare: 0.5,
      maxLectureLoss: 0.1,
    });
    expect(DEFAULT_CATALOG_URL).toBe(o.baseUrl);
  });

  it('should take --url over the environment, and the environment over the default', () => {
    const env = { LECTURE_ATLAS_CATALOG_URL: 'http://127.0.0.1:9/mirror' };
    expect(resolveCatalogOptions({}, env)).toMatchObject({
      baseUrl: 'http://127.0.0.1:9/mirror/',
      baseUrlOrigin: 'environment',
    });
    expect(resolveCatalogOptions({ baseUrl: 'http://127.0.0.1:8/x/' }, env)).toMatchObject({
      baseUrl: 'http://127.0.0.1:8/x/',
      baseUrlOrigin: 'option',
    });
    // An option given as undefined (a flag not passed) does not hide the environment.
    expect(resolveCatalogOptions({ baseUrl: undefined }, env).baseUrlOrigin).toBe('environment');
  });

  it('should end the pages folder with a slash and name each page once', () => {
    const o = resolveCatalogOptions({ pagesDir: 'pages', pages: ['08-index.md', '08-index.md'] }, {});
    expect(o.pagesDir).toBe('pages/');
    expect(o.pages).toEqual(['08-index.md']);
  });
});
