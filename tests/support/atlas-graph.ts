/**
 * Small hand-made graphs for tests: a lecture or concept node with the attributes every one has, and what a test
 * sets.
 */
import type { AtlasGraph, ConceptNodeAttributes, LectureNodeAttributes } from '../../src/core/types.js';

/** Adds `lecture:<n>` titled `title`, with placeholder video fields and whatever `extra` sets. */
export function addLecture(
  g: AtlasGraph,
  n: number,
  title: string,
  extra: Partial<LectureNodeAttributes> = {},
): void {
  g.addNode(`lecture:${n}`, {
    kind: 'lecture',
    label: title,
    title,
    rawTitle: title,
    number: n,
    videoId: 'AAAAAAAAAAA',
    url: 'u',
    thumbnail: 't',
    language: 'en',
    source: { file: 'f', line: n },
    ...extra,
  });
}

/** Adds `concept:<id>` labelled `label`, a lexicon method taught by one lecture unless `extra` says otherwise. */
export function addConcept(
  g: AtlasGraph,
  id: string,
  label: string,
  extra: Partial<ConceptNodeAttributes> = {},
): void {
  g.addNode(`concept:${id}`, {
    kind: 'concept',
    label,
    aliases: [],
    category: 'method',
    lectureCount: 1,
    origin: 'lexicon',
    ...extra,
  });
}
