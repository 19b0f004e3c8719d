/**
 * The build pipeline as explicit ordered stages: ingest → extraction → graph assembly → relations
 * and prerequisites → layout → serialisation. Each stage is a function of the previous stage's
 * output; `buildGraph` runs them in order and reports per-stage timings to an optional observer.
 */
import { lectureKey, noteKey } from '../core/node-keys.js';
import { createAtlasGraph, serializeGraph } from '../core/serialize.js';
import { SCHEMA_VERSION, type AtlasGraph, type LectureNodeAttributes } from '../core/types.js';
import { assignLayout } from '../analysis/layout.js';
import { formatDiagnostic } from '../ingest/diagnostics.js';
import { assertNoIngestErrors, ingest, type IngestOptions, type IngestResult } from '../ingest/ingest.js';

export const GENERATOR = 'lecture-atlas';

export interface BuildOptions extends IngestOptions {
  inputs: string[];
  /** Layout seed: the same seed gives the same positions. */
  seed?: number;
  /** Called after each stage with its name and wall time in milliseconds. */
  onStage?: (stage: string, ms: number) => void;
}

export interface BuildResult {
  graph: AtlasGraph;
  json: string;
  ingest: IngestResult;
  warnings: string[];
}

async function timed<T>(
  name: string,
  onStage: BuildOptions['onStage'],
  run: () => T | Promise<T>,
): Promise<T> {
  const start = performance.now();
  const value = await run();
  onStage?.(name, performance.now() - start);
  return value;
}

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const { onStage } = options;
  const ingested = await timed('ingest', onStage, () => ingest(options.inputs, options));
  assertNoIngestErrors(ingested);
  const graph = await timed('graph', onStage, () => assembleGraph(ingested));
  await timed('layout', onStage, () =>
    assignLayout(graph, options.seed === undefined ? {} : { seed: options.seed }),
  );
  const json = await timed('serialisation', onStage, () => serializeGraph(graph));
  const warnings = ingested.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic);
  return { graph, json, ingest: ingested, warnings };
}

/** Graph assembly: one node per lecture and note, graph attributes with build metadata. */
export function assembleGraph(ingested: IngestResult): AtlasGraph {
  const graph = createAtlasGraph();
  for (const lecture of ingested.lectures) {
    const attrs: LectureNodeAttributes = { ...lecture, kind: 'lecture', label: lecture.title };
    graph.addNode(lectureKey(lecture.number), attrs);
  }
  for (const note of ingested.notes) {
    graph.addNode(noteKey(note.id), {
      kind: 'note',
      label: note.title,
      source: { file: note.file, line: note.line },
      excerpt: note.text.slice(0, 600),
    });
  }
  const counts: Record<string, number> = { lectures: 0, concepts: 0, notes: 0, edges: graph.size };
  graph.forEachNode((_n, a) => {
    counts[a.kind === 'lecture' ? 'lectures' : a.kind === 'concept' ? 'concepts' : 'notes']! += 1;
  });
  graph.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    inputs: ingested.files,
    counts,
    diagnostics: ingested.diagnostics
      .filter((d) => d.severity === 'warning')
      .map((d) => ({ severity: 'warning' as const, file: d.file, line: d.line, message: d.message })),
  });
  return graph;
}
