/**
 * The build pipeline as explicit ordered stages: ingest → extraction → graph assembly → relations
 * and prerequisites → layout → serialisation. Each stage is a function of the previous stage's
 * output; `buildGraph` runs them in order and reports per-stage timings to an optional observer.
 */
import { compareKeys } from '../core/compare.js';
import { conceptKey, edgeKey, lectureKey, noteKey } from '../core/node-keys.js';
import { createAtlasGraph, serializeGraph } from '../core/serialize.js';
import { hasHan } from '../core/text-script.js';
import {
  SCHEMA_VERSION,
  type AtlasGraph,
  type ConceptNodeAttributes,
  type LectureNodeAttributes,
} from '../core/types.js';
import { assignLayout } from '../analysis/layout.js';
import {
  assignPrerequisites,
  DEFAULT_PREREQUISITE_OPTIONS,
} from '../analysis/prerequisites/compute-prerequisites.js';
import { lectureLevels, loadLevelCues, markLevels, practicalSessions } from '../analysis/lecture-level.js';
import { assignRelations, DEFAULT_RELATION_OPTIONS, type ConceptRelations } from '../analysis/relations.js';
import { extractConcepts, type ExtractionResult } from '../extract/extract-concepts.js';
import { loadGlossary, type Glossary } from '../extract/glossary.js';
import { loadLexicon, type Lexicon } from '../extract/lexicon.js';
import { noteCoverage, readingByConcept, type UnplacedLink } from '../extract/notes.js';
import { simplifyHan, toSimplifiedText } from '../extract/normalise.js';
import { markerWords } from './marker-words.js';
import { formatDiagnostic } from '../ingest/diagnostics.js';
import { assertNoIngestErrors, ingest, type IngestOptions, type IngestResult } from '../ingest/ingest.js';

export const GENERATOR = 'lecture-atlas';

export interface BuildOptions extends IngestOptions {
  inputs: string[];
  /** The concept lexicon; defaults to `data/lexicon/`. */
  lexicon?: Lexicon;
  /** What each concept of the lexicon is; defaults to `data/glossary/`. */
  glossary?: Glossary;
  /** Layout seed: the same seed gives the same positions. */
  seed?: number;
  /** Called after each stage with its name and wall time in milliseconds. */
  onStage?: (stage: string, ms: number) => void;
  /** Infer prerequisites (on by default; training the prerequisite model builds without them). */
  prerequisites?: boolean;
  /** Called when a stage starts: its name, its 1-based position and the number of stages. */
  onStageStart?: (stage: string, index: number, total: number) => void;
  /**
   * Build the lectures that are well-formed and list each input error as a dropped catalog entry, rather than
   * stop at the first malformed one (`--skip-invalid`): one typo in a long catalog need not leave a user with
   * no graph. Off by default: a build stops on any error and writes nothing.
   */
  skipInvalid?: boolean;
}

export interface BuildResult {
  graph: AtlasGraph;
  json: string;
  ingest: IngestResult;
  warnings: string[];
  /**
   * Every item the build read but left out of the graph, with why: counted in the summary, listed in the log.
   */
  dropped: DroppedItem[];
  /**
   * The lexicon relations of each concept node (`requires`, `broader`), as the prerequisite stage reads them.
   */
  relations: (conceptKey: string) => ConceptRelations | undefined;
}

/** Something the build read and did not put in the graph. `what` groups items for the summary's counts. */
export interface DroppedItem {
  what: 'catalog entry' | 'input file' | 'prerequisite edge' | 'mention' | 'note coverage' | 'reading link';
  detail: string;
}

/** Counts of dropped items by what they are, for a one-line summary ("12 prerequisite edges, 1 mention"). */
export function countDropped(dropped: readonly DroppedItem[]): Map<DroppedItem['what'], number> {
  const counts = new Map<DroppedItem['what'], number>();
  for (const d of dropped) counts.set(d.what, (counts.get(d.what) ?? 0) + 1);
  return new Map([...counts].sort(([a], [b]) => (a < b ? -1 : 1)));
}

export const STAGES = [
  'ingest',
  'extraction',
  'graph',
  'relations',
  'prerequisites',
  'layout',
  'serialisation',
] as const;

async function timed<T>(
  name: (typeof STAGES)[number],
  observer: Pick<BuildOptions, 'onStage' | 'onStageStart'>,
  run: () => T | Promise<T>,
): Promise<T> {
  observer.onStageStart?.(name, STAGES.indexOf(name) + 1, STAGES.length);
  // Yield once so that an interrupt (SIGINT) queued during the previous stage is handled now.
  await new Promise((resolve) => setImmediate(resolve));
  const start = performance.now();
  const value = await run();
  observer.onStage?.(name, performance.now() - start);
  return value;
}

export async function buildGraph(options: BuildOptions): Promise<BuildResult> {
  const lexicon = options.lexicon ?? loadLexicon();
  const ingested = await timed('ingest', options, () => ingest(options.inputs, { ...options, lexicon }));
  const dropped: DroppedItem[] = [];
  if (options.skipInvalid) {
    for (const d of ingested.diagnostics)
      // A problem of a whole file (line 0: empty, unreadable, not text) drops the file, not an entry of it.
      if (d.severity === 'error')
        dropped.push({
          what: d.line === 0 && d.lecture === undefined ? 'input file' : 'catalog entry',
          detail: formatDiagnostic(d),
        });
  } else assertNoIngestErrors(ingested);
  const extraction = await timed('extraction', options, () =>
    extractConcepts(ingested.lectures, lexicon, { markerWords: markerWords(options.markers) }),
  );
  const levelCues = loadLevelCues();
  const graph = await timed('graph', options, () => {
    const assembled = assembleGraph(ingested, extraction, dropped, {
      wordings: lexicon.wordings,
      glossary: options.glossary ?? loadGlossary(),
    });
    markLevels(assembled, lectureLevels(levelCues));
    return assembled;
  });
  const relations = (conceptKeyOrId: string): ConceptRelations | undefined => {
    const keyed = conceptKeyOrId.startsWith('concept:');
    const c = extraction.concepts.get(keyed ? conceptKeyOrId.slice('concept:'.length) : conceptKeyOrId);
    if (!c) return undefined;
    const wrap = (ids: string[]): string[] => (keyed ? ids.map(conceptKey) : ids);
    return { broader: wrap(c.broader), requires: wrap(c.requires), category: c.category };
  };
  await timed('relations', options, () =>
    assignRelations(graph, relations, {
      ...DEFAULT_RELATION_OPTIONS,
      practical: practicalSessions(levelCues),
    }),
  );
  const prerequisites = await timed('prerequisites', options, () =>
    options.prerequisites === false
      ? { edges: [], dropped: [], starts: new Map<string, string>() }
      : assignPrerequisites(graph, relations, {
          ...DEFAULT_PREREQUISITE_OPTIONS,
          levelCues,
        }),
  );
  for (const d of prerequisites.dropped)
    dropped.push({
      what: 'prerequisite edge',
      detail: `${d.edge.before} → ${d.edge.after} (score ${d.edge.score}): it ${d.why}`,
    });
  refreshCounts(graph);
  await timed('layout', options, () =>
    assignLayout(graph, options.seed === undefined ? {} : { seed: options.seed }),
  );
  const json = await timed('serialisation', options, () => serializeGraph(graph));
  const warnings = ingested.diagnostics.filter((d) => d.severity === 'warning').map(formatDiagnostic);
  return { graph, json, ingest: ingested, warnings, dropped, relations };
}

/** What graph assembly reads besides the catalog and its concepts. */
export interface AssemblySources {
  /** The lexicon's regional wordings of Chinese words (zh-variants.json). */
  wordings?: readonly string[][];
  /** The definitions of lexicon concepts. */
  glossary?: Glossary;
}

/**
 * Graph assembly: lecture, concept and note nodes; lecture→concept `mentions`, note→concept `covers`
 * and lecture↔lecture `twin` edges; graph attributes with build metadata, and the lexicon's regional
 * `wordings` of Chinese words that the concept names use. A lexicon concept the glossary defines carries its
 * definition; a discovered one, whose id the glossary cannot know, none.
 */
export function assembleGraph(
  ingested: IngestResult,
  extraction: ExtractionResult,
  dropped: DroppedItem[] = [],
  { wordings = [], glossary = new Map() }: AssemblySources = {},
): AtlasGraph {
  const graph = createAtlasGraph();
  for (const lecture of ingested.lectures) {
    const attrs: LectureNodeAttributes = { ...lecture, kind: 'lecture', label: lecture.title };
    graph.addNode(lectureKey(lecture.number), attrs);
  }
  const unplaced: UnplacedLink[] = [];
  const reading = readingByConcept(ingested.linkLists, extraction.matcher, unplaced);
  for (const u of unplaced)
    dropped.push({
      what: 'reading link',
      detail: `${u.file}:${u.line} ${JSON.stringify(u.title)}: its heading ${JSON.stringify(u.heading)} names no concept`,
    });
  // Notes by id, not in the order their files were read: the layout follows the order nodes are added.
  const coverage = [...ingested.notes]
    .sort((a, b) => compareKeys(a.id, b.id))
    .map((note) => ({ note, covers: noteCoverage(note, extraction.matcher) }));
  const lectureCount = new Map<string, number>();
  for (const m of extraction.mentions) lectureCount.set(m.concept, (lectureCount.get(m.concept) ?? 0) + 1);
  const wanted = new Set<string>([
    ...lectureCount.keys(),
    ...reading.keys(),
    ...coverage.flatMap((c) => c.covers.map((x) => x.concept)),
  ]);
  for (const id of [...wanted].sort()) {
    const c = extraction.concepts.get(id);
    if (!c) continue; // reported below, with each mention or coverage of it
    const aliases = [...c.aliases].filter((a) => a !== c.label).sort();
    const attrs: ConceptNodeAttributes = {
      kind: 'concept',
      label: c.label,
      aliases,
      category: c.category,
      lectureCount: lectureCount.get(id) ?? 0,
      origin: c.origin,
    };
    if (c.labelZh) attrs.labelZh = c.labelZh;
    const definition = c.origin === 'lexicon' ? glossary.get(id) : undefined;
    if (definition) attrs.definition = { ...definition };
    const links = reading.get(id);
    if (links?.length) attrs.reading = links;
    graph.addNode(conceptKey(id), attrs);
  }
  for (const m of extraction.mentions) {
    const source = lectureKey(m.lecture);
    const target = conceptKey(m.concept);
    if (!graph.hasNode(target)) {
      dropped.push({ what: 'mention', detail: `lecture ${m.lecture} → ${m.concept}: no such concept` });
      continue;
    }
    graph.addDirectedEdgeWithKey(edgeKey('mentions', source, target), source, target, {
      kind: 'mentions',
      weight: m.weight,
      main: m.main,
      evidence: m.evidence,
    });
  }
  for (const [a, b] of extraction.twins) {
    const [source, target] = [lectureKey(a), lectureKey(b)];
    graph.addDirectedEdgeWithKey(edgeKey('twin', source, target), source, target, {
      kind: 'twin',
      reason: 'the same lecture in another language',
    });
  }
  for (const { note, covers } of coverage) {
    const key = noteKey(note.id);
    graph.addNode(key, {
      kind: 'note',
      label: note.title,
      source: { file: note.file, line: note.line },
      excerpt: note.text.slice(0, 600),
    });
    for (const c of covers) {
      const target = conceptKey(c.concept);
      if (graph.hasNode(target))
        graph.addDirectedEdgeWithKey(edgeKey('covers', key, target), key, target, {
          kind: 'covers',
          weight: c.weight,
        });
      else dropped.push({ what: 'note coverage', detail: `note ${note.id} → ${c.concept}: no such concept` });
    }
  }
  graph.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    inputs: ingested.files,
    counts: {},
    // Warnings, and the entries a --skip-invalid build left out (errors stop any other build): the graph says
    // what it does not hold.
    diagnostics: ingested.diagnostics.map((d) => ({
      severity: d.severity,
      file: d.file,
      line: d.line,
      message: d.message,
    })),
  });
  graph.setAttribute('simplifiedChars', simplifiedChars(graph));
  const used = usedWordings(graph, wordings);
  if (used.length) graph.setAttribute('zhWordings', used);
  refreshCounts(graph);
  return graph;
}

/**
 * The wording groups some word of which a concept's Chinese name uses (in Simplified characters), in their
 * order.
 */
function usedWordings(graph: AtlasGraph, groups: readonly string[][]): string[][] {
  const names: string[] = [];
  graph.forEachNode((_n, a) => {
    if (a.kind !== 'concept') return;
    for (const s of [a.labelZh, ...a.aliases])
      if (s && /\p{Script=Han}/u.test(s)) names.push(toSimplifiedText(s));
  });
  return groups.filter((g) => g.some((w) => names.some((n) => n.includes(w))));
}

/** Traditional → Simplified for every Chinese character in node names and descriptions, sorted for a stable file. */
function simplifiedChars(graph: AtlasGraph): Record<string, string> {
  const chars = new Set<string>();
  // Character by character, each character of the Basic Multilingual Plane past U+2E7F tested as Han once
  // (`seen`): descriptions are most of a catalog's text, and a Unicode-property regex over all of them cost
  // a second at 100k lectures.
  const seen = new Uint8Array(0x10000);
  const scan = (s: string | undefined): void => {
    if (!s) return;
    for (let i = 0; i < s.length; i++) {
      const code = s.charCodeAt(i);
      if (code < 0x2e80 || seen[code]) continue;
      if (code < 0xd800 || code >= 0xe000) seen[code] = 1;
      const ch = code >= 0xd800 && code < 0xdc00 ? s.slice(i, i + 2) : s[i]!;
      if (ch.length === 2) i++;
      if (hasHan(ch)) chars.add(ch);
    }
  };
  graph.forEachNode((_n, a) => {
    scan(a.label);
    if (a.kind === 'concept') {
      scan(a.labelZh);
      a.aliases.forEach(scan);
    } else if (a.kind === 'lecture') {
      scan(a.rawTitle);
      // Search looks in descriptions too, where no name holds a query.
      scan(a.summary);
    }
  });
  const out: Record<string, string> = {};
  for (const ch of [...chars].sort()) {
    const s = simplifyHan(ch);
    if (s !== ch && [...s].length === 1) out[ch] = s;
  }
  return out;
}

/** Node counts by kind and edge counts by kind, in the graph's `counts` attribute. */
export function refreshCounts(graph: AtlasGraph): void {
  const counts: Record<string, number> = { lectures: 0, concepts: 0, notes: 0, edges: graph.size };
  graph.forEachNode((_n, a) => {
    counts[a.kind === 'lecture' ? 'lectures' : a.kind === 'concept' ? 'concepts' : 'notes']! += 1;
  });
  graph.forEachEdge((_e, a) => {
    counts[a.kind] = (counts[a.kind] ?? 0) + 1;
  });
  graph.setAttribute('counts', counts);
}
