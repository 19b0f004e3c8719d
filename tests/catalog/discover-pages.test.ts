import { describe, expect, it } from 'vitest';
import { indexPageName, pageLinksFromListing, pageNumber } from '../../src/catalog/discover-pages.js';

const BASE = 'https://raw.example/owner/repo/HEAD/';
const LISTING = `${BASE}README.md`;

describe('pageLinksFromListing', () => {
  it('should find nothing in a listing without index-page links', () => {
    expect(
      pageLinksFromListing('# Catalog\n\nno links here, [home](https://x.test/)\n', LISTING, BASE),
    ).toEqual({
      links: [],
      ignored: [],
    });
  });

  it("should read a listing in the catalog repository's README form, in page order", () => {
    const text =
      '# Catalog (2032-01-01)\n\n---\n\n- [0051~0100](docs/01-index.md)\n- [0001~0050](docs/00-index.md)\n\n---\n';
    expect(pageLinksFromListing(text, LISTING, BASE).links).toEqual([
      { name: '00-index.md', url: `${BASE}docs/00-index.md` },
      { name: '01-index.md', url: `${BASE}docs/01-index.md` },
    ]);
  });

  it('should pass over a link whose name is not valid percent-encoding, not fail on it', () => {
    const text = '- [notes](notes/100%-index.md)\n- [0001~0050](docs/00-index.md)\n';
    expect(pageLinksFromListing(text, LISTING, BASE).links).toEqual([
      { name: '00-index.md', url: `${BASE}docs/00-index.md` },
    ]);
  });

  it('should leave out links outside the base URL and second links to a known name', () => {
    const text = [
      '- [a](./docs/00-index.md "first")',
      '- [b](<docs/00-index.md>)',
      '- [c](https://elsewhere.test/docs/01-index.md)',
      '- [d](../../other/HEAD/docs/02-index.md)',
      '- [e](other/00-index.md)',
      '- [f](docs/10-index.md#top)',
    ].join('\n');
    const r = pageLinksFromListing(text, LISTING, BASE);
    expect(r.links).toEqual([
      { name: '00-index.md', url: `${BASE}docs/00-index.md` },
      { name: '10-index.md', url: `${BASE}docs/10-index.md` },
    ]);
    expect(r.ignored).toEqual([
      'https://elsewhere.test/docs/01-index.md',
      '../../other/HEAD/docs/02-index.md',
      'other/00-index.md',
    ]);
  });
});

describe('indexPageName and pageNumber', () => {
  it.each([
    [0, '00-index.md'],
    [8, '08-index.md'],
    [42, '42-index.md'],
    [100, '100-index.md'],
  ])('should name page %i %s and read the number back', (n, name) => {
    expect(indexPageName(n)).toBe(name);
    expect(pageNumber(name)).toBe(n);
  });

  it('should give NaN for a name that is not an index page', () => {
    expect(pageNumber('notes.md')).toBeNaN();
  });
});
