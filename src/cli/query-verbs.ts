/**
 * The query CLI's vocabulary as data, in one place: its verbs (arguments, options, an example), its
 * options (value, default, allowed values) and its exit codes. The general usage, each verb's help, the
 * argument parser and the name resolution all read these tables; nothing else lists a verb or an option.
 */
import type { NodeKind } from '../core/types.js';

export type VerbName =
  'neighbours' | 'lectures' | 'prereqs' | 'next' | 'path-to' | 'path' | 'search' | 'export' | 'help';

export type OptionName = 'json' | 'graph' | 'help' | 'depth' | 'export' | 'watched' | 'gexf' | 'all';

export interface ArgumentSpec {
  /** As shown in usage: `<name>`, or `[<name>]` when optional. */
  name: string;
  description: string;
  optional?: boolean;
  /** Takes every remaining word, joined by spaces (so a name with spaces needs no quotes). */
  rest?: boolean;
  /** A node argument: the kinds of node it can name. */
  kinds?: readonly NodeKind[];
}

export interface OptionSpec {
  description: string;
  /** Placeholder of the option's value; absent for a flag. */
  value?: string;
  short?: string;
  default?: string;
  /** The only values allowed. */
  choices?: readonly string[];
  /** May be given more than once; the values add up. */
  repeatable?: boolean;
}

export interface VerbSpec {
  name: VerbName;
  aliases?: readonly string[];
  /** One line, for the general usage. */
  summary: string;
  /** A few sentences, for the verb's own help. */
  description: string;
  arguments: readonly ArgumentSpec[];
  /** Options of this verb besides the global ones. */
  options: readonly OptionName[];
  example: { args: string; comment: string };
}

export const COMMAND = 'npm run query --';

const ANY_NODE: readonly NodeKind[] = ['lecture', 'concept', 'note'];
const NODE_NAMES =
  'a lecture by number (212), a concept by id (bert) or any name in any language; a name several nodes share lists them';

/** Options every verb takes. */
export const GLOBAL_OPTIONS: readonly OptionName[] = ['json', 'graph', 'help'];

export const QUERY_OPTIONS: Record<OptionName, OptionSpec> = {
  json: { description: 'machine-readable output (JSON on stdout)' },
  graph: { value: 'file', default: 'public/graph.json', description: 'the graph to read' },
  help: { short: 'h', description: 'this help' },
  depth: { value: '1..3', default: '1', choices: ['1', '2', '3'], description: 'how many steps out' },
  export: { value: 'file.json', description: 'also write the neighbourhood as a graphology JSON subgraph' },
  watched: {
    value: 'n,n,…',
    default: '',
    repeatable: true,
    description:
      'lectures already watched, by number or name (listed with commas, ， or 、, or the option repeated); they and what only they needed drop out',
  },
  gexf: { value: 'file.gexf', description: 'write the graph as GEXF (for Gephi)' },
  all: { description: 'the whole path: every prerequisite of every step, with no bound on its length' },
};

export const QUERY_VERBS: readonly VerbSpec[] = [
  {
    name: 'neighbours',
    aliases: ['neighbors'],
    summary: 'the neighbourhood of a lecture, concept or note',
    description:
      'Every node within a few steps of a node, nearest first, with the number of edges among them.',
    arguments: [{ name: 'node', rest: true, kinds: ANY_NODE, description: NODE_NAMES }],
    options: ['depth', 'export'],
    example: {
      args: 'neighbours bert --depth 2 --export bert.json',
      comment: 'two steps out, saved as a subgraph',
    },
  },
  {
    name: 'lectures',
    summary: 'lectures teaching a concept, main topic first',
    description:
      'The lectures that teach a concept: those with it as their main topic first (marked *), then the others, ' +
      'each group by weight (the weights are in --json); then the lectures on narrower concepts, with the one ' +
      'each is about. Above them, what the concept is, where the glossary defines it.',
    arguments: [
      { name: 'concept', rest: true, kinds: ['concept'], description: 'a concept by id or any name' },
    ],
    options: [],
    example: { args: 'lectures GAN', comment: 'every lecture teaching GAN' },
  },
  {
    name: 'prereqs',
    summary: 'what to watch before a lecture, in order, with reasons',
    description:
      'The lectures to watch before a lecture, in the order to watch them, as the explorer lists them: best ' +
      'first, but a lecture the learning path puts before another listed one (part 1 before part 2) comes ' +
      'first. Each has its reason (and its score with --json); a guess the ranker is less sure of is said ' +
      'so. Then the concepts it builds on without teaching them. --json gives ' +
      '{"prerequisites": [lectures], "buildsOn": [concepts]}.',
    arguments: [
      { name: 'lecture', rest: true, kinds: ['lecture'], description: 'a lecture by number or title' },
    ],
    options: [],
    example: { args: 'prereqs 234', comment: 'what to watch before lecture 234' },
  },
  {
    name: 'next',
    summary: 'what builds on a lecture',
    description: 'The lectures a lecture is a prerequisite of, and its next part in the series.',
    arguments: [
      { name: 'lecture', rest: true, kinds: ['lecture'], description: 'a lecture by number or title' },
    ],
    options: [],
    example: { args: 'next 209', comment: 'what builds on lecture 209' },
  },
  {
    name: 'path-to',
    summary: 'ordered learning path to a lecture or concept',
    description:
      'The lectures to watch, in order, to reach a lecture. For a concept the path ends where the explorer says ' +
      'to start it (a lecture about it that opens its talk, the fewest prerequisites, the earliest); the other ' +
      'lectures about it are named, to go to one of them instead.',
    arguments: [
      {
        name: 'lecture|concept',
        rest: true,
        kinds: ['lecture', 'concept'],
        description: 'a lecture by number or title, or a concept by id or any name',
      },
    ],
    options: ['watched', 'all'],
    example: {
      args: 'path-to 284 --watched 275',
      comment: 'the way to lecture 284, lecture 275 already seen',
    },
  },
  {
    name: 'path',
    summary: 'how two nodes are related, hop by hop',
    description:
      'The shortest chain of relations between two nodes, each hop in words ("A — teaches → B"). Quote a ' +
      'name with spaces.',
    arguments: [
      { name: 'a', kinds: ANY_NODE, description: `where the path starts: ${NODE_NAMES}` },
      { name: 'b', kinds: ANY_NODE, description: 'where it ends, named the same way' },
    ],
    options: [],
    example: { args: 'path 275 bert', comment: 'how lecture 275 leads to BERT' },
  },
  {
    name: 'search',
    summary: 'find lectures and concepts, any language, typos allowed',
    description:
      'Lectures and concepts matching some text: bilingual, alias-aware, typo-tolerant; best first. Words ' +
      'of the text that no hit holds are said on stderr. --json gives {"hits": [hits], "missing": [words]}.',
    arguments: [{ name: 'text', rest: true, description: 'words to look for' }],
    options: [],
    example: { args: 'search 自監督學習', comment: 'self-supervised learning, by its Chinese name' },
  },
  {
    name: 'export',
    summary: 'the whole graph as graphology JSON and/or GEXF',
    description:
      'Writes the whole graph: graphology JSON to <file.json> (written "--json <file.json>" too), GEXF with --gexf.',
    arguments: [{ name: 'file.json', optional: true, description: 'where to write graphology JSON' }],
    options: ['gexf'],
    example: { args: 'export graph.json --gexf graph.gexf', comment: 'both formats' },
  },
  {
    name: 'help',
    summary: 'this list, or one verb’s arguments, options and example',
    description:
      'Without a verb, lists the verbs; with one, shows its usage, arguments, options and an example.',
    arguments: [{ name: 'verb', optional: true, description: 'the verb to explain' }],
    options: [],
    example: { args: 'help path-to', comment: 'how to ask for a learning path' },
  },
];

/** Exit codes, with what each means. */
export const EXIT = { ok: 0, notFound: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export const EXIT_CODE_MEANINGS: readonly { code: ExitCode; meaning: string }[] = [
  { code: EXIT.ok, meaning: 'found, done' },
  {
    code: EXIT.notFound,
    meaning:
      'nothing to show: an unknown or ambiguous name, no path, no search hit, an unreadable graph file; ' +
      'or an output file that cannot be written',
  },
  {
    code: EXIT.usage,
    meaning:
      'usage error: unknown verb or option, missing or extra arguments, a bad option value, a node of the wrong kind',
  },
];

/** A verb by its name or an alias. */
export function findVerb(name: string): VerbSpec | undefined {
  return QUERY_VERBS.find((v) => v.name === name || v.aliases?.includes(name));
}
