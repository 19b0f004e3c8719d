/**
 * The order in which a course (a series) is watched: its lectures in catalog order, except that a
 * `next-in-series` link the build drew (the course's next lecture, a lecture's practical session, the next part
 * of a talk) always puts its target after its source, and what follows the lecture just listed comes next
 * when it can: its next part, then its practical session, then the course's next lecture. Catalog numbers
 * alone scramble a course whose parts or numbered lectures the catalog lists out of order ("… (2/2)" before
 * "… (1/2)", Lecture 30 after Lecture 31).
 */
import type { AtlasGraph } from './types.js';

/** A min-heap of lecture keys by catalog number (then key). */
class ByNumber {
  private readonly items: string[] = [];
  constructor(private readonly number: (key: string) => number) {}
  get size(): number {
    return this.items.length;
  }
  private less(a: string, b: string): boolean {
    const d = this.number(a) - this.number(b);
    return d < 0 || (d === 0 && a < b);
  }
  push(key: string): void {
    const h = this.items;
    h.push(key);
    for (let i = h.length - 1; i > 0;) {
      const parent = (i - 1) >> 1;
      if (!this.less(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }
  pop(): string | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (h.length && last !== undefined) {
      h[0] = last;
      for (let i = 0; ;) {
        const [l, r] = [2 * i + 1, 2 * i + 2];
        let m = i;
        if (l < h.length && this.less(h[l]!, h[m]!)) m = l;
        if (r < h.length && this.less(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** How close a next-in-series link's target is to its source, by the link's reason. */
const STEP: Record<string, number> = {
  'series-part': 0,
  'series-earlier-part': 0,
  'series-practical': 1,
  'series-lecture': 2,
};

const cache = new WeakMap<AtlasGraph, Map<string, number>>();

/**
 * Lecture key → its position in its series' watching order (0 for the first). Lectures without a series are
 * ordered among themselves by catalog number. A cycle of links (not drawn by the build) is broken at its
 * lowest-numbered lecture, so that the links outside the cycle still hold. Computed once per graph.
 */
export function courseOrder(graph: AtlasGraph): Map<string, number> {
  const known = cache.get(graph);
  if (known) return known;
  const number = (key: string): number => {
    const a = graph.getNodeAttributes(key);
    return a.kind === 'lecture' ? a.number : 0;
  };
  const bySeries = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    if (a.kind !== 'lecture') return;
    const series = a.series ?? '';
    const list = bySeries.get(series);
    if (list) list.push(key);
    else bySeries.set(series, [key]);
  });
  const out = new Map<string, number>();
  const byNumber = (x: string, y: string): number => number(x) - number(y) || (x < y ? -1 : 1);
  for (const keys of bySeries.values()) {
    // The links within the series: how many lectures must come before each one, and what follows each.
    const waiting = new Map<string, number>(keys.map((k) => [k, 0]));
    // What follows each lecture, closest first: its next part, its practical session, then the next lecture.
    const next = new Map<string, { key: string; step: number }[]>();
    const previous = new Map<string, string[]>();
    for (const key of keys)
      graph.forEachOutEdge(key, (_e, a, _s, target) => {
        if (a.kind !== 'next-in-series' || !waiting.has(target)) return;
        waiting.set(target, waiting.get(target)! + 1);
        const before = previous.get(target);
        if (before) before.push(key);
        else previous.set(target, [key]);
        const step = STEP[a.reasonKey ?? ''] ?? STEP['series-lecture']!;
        const list = next.get(key);
        if (list) list.push({ key: target, step });
        else next.set(key, [{ key: target, step }]);
      });
    for (const list of next.values()) list.sort((x, y) => x.step - y.step || byNumber(x.key, y.key));
    const ready = new ByNumber(number);
    for (const [k, n] of waiting) if (n === 0) ready.push(k);
    const byCatalog = [...keys].sort(byNumber);
    /** The lowest-numbered lecture of a cycle among the lectures not yet listed (each waits on one of them). */
    const cycleStart = (): string => {
      const seen = new Map<string, number>();
      const walk: string[] = [];
      let at = byCatalog.find((k) => !out.has(k))!;
      while (!seen.has(at)) {
        seen.set(at, walk.length);
        walk.push(at);
        at = previous
          .get(at)!
          .filter((k) => !out.has(k))
          .sort(byNumber)[0]!;
      }
      return walk.slice(seen.get(at)).sort(byNumber)[0]!;
    };
    let position = 0;
    let last: string | undefined;
    while (position < keys.length) {
      // What follows the lecture just listed, when nothing else must come first; else the lowest number ready.
      let key = (last ? next.get(last) : undefined)?.find(
        (t) => waiting.get(t.key) === 0 && !out.has(t.key),
      )?.key;
      while (!key && ready.size) {
        const candidate = ready.pop()!;
        if (!out.has(candidate)) key = candidate;
      }
      // Only a cycle leaves nothing ready: its lowest-numbered lecture goes first.
      key ??= cycleStart();
      out.set(key, position++);
      last = key;
      for (const { key: t } of next.get(key) ?? []) {
        const n = waiting.get(t)! - 1;
        waiting.set(t, n);
        if (n === 0) ready.push(t);
      }
    }
  }
  cache.set(graph, out);
  return out;
}
