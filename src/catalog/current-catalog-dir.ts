/**
 * The build's entry point to the fetched catalog: the folder of the validated copy, or undefined
 * when there is none (never fetched, or a swap was interrupted before its manifest was written).
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { catalogPaths } from './catalog-paths.js';
import { readManifest } from './manifest.js';

/**
 * `<root>/.catalog/current` when a validated copy exists: the manifest reads and every page it names
 * is in the folder. Never throws; a damaged copy counts as none.
 */
export function currentCatalogDir(root: string = process.cwd()): string | undefined {
  const paths = catalogPaths(root);
  try {
    if (!statSync(paths.current).isDirectory()) return undefined;
    const manifest = readManifest(paths.manifest);
    if (!manifest || manifest.pages.length === 0) return undefined;
    if (!manifest.pages.every((p) => existsSync(join(paths.current, p.name)))) return undefined;
    return paths.current;
  } catch {
    return undefined;
  }
}
