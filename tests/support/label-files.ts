/**
 * Reading hand-labelled concept files (`{ newConcepts, lectures: [{ number, concepts }] }`) in the label specs.
 */
import { readFileSync } from 'node:fs';
import { loadLexicon } from '../../src/extract/lexicon.js';

export interface ConceptLabelFile {
  newConcepts: Record<string, string>;
  lectures: { number: number; concepts: string[] }[];
}

export const readConceptLabelFile = (path: string): ConceptLabelFile =>
  JSON.parse(readFileSync(path, 'utf8')) as ConceptLabelFile;

/** The ids a label file uses that are neither lexicon ids nor its own new concepts (none, for a sound file). */
export function unknownConceptIds(labels: ConceptLabelFile): string[] {
  const lexicon = loadLexicon();
  return labels.lectures
    .flatMap((l) => l.concepts)
    .filter((id) => !lexicon.concepts.has(id) && !(id in labels.newConcepts));
}
