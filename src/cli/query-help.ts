/**
 * Help text of the query CLI, written from the tables in query-verbs.ts: the general usage (every verb,
 * the global options, the exit codes) and one verb's help (usage line, arguments, options, an example).
 */
import {
  COMMAND,
  EXIT_CODE_MEANINGS,
  GLOBAL_OPTIONS,
  QUERY_OPTIONS,
  QUERY_VERBS,
  type OptionName,
  type VerbSpec,
} from './query-verbs.js';

function argumentText(verb: VerbSpec): string {
  return verb.arguments.map((a) => (a.optional ? `[<${a.name}>]` : `<${a.name}>`)).join(' ');
}

function optionSyntax(name: OptionName): string {
  const o = QUERY_OPTIONS[name];
  return `${o.short ? `-${o.short}, ` : ''}--${name}${o.value ? ` <${o.value}>` : ''}`;
}

function optionSummary(name: OptionName): string {
  const o = QUERY_OPTIONS[name];
  return `[--${name}${o.value ? ` <${o.value}>` : ''}]`;
}

function optionDescription(name: OptionName): string {
  const o = QUERY_OPTIONS[name];
  const extra = o.default ? ` (default ${o.default})` : '';
  return `${o.description}${extra}`;
}

/** Help lines are wrapped to this many characters. */
const LINE_WIDTH = 100;

/** Words of `text` in lines of at most `width` characters (a longer word keeps a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return line ? [...lines, line] : lines;
}

/** Two columns, the first padded to its widest entry, the second wrapped under itself. */
function table(rows: readonly [string, string][], indent = '  '): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  const hang = ' '.repeat(indent.length + width + 2);
  return rows.flatMap(([left, right]) => {
    const [first = '', ...rest] = wrap(right, Math.max(30, LINE_WIDTH - hang.length));
    return [`${indent}${left.padEnd(width)}  ${first}`.trimEnd(), ...rest.map((l) => `${hang}${l}`)];
  });
}

function exitCodeLines(): string[] {
  return table(EXIT_CODE_MEANINGS.map(({ code, meaning }) => [String(code), meaning]));
}

/** The usage line of one verb, `usage: npm run query -- path <a> <b> [--json] [--graph <file>]`, wrapped if long. */
export function verbUsageLine(verb: VerbSpec): string {
  const head = `usage: ${COMMAND} ${verb.name}`;
  const parts = [argumentText(verb), ...verb.options.map(optionSummary), '[--json]', '[--graph <file>]'];
  const lines = [head];
  for (const part of parts.filter(Boolean)) {
    const last = lines[lines.length - 1]!;
    if (last.length + 1 + part.length > LINE_WIDTH) lines.push(`${' '.repeat(head.length)} ${part}`);
    else lines[lines.length - 1] = `${last} ${part}`;
  }
  return lines.join('\n');
}

/** Every verb in one line each, the options every verb takes, how nodes are named and the exit codes. */
export function queryUsage(): string {
  const verbs = table(
    QUERY_VERBS.map((v) => [
      [v.name, argumentText(v)].filter(Boolean).join(' '),
      `${v.summary}${v.options.length ? ` (${v.options.map((o) => `--${o}`).join(', ')})` : ''}`,
    ]),
  );
  return [
    `usage: ${COMMAND} <verb> <args> [options]`,
    '',
    'verbs:',
    ...verbs,
    '',
    'options of every verb:',
    ...table(GLOBAL_OPTIONS.map((o) => [optionSyntax(o), optionDescription(o)])),
    '',
    'Nodes are named by lecture number (212, #212), concept id (bert, concept:bert) or any name in any',
    'language. A name several nodes share equally is not guessed: they are listed, with what tells them',
    'apart, and you pick one by its number or id.',
    '',
    'exit codes:',
    ...exitCodeLines(),
    '',
    `"${COMMAND} help <verb>" (or "<verb> --help") explains a verb, with an example.`,
  ].join('\n');
}

/** One verb's help: usage line, what it does, its arguments and options, an example, the exit codes. */
export function verbHelp(verb: VerbSpec): string {
  const aliases = verb.aliases?.length ? [`also: ${verb.aliases.join(', ')}`] : [];
  const args = verb.arguments.map((a): [string, string] => [
    a.optional ? `[<${a.name}>]` : `<${a.name}>`,
    a.description,
  ]);
  const options = [...verb.options, ...GLOBAL_OPTIONS].map((o): [string, string] => [
    optionSyntax(o),
    optionDescription(o),
  ]);
  return [
    verbUsageLine(verb),
    ...aliases,
    '',
    ...wrap(verb.description, LINE_WIDTH),
    ...(args.length ? ['', 'arguments:', ...table(args)] : []),
    '',
    'options:',
    ...table(options),
    '',
    `example (${verb.example.comment}):`,
    `  ${COMMAND} ${verb.example.args}`,
    '',
    'exit codes:',
    ...exitCodeLines(),
  ].join('\n');
}
