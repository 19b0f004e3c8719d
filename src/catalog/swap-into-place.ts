/**
 * Replacing the validated copy. A rename cannot replace a non-empty folder in one step, so the swap is
 * a short sequence that can be finished or undone after a crash at any point:
 *   1. the new manifest is written into the staging folder as `.manifest.json`;
 *   2. `current/` is renamed to `retired-<pid>/`;
 *   3. the staging folder is renamed to `current/` (its manifest travels with it);
 *   4. `current/.manifest.json` is renamed over `manifest.json` (an atomic file replace);
 *   5. `retired-<pid>/` is removed.
 * `recoverInterruptedSwap` (run under the update lock) finishes step 4 or undoes step 2, and clears
 * leftovers of earlier runs. Page readers skip dot-files, so the travelling manifest is never read as a page.
 */
import { existsSync } from 'node:fs';
import { open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { STAGED_MANIFEST, type CatalogPaths } from './catalog-paths.js';

/** Writes a file and flushes it to disk before returning. */
export async function writeFileSynced(path: string, content: string | Buffer): Promise<void> {
  const handle = await open(path, 'w');
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function swapIntoPlace(
  paths: CatalogPaths,
  staging: string,
  manifestText: string,
): Promise<void> {
  await writeFileSynced(join(staging, STAGED_MANIFEST), manifestText);
  const retired = paths.retired(process.pid);
  const hadCurrent = existsSync(paths.current);
  if (hadCurrent) await rename(paths.current, retired);
  try {
    await rename(staging, paths.current);
  } catch (error) {
    if (hadCurrent) await rename(retired, paths.current);
    throw error;
  }
  await rename(join(paths.current, STAGED_MANIFEST), paths.manifest);
  await rm(retired, { recursive: true, force: true });
}

/** Brings `.catalog/` back to a consistent state after an interrupted run; returns what it did. */
export async function recoverInterruptedSwap(paths: CatalogPaths): Promise<string[]> {
  const notes: string[] = [];
  if (!existsSync(paths.dir)) return notes;
  const staged = join(paths.current, STAGED_MANIFEST);
  if (existsSync(staged)) {
    await rename(staged, paths.manifest);
    notes.push('finished an interrupted update: its manifest is now in place');
  }
  const entries = (await readdir(paths.dir)).sort();
  const retired = entries.filter((e) => e.startsWith('retired-'));
  if (!existsSync(paths.current) && retired.length) {
    await rename(join(paths.dir, retired[0]!), paths.current);
    notes.push('undid an interrupted update: the previous copy is back in place');
  }
  for (const e of entries) {
    if (e.startsWith('staging-') || e.startsWith('retired-'))
      await rm(join(paths.dir, e), { recursive: true, force: true });
  }
  return notes;
}
