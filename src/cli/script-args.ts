/**
 * The command line of a one-purpose script (eval, train, concepts, gen:catalog): node:util's parseArgs over
 * the script's options plus --help/-h. --help prints the usage on stdout and exits 0; an unknown option or a
 * bad value prints `<script>: <one line>` ("did you mean …?" for a mistyped option) and the usage on
 * stderr and exits 2, with no stack trace — before the script does anything else.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { parseArgsMessage } from './parse-args-message.js';
import { EXIT } from './query-verbs.js';

/** Where a script writes and how it ends: the process in scripts, recorders in tests. */
export interface ScriptIO {
  /** stdout. */
  out(text: string): void;
  /** stderr. */
  err(text: string): void;
  exit(code: number): never;
}

const PROCESS_IO: ScriptIO = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  exit: (code) => process.exit(code),
};

/** The parseArgs configuration of a script: always strict, the arguments come from `argv`. */
export type ScriptArgsConfig = Omit<ParseArgsConfig, 'args' | 'strict' | 'tokens'>;

export interface ScriptArgsContext {
  /** The command line without `node script`; default the process's. */
  argv?: readonly string[];
  io?: ScriptIO;
}

/** Prints `<script>: <message>` and the usage on stderr, and exits 2. */
export function exitWithUsage(
  script: string,
  usage: string,
  message: string,
  io: ScriptIO = PROCESS_IO,
): never {
  io.err(`${script}: ${message}\n${usage}`);
  return io.exit(EXIT.usage);
}

/**
 * The script's options and positionals, as parseArgs gives them. `script` names it in messages (its npm
 * script, e.g. "train"); `usage` is printed on --help and with a usage error.
 */
export function scriptArgs<T extends ScriptArgsConfig>(
  script: string,
  usage: string,
  config: T,
  { argv = process.argv.slice(2), io = PROCESS_IO }: ScriptArgsContext = {},
): ReturnType<typeof parseArgs<T>> {
  const options = { ...config.options, help: { type: 'boolean', short: 'h' } } as const;
  let parsed;
  try {
    parsed = parseArgs({ ...config, options, args: [...argv], strict: true });
  } catch (e) {
    const message = parseArgsMessage(e, Object.keys(options));
    if (message === undefined) throw e;
    return exitWithUsage(script, usage, message, io);
  }
  if ((parsed.values as { help?: boolean }).help) {
    io.out(usage);
    return io.exit(EXIT.ok);
  }
  return parsed as ReturnType<typeof parseArgs<T>>;
}
