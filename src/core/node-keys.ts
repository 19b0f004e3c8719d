/** Node and edge keys: one place that says how graph.json names things. */
import type { EdgeKind } from './types.js';

export const lectureKey = (n: number): string => `lecture:${n}`;
export const conceptKey = (id: string): string => `concept:${id}`;
export const noteKey = (id: string): string => `note:${id}`;
export const edgeKey = (kind: EdgeKind, source: string, target: string): string =>
  `${kind}:${source}->${target}`;
