/**
 * Where the fetched catalog lives under the project root: `.catalog/current/<page>.md` (the validated
 * copy), `.catalog/manifest.json` (what it is), and the working names of one update run (its lock,
 * its staging folder, the retired previous copy during the swap). The folder is not under version control.
 */
import { join } from 'node:path';

export const CATALOG_DIR = '.catalog';

export interface CatalogPaths {
  dir: string;
  current: string;
  manifest: string;
  lock: string;
  /** Staging folder of the run with this pid; the page files and `.manifest.json` are written here. */
  staging: (pid: number) => string;
  /** Where the previous copy waits during the swap. */
  retired: (pid: number) => string;
}

/** Name of the manifest inside a staging folder, carried into `current/` by the swap, then promoted. */
export const STAGED_MANIFEST = '.manifest.json';

export function catalogPaths(root: string): CatalogPaths {
  const dir = join(root, CATALOG_DIR);
  return {
    dir,
    current: join(dir, 'current'),
    manifest: join(dir, 'manifest.json'),
    lock: join(dir, 'update.lock'),
    staging: (pid) => join(dir, `staging-${pid}`),
    retired: (pid) => join(dir, `retired-${pid}`),
  };
}
