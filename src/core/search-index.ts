/**
 * Search over lectures and concepts: bilingual (Traditional and Simplified fold together through the
 * character map the build stores in the graph), alias-aware, typo-tolerant (bounded edit distance).
 * Built once per graph; runs in Node and in the browser (no NLP library).
 */
import type { AtlasGraph, NodeAttributes } from './types.js';

export interface SearchHit {
  key: string;
  kind: NodeAttributes['kind'];
  label: string;
  /** The name that matched (label, alias, number). */
  matched: string;
  score: number;
}

interface Entry {
  key: string;
  /** Normalised name. */
  norm: string;
  name: string;
  /** Higher for labels than for aliases, for concepts than for notes. */
  prior: number;
}

/** Lower case, NFKC, Simplified characters, punctuation and hyphens as single spaces. */
export function normaliseQuery(text: string, simplified: Record<string, string> = {}): string {
  let out = '';
  for (const ch of text.normalize('NFKC').toLowerCase()) out += simplified[ch] ?? ch;
  return out
    .replace(/[^\p{L}\p{N}+#]+/gu, ' ')
    .trim()
    .replace(/(?<=[a-z]{3})s\b/g, '');
}

/** Damerau–Levenshtein distance, giving up (returning max + 1) once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prevPrev: number[] = new Array(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prevPrev[j - 2]! + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prevPrev.splice(0, prevPrev.length, ...prev);
    prev = cur;
  }
  return prev[b.length]!;
}

export class SearchIndex {
  private readonly entries: Entry[] = [];
  private readonly exact = new Map<string, Entry[]>();
  private readonly simplified: Record<string, string>;

  constructor(private readonly graph: AtlasGraph) {
    this.simplified = graph.getAttribute('simplifiedChars') ?? {};
    graph.forEachNode((key, a) => {
      const add = (name: string | undefined, prior: number): void => {
        if (!name) return;
        const norm = this.normalise(name);
        if (!norm) return;
        const entry = { key, norm, name, prior };
        this.entries.push(entry);
        this.exact.set(norm, [...(this.exact.get(norm) ?? []), entry]);
      };
      if (a.kind === 'lecture') {
        add(a.title, 0.9);
        add(String(a.number), 1);
        add(a.rawTitle, 0.85);
      } else if (a.kind === 'concept') {
        add(a.label, 1);
        add(a.labelZh, 1);
        add(key.slice('concept:'.length).replace(/-/g, ' '), 0.95);
        for (const alias of a.aliases) add(alias, 0.95);
      } else add(a.label, 0.7);
    });
    // Deterministic order for scans.
    this.entries.sort((x, y) => (x.norm < y.norm ? -1 : x.norm > y.norm ? 1 : x.key < y.key ? -1 : 1));
  }

  normalise(text: string): string {
    return normaliseQuery(text, this.simplified);
  }

  /** Best matches first: exact name, then prefix, then substring, then within a small edit distance. */
  search(text: string, limit = 10): SearchHit[] {
    const q = this.normalise(text);
    if (!q) return [];
    const best = new Map<string, SearchHit>();
    const consider = (e: Entry, score: number): void => {
      const s = score * e.prior;
      const prev = best.get(e.key);
      if (prev && prev.score >= s) return;
      const a = this.graph.getNodeAttributes(e.key);
      best.set(e.key, {
        key: e.key,
        kind: a.kind,
        label: a.label,
        matched: e.name,
        score: Math.round(s * 1000) / 1000,
      });
    };
    for (const e of this.exact.get(q) ?? []) consider(e, 1);
    const maxTypos = q.length >= 8 ? 2 : q.length >= 4 ? 1 : 0;
    const words = q.split(' ');
    for (const e of this.entries) {
      if (e.norm === q) continue;
      if (e.norm.startsWith(q)) consider(e, 0.8 + 0.1 * (q.length / e.norm.length));
      else if (q.length >= 2 && e.norm.includes(q)) consider(e, 0.6 + 0.1 * (q.length / e.norm.length));
      else if (maxTypos > 0) {
        const d = editDistance(q, e.norm, maxTypos);
        if (d <= maxTypos) consider(e, 0.55 - 0.1 * d);
        // A typo inside one word of a longer name: "transfomer" in "transformer and its variant".
        else if (words.length === 1 && e.norm.includes(' ')) {
          for (const w of e.norm.split(' ')) {
            if (w.length >= 4 && editDistance(q, w, maxTypos) <= maxTypos) {
              consider(e, 0.4);
              break;
            }
          }
        }
      }
    }
    // Concepts above lectures at equal score: a concept is the usual target of a term.
    const kindRank = { concept: 0, lecture: 1, note: 2 } as const;
    return [...best.values()]
      .sort((x, y) => y.score - x.score || kindRank[x.kind] - kindRank[y.kind] || (x.key < y.key ? -1 : 1))
      .slice(0, limit);
  }
}
