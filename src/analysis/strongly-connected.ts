/**
 * Strongly connected components of a directed graph given as adjacency lists, by Tarjan's algorithm written
 * with an explicit stack: graphology-components' recursive version overflows the call stack on the long
 * prerequisite chains of a 100k-lecture catalog. Only components of two or more nodes are returned, each in
 * discovery order; the order of components follows the nodes' order.
 */
export function cyclicComponents(
  nodes: readonly string[],
  successors: (node: string) => readonly string[],
): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let next = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    // Each frame: a node and the position of the next successor to visit.
    const frames: { node: string; succ: readonly string[]; i: number }[] = [];
    const open = (node: string): void => {
      index.set(node, next);
      low.set(node, next);
      next++;
      stack.push(node);
      onStack.add(node);
      frames.push({ node, succ: successors(node), i: 0 });
    };
    open(root);
    while (frames.length) {
      const frame = frames[frames.length - 1]!;
      if (frame.i < frame.succ.length) {
        const w = frame.succ[frame.i++]!;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) low.set(frame.node, Math.min(low.get(frame.node)!, index.get(w)!));
        continue;
      }
      frames.pop();
      const v = frame.node;
      const parent = frames[frames.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(v)!));
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1) out.push(component.reverse());
      }
    }
  }
  return out;
}
