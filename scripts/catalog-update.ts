/**
 * CLI: fetch the public lecture catalog into `.catalog/current/`, validated before it replaces anything.
 *   npm run catalog:update -- [--url <base>] [--pages 08-index.md,09-index.md] [--allow-offline]
 *     [--timeout <ms>] [--min-size-share <0..1>] [--max-lecture-loss <0..1>] [--root <dir>]
 * Exit codes: 0 updated (or offline with --allow-offline and a previous copy); 1 not updated (a page
 * failed validation or could not be fetched, offline, another update running); 2 usage error.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import {
  CATALOG_URL_ENV,
  CatalogLockError,
  CatalogOptionsError,
  DEFAULT_CATALOG_URL,
  reportCatalogUpdate,
  updateCatalog,
} from '../src/catalog/index.js';

const USAGE = `usage: npm run catalog:update -- [--url <base>] [--pages <name,…>] [--allow-offline]
       [--timeout <ms>] [--min-size-share <0..1>] [--max-lecture-loss <0..1>] [--root <dir>] [--quiet]
  --url <base>            catalog base URL (default: $${CATALOG_URL_ENV}, else ${DEFAULT_CATALOG_URL})
  --pages <name,…>        fetch only these pages (e.g. 08-index.md); others are kept from the previous copy
  --allow-offline         exit 0 when the catalog host is unreachable and a previous copy is kept
  --timeout <ms>          limit for each request (default 30000)
  --min-size-share <x>    a page under this share of its previous size is truncated (default 0.5)
  --max-lecture-loss <x>  a page or catalog losing more than this share of lectures is truncated (default 0.1)
  --root <dir>            project root holding .catalog/ (default: the working directory)
exit codes: 0 updated; 1 not updated (previous copy kept); 2 usage error`;

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      options: {
        url: { type: 'string' },
        pages: { type: 'string', multiple: true },
        'allow-offline': { type: 'boolean', default: false },
        timeout: { type: 'string' },
        'min-size-share': { type: 'string' },
        'max-lecture-loss': { type: 'string' },
        root: { type: 'string' },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
    }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const number = (flag: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(n))
      throw new CatalogOptionsError(`--${flag} must be a number, got "${raw}"`);
    return n;
  };
  try {
    const root = resolve(args.root ?? process.cwd());
    const result = await updateCatalog({
      root,
      baseUrl: args.url,
      pages: args.pages
        ?.flatMap((p) => p.split(','))
        .map((p) => p.trim())
        .filter(Boolean),
      timeoutMs: number('timeout', args.timeout),
      minSizeShare: number('min-size-share', args['min-size-share']),
      maxLectureLoss: number('max-lecture-loss', args['max-lecture-loss']),
    });
    const report = reportCatalogUpdate(result, { allowOffline: args['allow-offline'] });
    if (!args.quiet) for (const line of report.out) console.log(line);
    for (const line of report.err) console.error(line);
    return report.exitCode;
  } catch (error) {
    if (error instanceof CatalogOptionsError) {
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
    if (error instanceof CatalogLockError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
}

process.exitCode = await main();
