/**
 * Layout and communities, computed at build time so the browser only renders: seeded Louvain
 * communities, ForceAtlas2 from a deterministic start, then noverlap. Compute/assign pair: `computeLayout`
 * returns positions and communities, `assignLayout` writes x, y, size, color and community.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import louvain from 'graphology-communities-louvain';
import Graph from 'graphology';
import type { AtlasGraph } from '../core/types.js';
import { PALETTE } from '../core/palette.js';
import { seededRandom } from './random.js';
import { round3 as round } from '../core/compare.js';

export interface LayoutOptions {
  seed: number;
  /** Above this many nodes, lay out the concept skeleton and place lectures from it. */
  skeletonAbove: number;
  /** ForceAtlas2 iterations; large graphs get fewer (see `iterationsFor`). */
  iterations?: number;
  noverlapIterations: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = {
  seed: 42,
  noverlapIterations: 200,
  skeletonAbove: 3000,
};

export interface LayoutResult {
  positions: Map<string, { x: number; y: number }>;
  communities: Map<string, number>;
  sizes: Map<string, number>;
}

/** Iteration budget by graph size: FA2 costs O(n log n) per iteration with Barnes–Hut. */
export function iterationsFor(order: number): number {
  if (order <= 2_000) return 300;
  if (order <= 20_000) return 100;
  return 30;
}

export const COMMUNITY_PALETTE = PALETTE;

export function computeLayout(graph: AtlasGraph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
  if (graph.order > opts.skeletonAbove) return computeSkeletonLayout(graph, opts);
  const work = graph.copy() as AtlasGraph;
  const communities = new Map<string, number>();
  if (work.size > 0) {
    const assignment = louvain(work, { rng: seededRandom(opts.seed), getEdgeWeight: 'weight' });
    // Renumber communities by size (largest = 0), ties by smallest member key: stable across runs.
    const members = new Map<number, string[]>();
    for (const [node, c] of Object.entries(assignment)) members.set(c, [...(members.get(c) ?? []), node]);
    const order = [...members.entries()].sort(
      (a, b) => b[1].length - a[1].length || (a[1].sort()[0]! < b[1].sort()[0]! ? -1 : 1),
    );
    order.forEach(([c], i) => members.get(c)!.forEach((n) => communities.set(n, i)));
  } else work.forEachNode((n) => communities.set(n, 0));

  const nodes = work.nodes().sort();
  const rng = seededRandom(opts.seed);
  const n = nodes.length;
  nodes.forEach((node, i) => {
    // Start on a spiral, grouped by community, with a small seeded jitter.
    const angle = i * 2.399963229728653;
    const r = 10 * Math.sqrt(i + 1);
    const c = communities.get(node) ?? 0;
    work.mergeNodeAttributes(node, {
      x: r * Math.cos(angle) + c * 3 + rng(),
      y: r * Math.sin(angle) - c * 3 + rng(),
    });
  });
  const sizes = new Map<string, number>();
  work.forEachNode((node, attrs) => {
    const degree = work.degree(node);
    const base = attrs.kind === 'lecture' ? 4 : attrs.kind === 'concept' ? 3 : 5;
    sizes.set(node, base + Math.min(12, Math.sqrt(degree) * 1.6));
    work.setNodeAttribute(node, 'size', sizes.get(node));
  });
  if (n > 1 && work.size > 0) {
    const settings = forceAtlas2.inferSettings(work);
    forceAtlas2.assign(work, {
      iterations: opts.iterations ?? iterationsFor(n),
      getEdgeWeight: 'weight',
      settings: { ...settings, barnesHutOptimize: n > 500, adjustSizes: false },
    });
    noverlap.assign(work, { maxIterations: opts.noverlapIterations, settings: { margin: 1, ratio: 1.1 } });
  }
  const positions = new Map<string, { x: number; y: number }>();
  work.forEachNode((node, attrs) => {
    positions.set(node, { x: round(attrs.x ?? 0), y: round(attrs.y ?? 0) });
  });
  return { positions, communities, sizes };
}

/**
 * Layout for large graphs. ForceAtlas2 with Barnes–Hut costs O(n log n) per iteration (about 0.4
 * iterations/s at 100k nodes on two cores), so only the skeleton — concepts and notes, linked by their
 * relations and by co-mention — is laid out and clustered; each lecture then sits on a small golden-angle
 * spiral around the weighted centre of its concepts and takes the community of its strongest concept.
 * Cost in quality: lectures are not force-placed individually, so two lectures with the same concepts
 * share a neighbourhood rather than repelling each other.
 */
function computeSkeletonLayout(graph: AtlasGraph, opts: LayoutOptions): LayoutResult {
  const skeleton = new Graph({ type: 'undirected' });
  graph.forEachNode((node, a) => {
    if (a.kind !== 'lecture') skeleton.addNode(node);
  });
  const bump = (s: string, t: string, w: number): void => {
    if (s === t || !skeleton.hasNode(s) || !skeleton.hasNode(t)) return;
    const e = skeleton.edge(s, t);
    if (e === undefined) skeleton.addEdge(s, t, { weight: w });
    else skeleton.updateEdgeAttribute(e, 'weight', (x: number | undefined) => (x ?? 0) + w);
  };
  // Concept links: curated relations and related edges, plus co-mention within each lecture (capped per lecture).
  const conceptsOf = new Map<string, [string, number][]>();
  graph.forEachEdge((_e, a, s, t) => {
    if (a.kind === 'related' || a.kind === 'broader' || a.kind === 'requires' || a.kind === 'covers')
      bump(s, t, a.weight ?? 1);
    if (a.kind === 'mentions') {
      const list = conceptsOf.get(s) ?? [];
      list.push([t, a.weight ?? 0.5]);
      conceptsOf.set(s, list);
    }
  });
  for (const list of conceptsOf.values()) {
    const top = [...list].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, 6);
    for (let i = 0; i < top.length; i++)
      for (let j = i + 1; j < top.length; j++) bump(top[i]![0], top[j]![0], 0.2);
  }
  const rng = seededRandom(opts.seed);
  const nodes = skeleton.nodes().sort();
  nodes.forEach((node, i) => {
    const angle = i * 2.399963229728653;
    const r = 10 * Math.sqrt(i + 1);
    skeleton.mergeNodeAttributes(node, { x: r * Math.cos(angle) + rng(), y: r * Math.sin(angle) + rng() });
  });
  const communities = new Map<string, number>();
  if (skeleton.size > 0) {
    const assignment = louvain(skeleton, { rng: seededRandom(opts.seed), getEdgeWeight: 'weight' });
    const members = new Map<number, string[]>();
    for (const [node, c] of Object.entries(assignment)) members.set(c, [...(members.get(c) ?? []), node]);
    const order = [...members.entries()].sort(
      (a, b) => b[1].length - a[1].length || (a[1].sort()[0]! < b[1].sort()[0]! ? -1 : 1),
    );
    order.forEach(([c], i) => members.get(c)!.forEach((n) => communities.set(n, i)));
    const settings = forceAtlas2.inferSettings(skeleton);
    forceAtlas2.assign(skeleton, {
      iterations: iterationsFor(skeleton.order) * 2,
      getEdgeWeight: 'weight',
      settings: { ...settings, barnesHutOptimize: skeleton.order > 500 },
    });
  }
  const positions = new Map<string, { x: number; y: number }>();
  const sizes = new Map<string, number>();
  skeleton.forEachNode((node, a) => {
    positions.set(node, { x: round(a.x as number), y: round(a.y as number) });
    sizes.set(node, 3 + Math.min(12, Math.sqrt(graph.degree(node)) * 0.8));
  });
  // Lectures around the weighted centre of their concepts, spread on a spiral per anchor concept.
  const spread = new Map<string, number>();
  let orphan = 0;
  // A loop, not a spread: spread into Math.max, hundreds of thousands of positions overflow the call stack.
  let extent = 10;
  for (const p of positions.values()) extent = Math.max(extent, Math.hypot(p.x, p.y));
  for (const lecture of graph.filterNodes((_n, a) => a.kind === 'lecture').sort()) {
    const list = (conceptsOf.get(lecture) ?? []).filter(([c]) => positions.has(c));
    sizes.set(lecture, 2.5);
    if (list.length === 0) {
      const angle = orphan++ * 2.399963229728653;
      positions.set(lecture, {
        x: round(extent * 1.15 * Math.cos(angle)),
        y: round(extent * 1.15 * Math.sin(angle)),
      });
      communities.set(lecture, 0);
      continue;
    }
    let sx = 0;
    let sy = 0;
    let sw = 0;
    let anchor = list[0]!;
    for (const [c, w] of list) {
      const p = positions.get(c)!;
      sx += p.x * w * w;
      sy += p.y * w * w;
      sw += w * w;
      if (w > anchor[1] || (w === anchor[1] && c < anchor[0])) anchor = [c, w];
    }
    const k = spread.get(anchor[0]) ?? 0;
    spread.set(anchor[0], k + 1);
    const angle = k * 2.399963229728653;
    const r = 1.2 * Math.sqrt(k + 1);
    positions.set(lecture, {
      x: round(sx / sw + r * Math.cos(angle)),
      y: round(sy / sw + r * Math.sin(angle)),
    });
    communities.set(lecture, communities.get(anchor[0]) ?? 0);
  }
  return { positions, communities, sizes };
}

export function assignLayout(graph: AtlasGraph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const result = computeLayout(graph, options);
  graph.updateEachNodeAttributes((node, attrs) => {
    const community = result.communities.get(node) ?? 0;
    return {
      ...attrs,
      ...result.positions.get(node),
      size: round(result.sizes.get(node) ?? 4),
      community,
      color: COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!,
    };
  });
  return result;
}
