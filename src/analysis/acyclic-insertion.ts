/**
 * Keeping a graph acyclic while edges arrive best first: an incremental topological order
 * (Pearce & Kelly, "A dynamic topological sort algorithm for directed acyclic graphs", 2006). An edge
 * that agrees with the current order costs O(1); otherwise only the region between its ends is
 * searched and reordered, and an edge that would close a cycle is refused. Seeding the order with
 * chronology makes most prerequisite edges agree with it.
 */
export class AcyclicInserter {
  private readonly ord = new Map<string, number>();
  private readonly out = new Map<string, string[]>();
  private readonly inn = new Map<string, string[]>();

  /** `initialOrder`: every node, in the order edges are expected to follow (earliest first). */
  constructor(initialOrder: readonly string[]) {
    initialOrder.forEach((n, i) => this.ord.set(n, i));
  }

  /** Adds the edge u → v unless it would close a cycle; returns whether it was added. */
  insert(u: string, v: string): boolean {
    if (u === v) return false;
    for (const n of [u, v]) if (!this.ord.has(n)) this.ord.set(n, this.ord.size);
    const ou = this.ord.get(u)!;
    const ov = this.ord.get(v)!;
    if (ou > ov) {
      // Nodes reachable from v that sit at or before u in the order; reaching u means a cycle.
      const forward: string[] = [];
      const seen = new Set<string>([v]);
      const stack = [v];
      while (stack.length) {
        const n = stack.pop()!;
        forward.push(n);
        for (const m of this.out.get(n) ?? []) {
          if (m === u) return false;
          const om = this.ord.get(m)!;
          if (!seen.has(m) && om < ou) {
            seen.add(m);
            stack.push(m);
          }
        }
      }
      // Nodes that reach u and sit at or after v in the order.
      const backward: string[] = [];
      const seenB = new Set<string>([u]);
      const stackB = [u];
      while (stackB.length) {
        const n = stackB.pop()!;
        backward.push(n);
        for (const m of this.inn.get(n) ?? []) {
          const om = this.ord.get(m)!;
          if (!seenB.has(m) && om > ov) {
            seenB.add(m);
            stackB.push(m);
          }
        }
      }
      // Backward nodes take the earliest of the freed positions, then the forward nodes.
      const byOrd = (a: string, b: string): number => this.ord.get(a)! - this.ord.get(b)!;
      backward.sort(byOrd);
      forward.sort(byOrd);
      const slots = [...backward, ...forward].map((n) => this.ord.get(n)!).sort((a, b) => a - b);
      [...backward, ...forward].forEach((n, i) => this.ord.set(n, slots[i]!));
    }
    (this.out.get(u) ?? this.out.set(u, []).get(u)!).push(v);
    (this.inn.get(v) ?? this.inn.set(v, []).get(v)!).push(u);
    return true;
  }
}
