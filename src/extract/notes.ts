/**
 * Notes documents as concept evidence: a link list's links become further reading of the concepts
 * named in their heading; a free-text note covers the concepts it names (weighted by frequency).
 */
import type { FurtherReading } from '../core/types.js';
import type { LinkListDocument, NoteDocument } from '../ingest/parse-notes.js';
import { cleanMarkdown } from './lecture-fields.js';
import type { TermMatcher } from './term-matcher.js';

/** A reading link no concept takes: its section's heading names none. */
export interface UnplacedLink {
  file: string;
  line: number;
  title: string;
  heading: string;
}

/**
 * Concept id → reading links, from the concepts named in each section's own heading. A section whose
 * heading names no concept attaches nowhere (a broad parent heading such as "machine-learning" would
 * swallow every link below it); its links are added to `unplaced`, for the build to list as dropped.
 */
export function readingByConcept(
  lists: readonly LinkListDocument[],
  matcher: TermMatcher,
  unplaced: UnplacedLink[] = [],
): Map<string, FurtherReading[]> {
  const out = new Map<string, FurtherReading[]>();
  for (const list of lists) {
    for (const section of list.sections) {
      if (section.links.length === 0) continue;
      const ids = [...new Set(matcher.match(section.heading).map((m) => m.id))];
      if (ids.length === 0)
        for (const link of section.links)
          unplaced.push({ file: list.file, line: link.line, title: link.title, heading: section.heading });
      for (const id of ids) {
        const list2 = out.get(id) ?? [];
        for (const link of section.links) {
          if (!list2.some((r) => r.url === link.url))
            list2.push({ title: link.title, url: link.url, source: { file: list.file, line: link.line } });
        }
        out.set(id, list2);
      }
    }
  }
  return out;
}

export interface NoteCoverage {
  concept: string;
  count: number;
  weight: number;
}

/** Concepts a note names at least `minCount` times, weighted by frequency relative to the most named. */
export function noteCoverage(note: NoteDocument, matcher: TermMatcher, minCount = 2): NoteCoverage[] {
  const counts = new Map<string, number>();
  for (const m of matcher.match(cleanMarkdown(note.text))) counts.set(m.id, (counts.get(m.id) ?? 0) + 1);
  const kept = [...counts].filter(([, c]) => c >= minCount);
  const max = Math.max(1, ...kept.map(([, c]) => c));
  return kept
    .map(([concept, count]) => ({
      concept,
      count,
      weight: Math.round((0.3 + (0.7 * Math.log1p(count)) / Math.log1p(max)) * 1000) / 1000,
    }))
    .sort((a, b) => (a.concept < b.concept ? -1 : 1));
}
