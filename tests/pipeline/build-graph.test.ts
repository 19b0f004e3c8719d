import { describe, it, expect } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { buildGraph } from '../../src/pipeline/build-graph.js';
import { graphFromJson } from '../../src/core/load-graph.js';
import { conceptGuide } from '../../src/core/concept-guide.js';
import { SCHEMA_VERSION } from '../../src/core/types.js';
import Graph from 'graphology';
import { hasCycle } from 'graphology-dag';

const run = promisify(execFile);
const cli = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'scripts/build-graph.ts', ...args]);

describe('buildGraph', () => {
  it('should refuse broken input by throwing an IngestError that lists every error', async () => {
    await expect(buildGraph({ inputs: ['tests/fixtures/broken-catalog'] })).rejects.toMatchObject({
      name: 'IngestError',
      diagnostics: expect.arrayContaining([expect.objectContaining({ severity: 'error', line: 26 })]),
    });
  });

  it('should give byte-identical graph JSON for two builds of the same data', async () => {
    const a = await buildGraph({ inputs: ['data'] });
    const b = await buildGraph({ inputs: ['data'] });
    expect(a.json).toBe(b.json);
    expect(a.json).not.toMatch(/"(?:time|timestamp|builtAt|date)":"\d{4}-\d{2}-\d{2}T/);
  });

  it('should list every reading link it attaches to no concept as dropped, with file, line and heading', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-reading-'));
    await writeFile(
      join(dir, 'links.md'),
      '# Reading\n\n## Transformer\n\n- [Attention paper](https://arxiv.org/abs/1706.03762)\n\n' +
        '## Miscellaneous stuff I liked\n\n- [Blog A](https://example.com/a)\n',
    );
    const { graph, dropped } = await buildGraph({ inputs: ['data/catalog/ntu-ml-lectures-201-250.md', dir] });
    const transformer = graph.getNodeAttributes('concept:transformer');
    expect(transformer.kind === 'concept' && transformer.reading?.map((r) => r.title)).toEqual([
      'Attention paper',
    ]);
    expect(dropped.filter((d) => d.what === 'reading link').map((d) => d.detail)).toEqual([
      `${relative(process.cwd(), join(dir, 'links.md'))}:9 "Blog A": its heading "Miscellaneous stuff I liked" names no concept`,
    ]);
  });

  it('should lay the graph out the same whatever the folders its notes are read from are called', async () => {
    const positions = async (first: string, second: string) => {
      const dir = await mkdtemp(join(tmpdir(), 'la-note-order-'));
      for (const [folder, name, text] of [
        [first, 'zeta', 'Gradient descent and backpropagation, backpropagation again.'],
        [second, 'alpha', 'Attention and the transformer, the transformer again.'],
      ]) {
        await mkdir(join(dir, folder!), { recursive: true });
        await writeFile(join(dir, folder!, `${name}.md`), `# ${name}\n\n${text}\n`);
      }
      const { graph } = await buildGraph({ inputs: ['data/catalog/ntu-ml-lectures-201-250.md', dir] });
      return graph.mapNodes((key, a) => `${key} ${a.x} ${a.y}`).sort();
    };
    // zeta's folder sorts first, then last: the notes are read in the other order.
    expect(await positions('a', 'b')).toEqual(await positions('b', 'a'));
  });

  it('should write graphology JSON with every seed lecture and the build metadata', async () => {
    const { json } = await buildGraph({ inputs: ['data'] });
    const graph = graphFromJson(json);
    expect(graph.getAttribute('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(graph.getAttribute('inputs').map((f) => f.path)).toEqual([
      'data/catalog/ntu-ml-lectures-201-250.md',
      'data/catalog/ntu-ml-lectures-251-300.md',
      'data/catalog/ntu-ml-lectures-351-400.md',
      'data/notes/ml-speech-topic-links.md',
      'data/notes/rnn-lecture-notes.md',
    ]);
    const lectures = graph.filterNodes((_n, a) => a.kind === 'lecture');
    expect(lectures).toHaveLength(150);
    const bert = graph.getNodeAttributes('lecture:234');
    expect(bert).toMatchObject({
      kind: 'lecture',
      number: 234,
      videoId: expect.any(String),
      label: 'BERT and its family - Introduction and Fine-tune',
    });
    graph.forEachNode((_n, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
    });
  });

  it('should give concepts, weighted mentions and prerequisites that form a DAG and never pair twins', async () => {
    const { graph } = await buildGraph({ inputs: ['data'] });
    const prereqs = new Graph({ type: 'directed' });
    const twins = new Set<string>();
    graph.forEachEdge((_e, a, s, t) => {
      if (a.kind === 'twin') twins.add(`${s}|${t}`).add(`${t}|${s}`);
    });
    graph.forEachEdge((_e, a, s, t) => {
      if (a.kind !== 'prerequisite') return;
      expect(twins.has(`${s}|${t}`)).toBe(false);
      expect(a.reason).toBeTruthy();
      prereqs.mergeEdge(s, t);
    });
    expect(prereqs.size).toBeGreaterThan(100);
    expect(hasCycle(prereqs)).toBe(false);
    // Every lecture with technical content has concepts; BERT's lecture names BERT as its main topic.
    const bert = graph
      .outEdges('lecture:234')
      .map((e) => graph.getEdgeAttributes(e))
      .filter((a) => a.kind === 'mentions');
    expect(bert.some((a) => a.main && (a.weight ?? 0) > 0)).toBe(true);
    expect(graph.hasEdge('mentions:lecture:234->concept:bert')).toBe(true);
    // Part 1 comes before part 2 of the same topic.
    expect(graph.hasEdge('prerequisite:lecture:209->lecture:211')).toBe(true);
  });

  it('should say what a lexicon concept is from the glossary, and nothing of a discovered one', async () => {
    const plain = await buildGraph({ inputs: ['data'], glossary: new Map() });
    const discovered = plain.graph.findNode((_k, a) => a.kind === 'concept' && a.origin === 'discovered');
    expect(discovered).toBeDefined();
    const id = discovered!.slice('concept:'.length);
    const bert = { en: 'A pretrained Transformer encoder.', zh: '預訓練的 Transformer 編碼器。' };
    const { graph } = await buildGraph({
      inputs: ['data'],
      glossary: new Map([
        ['bert', bert],
        [id, { en: 'Not this concept.', zh: '不是這個。' }],
      ]),
    });
    expect(graph.getNodeAttribute('concept:bert', 'definition' as never)).toEqual(bert);
    expect(graph.getNodeAttribute(discovered!, 'definition' as never)).toBeUndefined();
    expect(graph.getNodeAttribute('concept:gan', 'definition' as never)).toBeUndefined();
  });

  it("should name the same lecture as a concept's start in its panel and in every reason that calls it the start", async () => {
    const { graph } = await buildGraph({ inputs: ['data'] });
    let named = 0;
    graph.forEachEdge((_e, a, source) => {
      if (a.kind !== 'prerequisite' || a.reasonKey !== 'topic-start') return;
      const concept = a.reasonParams?.concept;
      expect(concept && conceptGuide(graph, concept).start?.key).toBe(source);
      named++;
    });
    expect(named).toBeGreaterThan(5);
  });
});

describe('build:graph CLI', () => {
  it('should exit non-zero, print every error and leave the previous graph untouched on broken input', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-cli-'));
    const out = join(dir, 'graph.json');
    await writeFile(out, 'previous');
    const failure = await cli(['--input', 'tests/fixtures/broken-catalog', '--out', out]).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({ code: 1 });
    const stderr = (failure as { stderr: string }).stderr;
    expect(stderr).toContain('broken.md:11: error: lecture block has no catalog number');
    expect(stderr).toContain('latin1.md:2: error: file is not valid UTF-8');
    expect(stderr).toContain('build failed: 6 errors in the input; nothing was written');
    expect(await readFile(out, 'utf8')).toBe('previous');
  });

  it('should refuse input over the size limits with a message naming the limit, before reading it', async () => {
    const all = (await cli(['--input', 'data', '--out', '/dev/null', '--max-input-bytes', '1000']).catch(
      (e: unknown) => e,
    )) as { code: number; stderr: string };
    expect(all.code).toBe(1);
    expect(all.stderr).toMatch(
      /input is \d+ bytes in 5 files, over the limit of 1000 bytes; .*--max-input-bytes/,
    );
    const one = (await cli([
      '--input',
      'data/catalog',
      '--out',
      '/dev/null',
      '--max-file-bytes',
      '30000',
    ]).catch((e: unknown) => e)) as { code: number; stderr: string };
    expect(one.code).toBe(1);
    expect(one.stderr).toMatch(
      /ntu-ml-lectures-201-250\.md: error: file is \d+ bytes, over the limit of 30000 bytes/,
    );
  });

  it('should stop at a malformed entry, or with --skip-invalid build the rest and list it as dropped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-cli-'));
    const url = (id: string) => `https://www.youtube.com/watch?v=${id}`;
    await writeFile(
      join(dir, 'list.json'),
      JSON.stringify(
        [
          { number: 1, title: 'Transformer', url: url('AAAAAAAAAA1'), summary: 'Self-attention and BERT.' },
          { number: 2, url: url('AAAAAAAAAA2') },
          { number: 3, title: 'BERT', url: url('AAAAAAAAAA3') },
        ],
        null,
        2,
      ),
    );
    const strict = (await cli(['--input', dir, '--out', join(dir, 'g.json')]).catch((e: unknown) => e)) as {
      code: number;
      stderr: string;
    };
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('lecture 2 has no "title"');
    expect(strict.stderr).toContain('nothing was written (--skip-invalid builds the well-formed lectures');
    const kept = await cli(['--input', dir, '--out', join(dir, 'g.json'), '--skip-invalid']);
    expect(kept.stderr).toContain('lecture 2 has no "title"');
    expect(kept.stdout).toContain('read 2 lectures');
    expect(kept.stdout).toContain('dropped: 1 catalog entry');
    const graph = JSON.parse(await readFile(join(dir, 'g.json'), 'utf8')) as {
      nodes: { key: string }[];
      attributes: { diagnostics: { severity: string; message: string }[] };
    };
    expect(graph.nodes.map((n) => n.key).filter((k) => k.startsWith('lecture:'))).toEqual([
      'lecture:1',
      'lecture:3',
    ]);
    // The graph itself says what it left out.
    expect(graph.attributes.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: expect.stringContaining('lecture 2 has no "title"'),
      }),
    );
    // A second lecture numbered 3 is dropped and listed (it crashed the build before), the first one kept.
    await writeFile(
      join(dir, 'more.json'),
      JSON.stringify([{ number: 3, title: 'GPT', url: url('AAAAAAAAAA4') }], null, 2),
    );
    const twice = await cli([
      ...['--input', join(dir, 'list.json'), '--input', join(dir, 'more.json')],
      ...['--out', join(dir, 'g.json'), '--skip-invalid'],
    ]);
    expect(twice.stderr).toMatch(
      /more\.json:2: error: duplicate catalog number 3 \(first at .*list\.json:\d+\)/,
    );
    expect(twice.stdout).toContain('dropped: 2 catalog entries');
    const again = JSON.parse(await readFile(join(dir, 'g.json'), 'utf8')) as {
      nodes: { key: string; attributes: { title?: string } }[];
    };
    expect(again.nodes.find((n) => n.key === 'lecture:3')?.attributes.title).toBe('BERT');
    // An empty file given beside them is an input file dropped, not a catalog entry, and counted as input.
    await writeFile(join(dir, 'empty.md'), '');
    const empty = await cli([
      ...['--input', join(dir, 'list.json'), '--input', join(dir, 'empty.md')],
      ...['--out', join(dir, 'g.json'), '--skip-invalid'],
    ]);
    expect(empty.stderr).toMatch(/empty\.md: error: file is empty/);
    expect(empty.stdout).toContain('read 2 lectures from 1 catalog file (3 blocks; 2 input files in all)');
    expect(empty.stdout).toContain('dropped: 1 catalog entry, 1 input file');
  });

  it('should refuse an --out that is a folder before building, with a usage error', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-cli-'));
    const run = (await cli(['--input', 'data/catalog', '--out', dir]).catch((e: unknown) => e)) as {
      code: number;
      stderr: string;
    };
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`--out ${dir} is a folder; give the graph file's path`);
    // Nor a path under a file, nor an empty --input (which would read the whole working folder).
    await writeFile(join(dir, 'afile'), '');
    const fail = (argv: string[]) =>
      cli(argv).catch((e: unknown) => e) as Promise<{ code: number; stderr: string }>;
    const under = await fail(['--input', 'data/catalog', '--out', join(dir, 'afile', 'g.json')]);
    expect([under.code, under.stderr.split('\n')[0]]).toEqual([
      2,
      `--out ${join(dir, 'afile', 'g.json')}: ${relative(process.cwd(), join(dir, 'afile'))} is a file, not a folder`,
    ]);
    // An input named as the output is refused before building, --skip-invalid or not: it would be overwritten.
    const catalog = join(dir, 'list.json');
    const listText = '[{ "number": 1, "title": "A", "url": "https://www.youtube.com/watch?v=Ci5jX7ttA3w" }]';
    await writeFile(catalog, listText);
    for (const flag of ['--out', '--log']) {
      const clash = await fail([
        '--input',
        catalog,
        flag,
        catalog,
        '--skip-invalid',
        ...(flag === '--log' ? ['--out', join(dir, 'g.json')] : []),
      ]);
      expect([clash.code, clash.stderr.split('\n')[0]]).toEqual([
        2,
        `--input ${catalog} is where the build writes its output (--out or --log); write it elsewhere`,
      ]);
      expect(await readFile(catalog, 'utf8')).toBe(listText);
    }
    expect((await fail(['--out=', '--input', catalog])).stderr.split('\n')[0]).toBe(
      '--out needs a file; got an empty path',
    );
    const empty = await fail(['--input=', '--out', join(dir, 'g.json')]);
    expect([empty.code, empty.stderr.split('\n')[0]]).toEqual([
      2,
      '--input needs a folder or a file; got an empty path',
    ]);
  });

  it('should say how many lectures it read from how many files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'la-cli-'));
    const { stdout } = await cli(['--input', 'data/catalog', '--out', join(dir, 'g.json')]);
    expect(stdout).toContain('read 150 lectures from 3 catalog files (150 blocks; 3 input files in all)');
    // A playlist's private video is read as a block and skipped with a warning: the count says so.
    const playlist = await cli([
      '--input',
      'tests/fixtures/ytdlp/playlist.json',
      '--out',
      join(dir, 'p.json'),
    ]);
    expect(playlist.stdout).toContain(
      'read 5 lectures from 1 catalog file (6 blocks, 1 skipped with a warning; 1 input file in all)',
    );
    // The seeds' graph may replace the playlist's (another catalog's): nothing of the seeds' is lost.
    const seeds = await cli(['--input', 'data/catalog', '--out', join(dir, 'p.json')]);
    expect(seeds.stdout).toContain('replacing');
    expect(seeds.stdout).toContain('a graph of other inputs (1 file: tests/fixtures/ytdlp/playlist.json)');
    // One lecture is counted in the singular.
    await writeFile(
      join(dir, 'one.json'),
      JSON.stringify([
        { number: 1, title: 'Gradient Descent', url: 'https://www.youtube.com/watch?v=abcdefghijk' },
      ]),
    );
    const one = await cli(['--input', join(dir, 'one.json'), '--out', join(dir, 'one-g.json')]);
    expect(one.stdout).toMatch(/^graph: 1 lecture, 1 concept, 0 notes, 1 edge, 1 mention/m);
  });
});
