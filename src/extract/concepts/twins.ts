/**
 * Twins: the same talk in two languages (a lecture and its "English version" in the same series and part),
 * paired by the concepts they share, and the concepts each side then takes from the other.
 */
import type { LectureRecord } from '../../core/types.js';
import type { ExtractOptions } from './options.js';
import type { Mention } from './types.js';

/**
 * The same lecture in two languages: an "English version" lecture and a lecture of the same series
 * in another language with the same part, sharing concepts. Each side is paired at most once, best first.
 */
export function findTwins(
  lectures: readonly LectureRecord[],
  mentions: readonly Mention[],
  broaderOf: (id: string) => string[] = () => [],
): [number, number][] {
  const conceptsOf = new Map<number, Set<string>>();
  const mainOf = new Map<number, Set<string>>();
  for (const m of mentions) {
    const set = conceptsOf.get(m.lecture) ?? new Set<string>();
    set.add(m.concept);
    conceptsOf.set(m.lecture, set);
    if (m.main) mainOf.set(m.lecture, (mainOf.get(m.lecture) ?? new Set<string>()).add(m.concept));
  }
  // Two versions of one talk cover the same topic, are cut into the same number of parts, and keep the
  // course's numbering where both give one: two parts of a series or two lectures of a course never pair.
  const sameTalk = (zh: LectureRecord, en: LectureRecord): boolean => {
    if (zh.part?.total !== undefined && en.part?.total !== undefined && zh.part.total !== en.part.total)
      return false;
    if (
      zh.courseLecture !== undefined &&
      en.courseLecture !== undefined &&
      zh.courseLecture !== en.courseLecture
    )
      return false;
    const a = mainOf.get(zh.number) ?? new Set<string>();
    const b = mainOf.get(en.number) ?? new Set<string>();
    return [...a].some(
      (c) => b.has(c) || broaderOf(c).some((x) => b.has(x)) || [...b].some((y) => broaderOf(y).includes(c)),
    );
  };
  // Candidates share a series and a part number; within that bucket an inverted index on concepts
  // (and their broader concepts) finds the lectures worth scoring, so the cost stays linear.
  const bucketOf = (l: LectureRecord): string => `${l.series ?? ''}\u0000${l.part?.index ?? '-'}`;
  const buckets = new Map<string, { en: LectureRecord[]; zh: LectureRecord[] }>();
  // The original side is any lecture not marked as an English version: this channel gives Mandarin
  // lectures English titles ("Transformer (下)"), so the title's script says nothing.
  for (const l of lectures) {
    const key = bucketOf(l);
    const b = buckets.get(key) ?? { en: [], zh: [] };
    (l.englishVersion ? b.en : b.zh).push(l);
    buckets.set(key, b);
  }
  const candidates: { score: number; zh: number; en: number }[] = [];
  for (const bucket of buckets.values()) {
    if (bucket.en.length === 0 || bucket.zh.length === 0) continue;
    const byConcept = new Map<string, LectureRecord[]>();
    for (const zh of bucket.zh) {
      for (const c of conceptsOf.get(zh.number) ?? []) {
        for (const k of [c, ...broaderOf(c)]) {
          const list = byConcept.get(k);
          if (list) list.push(zh);
          else byConcept.set(k, [zh]);
        }
      }
    }
    for (const en of bucket.en) {
      const a = conceptsOf.get(en.number) ?? new Set<string>();
      const near = new Set<LectureRecord>();
      for (const c of a)
        for (const k of [c, ...broaderOf(c)]) for (const zh of byConcept.get(k) ?? []) near.add(zh);
      for (const zh of near) {
        const b = conceptsOf.get(zh.number) ?? new Set<string>();
        // Shared concepts; a concept and its broader concept (deep learning ~ machine learning) count half.
        const related = (x: string, y: Set<string>): boolean =>
          broaderOf(x).some((z) => y.has(z)) || [...y].some((z) => broaderOf(z).includes(x));
        const shared = [...a].reduce((sum, x) => sum + (b.has(x) ? 1 : related(x, b) ? 0.5 : 0), 0);
        // Overlap coefficient: a lecture with a long summary names more concepts than its twin's title. A
        // title with one concept is weak evidence, so the smaller side counts as at least two.
        const smaller = Math.min(a.size, b.size);
        const overlap = smaller ? shared / Math.max(2, smaller) : 0;
        let partScore = 0;
        if (en.part && zh.part)
          partScore = en.part.total !== undefined && en.part.total === zh.part.total ? 0.5 : 0.25;
        const score = overlap + partScore;
        if (score >= 0.5 && shared > 0 && sameTalk(zh, en))
          candidates.push({ score, zh: zh.number, en: en.number });
      }
    }
  }
  candidates.sort((x, y) => y.score - x.score || x.zh - y.zh || x.en - y.en);
  const taken = new Set<number>();
  const twins: [number, number][] = [];
  for (const c of candidates) {
    if (taken.has(c.zh) || taken.has(c.en)) continue;
    taken.add(c.zh);
    taken.add(c.en);
    twins.push([c.zh, c.en]);
  }
  return twins.sort((a, b) => a[0] - b[0]);
}

/**
 * Twins share their topics: each side gets the other's main concepts. With `twinSharing: 'all'` every
 * concept is shared; by default the details one side's summary names stay with that side, since the
 * other side's text does not name them. A shared concept is skipped where the side already has a
 * narrower one (深度學習 beside the twin's "ML Introduction": deep learning, not also machine learning).
 */
export function shareTwinConcepts(
  mentions: Mention[],
  twins: readonly [number, number][],
  broaderOf: (id: string) => string[],
  sharing: ExtractOptions['twinSharing'],
): Mention[] {
  const byLecture = new Map<number, Map<string, Mention>>();
  for (const m of mentions) {
    const map = byLecture.get(m.lecture) ?? new Map<string, Mention>();
    map.set(m.concept, m);
    byLecture.set(m.lecture, map);
  }
  const out = [...mentions];
  for (const [a, b] of twins) {
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const source = byLecture.get(from) ?? new Map<string, Mention>();
      const target = byLecture.get(to) ?? new Map<string, Mention>();
      const narrower = new Set([...target.keys()].flatMap(broaderOf));
      for (const [concept, m] of source) {
        if (target.has(concept) || narrower.has(concept) || (sharing === 'main' && !m.main)) continue;
        out.push({ ...m, lecture: to, evidence: [{ surface: `lecture ${from}`, field: 'twin' }] });
      }
    }
  }
  return out;
}
