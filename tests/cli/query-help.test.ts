import { describe, it, expect } from 'vitest';
import { queryUsage, verbHelp, verbUsageLine } from '../../src/cli/query-help.js';
import { EXIT, QUERY_OPTIONS, QUERY_VERBS, findVerb } from '../../src/cli/query-verbs.js';

describe('queryUsage', () => {
  it('should list every verb with its arguments and summary, the global options and the exit codes', () => {
    const usage = queryUsage();
    for (const verb of QUERY_VERBS)
      expect(usage).toMatch(new RegExp(`^  ${verb.name} .*${verb.summary.slice(0, 20)}`, 'm'));
    expect(usage).toContain('--graph <file>');
    expect(usage).toMatch(/^ {2}0 {2}found/m);
    expect(usage).toMatch(/^ {2}1 {2}nothing to show: an unknown or ambiguous name/m);
    expect(usage).toMatch(/^ {2}2 {2}usage error/m);
    expect(usage).toContain('help <verb>');
  });

  it('should keep every line within 100 characters', () => {
    const lines = [queryUsage(), ...QUERY_VERBS.map(verbHelp)].join('\n').split('\n');
    expect(lines.filter((l) => l.length > 100)).toEqual([]);
  });
});

describe('verbHelp', () => {
  it.each(QUERY_VERBS.map((v) => [v.name, v] as const))(
    'should show the usage, arguments, options and an example of "%s"',
    (name, verb) => {
      const help = verbHelp(verb);
      expect(help.startsWith(verbUsageLine(verb))).toBe(true);
      expect(help).toContain(`usage: npm run query -- ${name}`);
      for (const a of verb.arguments) expect(help).toContain(`<${a.name}>`);
      for (const o of [...verb.options, 'json', 'graph', 'help'] as const)
        expect(help).toContain(`--${o}${QUERY_OPTIONS[o].value ? ` <${QUERY_OPTIONS[o].value}>` : ''}`);
      expect(help).toContain(`example (${verb.example.comment}):\n  npm run query -- ${verb.example.args}`);
      expect(help).toContain('exit codes:');
    },
  );

  it('should show a verb’s own options and defaults, and its aliases', () => {
    const help = verbHelp(findVerb('neighbors')!);
    expect(help).toMatch(
      /^usage: npm run query -- neighbours <node> \[--depth <1\.\.3>\] \[--export <file\.json>\]/,
    );
    expect(help).toContain('also: neighbors');
    expect(help).toMatch(/--depth <1\.\.3> +how many steps out \(default 1\)/);
  });

  it('should say only what the verb shows: "lectures" prints no weight, its --json does', () => {
    const help = verbHelp(findVerb('lectures')!);
    expect(help).not.toContain('with their weight');
    expect(help).toContain('the weights are in --json');
  });

  it('should document the JSON of "prereqs" and "search", which are objects', () => {
    expect(findVerb('prereqs')!.description).toContain(
      '--json gives {"prerequisites": [lectures], "buildsOn": [concepts]}',
    );
    expect(findVerb('search')!.description).toContain('--json gives {"hits": [hits], "missing": [words]}');
  });

  it('should give every example a verb of the table', () => {
    for (const verb of QUERY_VERBS) expect(findVerb(verb.example.args.split(' ')[0]!)).toBe(verb);
    expect(EXIT).toEqual({ ok: 0, notFound: 1, usage: 2 });
  });
});
