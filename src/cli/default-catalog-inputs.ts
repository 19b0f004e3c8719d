/**
 * What a command reads when no --input is given: the catalog `npm run catalog:update` keeps current
 * (`.catalog/current`, with the notes of `data/notes`), where there is a validated one, else the snapshot in
 * `data/`. One rule for every command that reads the catalog (build:graph, concepts), so that they never read
 * two different catalogs by default.
 */
import { currentCatalogDir } from '../catalog/index.js';

/** The default inputs, given the current catalog's folder (undefined where there is none). */
export function defaultCatalogInputs(current: string | undefined = currentCatalogDir()): string[] {
  return current ? [current, 'data/notes'] : ['data'];
}
