/**
 * The query CLI from command line to exit code, with its input and output passed in (so tests run it on a
 * graph they build): parse the arguments, answer help without reading the graph, load the graph, run the
 * verb, and turn each named error into its message and exit code —
 *   0 found/done · 1 nothing to show (unknown or ambiguous name, no path, no hit, unreadable graph file) or an
 *   output file that cannot be written · 2 usage error (unknown verb or option, missing or extra arguments, bad
 *   option value, wrong kind of node, one file named for two outputs).
 */
import {
  AmbiguousNodeError,
  GraphFormatError,
  type NodeNameError,
  UnknownNodeError,
  WrongNodeKindError,
} from '../core/errors.js';
import { graphFromJson } from '../core/load-graph.js';
import { SearchIndex } from '../core/search-index.js';
import { parseQueryArgs, type ParsedQuery } from './parse-query-args.js';
import { QUERY_HANDLERS } from './query-handlers.js';
import { queryUsage, verbHelp, verbUsageLine } from './query-help.js';
import { OutputFileError } from './output-file-error.js';
import { COMMAND, EXIT, QUERY_VERBS, type ExitCode } from './query-verbs.js';
import { UsageError } from './usage-error.js';

/** Where the CLI reads and writes: the process's streams and files in the script, memory in tests. */
export interface QueryIO {
  /** Results (stdout). */
  out(text: string): void;
  /** Errors and hints (stderr). */
  err(text: string): void;
  readFile(path: string): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
}

function usageError(e: UsageError, io: QueryIO): ExitCode {
  const hint = e.verb
    ? `${verbUsageLine(e.verb)}\n"${COMMAND} help ${e.verb.name}" explains it, with an example.`
    : `verbs: ${QUERY_VERBS.map((v) => v.name).join(', ')}\n"${COMMAND} help" lists them with their arguments.`;
  io.err(`${e.message}\n${hint}`);
  return EXIT.usage;
}

/**
 * The JSON form of a name that did not resolve, for --json: its kind of error, the option that gave it (absent for
 * a verb's own argument), the name as typed, and what is known about it.
 */
function nameErrorJson(error: string, e: NodeNameError, fields: Record<string, unknown>): string {
  return JSON.stringify({ error, ...(e.option && { option: e.option }), query: e.query, ...fields }, null, 2);
}

/** Messages and codes of the errors a verb may throw; anything else is a bug and propagates. */
function verbError(e: unknown, run: Extract<ParsedQuery, { kind: 'run' }>, io: QueryIO): ExitCode {
  const { verb, options } = run;
  if (e instanceof UsageError) return usageError(e, io);
  if (e instanceof WrongNodeKindError) {
    const teaching =
      e.found === 'concept' && e.wanted.includes('lecture') && !e.wanted.includes('concept')
        ? `\n"${COMMAND} lectures ${e.query}" lists the lectures teaching it.`
        : '';
    if (options.json)
      io.out(nameErrorJson('wrong-kind', e, { key: e.key, found: e.found, wanted: e.wanted }));
    io.err(`${e.message}${teaching}\n${verbUsageLine(verb)}`);
    return EXIT.usage;
  }
  if (e instanceof AmbiguousNodeError) {
    if (options.json) io.out(nameErrorJson('ambiguous', e, { candidates: e.candidates }));
    io.err(e.message);
    return EXIT.notFound;
  }
  if (e instanceof UnknownNodeError) {
    if (options.json)
      io.out(
        nameErrorJson('unknown', e, {
          suggestions: e.suggestions,
          ...(e.numbers && { numbers: e.numbers }),
          ...(e.gap && { gap: e.gap }),
        }),
      );
    io.err(e.message);
    return EXIT.notFound;
  }
  if (e instanceof GraphFormatError) {
    io.err(`${options.graph}: ${e.message}`);
    return EXIT.notFound;
  }
  if (e instanceof OutputFileError) {
    io.err(e.message);
    return EXIT.notFound;
  }
  throw e;
}

/** Runs one command line (without `node script`); resolves to its exit code. */
export async function runQuery(argv: readonly string[], io: QueryIO): Promise<ExitCode> {
  let parsed: ParsedQuery;
  try {
    parsed = parseQueryArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return usageError(e, io);
    throw e;
  }
  if (parsed.kind === 'help') {
    io.out(parsed.verb ? verbHelp(parsed.verb) : queryUsage());
    return EXIT.ok;
  }
  const { verb, args, options } = parsed;
  let text: string;
  try {
    text = await io.readFile(options.graph);
  } catch (e) {
    io.err(
      (e as { code?: unknown } | null)?.code === 'EISDIR'
        ? `--graph ${options.graph} is a folder; name the graph file (public/graph.json by default)`
        : `cannot read ${options.graph}; build it with "npm run build:graph" or name another with --graph`,
    );
    return EXIT.notFound;
  }
  try {
    const graph = graphFromJson(text);
    const index = new SearchIndex(graph);
    if (verb.name === 'help') return EXIT.ok; // answered above; keeps the handler table help-free
    return await QUERY_HANDLERS[verb.name]({ graph, index, verb, args, options, io });
  } catch (e) {
    return verbError(e, parsed, io);
  }
}
