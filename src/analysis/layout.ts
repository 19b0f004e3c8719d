/**
 * Layout and communities, computed at build time so the browser only renders: seeded Louvain
 * communities, ForceAtlas2 from a deterministic start, then noverlap. Compute/assign pair: `computeLayout`
 * returns positions and communities, `assignLayout` writes x, y, size, color and community.
 */
import forceAtlas2 from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import louvain from 'graphology-communities-louvain';
import type { AtlasGraph } from '../core/types.js';
import { seededRandom } from './random.js';

export interface LayoutOptions {
  seed: number;
  /** ForceAtlas2 iterations; large graphs get fewer (see `iterationsFor`). */
  iterations?: number;
  noverlapIterations: number;
}

export const DEFAULT_LAYOUT_OPTIONS: LayoutOptions = { seed: 42, noverlapIterations: 200 };

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

export const COMMUNITY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
  '#1f77b4',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
];

export function computeLayout(graph: AtlasGraph, options: Partial<LayoutOptions> = {}): LayoutResult {
  const opts = { ...DEFAULT_LAYOUT_OPTIONS, ...options };
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

const round = (v: number): number => Math.round(v * 1000) / 1000;
