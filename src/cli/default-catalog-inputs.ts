/**
 * What a command reads when no --input is given: the catalog `npm run catalog:update` keeps current
 * (`.catalog/current`, with the notes of `data/notes`), where there is a validated one, else the snapshot in
 * `data/`. One rule for every command that reads the catalog (build:graph, concepts), so that they never read
 * two different catalogs by default.
 */
import { relative } from 'node:path';
import { currentCatalogDir } from '../catalog/index.js';

/** The default inputs, given the current catalog's folder (undefined where there is none). */
export function defaultCatalogInputs(current: string | undefined = currentCatalogDir()): string[] {
  return current ? [current, 'data/notes'] : ['data'];
}

/**
 * What a command reads: the inputs given, else the default ones — with, where those are the updated catalog, the
 * line that says so, in the command's words (`doing` "building from", `does` "builds"), since a user who changed
 * `data/` would otherwise wonder why the command ignored it.
 */
export function catalogInputs(
  given: readonly string[] | undefined,
  words: { doing: string; does: string },
  current: string | undefined = given?.length ? undefined : currentCatalogDir(),
): { inputs: string[]; notice?: string } {
  if (given?.length) return { inputs: [...given] };
  const inputs = defaultCatalogInputs(current);
  if (!current) return { inputs };
  const where = relative(process.cwd(), current);
  return {
    inputs,
    notice: `${words.doing} the updated catalog in ${where} (--input data ${words.does} the snapshot)`,
  };
}
