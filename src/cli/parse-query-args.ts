/**
 * The query CLI's command line → what to do: a help request, or a verb with its arguments and options.
 * Checks everything the tables in query-verbs.ts say (known verb, known options and the verbs they apply
 * to, allowed values, argument count) and throws UsageError, with "did you mean …?" for a mistyped verb
 * or option. Resolving node names is left to the verb, which has the graph.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseArgsMessage } from './parse-args-message.js';
import { didYouMean, orList, suggestNames } from './suggest-names.js';
import {
  GLOBAL_OPTIONS,
  QUERY_OPTIONS,
  QUERY_VERBS,
  findVerb,
  type OptionName,
  type VerbSpec,
} from './query-verbs.js';
import { UsageError } from './usage-error.js';

export interface QueryOptions {
  json: boolean;
  graph: string;
  depth: number;
  /** Names of the lectures already watched, as given. */
  watched: string[];
  /** The whole learning path, unbounded. */
  all?: boolean;
  export?: string;
  gexf?: string;
}

export type ParsedQuery =
  /** Help: the general usage, or one verb's. */
  | { kind: 'help'; verb?: VerbSpec }
  /** A verb to run; `args` follows the verb's argument list (a `rest` argument joins the remaining words). */
  | { kind: 'run'; verb: VerbSpec; args: string[]; options: QueryOptions };

const OPTION_NAMES = Object.keys(QUERY_OPTIONS) as OptionName[];

const PARSE_CONFIG: ParseArgsConfig['options'] = Object.fromEntries(
  OPTION_NAMES.map((name) => {
    const o = QUERY_OPTIONS[name];
    return [
      name,
      {
        type: o.value ? 'string' : 'boolean',
        ...(o.short ? { short: o.short } : {}),
        ...(o.repeatable ? { multiple: true } : {}),
      },
    ];
  }),
);

function verbByName(name: string): VerbSpec {
  const verb = findVerb(name);
  if (verb) return verb;
  const known = QUERY_VERBS.flatMap((v) => [v.name, ...(v.aliases ?? [])]);
  const canonical = suggestNames(name, known).map((n) => findVerb(n)!.name);
  throw new UsageError(`unknown verb "${name}"${didYouMean([...new Set(canonical)])}`);
}

/** node:util's own parse, with its errors turned into UsageErrors (and a suggestion for an unknown option). */
function parse(
  argv: readonly string[],
  strict: boolean,
): { values: Partial<Record<OptionName, string | boolean | string[]>>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      options: PARSE_CONFIG,
      allowPositionals: true,
      strict,
    });
    return { values: values as Partial<Record<OptionName, string | boolean | string[]>>, positionals };
  } catch (e) {
    const message = parseArgsMessage(e, OPTION_NAMES);
    if (message === undefined) throw e;
    throw new UsageError(message, verbIn(argv));
  }
}

/** The verb of a command line that may not parse, to show its usage with the error. */
function verbIn(argv: readonly string[]): VerbSpec | undefined {
  const first = parse(argv, false).positionals[0];
  return first === undefined ? undefined : findVerb(first);
}

/** The arguments of a verb by its argument list: required ones present, none left over. */
function verbArguments(verb: VerbSpec, words: readonly string[]): string[] {
  const args: string[] = [];
  let i = 0;
  for (const spec of verb.arguments) {
    const rest = words.slice(i);
    // A name may be written unquoted over several words; several lecture numbers are several arguments.
    if (spec.rest && rest.length > 1 && rest.every((w) => /^#?\d+$/.test(w)))
      throw new UsageError(
        `"${verb.name}" takes one <${spec.name}>, got ${rest.length} lecture numbers (${rest.join(' ')})`,
        verb,
      );
    const value = spec.rest ? rest.join(' ') : words[i];
    i = spec.rest ? words.length : i + 1;
    if (value === undefined || value.trim() === '') {
      if (spec.optional) continue;
      throw new UsageError(`"${verb.name}" needs <${spec.name}>`, verb);
    }
    args.push(value.trim());
  }
  if (i < words.length) {
    const n = verb.arguments.length;
    throw new UsageError(
      `"${verb.name}" takes ${n === 0 ? 'no arguments' : n === 1 ? 'one argument' : `${n} arguments`}, ` +
        `got ${words.length} (${words.map((w) => `"${w}"`).join(' ')}); quote a name with spaces`,
      verb,
    );
  }
  return args;
}

/** Reads a command line (without `node script`). Throws UsageError for anything the tables do not allow. */
export function parseQueryArgs(argv: readonly string[]): ParsedQuery {
  const { values, positionals } = parse(argv, true);
  const [verbName, ...words] = positionals;
  if (verbName === undefined) {
    if (values.help) return { kind: 'help' };
    throw new UsageError('no verb given');
  }
  const verb = verbByName(verbName);
  if (verb.name === 'help') {
    const [target] = verbArguments(verb, words);
    return target === undefined ? { kind: 'help' } : { kind: 'help', verb: verbByName(target) };
  }
  if (values.help) return { kind: 'help', verb };

  for (const name of Object.keys(values) as OptionName[]) {
    if (!GLOBAL_OPTIONS.includes(name) && !verb.options.includes(name))
      throw new UsageError(`--${name} does not apply to "${verb.name}"`, verb);
    const { choices } = QUERY_OPTIONS[name];
    const value = values[name];
    if (choices && typeof value === 'string' && !choices.includes(value))
      throw new UsageError(`--${name} must be ${orList(choices)}; got "${value}"`, verb);
  }
  const text = (name: OptionName): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value : QUERY_OPTIONS[name].default;
  };
  const options: QueryOptions = {
    json: values.json === true,
    graph: text('graph')!,
    depth: Number(text('depth')),
    // Repeated (--watched 283 --watched 275): the values add up. A value may also list lectures (283,275); it is
    // split where it names no lecture whole, once the graph is read (a title may hold commas).
    watched: [values.watched ?? []]
      .flat()
      .filter((v): v is string => typeof v === 'string')
      .map((s) => s.trim())
      .filter(Boolean),
  };
  if (values.all === true) options.all = true;
  const exportFile = text('export');
  const gexf = text('gexf');
  if (exportFile !== undefined) options.export = exportFile;
  if (gexf !== undefined) options.gexf = gexf;
  return { kind: 'run', verb, args: verbArguments(verb, words), options };
}
