import { describe, it, expect } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runQuery, type QueryIO } from '../../src/cli/run-query.js';
import { EXIT } from '../../src/cli/query-verbs.js';
import { createAtlasGraph, serializeGraph } from '../../src/core/serialize.js';
import { SCHEMA_VERSION, type AtlasGraph, type EdgeKind, type LectureRecord } from '../../src/core/types.js';
import { addLecture } from '../support/atlas-graph.js';

/**
 * A small library: two lectures titled "Network Compression" (201, part 5/6; 368, ML 2021 English
 * version), 274 a prerequisite of 368, which teaches pruning (a kind of network compression); 284 and 285
 * both have span as main topic, equally (a path to span starts at 284, the first); 900 stands alone; 274 is
 * 901's prerequisite only as a less certain guess (below the ranker's threshold).
 */
function library(): AtlasGraph {
  const g = createAtlasGraph();
  const lecture = (n: number, title: string, extra: Partial<LectureRecord> = {}): void =>
    addLecture(g, n, title, extra);
  const concept = (id: string, label: string, labelZh: string, aliases: string[] = []): void => {
    g.addNode(`concept:${id}`, {
      kind: 'concept',
      label,
      labelZh,
      aliases,
      category: 'method',
      lectureCount: 2,
      origin: 'lexicon',
    });
  };
  lecture(201, 'Network Compression', { part: { index: 5, total: 6 } });
  lecture(368, 'Network Compression', {
    part: { index: 1, total: 2 },
    series: 'ML 2021',
    date: '2021-06-14',
    courseLecture: '35',
    englishVersion: true,
  });
  lecture(274, 'Deep Learning Basics', { series: 'ML 2021' });
  lecture(284, '在 Span 時耍廢的向量', { series: 'Linear Algebra', language: 'zh' });
  lecture(285, 'Span 的概念', { series: 'Linear Algebra', language: 'zh' });
  lecture(900, 'Alone');
  lecture(901, 'Quantization in practice');
  concept('network-compression', 'network compression', '網路壓縮');
  concept('network-pruning', 'network pruning', '網路剪枝', ['pruning']);
  concept('span', 'span', '生成空間');
  g.mergeNodeAttributes('concept:network-pruning', {
    definition: {
      en: 'Removing weights or neurons a network barely uses.',
      zh: '移除網路中幾乎用不到的參數或神經元。',
    },
  });
  const edge = (kind: EdgeKind, s: string, t: string, extra: object = {}): void => {
    g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, { kind, ...extra });
  };
  edge('mentions', 'lecture:201', 'concept:network-compression', { weight: 0.9, main: true });
  edge('mentions', 'lecture:368', 'concept:network-pruning', { weight: 0.9, main: true });
  edge('mentions', 'lecture:284', 'concept:span', { weight: 0.927, main: true });
  edge('mentions', 'lecture:285', 'concept:span', { weight: 0.927, main: true });
  edge('broader', 'concept:network-pruning', 'concept:network-compression');
  edge('prerequisite', 'lecture:274', 'lecture:368', { score: 0.8, reason: 'introduces neural networks' });
  edge('prerequisite', 'lecture:274', 'lecture:901', {
    score: 0.2,
    reason: 'introduces neural networks',
    tentative: true,
  });
  g.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    generator: 'test',
    inputs: [],
    counts: {},
    diagnostics: [],
  });
  return g;
}

interface Run {
  code: number;
  stdout: string;
  stderr: string;
  files: Map<string, string>;
}

/** Runs a command line against the library, read from an in-memory graph.json unless --graph says otherwise. */
async function query(...argv: string[]): Promise<Run> {
  return queryOn(library(), ...argv);
}

/** The same against another graph. */
async function queryOn(graph: AtlasGraph, ...argv: string[]): Promise<Run> {
  const files = new Map([['graph.json', serializeGraph(graph)]]);
  const [out, err]: [string[], string[]] = [[], []];
  const io: QueryIO = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: async (path) => {
      const text = files.get(path);
      if (path === 'graphs') throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      return text;
    },
    writeFile: async (path, text) => {
      // As the file system answers: a folder named "exports", and no folder inside a file.
      if (path === 'exports') throw Object.assign(new Error(`EISDIR: ${path}`), { code: 'EISDIR' });
      if ([...files.keys()].some((f) => path.startsWith(`${f}/`)))
        throw Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' });
      files.set(path, text);
    },
  };
  const code = await runQuery(argv.includes('--graph') ? argv : [...argv, '--graph', 'graph.json'], io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), files };
}

describe('runQuery', () => {
  describe('usage errors (exit code 2)', () => {
    it('should answer a wrong kind of node in JSON with --json, as it answers an unknown one', async () => {
      const run = await query('prereqs', 'pruning', '--json');
      expect(run.code).toBe(2);
      expect(JSON.parse(run.stdout)).toEqual({
        error: 'wrong-kind',
        query: 'pruning',
        key: 'concept:network-pruning',
        found: 'concept',
        wanted: ['lecture'],
      });
      // And "#274" names lecture 274 in a search too.
      expect((await query('search', '#274')).stdout).toContain('274 Deep Learning Basics');
    });

    it('should suggest "path-to" for "pathto"', async () => {
      const run = await query('pathto', 'span');
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe('unknown verb "pathto"; did you mean "path-to"?');
      expect(run.stdout).toBe('');
    });

    it.each([
      [['path', '274'], '"path" needs <b>'],
      [['search', 'pruning', '--depth', '2'], '--depth does not apply to "search"'],
      [['neighbours', '274', '--depth', '9'], '--depth must be 1, 2 or 3; got "9"'],
      [['neighbours', '274', '--jsno'], 'unknown option "--jsno"; did you mean "--json"?'],
      [['export'], '"export" needs a file: <file.json> and/or --gexf <file.gexf>'],
      [['prereqs', 'pruning'], '"pruning" is a concept (concept:network-pruning), not a lecture'],
      [['lectures', '274'], '"274" is a lecture (lecture:274), not a concept'],
    ])('should refuse %j with "%s" and the verb’s usage', async (argv, message) => {
      const run = await query(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr.split('\n')[0]).toBe(message);
      expect(run.stderr).toContain(`usage: npm run query -- ${argv[0]}`);
    });
  });

  describe('names (exit code 1 when nothing can be shown)', () => {
    it('should list the lectures sharing a title, with what tells them apart, and exit 1', async () => {
      const run = await query('prereqs', 'Network', 'Compression');
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        '"Network Compression" matches 2 nodes equally well; name one by its number or key, or use a more precise name:\n' +
          '  201  Network Compression (5/6)  [in English]\n' +
          '  368  Network Compression (1/2)  [ML 2021, lecture 35, English version]',
      );
    });

    it('should give the candidates as JSON with --json', async () => {
      const run = await query('path', 'Network Compression', 'pruning', '--json');
      expect(run.code).toBe(1);
      const data = JSON.parse(run.stdout) as { error: string; candidates: { pick: string }[] };
      expect(data.error).toBe('ambiguous');
      expect(data.candidates.map((c) => c.pick)).toEqual(['201', '368', 'concept:network-compression']);
    });

    it('should go to the lecture a learner starts a concept with, and name the others on it', async () => {
      const run = await query('path-to', 'span');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Learning path to 284 在 Span 時耍廢的向量');
      expect(run.stdout).toContain('span is also the main topic of 285 Span 的概念');
    });

    it('should suggest the closest names for an unknown one and exit 1', async () => {
      const run = await query('neighbours', 'netwrok', 'pruning');
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'no lecture or concept matches "netwrok pruning"; did you mean "network pruning"?',
      );
      // A number that names no lecture says what the numbers are (the README's examples are the channel's).
      const number = await query('prereqs', '234');
      expect([number.code, number.stderr]).toEqual([
        1,
        'no lecture or concept matches "234"; this library\'s lecture numbers run from 201 to 901, with none from 202 to 273',
      ]);
      expect(JSON.parse((await query('prereqs', '234', '--json')).stdout)).toMatchObject({
        numbers: '201 to 901',
        gap: '202 to 273',
      });
      // Written with "#", the same.
      expect((await query('prereqs', '#234')).stderr).toContain('with none from 202 to 273');
      // Outside the range, the range alone.
      expect((await query('prereqs', '99')).stderr).toBe(
        'no lecture or concept matches "99"; this library\'s lecture numbers run from 201 to 901',
      );
    });

    it('should exit 1 when two nodes are not connected, or a search finds nothing', async () => {
      const apart = await query('path', '900', '274');
      expect([apart.code, apart.stderr]).toEqual([
        1,
        '900 Alone and 274 Deep Learning Basics [ML 2021] are not connected',
      ]);
      const nothing = await query('search', 'zzzzqqq');
      expect([nothing.code, nothing.stderr]).toEqual([1, 'nothing matches "zzzzqqq"']);
    });

    it('should exit 1 when the graph file cannot be read', async () => {
      const run = await query('next', '274', '--graph', 'missing.json');
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('cannot read missing.json');
      // A folder is not a graph file that building would make.
      const folder = await query('next', '274', '--graph', 'graphs');
      expect([folder.code, folder.stderr]).toEqual([
        1,
        '--graph graphs is a folder; name the graph file (public/graph.json by default)',
      ]);
    });

    it('should read a lecture number with leading zeros as the number, never saying an existing lecture is missing', async () => {
      for (const name of ['0368', '#0368', 'lecture:0368', '０３６８'])
        expect((await query('prereqs', name)).stdout.split('\n')[0]).toBe(
          'Before 368 Network Compression (1/2) [ML 2021], watch:',
        );
      expect((await query('prereqs', '0234')).stderr).toBe(
        'no lecture or concept matches "0234"; this library\'s lecture numbers run from 201 to 901, with none from 202 to 273',
      );
    });

    it('should take a node key with its kind and id in any case', async () => {
      for (const name of ['Concept:Network-Pruning', 'CONCEPT:network-pruning', 'concept:NETWORK-PRUNING'])
        expect((await query('lectures', name)).stdout.split('\n')[0]).toMatch(
          /^network pruning \/ 網路剪枝: 1 lecture/,
        );
      expect((await query('next', 'Lecture:274')).stdout).toMatch(/^After 274 Deep Learning Basics/);
      // A key of the wrong kind is said to be one, not unknown.
      expect((await query('prereqs', 'Concept:span')).stderr.split('\n')[0]).toBe(
        '"Concept:span" is a concept (concept:span), not a lecture',
      );
    });

    it('should give the range of lecture numbers for a number typed full-width', async () => {
      expect((await query('prereqs', '２３４')).stderr).toBe(
        'no lecture or concept matches "２３４"; this library\'s lecture numbers run from 201 to 901, with none from 202 to 273',
      );
    });

    it('should split --watched on full-width and ideographic commas as on commas', async () => {
      for (const watched of ['368，274', '368、274', '368, 274']) {
        const run = await query('path-to', '901', '--watched', watched, '--json');
        expect([run.code, JSON.parse(run.stdout).watched]).toEqual([0, ['lecture:274']]);
      }
    });

    it('should say that an unknown watched lecture came from --watched', async () => {
      const run = await query('path-to', 'pruning', '--watched', '99');
      expect([run.code, run.stderr]).toEqual([
        1,
        '--watched: no lecture or concept matches "99"; this library\'s lecture numbers run from 201 to 901',
      ]);
      // A script reading --json output can tell the watched lecture from the target too.
      const json = await query('path-to', 'pruning', '--watched', '99', '--json');
      expect(json.code).toBe(1);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: 'unknown', option: 'watched', query: '99' });
      const target = await query('path-to', '99', '--json');
      expect(JSON.parse(target.stdout)).not.toHaveProperty('option');
    });
  });

  describe('answers (exit code 0)', () => {
    it('should answer help without reading the graph', async () => {
      const run = await query('help', '--graph', 'missing.json');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('  path-to <lecture|concept>');
      const verb = await query('path', '--help');
      expect([verb.code, verb.stdout.split('\n')[0]]).toEqual([
        0,
        'usage: npm run query -- path <a> <b> [--json] [--graph <file>]',
      ]);
    });

    it('should say which prerequisite is a less certain guess, in words and in JSON', async () => {
      const run = await query('prereqs', '901');
      expect(run.stdout.split('\n')).toEqual([
        'Before 901 Quantization in practice, watch:',
        '  1. 274 Deep Learning Basics [ML 2021]  (introduces neural networks; less certain)',
      ]);
      const sure = await query('prereqs', '368');
      expect(sure.stdout).not.toContain('less certain');
      const json = JSON.parse((await query('prereqs', '901', '--json')).stdout) as {
        prerequisites: { tentative?: boolean }[];
      };
      expect(json.prerequisites.map((p) => p.tentative)).toEqual([true]);
      const next = await query('next', '274');
      expect(next.stdout).toContain(
        '901 Quantization in practice  (watch 274 first: introduces neural networks; less certain)',
      );
      const path = await query('path-to', '901');
      expect(path.stdout).toContain(
        '274 Deep Learning Basics [ML 2021]  — introduces neural networks; less certain',
      );
    });

    it('should name the concepts a lecture builds on and does not teach, in words and in JSON', async () => {
      const g = library();
      // Pruning requires span, which 284 and 285 teach and 368 does not name.
      g.addDirectedEdgeWithKey('requires:p->s', 'concept:network-pruning', 'concept:span', {
        kind: 'requires',
      });
      const run = await queryOn(g, 'prereqs', '368');
      expect(run.stdout.split('\n').at(-1)).toBe(
        'It builds on span ("lectures <concept>" says where each is taught).',
      );
      const json = JSON.parse((await queryOn(g, 'prereqs', '368', '--json')).stdout) as {
        prerequisites: { key: string }[];
        buildsOn: unknown[];
      };
      expect(json.prerequisites.map((p) => p.key)).toEqual(['lecture:274']);
      expect(json.buildsOn).toEqual([{ key: 'concept:span', label: 'span', labelZh: '生成空間' }]);
      expect((await query('prereqs', '368')).stdout).not.toContain('builds on');
      // A lecture with no prerequisite but a concept it builds on: the JSON says so, as the text does.
      g.dropEdge('prerequisite:lecture:274->lecture:368');
      const alone = JSON.parse((await queryOn(g, 'prereqs', '368', '--json')).stdout) as object;
      expect(alone).toEqual({
        prerequisites: [],
        buildsOn: [{ key: 'concept:span', label: 'span', labelZh: '生成空間' }],
      });
    });

    it("should list a lecture's prerequisites in the explorer's watch order: part 1 above part 2", async () => {
      const g = library();
      addLecture(g, 501, 'Speech Recognition', { part: { index: 1, total: 2 } });
      addLecture(g, 502, 'Speech Recognition', { part: { index: 2, total: 2 } });
      const prerequisite = (from: number, to: number, score: number, reason: string): void => {
        g.addDirectedEdgeWithKey(
          `prerequisite:lecture:${from}->lecture:${to}`,
          `lecture:${from}`,
          `lecture:${to}`,
          {
            kind: 'prerequisite',
            score,
            reason,
          },
        );
      };
      // Part 2 scores higher as 900's prerequisite, but builds on part 1.
      prerequisite(501, 900, 0.5, 'a more basic lecture');
      prerequisite(502, 900, 0.9, 'the previous part');
      prerequisite(501, 502, 0.9, 'the previous part of the same series');
      const run = await queryOn(g, 'prereqs', '900');
      expect(run.stdout.split('\n').slice(1)).toEqual([
        '  1. 501 Speech Recognition (1/2)  (a more basic lecture)',
        '  2. 502 Speech Recognition (2/2)  (the previous part)',
      ]);
      const json = JSON.parse((await queryOn(g, 'prereqs', '900', '--json')).stdout) as {
        prerequisites: { key: string }[];
      };
      expect(json.prerequisites.map((p) => p.key)).toEqual(['lecture:501', 'lecture:502']);
    });

    it('should word each hop of a path', async () => {
      const run = await query('path', '274', '網路壓縮');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')).toEqual([
        '274 Deep Learning Basics [ML 2021] → network compression / 網路壓縮: 3 steps',
        '  274 Deep Learning Basics — is a prerequisite of → 368 Network Compression (1/2)',
        '  368 Network Compression (1/2) — teaches → network pruning',
        '  network pruning — falls under → network compression',
      ]);
    });

    it('should keep the structured path in JSON, with the words of each hop', async () => {
      const run = await query('path', 'pruning', '274', '--json');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual([
        {
          from: 'concept:network-pruning',
          to: 'lecture:368',
          kind: 'mentions',
          relation: 'is taught in',
          text: 'network pruning — is taught in → 368 Network Compression (1/2)',
        },
        {
          from: 'lecture:368',
          to: 'lecture:274',
          kind: 'prerequisite',
          relation: 'has as a prerequisite',
          text: '368 Network Compression (1/2) — has as a prerequisite → 274 Deep Learning Basics',
        },
      ]);
    });

    it('should go to the one lecture teaching a concept, skipping what was watched', async () => {
      const run = await query('path-to', 'pruning', '--watched', '274');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(
        'Learning path to 368 Network Compression (1/2) [ML 2021] (1 lecture; 1 watched lecture left out):\n' +
          '   1. 368 Network Compression (1/2) [ML 2021]',
      );
    });

    it('should say which earlier lectures a watched one leaves out, in words as in JSON', async () => {
      const g = library();
      // 901 needs 368, which needs 274: watching 368 leaves 274 out with it.
      g.addDirectedEdgeWithKey('prerequisite:lecture:368->lecture:901', 'lecture:368', 'lecture:901', {
        kind: 'prerequisite',
        score: 0.9,
        reason: 'introduces pruning',
      });
      g.dropEdge('prerequisite:lecture:274->lecture:901');
      const run = await queryOn(g, 'path-to', '901', '--watched', '368');
      expect(run.stdout).toContain(
        '1 earlier lecture left out, as lectures you watched build on them: 274 Deep Learning Basics',
      );
      const json = await queryOn(g, 'path-to', '901', '--watched', '368', '--json');
      expect(JSON.parse(json.stdout).behindWatched).toEqual(['lecture:274']);
    });

    it('should take a watched lecture by a title with commas whole, and a list of lectures apart', async () => {
      const g = library();
      addLecture(g, 902, 'SAGAN, BigGAN and NICE-GAN');
      g.addDirectedEdgeWithKey('prerequisite:lecture:902->lecture:901', 'lecture:902', 'lecture:901', {
        kind: 'prerequisite',
        score: 0.9,
        reason: 'introduces GANs',
      });
      const whole = await queryOn(g, 'path-to', '901', '--watched', 'SAGAN, BigGAN and NICE-GAN', '--json');
      expect(whole.code).toBe(0);
      expect(JSON.parse(whole.stdout).watched).toEqual(['lecture:902']);
      const listed = await queryOn(g, 'path-to', '901', '--watched', '902, 274', '--json');
      expect(JSON.parse(listed.stdout).watched).toEqual(['lecture:274', 'lecture:902']);
    });

    it('should say when a path to a concept goes to a lecture on a narrower one, and print null for none', async () => {
      const g = library();
      g.dropEdge('mentions:lecture:201->concept:network-compression');
      const run = await queryOn(g, 'path-to', 'concept:network-compression');
      expect([run.code, run.stderr, run.stdout.split('\n')[0]]).toEqual([
        0,
        '',
        'No lecture is about network compression itself; the path goes to one on network pruning, a narrower concept.',
      ]);
      const json = await queryOn(g, 'path-to', 'concept:network-compression', '--json');
      expect(JSON.parse(json.stdout)).toMatchObject({
        target: 'lecture:368',
        via: 'concept:network-pruning',
      });
      g.dropEdge('mentions:lecture:368->concept:network-pruning');
      const none = await queryOn(g, 'path-to', 'concept:network-compression', '--json');
      expect([none.code, JSON.parse(none.stdout)]).toEqual([EXIT.notFound, null]);
    });

    it('should list search hits best first, numbered, with no scores but in JSON', async () => {
      const run = await query('search', 'pruning');
      expect(run.code).toBe(0);
      expect(run.stdout.split('\n')[0]).toMatch(/^ +1\. concept +network pruning/);
      expect(run.stdout).not.toMatch(/\d\.\d\d/);
      const json = await query('search', 'pruning', '--json');
      expect(JSON.parse(json.stdout).hits[0]).toHaveProperty('score');
      // With the library's Chinese lectures, a concept's Chinese name beside it; an English library shows none.
      expect(run.stdout).toContain('network pruning / 網路剪枝');
      const english = library();
      english.dropNode('lecture:284');
      english.dropNode('lecture:285');
      const plain = await queryOn(english, 'search', 'pruning');
      expect(plain.stdout.split('\n')[0]).toBe('   1. concept network pruning  (as "pruning")');
      // No name holds "barely uses": the concept whose definition says it, and where it was found.
      const defined = await query('search', 'barely uses');
      expect(defined.stdout.split('\n')[0]).toBe(
        '   1. concept network pruning / 網路剪枝  (in its definition: "…weights or neurons a network barely uses.")',
      );
    });

    it('should say which words of a search no hit holds, on stderr and in JSON, as the explorer does', async () => {
      const run = await query('search', 'quantum', 'pruning');
      expect([run.code, run.stderr]).toEqual([0, 'No name holds "quantum": these match the other words.']);
      expect(run.stdout.split('\n')[0]).toMatch(/^ +1\. concept +network pruning/);
      const json = JSON.parse((await query('search', 'quantum', 'pruning', '--json')).stdout) as {
        hits: { key: string }[];
        missing: string[];
      };
      expect([json.hits[0]!.key, json.missing]).toEqual(['concept:network-pruning', ['quantum']]);
      // Every word held: nothing said.
      expect((await query('search', 'network', 'pruning')).stderr).toBe('');
      const none = await query('search', 'zzzzqqq', '--json');
      expect([none.code, JSON.parse(none.stdout)]).toEqual([1, { hits: [], missing: [] }]);
    });

    it("should list a concept's lectures without weights in words, with them in JSON", async () => {
      const run = await query('lectures', 'span');
      expect(run.stdout.split('\n')).toEqual([
        'span / 生成空間: 2 lectures (* main topic)',
        '  * 284 在 Span 時耍廢的向量 [Linear Algebra]',
        '  * 285 Span 的概念 [Linear Algebra]',
      ]);
      const json = JSON.parse((await query('lectures', 'span', '--json')).stdout) as { weight: number }[];
      expect(json.map((l) => l.weight)).toEqual([0.927, 0.927]);
    });

    it('should say what a concept is, where the glossary defines it, before the lectures that teach it', async () => {
      const run = await query('lectures', 'pruning');
      expect(run.stdout.split('\n').slice(0, 3)).toEqual([
        'network pruning / 網路剪枝: 1 lecture (* main topic)',
        '  What it is: Removing weights or neurons a network barely uses.',
        '  * 368 Network Compression (1/2) [ML 2021]',
      ]);
    });

    it('should list what builds on the lecture asked about, saying to watch that one first and why', async () => {
      const run = await query('next', '274');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^After 274 Deep Learning Basics/);
      expect(run.stdout).toContain('368 Network Compression (1/2) [ML 2021]  (watch 274 first: ');
    });

    it('should export the graph to the files named', async () => {
      const run = await query('export', '--json', 'out.json', '--gexf', 'out.gexf');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('wrote out.json and out.gexf');
      expect(run.files.get('out.json')).toBe(serializeGraph(library()));
      expect(run.files.get('out.gexf')).toContain('<gexf');
    });

    it('should say in one line which output file cannot be written and why, and exit 1', async () => {
      const folder = await query('export', 'exports');
      expect([folder.code, folder.stderr]).toEqual([
        1,
        'cannot write exports: it names a folder; name a file in it',
      ]);
      const underFile = await query(
        'neighbours',
        '274',
        '--export',
        'graph.json/sub.json',
        '--graph',
        'graph.json',
      );
      expect([underFile.code, underFile.stderr]).toEqual([
        1,
        'cannot write graph.json/sub.json: part of its path is a file, not a folder',
      ]);
    });

    it('should refuse one file named for two outputs, or for an output and the graph read, writing nothing', async () => {
      const both = await query('export', 'out.json', '--gexf', './out.json');
      expect([both.code, both.stderr.split('\n')[0]]).toEqual([
        2,
        '--gexf ./out.json is also the JSON file: name another file',
      ]);
      expect(both.files.has('out.json')).toBe(false);
      const graph = await query('neighbours', '274', '--export', 'graph.json');
      expect([graph.code, graph.stderr.split('\n')[0], graph.stdout]).toEqual([
        2,
        '--export graph.json is also the graph read (--graph): name another file',
        '',
      ]);
    });
  });
});

describe('scripts/query.ts', () => {
  it('should exit 0, 1 and 2 as the process', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'la-query-'));
    const graph = join(dir, 'graph.json');
    writeFileSync(graph, serializeGraph(library()));
    const run = (...args: string[]) =>
      spawnSync('npx', ['tsx', 'scripts/query.ts', ...args, '--graph', graph], {
        cwd: root,
        encoding: 'utf8',
      });
    try {
      const found = run('path', '274', 'pruning');
      expect([found.status, found.stdout.split('\n')[1]]).toEqual([
        0,
        '  274 Deep Learning Basics — is a prerequisite of → 368 Network Compression (1/2)',
      ]);
      const ambiguous = run('prereqs', 'Network Compression');
      expect([ambiguous.status, ambiguous.stderr.split('\n')[1]]).toEqual([
        1,
        '  201  Network Compression (5/6)  [in English]',
      ]);
      const usage = run('pathto', 'span');
      expect([usage.status, usage.stderr.split('\n')[0]]).toEqual([
        2,
        'unknown verb "pathto"; did you mean "path-to"?',
      ]);
      // A folder named as the output: one line, no stack.
      const folder = run('export', dir);
      expect([folder.status, folder.stderr]).toEqual([
        1,
        `cannot write ${dir}: it names a folder; name a file in it\n`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should stop quietly when the reader of its output leaves early (| head -1), still writing --export', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'la-query-'));
    const graph = join(dir, 'graph.json');
    writeFileSync(graph, serializeGraph(library()));
    try {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/query.ts',
          'neighbours',
          '274',
          '--graph',
          graph,
          '--export',
          join(dir, 'sub.json'),
        ],
        { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      // The reader is gone before the first line: every write to stdout meets a closed pipe.
      child.stdout.destroy();
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const code = await new Promise<number | null>((done) => child.on('close', done));
      expect([code, stderr]).toEqual([0, '']);
      expect(existsSync(join(dir, 'sub.json'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
