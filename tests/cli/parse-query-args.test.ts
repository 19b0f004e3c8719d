import { describe, it, expect } from 'vitest';
import { parseQueryArgs } from '../../src/cli/parse-query-args.js';
import { UsageError } from '../../src/cli/usage-error.js';

/** The UsageError a command line gets. */
function usageError(argv: string[]): UsageError {
  try {
    parseQueryArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error(`${argv.join(' ')} parsed`);
}

describe('parseQueryArgs', () => {
  it.each([
    [[], 'no verb given', undefined],
    [['pathto', 'span'], 'unknown verb "pathto"; did you mean "path-to"?', undefined],
    [['help', 'serch'], 'unknown verb "serch"; did you mean "search"?', undefined],
    [['neighbours', 'bert', '--dept', '2'], 'unknown option "--dept"; did you mean "--depth"?', 'neighbours'],
    [['neighbours', 'bert', '--depth', '5'], '--depth must be 1, 2 or 3; got "5"', 'neighbours'],
    [['neighbours', 'bert', '--depth'], "Option '--depth <value>' argument missing", 'neighbours'],
    [['search', 'gan', '--watched', '1'], '--watched does not apply to "search"', 'search'],
    [['prereqs'], '"prereqs" needs <lecture>', 'prereqs'],
    [['path', '275'], '"path" needs <b>', 'path'],
    [
      ['path', 'Network', 'Compression', 'pruning'],
      '"path" takes 2 arguments, got 3 ("Network" "Compression" "pruning"); quote a name with spaces',
      'path',
    ],
    [['next', '209', '--json=yes'], "Option '--json' does not take an argument", 'next'],
    [['prereqs', '212', '213'], '"prereqs" takes one <lecture>, got 2 lecture numbers (212 213)', 'prereqs'],
    [
      ['neighbours', 'bert', '--depth', '-1'],
      'option "--depth" needs a value; one that starts with "-" is written --depth=<value>',
      'neighbours',
    ],
  ])('should refuse %j: %s', (argv, message, verb) => {
    const error = usageError(argv);
    expect(error.message).toBe(message);
    expect(error.verb?.name).toBe(verb);
  });

  it.each([
    [['help'], undefined],
    [['--help'], undefined],
    [['-h'], undefined],
    [['help', 'path-to'], 'path-to'],
    [['path-to', '--help'], 'path-to'],
    [['neighbors', '-h'], 'neighbours'],
    [['path', '--help'], 'path'],
  ])('should read %j as a help request for %s', (argv, verb) => {
    const parsed = parseQueryArgs(argv);
    expect(parsed.kind).toBe('help');
    expect(parsed.kind === 'help' ? parsed.verb?.name : 'run').toBe(verb);
  });

  it('should join the words of a one-name verb and apply the defaults', () => {
    expect(parseQueryArgs(['prereqs', 'Network', 'Compression'])).toMatchObject({
      kind: 'run',
      args: ['Network Compression'],
      options: { json: false, graph: 'public/graph.json', depth: 1, watched: [] },
    });
  });

  it('should read options anywhere on the line', () => {
    expect(
      parseQueryArgs(['path-to', '--watched', '275, 276', 'span', '--json', '--graph', 'g.json']),
    ).toMatchObject({
      verb: { name: 'path-to' },
      args: ['span'],
      options: { json: true, graph: 'g.json', watched: ['275, 276'] },
    });
    // Repeated, the watched lectures add up (the last one alone was kept); a listed value is split once the graph
    // is read (query-handlers.ts), where it names no lecture whole.
    expect(parseQueryArgs(['path-to', '284', '--watched', '283', '--watched', '275,276'])).toMatchObject({
      options: { watched: ['283', '275,276'] },
    });
    expect(parseQueryArgs(['neighbours', 'bert', '--depth', '2', '--export', 'b.json'])).toMatchObject({
      options: { depth: 2, export: 'b.json' },
    });
  });

  it('should take export’s file after --json, as the README writes it', () => {
    expect(parseQueryArgs(['export', '--json', 'graph.json', '--gexf', 'graph.gexf'])).toMatchObject({
      args: ['graph.json'],
      options: { gexf: 'graph.gexf' },
    });
  });
});
