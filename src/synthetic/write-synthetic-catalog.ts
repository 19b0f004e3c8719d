/**
 * Writes a synthetic catalog to its folder in one or both formats. One format goes into the folder itself;
 * `both` puts each format in its own subfolder (`details/`, `json/`): the two hold the same lectures, and a
 * catalog read twice has every number twice, which the build refuses, so each subfolder is a catalog to build
 * on its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toDetailsFiles, toJsonList, type SyntheticLecture } from './generate-catalog.js';
import { prepareSyntheticFolder, SYNTHETIC_SUBFOLDERS } from './output-folder.js';

export type SyntheticFormat = 'details' | 'json' | 'both';

export const SYNTHETIC_FORMATS: readonly SyntheticFormat[] = ['details', 'json', 'both'];

export interface WriteSyntheticOptions {
  format: SyntheticFormat;
  /** Lectures per details file. */
  perFile: number;
}

/** What was written: the bytes, and each format's folder (a catalog to build). */
export interface WrittenCatalog {
  bytes: number;
  details?: string;
  json?: string;
}

/** The folder each format written goes to: `dir` itself for one format, a subfolder each for both. */
export function formatFolders(dir: string, format: SyntheticFormat): Omit<WrittenCatalog, 'bytes'> {
  if (format === 'details') return { details: dir };
  if (format === 'json') return { json: dir };
  return { details: join(dir, SYNTHETIC_SUBFOLDERS.details), json: join(dir, SYNTHETIC_SUBFOLDERS.json) };
}

/**
 * Prepares `dir` (prepareSyntheticFolder: what gen:catalog wrote there before is deleted, a folder holding
 * anything else is refused with an OutputFolderError) and writes the catalog into it.
 */
export async function writeSyntheticCatalog(
  dir: string,
  catalog: readonly SyntheticLecture[],
  { format, perFile }: WriteSyntheticOptions,
): Promise<WrittenCatalog> {
  await prepareSyntheticFolder(dir);
  const folders = formatFolders(dir, format);
  const files: [string, string][] = [];
  const { details, json } = folders;
  if (details)
    for (const [name, text] of toDetailsFiles(catalog, perFile)) files.push([join(details, name), text]);
  if (json) files.push([join(json, 'lectures.json'), toJsonList(catalog)]);
  let bytes = 0;
  for (const folder of [details, json]) if (folder) await mkdir(folder, { recursive: true });
  for (const [path, text] of files) {
    await writeFile(path, text);
    bytes += Buffer.byteLength(text);
  }
  return { bytes, ...folders };
}
