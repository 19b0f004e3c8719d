/** Small hand-made graphs of lectures and the concepts they mention, for the analysis specs. */
import { createAtlasGraph } from '../../src/core/serialize.js';
import type { AtlasGraph, LectureRecord } from '../../src/core/types.js';

/**
 * A graph of `lectures` (placeholder video fields, what each sets) and `mentions` ([lecture, concept, main]): a
 * concept `ml` is a field, any other a lexicon model.
 */
export function graphOf(
  lectures: (Partial<LectureRecord> & { number: number; title: string })[],
  mentions: [number, string, boolean][],
): AtlasGraph {
  const g = createAtlasGraph();
  for (const l of lectures) {
    g.addNode(`lecture:${l.number}`, {
      kind: 'lecture',
      label: l.title,
      rawTitle: l.title,
      videoId: 'AAAAAAAAAAA',
      url: 'u',
      thumbnail: 't',
      language: 'en',
      source: { file: 'f', line: 1 },
      ...l,
    });
  }
  for (const [, c] of mentions) {
    if (!g.hasNode(`concept:${c}`))
      g.addNode(`concept:${c}`, {
        kind: 'concept',
        label: c,
        aliases: [],
        category: c === 'ml' ? 'field' : 'model',
        lectureCount: 1,
        origin: 'lexicon',
      });
  }
  for (const [n, c, main] of mentions) {
    g.addDirectedEdgeWithKey(`mentions:lecture:${n}->concept:${c}`, `lecture:${n}`, `concept:${c}`, {
      kind: 'mentions',
      weight: main ? 0.9 : 0.4,
      main,
    });
  }
  return g;
}
