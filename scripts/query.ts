/**
 * CLI: ask the graph a question.
 *   npm run query -- <verb> <args> [--json] [--graph public/graph.json]
 * Verbs: neighbours <node> [--depth 1..3] [--export out.json] | lectures <concept> | prereqs <lecture>
 *        | next <lecture> | path-to <lecture|concept> [--watched n,n,…] | path <a> <b> | search <text>
 *        | export [--json out.json] [--gexf out.gexf]
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { GraphFormatError, UnknownNodeError } from '../src/core/errors.js';
import { explanatoryPath } from '../src/core/explanatory-path.js';
import { learningPath } from '../src/core/learning-path.js';
import { graphFromJson } from '../src/core/load-graph.js';
import {
  lecturesTeaching,
  mainLecturesOf,
  neighbourhood,
  nextLectures,
  prerequisitesOf,
} from '../src/core/queries.js';
import { resolveNode } from '../src/core/resolve-node.js';
import { SearchIndex } from '../src/core/search-index.js';
import { serializeGraph } from '../src/core/serialize.js';
import { subgraph } from '../src/core/subgraph.js';
import type { AtlasGraph } from '../src/core/types.js';
import { toGexf } from '../src/pipeline/export-gexf.js';
import { writeFileAtomic } from '../src/pipeline/write-atomic.js';

const USAGE = `usage: npm run query -- <verb> <args> [--json] [--graph <file>]
  neighbours <node> [--depth 1..3] [--export <file.json>]   the neighbourhood of a lecture or concept
  lectures <concept>                                        lectures teaching a concept, main topic first
  prereqs <lecture>                                         ranked prerequisites with reasons
  next <lecture>                                            what builds on a lecture
  path-to <lecture|concept> [--watched n,n,…]               ordered learning path, watched lectures skipped
  path <a> <b>                                              how two nodes are related
  search <text>                                             lectures and concepts, any language, typos allowed
  export [--json <file>] [--gexf <file>]                    the whole graph as graphology JSON and/or GEXF`;

function name(graph: AtlasGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return a.kind === 'lecture'
    ? `${a.number}. ${a.title}${a.series ? ` [${a.series}]` : ''}`
    : a.kind === 'concept'
      ? `${a.label}${a.labelZh ? ` / ${a.labelZh}` : ''}`
      : a.label;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      graph: { type: 'string', default: 'public/graph.json' },
      depth: { type: 'string', default: '1' },
      watched: { type: 'string', default: '' },
      export: { type: 'string' },
      gexf: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
  const [verb, ...args] = positionals;
  if (values.help || !verb) {
    console.log(USAGE);
    return verb || values.help ? 0 : 2;
  }
  let text: string;
  try {
    text = await readFile(values.graph, 'utf8');
  } catch {
    console.error(`cannot read ${values.graph}; build it first with "npm run build:graph"`);
    return 1;
  }
  const graph = graphFromJson(text);
  const index = new SearchIndex(graph);
  const node = (i: number): string => {
    const arg = args[i];
    if (!arg) throw new UsageError(`"${verb}" needs ${i === 0 ? 'a node' : 'a second node'}`);
    return resolveNode(graph, index, arg);
  };
  const out = (data: unknown, lines: string[]): void => {
    console.log(values.json ? JSON.stringify(data, null, 2) : lines.join('\n'));
  };
  const lectureOnly = (key: string): string => {
    if (graph.getNodeAttribute(key, 'kind') !== 'lecture')
      throw new UsageError(
        `"${verb}" needs a lecture, "${args[0]}" is a ${graph.getNodeAttribute(key, 'kind')}`,
      );
    return key;
  };

  switch (verb) {
    case 'neighbours':
    case 'neighbors': {
      const depth = Number(values.depth);
      if (![1, 2, 3].includes(depth)) throw new UsageError('--depth must be 1, 2 or 3');
      const n = neighbourhood(graph, node(0), depth);
      const rows = [...n.nodes]
        .filter(([k]) => k !== n.center)
        .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
      out(
        {
          center: n.center,
          nodes: rows.map(([key, distance]) => ({
            key,
            distance,
            label: graph.getNodeAttribute(key, 'label'),
          })),
          edges: n.edges.length,
        },
        [
          `${name(graph, n.center)}: ${rows.length} nodes within ${depth} step(s), ${n.edges.length} edges`,
          ...rows.map(([k, d]) => `  ${d}  ${name(graph, k)}`),
        ],
      );
      if (values.export) {
        await writeFileAtomic(values.export, serializeGraph(subgraph(graph, n.nodes.keys())));
        if (!values.json) console.log(`wrote ${values.export}`);
      }
      return 0;
    }
    case 'lectures': {
      const key = node(0);
      if (graph.getNodeAttribute(key, 'kind') !== 'concept')
        throw new UsageError(`"lectures" needs a concept, "${args[0]}" is a lecture`);
      const list = lecturesTeaching(graph, key);
      out(list, [
        `${name(graph, key)}: ${list.length} lectures`,
        ...list.map((l) => `  ${l.main ? '*' : ' '} ${l.weight.toFixed(2)}  ${name(graph, l.key)}`),
      ]);
      return 0;
    }
    case 'prereqs': {
      const key = lectureOnly(node(0));
      const list = prerequisitesOf(graph, key);
      out(list, [
        `Before ${name(graph, key)}, watch:`,
        ...(list.length
          ? list.map((l, i) => `  ${i + 1}. ${name(graph, l.key)}  (${l.score.toFixed(2)}: ${l.reason})`)
          : ['  nothing: no prerequisites found']),
      ]);
      return 0;
    }
    case 'next': {
      const key = lectureOnly(node(0));
      const list = nextLectures(graph, key);
      out(list, [
        `After ${name(graph, key)}:`,
        ...(list.length
          ? list.map((l) => `  ${name(graph, l.key)}  (${l.reason})`)
          : ['  nothing builds on it yet']),
      ]);
      return 0;
    }
    case 'path-to': {
      let target = node(0);
      if (graph.getNodeAttribute(target, 'kind') === 'concept') {
        const main = mainLecturesOf(graph, target)[0] ?? lecturesTeaching(graph, target)[0];
        if (!main) throw new UsageError(`no lecture teaches ${name(graph, target)}`);
        target = main.key;
      }
      const watched = new Set(
        values.watched
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
          .map((w) => resolveNode(graph, index, w)),
      );
      const path = learningPath(graph, lectureOnly(target), watched);
      out(path, [
        `Learning path to ${name(graph, target)} (${path.steps.length} lecture${path.steps.length === 1 ? '' : 's'}${path.watched.length ? `, ${path.watched.length} already watched` : ''}):`,
        ...path.steps.map(
          (s, i) =>
            `  ${String(i + 1).padStart(2)}. ${name(graph, s.key)}${s.key === target ? '' : `  — ${s.reason}`}`,
        ),
      ]);
      return 0;
    }
    case 'path': {
      const [a, b] = [node(0), node(1)];
      const hops = explanatoryPath(graph, a, b);
      if (!hops) {
        out(null, [`${name(graph, a)} and ${name(graph, b)} are not connected`]);
        return 0;
      }
      out(hops, [`${name(graph, a)}`, ...hops.map((h) => `  ${h.relation} → ${name(graph, h.to)}`)]);
      return 0;
    }
    case 'search': {
      const q = args.join(' ');
      if (!q.trim()) throw new UsageError('"search" needs some text');
      const hits = index.search(q, 10);
      out(
        hits,
        hits.length
          ? hits.map(
              (h) =>
                `  ${h.score.toFixed(2)}  ${h.kind.padEnd(7)} ${name(graph, h.key)}${h.matched !== h.label ? `  (as "${h.matched}")` : ''}`,
            )
          : [`nothing matches "${q}"`],
      );
      return 0;
    }
    case 'export': {
      const json = values.export ?? (args[0] === undefined && !values.gexf ? undefined : args[0]);
      if (!json && !values.gexf) throw new UsageError('"export" needs --json <file> and/or --gexf <file>');
      if (json) await writeFileAtomic(json, serializeGraph(graph));
      if (values.gexf) await writeFileAtomic(values.gexf, toGexf(graph));
      console.log(`wrote ${[json, values.gexf].filter(Boolean).join(' and ')}`);
      return 0;
    }
    default:
      throw new UsageError(`unknown verb "${verb}"`);
  }
}

class UsageError extends Error {}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof UnknownNodeError || e instanceof GraphFormatError) console.error(e.message);
    else if (e instanceof UsageError) console.error(`${e.message}\n${USAGE}`);
    else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(e instanceof UsageError ? 2 : 1);
  },
);
