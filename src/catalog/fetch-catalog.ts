/**
 * Fetch stage: finds the catalog's pages and downloads them into memory. Pages come from `--pages`,
 * or from the listing page plus every page of the previous copy plus probing (`NN-index.md` after the
 * highest known one, until a 404). Nothing is written here; failures come back as CatalogPageErrors,
 * and a first request that cannot connect at all as a CatalogOfflineError.
 */
import type { ResolvedCatalogOptions } from './catalog-options.js';
import { indexPageName, pageLinksFromListing, pageNumber, type PageLink } from './discover-pages.js';
import { CatalogOfflineError, CatalogPageError } from './errors.js';
import { describeOutcome, fetchPage, type FetchOutcome } from './fetch-page.js';

export interface FetchedPage {
  name: string;
  url: string;
  bytes: Buffer;
}

export type CatalogFetchResult =
  | { kind: 'fetched'; pages: FetchedPage[]; notes: string[] }
  | { kind: 'offline'; error: CatalogOfflineError }
  | { kind: 'failed'; errors: CatalogPageError[]; notes: string[] };

/** What the fetch stage needs to know about the previous copy. */
export interface PreviousPage {
  name: string;
  lectureCount: number;
}

export async function fetchCatalog(
  options: ResolvedCatalogOptions,
  previous: readonly PreviousPage[] = [],
): Promise<CatalogFetchResult> {
  const notes: string[] = [];
  const errors: CatalogPageError[] = [];
  const pages: FetchedPage[] = [];
  const previousByName = new Map(previous.map((p) => [p.name, p]));
  const pagesBase = new URL(options.pagesDir, options.baseUrl).href;
  const state: {
    /** Some request got an HTTP answer: the host is reachable. */
    answered: boolean;
    offline?: CatalogOfflineError;
    /** Set after a timeout or network failure: later requests would most likely fail the same way. */
    stopped: boolean;
  } = { answered: false, stopped: false };

  const get = async (url: string): Promise<FetchOutcome> => {
    const outcome = await fetchPage(url, { timeoutMs: options.timeoutMs, maxBytes: options.maxPageBytes });
    if (outcome.kind === 'network' && outcome.connect && !state.answered) {
      state.offline = new CatalogOfflineError(url, describeOutcome(outcome));
    }
    if (outcome.kind === 'ok' || outcome.kind === 'status' || outcome.kind === 'too-large')
      state.answered = true;
    if (outcome.kind === 'timeout' || outcome.kind === 'network') state.stopped = true;
    return outcome;
  };
  const fail = (page: string, url: string, outcome: Exclude<FetchOutcome, { kind: 'ok' }>): void => {
    const problem =
      outcome.kind === 'status'
        ? 'http'
        : outcome.kind === 'timeout'
          ? 'timeout'
          : outcome.kind === 'network'
            ? 'network'
            : 'too-large';
    const was = previousByName.get(page);
    let fix = 'the server or the connection failed; try again later';
    if (outcome.kind === 'status' && outcome.status === 404)
      fix = was
        ? `the page held ${was.lectureCount} lectures in the previous copy and is gone now; if the catalog really dropped it, delete .catalog/ and fetch again`
        : 'the page is named but missing; check --url and --pages';
    else if (outcome.kind === 'status' && outcome.status < 500) fix = 'check --url';
    else if (outcome.kind === 'too-large') fix = 'check --url (is this the catalog?)';
    errors.push(new CatalogPageError(page, url, problem, `${describeOutcome(outcome)}; ${fix}`));
  };
  const download = async (link: PageLink): Promise<boolean> => {
    const outcome = await get(link.url);
    if (outcome.kind === 'ok') {
      pages.push({ name: link.name, url: link.url, bytes: outcome.bytes });
      return true;
    }
    fail(link.name, link.url, outcome);
    return false;
  };
  const result = (): CatalogFetchResult => {
    if (state.offline && !state.answered) return { kind: 'offline', error: state.offline };
    if (errors.length) return { kind: 'failed', errors, notes };
    return { kind: 'fetched', pages, notes };
  };

  if (options.pages) {
    for (const name of options.pages) {
      if (state.stopped) break;
      await download({ name, url: new URL(name, pagesBase).href });
    }
    return result();
  }

  const targets = new Map<string, PageLink>();
  let probeBase = pagesBase;
  if (options.listingPath) {
    const listingUrl = new URL(options.listingPath, options.baseUrl).href;
    const outcome = await get(listingUrl);
    if (outcome.kind === 'ok') {
      const { links, ignored } = pageLinksFromListing(
        outcome.bytes.toString('utf8'),
        listingUrl,
        options.baseUrl,
      );
      for (const link of links) targets.set(link.name, link);
      if (links.length) probeBase = links[links.length - 1]!.url.replace(/[^/]*$/, '');
      for (const target of ignored)
        notes.push(
          `${options.listingPath}: link "${target}" ignored (outside ${options.baseUrl} or repeated)`,
        );
      if (!links.length) notes.push(`${options.listingPath} links no index pages; probing ${pagesBase}`);
    } else if (outcome.kind === 'status' && outcome.status === 404) {
      notes.push(`no listing page at ${listingUrl}; probing ${pagesBase}`);
    } else {
      fail(options.listingPath, listingUrl, outcome);
      return result();
    }
  }
  for (const p of previous) {
    if (!targets.has(p.name)) targets.set(p.name, { name: p.name, url: new URL(p.name, pagesBase).href });
  }
  const ordered = [...targets.values()].sort(
    (a, b) => (pageNumber(a.name) || 0) - (pageNumber(b.name) || 0) || a.name.localeCompare(b.name, 'en'),
  );
  if (ordered.length > options.maxPages) {
    errors.push(
      new CatalogPageError(
        options.listingPath || options.pagesDir,
        options.baseUrl,
        'listing',
        `${ordered.length} pages to fetch, over the limit of ${options.maxPages}; check --url`,
      ),
    );
    return result();
  }
  for (const link of ordered) {
    if (state.stopped) break;
    await download(link);
  }

  // Probe for pages the listing does not name yet: the next number, until a 404.
  const numbers = ordered.map((l) => pageNumber(l.name)).filter((n) => Number.isInteger(n));
  let next = numbers.length ? numbers.reduce((m, n) => Math.max(m, n)) + 1 : 0;
  while (!state.stopped && !errors.length) {
    const name = indexPageName(next);
    const url = new URL(name, probeBase).href;
    if (pages.length >= options.maxPages) {
      errors.push(
        new CatalogPageError(
          name,
          url,
          'listing',
          `more than ${options.maxPages} pages found; check --url (does the server answer every address?)`,
        ),
      );
      break;
    }
    const outcome = await get(url);
    if (outcome.kind === 'ok') {
      pages.push({ name, url, bytes: outcome.bytes });
      if (ordered.length) notes.push(`${name} found by probing; the listing does not name it yet`);
      next++;
    } else if (outcome.kind === 'status' && outcome.status === 404) break;
    else fail(name, url, outcome);
  }
  if (!pages.length && !errors.length && !(state.offline && !state.answered)) {
    errors.push(
      new CatalogPageError(
        options.listingPath || indexPageName(0),
        options.listingPath ? new URL(options.listingPath, options.baseUrl).href : pagesBase,
        'listing',
        `no catalog pages found (no listing links, and ${new URL(indexPageName(0), probeBase).href} is missing); check --url`,
      ),
    );
  }
  return result();
}
