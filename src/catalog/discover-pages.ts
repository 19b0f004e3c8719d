/**
 * Page discovery from the catalog's listing page: the Markdown links to `NN-index.md` pages, resolved
 * against the listing's address and kept only inside the catalog's base URL; plus the naming rule
 * (`00-index.md`, `01-index.md`, …) used to probe for pages the listing does not name yet.
 */
import { INDEX_PAGE_NAME } from './catalog-options.js';

export interface PageLink {
  /** Local page name, e.g. `00-index.md`. */
  name: string;
  url: string;
}

export interface ListingLinks {
  /** Index pages, in page-number order, each name once. */
  links: PageLink[];
  /** Links to index pages that were left out (outside the base URL, or a second link with a known name). */
  ignored: string[];
}

/** Markdown inline links: `[text](target)` or `[text](<target> "title")`. */
const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;

export function pageLinksFromListing(text: string, listingUrl: string, baseUrl: string): ListingLinks {
  const byName = new Map<string, PageLink>();
  const ignored: string[] = [];
  for (const m of text.matchAll(MARKDOWN_LINK)) {
    const target = m[1]!;
    let url: URL;
    try {
      url = new URL(target, listingUrl);
    } catch {
      continue;
    }
    url.hash = '';
    const raw = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
    let name: string;
    try {
      name = decodeURIComponent(raw);
    } catch {
      name = raw; // a stray "%" (notes/100%-index.md) is no index page's name, and no reason to fail
    }
    if (!INDEX_PAGE_NAME.test(name)) continue;
    if (!url.href.startsWith(baseUrl) || url.search) {
      ignored.push(target);
      continue;
    }
    const known = byName.get(name);
    if (known && known.url !== url.href) ignored.push(target);
    else byName.set(name, { name, url: url.href });
  }
  const links = [...byName.values()].sort((a, b) => pageNumber(a.name) - pageNumber(b.name));
  return { links, ignored };
}

/** The number of an index page (`07-index.md` → 7), or NaN for another name. */
export function pageNumber(name: string): number {
  const m = INDEX_PAGE_NAME.exec(name);
  return m ? Number(m[1]) : NaN;
}

/** The name of index page `n`, zero-padded to two digits as the catalog names them. */
export function indexPageName(n: number): string {
  return `${String(n).padStart(2, '0')}-index.md`;
}
