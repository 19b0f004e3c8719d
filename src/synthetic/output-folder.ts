/**
 * The folder a synthetic catalog is written to. gen:catalog clears out what it wrote there before, so that a
 * catalog of 1,000 lectures written where one of 10,000 was leaves no stale files. It deletes only files it
 * writes (its catalog files, lectures.json, the `details/` and `json/` subfolders that hold them, and its
 * marker, SYNTHETIC_MARKER), and only in a folder it marked: a folder holding anything else is refused with
 * nothing deleted, so that `--out data`, a typo, or a file a user saved into a synthetic folder is never lost.
 */
import { mkdir, readdir, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import type { Dirent } from 'node:fs';
import { join } from 'node:path';

/** The file that marks a folder as written by gen:catalog. */
export const SYNTHETIC_MARKER = '.lecture-atlas-synthetic';

/** The subfolders `--format both` writes each format to, so that each is a catalog that builds on its own. */
export const SYNTHETIC_SUBFOLDERS = { details: 'details', json: 'json' } as const;

/** Names of the catalog files gen:catalog writes: `catalog-000001-000500.md` and `lectures.json`. */
const CATALOG_FILE = /^(?:catalog-\d{6,}-\d{6,}\.md|lectures\.json)$/;

export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

/** Whether an entry of an output folder is a catalog file gen:catalog writes. */
function isCatalogFile(entry: Dirent): boolean {
  return entry.isFile() && CATALOG_FILE.test(entry.name);
}

/** What gen:catalog wrote in a folder it marked, by kind, and what it did not (as names inside the folder). */
interface FolderContents {
  files: string[];
  /** Its subfolders: deleted once their files are (rmdir, never a recursive delete). */
  folders: string[];
  others: string[];
}

/**
 * Sorts a marked folder's entries: the marker and catalog files are gen:catalog's; a `details/` or `json/`
 * subfolder is, with its catalog files, where it holds nothing else; anything else is someone else's.
 */
async function folderContents(dir: string): Promise<FolderContents> {
  const contents: FolderContents = { files: [], folders: [], others: [] };
  const subfolders: readonly string[] = Object.values(SYNTHETIC_SUBFOLDERS);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === SYNTHETIC_MARKER || isCatalogFile(entry)) contents.files.push(entry.name);
    else if (entry.isDirectory() && subfolders.includes(entry.name)) {
      contents.folders.push(entry.name);
      for (const inner of await readdir(join(dir, entry.name), { withFileTypes: true }))
        (isCatalogFile(inner) ? contents.files : contents.others).push(join(entry.name, inner.name));
    } else contents.others.push(entry.name);
  }
  contents.others.sort();
  return contents;
}

/** The refusal of a folder holding files gen:catalog did not write: which, and that nothing was deleted. */
function refusal(dir: string, others: readonly string[]): OutputFolderError {
  const shown = others.slice(0, 3).join(', ');
  return new OutputFolderError(
    `${dir} holds files gen:catalog did not write (${shown}${others.length > 3 ? ', …' : ''}); nothing ` +
      'was deleted. Move them, or choose a new or empty folder.',
  );
}

/**
 * Makes `dir` an empty folder marked as synthetic: creates it, or deletes what gen:catalog wrote there before.
 * Throws OutputFolderError, touching nothing, where it is a file or holds anything gen:catalog does not write.
 */
export async function prepareSyntheticFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined;
    throw e;
  });
  if (info && !info.isDirectory()) throw new OutputFolderError(`${dir} is a file, not a folder`);
  const entries = info ? await readdir(dir) : [];
  if (entries.length > 0 && !entries.includes(SYNTHETIC_MARKER)) throw refusal(dir, entries.sort());
  if (entries.length > 0) {
    const { files, folders, others } = await folderContents(dir);
    if (others.length > 0) throw refusal(dir, others);
    for (const file of files) await rm(join(dir, file));
    for (const folder of folders) await rmdir(join(dir, folder));
  }
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, SYNTHETIC_MARKER),
    'Written by npm run gen:catalog, which deletes the catalog files it wrote here when it writes here again.\n',
  );
}
