/**
 * The folder a synthetic catalog is written to. gen:catalog empties it first, so that a catalog of 1,000
 * lectures written where one of 10,000 was leaves no stale files; it empties only a folder it wrote itself
 * (marked by SYNTHETIC_MARKER) or an empty one, and refuses any other, so that `--out data` or a typo never
 * deletes a user's files.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The file that marks a folder as written by gen:catalog. */
export const SYNTHETIC_MARKER = '.lecture-atlas-synthetic';

export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

/**
 * Makes `dir` an empty folder marked as synthetic, or throws (touching nothing) where it holds other files.
 */
export async function prepareSyntheticFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (info && !info.isDirectory()) throw new OutputFolderError(`${dir} is a file, not a folder`);
  const entries = info ? await readdir(dir) : [];
  if (entries.length > 0 && !entries.includes(SYNTHETIC_MARKER)) {
    const shown = entries.sort().slice(0, 3).join(', ');
    throw new OutputFolderError(
      `${dir} holds files gen:catalog did not write (${shown}${entries.length > 3 ? ', …' : ''}); nothing ` +
        'was deleted. Choose a new or empty folder.',
    );
  }
  if (entries.length > 0) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, SYNTHETIC_MARKER),
    'Written by npm run gen:catalog, which empties this folder when it writes here again.\n',
  );
}
