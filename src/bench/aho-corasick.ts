/**
 * Aho–Corasick multi-pattern matcher: the physical floor the extraction stage is compared against —
 * one pass over the text that finds every occurrence of every lexicon alias, with no normalisation,
 * salience or discovery.
 */
export class AhoCorasick {
  private readonly next: Map<string, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[] = [0];

  constructor(patterns: Iterable<string>) {
    for (const p of patterns) {
      if (!p) continue;
      let state = 0;
      for (const ch of p) {
        let to = this.next[state]!.get(ch);
        if (to === undefined) {
          to = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.out.push(0);
          this.next[state]!.set(ch, to);
        }
        state = to;
      }
      this.out[state]! += 1;
    }
    const queue: number[] = [];
    for (const to of this.next[0]!.values()) queue.push(to);
    while (queue.length) {
      const s = queue.shift()!;
      for (const [ch, to] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f !== 0 && !this.next[f]!.has(ch)) f = this.fail[f]!;
        const via = this.next[f]!.get(ch);
        this.fail[to] = via !== undefined && via !== to ? via : 0;
        this.out[to]! += this.out[this.fail[to]!]!;
        queue.push(to);
      }
    }
  }

  /** Number of pattern occurrences in the text. */
  count(text: string): number {
    let state = 0;
    let hits = 0;
    for (const ch of text) {
      while (state !== 0 && !this.next[state]!.has(ch)) state = this.fail[state]!;
      state = this.next[state]!.get(ch) ?? 0;
      hits += this.out[state]!;
    }
    return hits;
  }
}
