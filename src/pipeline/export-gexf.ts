/**
 * GEXF export for Gephi (graphology-gexf). GEXF attributes are flat, so structured attributes are
 * flattened: part → "3/7", source → "file:line", aliases → "a | b"; long text (summaries, evidence) is left out.
 */
import { write } from 'graphology-gexf';
import type { AtlasGraph, EdgeAttributes, NodeAttributes } from '../core/types.js';

type Flat = Record<string, string | number | boolean>;

function flatNode(a: NodeAttributes): Flat {
  const out: Flat = { kind: a.kind };
  if (a.kind === 'lecture') {
    out.number = a.number;
    if (a.series) out.series = a.series;
    if (a.date) out.date = a.date;
    if (a.part) out.part = a.part.total ? `${a.part.index}/${a.part.total}` : String(a.part.index);
    out.language = a.language;
    out.url = a.url;
  } else if (a.kind === 'concept') {
    out.category = a.category;
    out.lectureCount = a.lectureCount;
    if (a.labelZh) out.labelZh = a.labelZh;
    if (a.aliases.length) out.aliases = a.aliases.join(' | ');
  } else out.source = `${a.source.file}:${a.source.line}`;
  if (a.community !== undefined) out.community = a.community;
  return out;
}

function flatEdge(a: EdgeAttributes): Flat {
  const out: Flat = { kind: a.kind };
  if (a.weight !== undefined) out.weight = a.weight;
  if (a.score !== undefined) out.score = a.score;
  if (a.main !== undefined) out.main = a.main;
  if (a.reason) out.reason = a.reason;
  return out;
}

export function toGexf(graph: AtlasGraph): string {
  return write(graph, {
    formatNode: (key: string, a: NodeAttributes) => ({
      label: a.label || key,
      x: a.x,
      y: a.y,
      size: a.size,
      color: a.color,
      attributes: flatNode(a),
    }),
    formatEdge: (_key: string, a: EdgeAttributes) => ({
      weight: a.weight ?? a.score ?? 1,
      attributes: flatEdge(a),
    }),
  });
}
