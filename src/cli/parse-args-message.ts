/**
 * node:util parseArgs errors → the one-line message a CLI shows: `unknown option "--chek"; did you mean
 * "--check"?` for an unknown option, the first sentence of node's own message for the others (a missing or
 * unwanted option value, an unexpected argument). Shared by the query CLI and the scripts' command lines.
 */
import { didYouMean, suggestNames } from './suggest-names.js';

/** The message for a parseArgs error, given the options the CLI knows; undefined for any other error. */
export function parseArgsMessage(e: unknown, optionNames: readonly string[]): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  const message = (e as Error).message;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const option = /'(-{1,2}[^'\s]+)'/.exec(message)?.[1] ?? '';
    const name = option.replace(/^-+/, '').split('=')[0]!;
    return `unknown option "${option}"${didYouMean(suggestNames(name, optionNames).map((n) => `--${n}`))}`;
  }
  // "--depth -1": node reads -1 as another option and calls the value ambiguous; say how to give it.
  const ambiguous = /^Option '(-{1,2}[^'\s]+)' argument is ambiguous/.exec(message)?.[1];
  if (ambiguous)
    return `option "${ambiguous}" needs a value; one that starts with "-" is written ${ambiguous}=<value>`;
  return message.split('. ')[0]!;
}
