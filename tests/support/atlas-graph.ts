/** Small hand-made graphs for tests: a lecture node with the attributes every lecture has, and what a test sets. */
import type { AtlasGraph, LectureNodeAttributes } from '../../src/core/types.js';

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
