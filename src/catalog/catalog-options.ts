/**
 * Settings of the catalog updater, as a triad: the `CatalogOptions` type, `DEFAULT_CATALOG_OPTIONS`,
 * and `resolveCatalogOptions`, which fills defaults, reads the environment and fails early with a
 * message naming where a bad value came from (a flag, the environment or a default).
 *
 * The public catalog is the GitHub repository sumsjp/YTLee: its README.md lists the index pages
 * (`- [0001~0050](docs/00-index.md)` …), each `docs/NN-index.md` holds up to 50 `<details>` lecture
 * blocks. `HEAD` in a raw.githubusercontent.com address names the repository's default branch.
 */
import { CatalogOptionsError } from './errors.js';

export interface CatalogOptions {
  /** Project root; the catalog lives in `<root>/.catalog/`. */
  root: string;
  /** Base address of the catalog repository's raw files; ends with "/". */
  baseUrl: string;
  /** Path of the page that lists the index pages, relative to baseUrl; "" skips it (probe only). */
  listingPath: string;
  /** Folder of the index pages, relative to baseUrl; probing and `pages` resolve against it. */
  pagesDir: string;
  /** Fetch exactly these pages (names like `08-index.md`) instead of discovering them; pages of the
   *  previous copy that are not named are carried over unchanged. */
  pages?: string[];
  /** Limit for each request, headers and body together, in milliseconds. */
  timeoutMs: number;
  /** Largest page accepted, in bytes. */
  maxPageBytes: number;
  /** Most pages one run fetches (bounds probing against a server that answers everything). */
  maxPages: number;
  /** A page smaller than this share of its previous copy's bytes is taken as truncated. */
  minSizeShare: number;
  /** A page (or the whole catalog) that lost more than this share of its lectures is taken as truncated. */
  maxLectureLoss: number;
  /** Clock, for the manifest's times. */
  now: () => Date;
}

/** Where the default catalog lives: the raw files of sumsjp/YTLee on its default branch. */
export const DEFAULT_CATALOG_URL = 'https://raw.githubusercontent.com/sumsjp/YTLee/HEAD/';

/** Environment variable that overrides the default catalog URL (a `--url` flag overrides both). */
export const CATALOG_URL_ENV = 'LECTURE_ATLAS_CATALOG_URL';

/** Local page names: one path segment, no leading dot, Markdown (README.* is the listing, never a page). */
export const PAGE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]*\.md$/;

/** Index pages as the catalog repository names them: `00-index.md`, `01-index.md`, … `100-index.md`. */
export const INDEX_PAGE_NAME = /^(\d{2,})-index\.md$/;

export const DEFAULT_CATALOG_OPTIONS: Readonly<Omit<CatalogOptions, 'root' | 'pages'>> = {
  baseUrl: DEFAULT_CATALOG_URL,
  listingPath: 'README.md',
  pagesDir: 'docs/',
  timeoutMs: 30_000,
  maxPageBytes: 32 * 1024 * 1024,
  maxPages: 200,
  minSizeShare: 0.5,
  maxLectureLoss: 0.1,
  now: () => new Date(),
};

/** Resolved options, with where the base URL came from (for messages). */
export interface ResolvedCatalogOptions extends CatalogOptions {
  baseUrlOrigin: 'option' | 'environment' | 'default';
}

/**
 * Fills defaults and validates. The base URL is, in order: `options.baseUrl` (the `--url` flag),
 * the LECTURE_ATLAS_CATALOG_URL environment variable, DEFAULT_CATALOG_URL.
 */
export function resolveCatalogOptions(
  options: Partial<CatalogOptions> = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): ResolvedCatalogOptions {
  const defined = Object.fromEntries(
    Object.entries(options).filter(([, v]) => v !== undefined),
  ) as Partial<CatalogOptions>;
  const fromEnv = env[CATALOG_URL_ENV]?.trim();
  const baseUrlOrigin = defined.baseUrl !== undefined ? 'option' : fromEnv ? 'environment' : 'default';
  const raw = defined.baseUrl ?? (fromEnv || DEFAULT_CATALOG_OPTIONS.baseUrl);
  const source = { option: '--url', environment: CATALOG_URL_ENV, default: 'the default' }[baseUrlOrigin];

  let base: URL;
  try {
    base = new URL(raw);
  } catch {
    throw new CatalogOptionsError(
      `catalog URL "${raw}" (from ${source}) is not a URL; pass e.g. --url ${DEFAULT_CATALOG_URL}`,
    );
  }
  if (base.protocol !== 'https:' && base.protocol !== 'http:') {
    throw new CatalogOptionsError(
      `catalog URL "${raw}" (from ${source}) is not http(s); pass e.g. --url ${DEFAULT_CATALOG_URL}`,
    );
  }
  if (base.search || base.hash) {
    throw new CatalogOptionsError(
      `catalog URL "${raw}" (from ${source}) has a query or fragment; give the base folder only`,
    );
  }
  if (!base.pathname.endsWith('/')) base.pathname += '/';

  const resolved: ResolvedCatalogOptions = {
    ...DEFAULT_CATALOG_OPTIONS,
    root: process.cwd(),
    ...defined,
    baseUrl: base.href,
    baseUrlOrigin,
  };
  if (resolved.pagesDir && !resolved.pagesDir.endsWith('/')) resolved.pagesDir += '/';

  const positive = (key: 'timeoutMs' | 'maxPageBytes' | 'maxPages', flag: string): void => {
    const v = resolved[key];
    if (!Number.isInteger(v) || v < 1)
      throw new CatalogOptionsError(`${key} (${flag}) must be a positive whole number, got ${v}`);
  };
  positive('timeoutMs', '--timeout');
  positive('maxPageBytes', 'maxPageBytes');
  positive('maxPages', 'maxPages');
  const share = (key: 'minSizeShare' | 'maxLectureLoss', flag: string): void => {
    const v = resolved[key];
    if (!(typeof v === 'number' && v >= 0 && v <= 1))
      throw new CatalogOptionsError(`${key} (${flag}) must be a share between 0 and 1, got ${v}`);
  };
  share('minSizeShare', '--min-size-share');
  share('maxLectureLoss', '--max-lecture-loss');

  if (resolved.pages !== undefined) {
    if (resolved.pages.length === 0)
      throw new CatalogOptionsError('--pages names no page; give e.g. --pages 08-index.md or leave it out');
    for (const name of resolved.pages) {
      if (!PAGE_NAME.test(name) || /^readme\./i.test(name))
        throw new CatalogOptionsError(
          `--pages: "${name}" is not a catalog page name; give file names such as 00-index.md, separated by commas`,
        );
    }
    resolved.pages = [...new Set(resolved.pages)];
  }
  return resolved;
}
