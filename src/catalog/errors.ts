/**
 * Named errors of the catalog updater. Each message says which page or setting is wrong, at which
 * URL or line, and what to do about it; the updater collects page errors instead of stopping at the first.
 */

/** A setting of the updater (a flag, the environment, a default) has a value it cannot use. */
export class CatalogOptionsError extends Error {
  override readonly name = 'CatalogOptionsError';
}

/** What went wrong with one page; `offline` is reserved for the run-level CatalogOfflineError. */
export type CatalogPageProblem =
  'http' | 'timeout' | 'network' | 'too-large' | 'truncated' | 'ingest' | 'listing';

/** One fetched (or unfetchable) page that stops the update. */
export class CatalogPageError extends Error {
  override readonly name = 'CatalogPageError';

  constructor(
    /** Local page name, e.g. `00-index.md` (the listing's own path for listing problems). */
    readonly page: string,
    readonly url: string,
    readonly problem: CatalogPageProblem,
    /** What is wrong and how to fix it, without the page and URL (the message adds them). */
    readonly detail: string,
    /** 1-based line in the page, when the problem has one. */
    readonly line?: number,
  ) {
    super(`${page}${line ? ` line ${line}` : ''} (${url}): ${problem}: ${detail}`);
  }
}

/** The catalog host could not be reached at all: no HTTP answer to the first request. */
export class CatalogOfflineError extends Error {
  override readonly name = 'CatalogOfflineError';

  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`cannot reach ${url} (${reason}); check the network or --url`);
  }
}

/** Another update holds `.catalog/update.lock`. */
export class CatalogLockError extends Error {
  override readonly name = 'CatalogLockError';

  constructor(
    readonly lockFile: string,
    readonly pid: number,
  ) {
    super(
      `another catalog update (pid ${pid}) is running: ${lockFile} is held; wait for it to finish, ` +
        `or delete the lock file if that process is gone`,
    );
  }
}
