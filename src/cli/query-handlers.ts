/**
 * What each query verb does once its command line has parsed: resolve the node names (by the kinds the
 * verb's arguments take), ask src/core, print text or JSON, and return the exit code. One handler per verb
 * of query-verbs.ts; expected outcomes (no path, no hit) return a code, broken names throw the core's
 * named errors, which run-query turns into messages and codes.
 */
import { resolve } from 'node:path';
import { START_WHY_WORDS, type StartWhy } from '../core/concept-guide.js';
import { explainHop, explanatoryPath } from '../core/explanatory-path.js';
import {
  DEFAULT_LEARNING_PATH_OPTIONS,
  EXPANDED_LEARNING_PATH_OPTIONS,
  inWatchOrder,
  learningPath,
} from '../core/learning-path.js';
import { libraryLanguages } from '../core/library-languages.js';
import { NodeNameError } from '../core/errors.js';
import { lecturesTeaching, neighbourhood, nextLectures, prerequisitesOf } from '../core/queries.js';
import { nodeName, resolveNode } from '../core/resolve-node.js';
import type { SearchIndex } from '../core/search-index.js';
import { serializeGraph } from '../core/serialize.js';
import { subgraph } from '../core/subgraph.js';
import type { AtlasGraph, ConceptNodeAttributes } from '../core/types.js';
import { toGexf } from '../pipeline/export-gexf.js';
import { lectureForConcept } from './lecture-for-concept.js';
import { OutputFileError } from './output-file-error.js';
import { buildsOn } from '../core/lecture-concepts.js';
import type { QueryOptions } from './parse-query-args.js';
import { EXIT, type ExitCode, type VerbName, type VerbSpec } from './query-verbs.js';
import type { QueryIO } from './run-query.js';
import { UsageError } from './usage-error.js';

export interface VerbContext {
  graph: AtlasGraph;
  index: SearchIndex;
  verb: VerbSpec;
  args: string[];
  options: QueryOptions;
  io: QueryIO;
}

type Handler = (ctx: VerbContext) => Promise<ExitCode> | ExitCode;

/**
 * A node as listed: a lecture with its series, a concept with its Chinese label where the library has Chinese
 * lectures (as the explorer names it for a reader of English).
 */
function listName(graph: AtlasGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  if (a.kind === 'lecture') return `${nodeName(graph, key)}${a.series ? ` [${a.series}]` : ''}`;
  if (a.kind === 'concept')
    return `${a.label}${a.labelZh && libraryLanguages(graph).has('zh') ? ` / ${a.labelZh}` : ''}`;
  return a.label;
}

/** The node named by argument `i`, among the kinds that argument takes. */
function node(ctx: VerbContext, i: number): string {
  return resolveNode(ctx.graph, ctx.index, ctx.args[i]!, { kinds: ctx.verb.arguments[i]!.kinds ?? [] });
}

/** Prints the data as JSON with --json, the lines otherwise. */
function print(ctx: VerbContext, data: unknown, lines: readonly string[]): void {
  ctx.io.out(ctx.options.json ? JSON.stringify(data, null, 2) : lines.join('\n'));
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Refuses, before anything is written, an output file named twice or the graph being read: the second write would
 * silently replace the first (`export g.json --gexf g.json` left GEXF under a .json name), and
 * `--export public/graph.json` would replace the explorer's graph with a subgraph. `what` names each in messages.
 */
function checkOutputs(ctx: VerbContext, outputs: readonly { what: string; path: string }[]): void {
  const taken = new Map([[resolve(ctx.options.graph), 'the graph read (--graph)']]);
  for (const { what, path } of outputs) {
    const other = taken.get(resolve(path));
    if (other) throw new UsageError(`${what} ${path} is also ${other}: name another file`, ctx.verb);
    taken.set(resolve(path), what);
  }
}

/**
 * Writes a file the command line named. A file system's refusal (a folder of that name, a file where a folder
 * should be, no permission) is the user's to fix: it becomes an OutputFileError, said in one line, not a stack.
 */
async function writeOutput(ctx: VerbContext, path: string, text: string): Promise<void> {
  try {
    await ctx.io.writeFile(path, text);
  } catch (e) {
    if (typeof (e as { code?: unknown } | null)?.code !== 'string') throw e;
    throw new OutputFileError(path, e as NodeJS.ErrnoException);
  }
}

const neighbours: Handler = async (ctx) => {
  const { graph, options } = ctx;
  if (options.export) checkOutputs(ctx, [{ what: '--export', path: options.export }]);
  const n = neighbourhood(graph, node(ctx, 0), options.depth);
  const rows = [...n.nodes]
    .filter(([k]) => k !== n.center)
    .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  print(
    ctx,
    {
      center: n.center,
      nodes: rows.map(([key, distance]) => ({ key, distance, label: graph.getNodeAttribute(key, 'label') })),
      edges: n.edges.length,
    },
    [
      `${listName(graph, n.center)}: ${plural(rows.length, 'node')} within ${plural(options.depth, 'step')}, ${plural(n.edges.length, 'edge')}`,
      ...rows.map(([k, d]) => `  ${d}  ${listName(graph, k)}`),
    ],
  );
  if (options.export) {
    await writeOutput(ctx, options.export, serializeGraph(subgraph(graph, n.nodes.keys())));
    if (!options.json) ctx.io.out(`wrote ${options.export}`);
  }
  return EXIT.ok;
};

const lectures: Handler = (ctx) => {
  const key = node(ctx, 0);
  const list = lecturesTeaching(ctx.graph, key);
  const direct = list.filter((l) => !l.via).length;
  const { definition } = ctx.graph.getNodeAttributes(key) as ConceptNodeAttributes;
  print(ctx, list, [
    `${listName(ctx.graph, key)}: ${plural(direct, 'lecture')} (* main topic)` +
      (list.length > direct ? `, and ${plural(list.length - direct, 'lecture')} on narrower concepts` : ''),
    // What it is, before where it is taught, as the explorer's concept panel says it.
    ...(definition ? [`  What it is: ${definition.en}`] : []),
    ...list.map(
      (l) =>
        `  ${l.main ? '*' : ' '} ${listName(ctx.graph, l.key)}` +
        (l.via
          ? `  (about ${ctx.graph.getNodeAttribute(l.via, 'label')}, under ${ctx.graph.getNodeAttribute(key, 'label')})`
          : ''),
    ),
  ]);
  return EXIT.ok;
};

/** Separators of a list of lectures, once NFKC has made a full-width comma "，" plain: the comma and "、". */
const LIST_SEPARATOR = /[,、]/;

/** Said of a prerequisite shown only as its lecture's best guess, below the ranker's threshold. */
const unsure = (p: { tentative?: boolean }): string => (p.tentative ? '; less certain' : '');

/**
 * The explorer's lecture panel, in words: the prerequisites in the order to watch them (inWatchOrder, as the panel
 * lists them: part 1 above part 2 whatever they scored), then the concepts the lecture builds on. --json carries
 * both: `{ prerequisites, buildsOn }`.
 */
const prereqs: Handler = (ctx) => {
  const key = node(ctx, 0);
  const list = inWatchOrder(ctx.graph, key, prerequisitesOf(ctx.graph, key));
  const concepts = buildsOn(ctx.graph, key);
  const buildsOnJson = concepts.map((c) => ({
    key: c.key,
    label: c.label,
    ...(c.labelZh && { labelZh: c.labelZh }),
  }));
  print(ctx, { prerequisites: list, buildsOn: buildsOnJson }, [
    `Before ${listName(ctx.graph, key)}, watch:`,
    ...(list.length
      ? list.map((l, i) => `  ${i + 1}. ${listName(ctx.graph, l.key)}  (${l.reason}${unsure(l)})`)
      : ['  nothing: no prerequisites found']),
    // As the explorer's lecture panel says it: concepts, with the verb that finds where each is taught.
    ...(concepts.length
      ? [
          `It builds on ${concepts.map((c) => c.label).join(', ')} ("lectures <concept>" says where each is taught).`,
        ]
      : []),
  ]);
  return EXIT.ok;
};

const next: Handler = (ctx) => {
  const key = node(ctx, 0);
  const list = nextLectures(ctx.graph, key);
  const asked = ctx.graph.getNodeAttributes(key);
  const first = asked.kind === 'lecture' ? `watch ${asked.number} first` : 'watch it first';
  print(ctx, list, [
    `After ${listName(ctx.graph, key)}:`,
    ...(list.length
      ? // The reason describes the lecture asked about, not the one listed: "watch N first" says which.
        list.map((l) => `  ${listName(ctx.graph, l.key)}  (${first}: ${l.reason}${unsure(l)})`)
      : ['  nothing builds on it yet']),
  ]);
  return EXIT.ok;
};

const pathTo: Handler = (ctx) => {
  const { graph, index } = ctx;
  const named = node(ctx, 0);
  let target = named;
  let alternatives: string[] = [];
  let startWhy: StartWhy | null = null;
  let via: string | undefined;
  if (graph.getNodeAttribute(named, 'kind') === 'concept') {
    const found = lectureForConcept(graph, named);
    if (!found) {
      // As `path` does: a script reading --json gets null, not an empty output.
      if (ctx.options.json) ctx.io.out('null');
      ctx.io.err(`no lecture teaches ${listName(graph, named)}`);
      return EXIT.notFound;
    }
    ({ key: target, alternatives, startWhy, via } = found);
  }
  const watchedLecture = (w: string): string => {
    try {
      return resolveNode(graph, index, w, { kinds: ['lecture'] });
    } catch (e) {
      // Say which option named it: the target resolved, this is one of the lectures given as watched.
      if (e instanceof NodeNameError) {
        e.option = 'watched';
        e.message = `--watched: ${e.message}`;
      }
      throw e;
    }
  };
  // A value that names no lecture whole is a list: "283, 275" (a title may hold commas: "SAGAN, BigGAN, …"),
  // "２７５，２７７" or "275、277" as a Chinese keyboard types it.
  const watchedLectures = (w: string): string[] => {
    const plain = w.normalize('NFKC');
    if (LIST_SEPARATOR.test(plain))
      try {
        return [resolveNode(graph, index, w, { kinds: ['lecture'] })];
      } catch {
        return plain
          .split(LIST_SEPARATOR)
          .map((x) => x.trim())
          .filter(Boolean)
          .map(watchedLecture);
      }
    return [watchedLecture(w)];
  };
  const watched = new Set(ctx.options.watched.flatMap(watchedLectures));
  const path = learningPath(
    graph,
    target,
    watched,
    ctx.options.all ? EXPANDED_LEARNING_PATH_OPTIONS : DEFAULT_LEARNING_PATH_OPTIONS,
  );
  const others = alternatives.map((k) => nodeName(graph, k));
  const why = startWhy && START_WHY_WORDS.en[startWhy];
  print(ctx, { ...path, alternatives, ...(startWhy && { startWhy }), ...(via && { via }) }, [
    // No lecture is about the concept itself: say which narrower one the path goes to instead.
    ...(via
      ? [
          `No lecture is about ${graph.getNodeAttribute(named, 'label')} itself; the path goes to one on ${graph.getNodeAttribute(via, 'label')}, a narrower concept.`,
        ]
      : []),
    `Learning path to ${listName(graph, target)} (${plural(path.steps.length, 'lecture')}${path.watched.length ? `; ${plural(path.watched.length, 'watched lecture')} left out` : ''}):`,
    ...path.steps.map(
      (s, i) =>
        `  ${String(i + 1).padStart(2)}. ${listName(graph, s.key)}${
          s.key === target
            ? ''
            : `  — ${s.reasonFor ? `for ${nodeName(graph, s.reasonFor)}: ` : ''}${s.reason}${unsure(s)}`
        }`,
    ),
    ...(path.behindWatched.length
      ? [
          `  ${plural(path.behindWatched.length, 'earlier lecture')} left out, as lectures you watched build on them: ${path.behindWatched.map((k) => nodeName(graph, k)).join('; ')}`,
        ]
      : []),
    ...(path.more ? [`  … ${plural(path.more, 'more lecture')} on the whole path: --all shows it`] : []),
    ...(why
      ? [
          `${nodeName(graph, target)} is where ${graph.getNodeAttribute(named, 'label')} starts: ${why.charAt(0).toLowerCase()}${why.slice(1)}`,
        ]
      : []),
    ...(others.length
      ? [
          `${graph.getNodeAttribute(named, 'label')} is also the main topic of ${others.join('; ')}: name one to go there.`,
        ]
      : []),
  ]);
  return EXIT.ok;
};

const path: Handler = (ctx) => {
  const { graph } = ctx;
  const [a, b] = [node(ctx, 0), node(ctx, 1)];
  const hops = explanatoryPath(graph, a, b);
  if (!hops) {
    if (ctx.options.json) ctx.io.out('null');
    ctx.io.err(`${listName(graph, a)} and ${listName(graph, b)} are not connected`);
    return EXIT.notFound;
  }
  const worded = hops.map((h) => ({ ...h, text: explainHop(graph, h) }));
  print(ctx, worded, [
    `${listName(graph, a)} → ${listName(graph, b)}: ${hops.length ? plural(hops.length, 'step') : 'the same node'}`,
    ...worded.map((h) => `  ${h.text}`),
  ]);
  return EXIT.ok;
};

/**
 * Search hits best first. Words of the query that no hit holds are said, as the explorer's search says them
 * ("quantum GAN" lists GAN: the reader must know that nothing held "quantum"): on stderr, and as `missing` in
 * --json, `{ hits, missing }`.
 */
const search: Handler = (ctx) => {
  const q = ctx.args[0]!;
  const { hits, missing } = ctx.index.searchAll(q, 10);
  if (hits.length === 0) {
    if (ctx.options.json) ctx.io.out(JSON.stringify({ hits, missing }, null, 2));
    ctx.io.err(`nothing matches "${q}"`);
    return EXIT.notFound;
  }
  if (missing.length)
    ctx.io.err(`No name holds ${missing.map((w) => `"${w}"`).join(', ')}: these match the other words.`);
  print(
    ctx,
    { hits, missing },
    // Best first, numbered; the match scores are in --json only, as everywhere in the text output.
    hits.map(
      (h, i) =>
        `  ${String(i + 1).padStart(2)}. ${h.kind.padEnd(7)} ${listName(ctx.graph, h.key)}${h.inDescription ? `  (in its ${h.kind === 'concept' ? 'definition' : 'description'}: "${h.matched}")` : h.matched !== h.label ? `  (as "${h.matched}")` : ''}`,
    ),
  );
  return EXIT.ok;
};

/** `--json` here says the file is JSON (as in `export --json out.json`); the report stays text. */
const exportGraph: Handler = async (ctx) => {
  const json = ctx.args[0];
  const { gexf } = ctx.options;
  if (!json && !gexf)
    throw new UsageError('"export" needs a file: <file.json> and/or --gexf <file.gexf>', ctx.verb);
  checkOutputs(ctx, [
    ...(json ? [{ what: 'the JSON file', path: json }] : []),
    ...(gexf ? [{ what: '--gexf', path: gexf }] : []),
  ]);
  if (json) await writeOutput(ctx, json, serializeGraph(ctx.graph));
  if (gexf) await writeOutput(ctx, gexf, toGexf(ctx.graph));
  ctx.io.out(`wrote ${[json, gexf].filter(Boolean).join(' and ')}`);
  return EXIT.ok;
};

/** Every verb but `help`, which needs no graph. */
export const QUERY_HANDLERS: Record<Exclude<VerbName, 'help'>, Handler> = {
  neighbours,
  lectures,
  prereqs,
  next,
  'path-to': pathTo,
  path,
  search,
  export: exportGraph,
};
