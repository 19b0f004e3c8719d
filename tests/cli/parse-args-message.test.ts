import { describe, it, expect } from 'vitest';
import { parseArgs } from 'node:util';
import { parseArgsMessage } from '../../src/cli/parse-args-message.js';

const OPTIONS = { check: { type: 'boolean' }, only: { type: 'string' } } as const;

/** What parseArgs throws for a command line. */
function thrownBy(args: string[]): unknown {
  try {
    parseArgs({ args, options: OPTIONS });
  } catch (e) {
    return e;
  }
  throw new Error(`${args.join(' ')} parsed`);
}

describe('parseArgsMessage', () => {
  it('should leave an error that is not parseArgs’s alone', () => {
    expect(parseArgsMessage(new Error('disk full'), ['check'])).toBeUndefined();
    expect(parseArgsMessage(null, ['check'])).toBeUndefined();
    expect(parseArgsMessage('ERR_PARSE_ARGS_UNKNOWN_OPTION', ['check'])).toBeUndefined();
  });

  it.each([
    [['--chek'], 'unknown option "--chek"; did you mean "--check"?'],
    [['--chek=1'], 'unknown option "--chek"; did you mean "--check"?'],
    [['--bogus'], 'unknown option "--bogus"'],
    [['-x'], 'unknown option "-x"'],
    [['--only'], "Option '--only <value>' argument missing"],
    [['--check=yes'], "Option '--check' does not take an argument"],
    [['extra'], "Unexpected argument 'extra'"],
    [['--only', '-1'], 'option "--only" needs a value; one that starts with "-" is written --only=<value>'],
  ])('should say %j in one line: %s', (args, message) => {
    expect(parseArgsMessage(thrownBy(args), Object.keys(OPTIONS))).toBe(message);
  });
});
