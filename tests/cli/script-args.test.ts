import { beforeAll, describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs, type ScriptArgsContext } from '../../src/cli/script-args.js';

const USAGE = 'usage: npm run demo [-- --check] [--only <name>]';
const CONFIG = { options: { check: { type: 'boolean', default: false }, only: { type: 'string' } } } as const;

interface Outcome {
  /** The exit code, or undefined when the script went on with its arguments. */
  code?: number;
  stdout: string[];
  stderr: string[];
  values?: Record<string, unknown>;
}

/** scriptArgs on a command line, with an io that records what is written and stops at exit. */
function run(argv: string[]): Outcome {
  const outcome: Outcome = { stdout: [], stderr: [] };
  class Exit {
    constructor(readonly code: number) {}
  }
  const context: ScriptArgsContext = {
    argv,
    io: {
      out: (text) => outcome.stdout.push(text),
      err: (text) => outcome.stderr.push(text),
      exit: (code) => {
        throw new Exit(code);
      },
    },
  };
  try {
    outcome.values = scriptArgs('demo', USAGE, CONFIG, context).values;
  } catch (e) {
    if (!(e instanceof Exit)) throw e;
    outcome.code = e.code;
  }
  return outcome;
}

describe('scriptArgs', () => {
  it('should exit 2 with a one-line message and the usage on stderr for an unknown option', () => {
    expect(run(['--chek'])).toEqual({
      code: 2,
      stdout: [],
      stderr: [`demo: unknown option "--chek"; did you mean "--check"?\n${USAGE}`],
    });
    expect(run(['--bogus']).stderr).toEqual([`demo: unknown option "--bogus"\n${USAGE}`]);
  });

  it.each([
    [['--only'], "demo: Option '--only <value>' argument missing"],
    [['--check=yes'], "demo: Option '--check' does not take an argument"],
    [['extra'], "demo: Unexpected argument 'extra'"],
  ])('should exit 2 for a bad value or argument: %j', (argv, message) => {
    expect(run(argv)).toEqual({ code: 2, stdout: [], stderr: [`${message}\n${USAGE}`] });
  });

  it('should print the usage on stdout and exit 0 for --help or -h, even with other options', () => {
    for (const argv of [['--help'], ['-h'], ['--check', '-h']])
      expect(run(argv)).toEqual({ code: 0, stdout: [USAGE], stderr: [] });
  });

  it('should return the values of a good command line, defaults included', () => {
    expect(run([])).toEqual({ stdout: [], stderr: [], values: { check: false } });
    expect(run(['--only', 'seed', '--check']).values).toMatchObject({ check: true, only: 'seed' });
  });
});

/**
 * The scripts on the shared command line: their npm script, the options their usage lists, and a mistyped
 * option after arguments that are otherwise good (so that only the usage check stops them).
 */
const SCRIPTS: {
  name: string;
  file: string;
  options: string[];
  good: (dir: string) => string[];
  typo: [string, string];
}[] = [
  {
    name: 'eval',
    file: 'scripts/eval.ts',
    options: ['--only', '--errors', '--no-discovery', '--unknown-concepts', '--agreement'],
    good: () => ['--only', 'seed'],
    typo: ['--error', '--errors'],
  },
  {
    name: 'train',
    file: 'scripts/train.ts',
    options: ['--check', '--splits'],
    good: () => [],
    typo: ['--chek', '--check'],
  },
  {
    name: 'concepts',
    file: 'scripts/concepts.ts',
    options: ['--input'],
    good: () => ['274'],
    typo: ['--inptu', '--input'],
  },
  {
    name: 'gen:catalog',
    file: 'scripts/gen-catalog.ts',
    options: ['--lectures', '--seed', '--out', '--per-file', '--format'],
    good: (dir) => ['--lectures', '3', '--out', join(dir, 'out')],
    typo: ['--lecture', '--lectures'],
  },
  {
    name: 'bench',
    file: 'scripts/bench.ts',
    options: ['--sizes', '--seed', '--no-browser', '--only', '--update-results'],
    good: () => ['--sizes', '1000', '--no-browser'],
    typo: ['--size', '--sizes'],
  },
];

describe.each(SCRIPTS)('scripts: $file', ({ name, file, options, good, typo }) => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  // A time limit well under the real work's, so that a script that went on would fail rather than run it.
  const script = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 15_000,
    });

  let help: ReturnType<typeof script>;
  beforeAll(() => {
    help = script(['--help']);
  });

  it('should print its usage, listing every option it takes, on stdout and exit 0 for --help', () => {
    expect([help.status, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(new RegExp(`^usage: npm run ${name} `));
    expect(help.stdout).toContain('-h, --help');
    const listed = new Set(help.stdout.match(/--[a-z][a-z-]*/g));
    expect([...listed].sort()).toEqual([...options, '--help'].sort());
  });

  it('should exit 2 with one line and the usage on stderr for an unknown option, before any work', () => {
    const dir = mkdtempSync(join(tmpdir(), 'la-script-args-'));
    try {
      const [mistyped, meant] = typo;
      const wrong = script([...good(dir), mistyped]);
      expect([wrong.status, wrong.stdout]).toEqual([2, '']);
      expect(wrong.stderr).toBe(
        `${name}: unknown option "${mistyped}"; did you mean "${meant}"?\n${help.stdout}`,
      );
      expect(existsSync(join(dir, 'out'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('scripts/train.ts --splits', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  it.each([
    [['--splits', '0'], 'train: --splits takes a whole number from 1 to 20, not "0"'],
    [['--splits', 'two'], 'train: --splits takes a whole number from 1 to 20, not "two"'],
    [['--splits', '3', '--check'], 'train: --splits measures and writes nothing: it takes no --check'],
  ])('should refuse %j with exit 2 and one line, before any fit', (args, message) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/train.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.split('\n')[0]).toBe(message);
  });
});

describe('scripts/bench.ts values', () => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  it.each([
    [['--seed', 'abc'], 'bench: --seed must be a whole number; got "abc"'],
    [['--seed='], 'bench: --seed must be a whole number; got ""'],
    [
      ['--sizes', 'abc'],
      'bench: --sizes takes whole numbers ≥ 1, comma-separated (1000,10000); not a size: "abc"',
    ],
    [
      ['--sizes', '1000,0,'],
      'bench: --sizes takes whole numbers ≥ 1, comma-separated (1000,10000); not a size: "0", ""',
    ],
    [['--only', 'graphs'], 'bench: --only takes "explorer"; got "graphs"'],
    [['1000'], "bench: Unexpected argument '1000'"],
  ])('should refuse %j with exit 2, one line and the usage, before any catalog is made', (args, message) => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench.ts', ...args], {
      cwd: root,
      encoding: 'utf8',
      timeout: 15_000,
    });
    expect([run.status, run.stdout]).toEqual([2, '']);
    expect(run.stderr.split('\n').slice(0, 2)).toEqual([
      message,
      expect.stringMatching(/^usage: npm run bench /),
    ]);
  });
});
