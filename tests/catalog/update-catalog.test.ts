import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import {
  CatalogOptionsError,
  currentCatalogDir,
  reportCatalogUpdate,
  updateCatalog,
} from '../../src/catalog/index.js';
import type { CatalogOptions, CatalogUpdateResult } from '../../src/catalog/index.js';
import { loadSite, refusedUrl, startFixtureServer, type FixtureServer } from './fixture-server.js';

const FIRST = '2032-09-22T12:00:00.000Z';
const SECOND = '2032-09-29T12:00:00.000Z';

/** Every file under `.catalog/`, path → bytes: the "previous copy" a failed run must leave as it was. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir).sort()) {
      const full = join(dir, entry);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(root, full).split(sep).join('/'), readFileSync(full).toString('base64'));
    }
  };
  walk(join(root, '.catalog'));
  return out;
}

describe('updateCatalog', () => {
  let root: string;
  let server: FixtureServer;
  const run = (at: string, more: Partial<CatalogOptions> = {}): Promise<CatalogUpdateResult> =>
    updateCatalog({ root, baseUrl: server.url, timeoutMs: 2_000, now: () => new Date(at), ...more }, {});

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'la-catalog-'));
    server = await startFixtureServer(loadSite('v1'));
  });
  afterEach(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('should refuse a catalog URL that is not http(s), naming where it came from', async () => {
    await expect(updateCatalog({ root, baseUrl: 'ftp://example.org/catalog/' }, {})).rejects.toThrow(
      CatalogOptionsError,
    );
    await expect(updateCatalog({ root }, { LECTURE_ATLAS_CATALOG_URL: 'not a url' })).rejects.toThrow(
      /"not a url" \(from LECTURE_ATLAS_CATALOG_URL\) is not a URL/,
    );
    expect(existsSync(join(root, '.catalog', 'current'))).toBe(false);
  });

  it('should fetch every page on a first fetch, report all lectures as new and write the manifest', async () => {
    expect(currentCatalogDir(root)).toBeUndefined();
    const r = await run(FIRST);
    expect(r.status).toBe('updated');
    if (r.status !== 'updated') return;
    expect(r.diff.added.map((l) => l.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 51, 52, 53, 54,
    ]);
    expect(r.diff.changed).toEqual([]);
    expect(r.diff.removed).toEqual([]);
    // The listing names two pages; the next one is probed and is not there.
    expect(server.requests).toEqual([
      'README.md',
      'docs/00-index.md',
      'docs/01-index.md',
      'docs/02-index.md',
    ]);

    const current = join(root, '.catalog', 'current');
    expect(currentCatalogDir(root)).toBe(current);
    expect(readdirSync(current).sort()).toEqual(['00-index.md', '01-index.md']);
    expect(readFileSync(join(current, '00-index.md'))).toEqual(server.site['docs/00-index.md']);
    const manifest = JSON.parse(readFileSync(join(root, '.catalog', 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 1, source: server.url, fetchedAt: FIRST, lectureCount: 16 });
    expect(manifest.pages[1]).toEqual({
      name: '01-index.md',
      url: `${server.url}docs/01-index.md`,
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      bytes: (server.site['docs/01-index.md'] as Buffer).length,
      fetchedAt: FIRST,
      lectureCount: 4,
      lectureNumbers: [51, 52, 53, 54],
    });
    expect(readdirSync(join(root, '.catalog')).sort()).toEqual(['current', 'manifest.json']);

    const report = reportCatalogUpdate(r, { cwd: root });
    expect(report.exitCode).toBe(0);
    expect(report.out[0]).toBe(
      `catalog updated: 2 pages, 16 lectures from ${server.url} into .catalog/current`,
    );
    expect(report.out[1]).toMatch(
      /^first fetch: 16 new: 1 "Imaginary Course Overview: .*", 2 "Toy Regression with Pretend Data \(1\/2\)", .*, … and 6 more; 0 changed; 0 removed$/,
    );
  });

  it('should report one lecture added, one changed and one removed on the second fetch', async () => {
    await run(FIRST);
    server.site = loadSite('v2');
    const r = await run(SECOND);
    expect(r.status).toBe('updated');
    if (r.status !== 'updated') return;
    expect(r.diff).toEqual({
      added: [{ number: 55, title: 'Tiny Agents in a Sandbox of Sand' }],
      changed: [
        { number: 7, title: 'Attention for Beginners: A Story About Spotlights', fields: ['summary'] },
      ],
      removed: [{ number: 12, title: 'Reinforcement Learning in a Cardboard Maze' }],
    });
    expect(reportCatalogUpdate(r).out[1]).toBe(
      `since the fetch of ${FIRST}: 1 new: 55 "Tiny Agents in a Sandbox of Sand"; ` +
        '1 changed: 7 "Attention for Beginners: A Story About Spotlights" (summary); ' +
        '1 removed: 12 "Reinforcement Learning in a Cardboard Maze"',
    );
    expect(readFileSync(join(root, '.catalog', 'current', '01-index.md'))).toEqual(
      server.site['docs/01-index.md'],
    );
  });

  it('should say "no changes" when the catalog is the same', async () => {
    await run(FIRST);
    const r = await run(SECOND);
    expect(reportCatalogUpdate(r).out[1]).toBe(`since the fetch of ${FIRST}: no changes`);
  });

  it('should keep the previous copy byte for byte when a page is truncated', async () => {
    await run(FIRST);
    const before = snapshot(root);
    server.site = { ...loadSite('v2'), ...loadSite('truncated') };
    const r = await run(SECOND);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.errors.map((e) => [e.page, e.problem, e.line])).toEqual([['00-index.md', 'truncated', 110]]);
    expect(r.errors[0]!.message).toBe(
      `00-index.md line 110 (${server.url}docs/00-index.md): truncated: page ends inside the <details> block ` +
        'opened at line 110: the download was cut short; try again later',
    );
    expect(snapshot(root)).toEqual(before);
    const report = reportCatalogUpdate(r);
    expect(report.exitCode).toBe(1);
    expect(report.err[0]).toBe(
      `catalog not updated: 1 problem; keeping the catalog fetched at ${FIRST} (16 lectures, 2 pages)`,
    );
  });

  it('should keep the previous copy when a page shrank below its stated share, even if it parses', async () => {
    await run(FIRST);
    const before = snapshot(root);
    const whole = server.site['docs/00-index.md']!.toString();
    // Three complete blocks out of twelve: well-formed, but a quarter of the page.
    const cut = whole.split('</details>').slice(0, 3).join('</details>') + '</details>\n';
    server.site = { ...server.site, 'docs/00-index.md': cut };
    const r = await run(SECOND);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.errors.map((e) => `${e.page}: ${e.problem}`)).toEqual([
      '00-index.md: truncated',
      '00-index.md: truncated',
      '(whole catalog): truncated',
    ]);
    expect(r.errors[0]!.detail).toMatch(
      /^page is \d+ bytes, \d+% of its previous copy \(\d+ bytes\), under the 50% floor/,
    );
    expect(r.errors[1]!.detail).toMatch(/^page holds 3 lectures, 9 fewer than its previous copy \(12\)/);
    expect(snapshot(root)).toEqual(before);
  });

  it('should keep the previous copy on an HTTP 500', async () => {
    await run(FIRST);
    const before = snapshot(root);
    server.site = { ...loadSite('v2'), 'docs/01-index.md': 500 };
    const r = await run(SECOND);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.errors.map((e) => e.message)).toEqual([
      `01-index.md (${server.url}docs/01-index.md): http: HTTP 500 Internal Server Error; the server or the connection failed; try again later`,
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('should keep the previous copy when a page that existed before is gone (404)', async () => {
    await run(FIRST);
    const before = snapshot(root);
    const { 'docs/01-index.md': _gone, ...rest } = loadSite('v1');
    server.site = { ...rest, 'README.md': '- [0001~0050](docs/00-index.md)\n' };
    const r = await run(SECOND);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.errors.map((e) => e.message)).toEqual([
      `01-index.md (${server.url}docs/01-index.md): http: HTTP 404 Not Found; the page held 4 lectures in the previous copy and is gone now; if the catalog really dropped it, delete .catalog/ and fetch again`,
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('should keep the previous copy and say "offline" when the connection is refused', async () => {
    await run(FIRST);
    const before = snapshot(root);
    const r = await run(SECOND, { baseUrl: await refusedUrl() });
    expect(r.status).toBe('offline');
    expect(snapshot(root)).toEqual(before);
    const report = reportCatalogUpdate(r);
    expect(report.exitCode).toBe(1);
    expect(report.err[0]).toMatch(
      new RegExp(
        `^offline: keeping the catalog fetched at ${FIRST} \\(cannot reach http://127\\.0\\.0\\.1:\\d+/README\\.md \\(.*ECONNREFUSED.*\\); check the network or --url\\)$`,
      ),
    );
    expect(reportCatalogUpdate(r, { allowOffline: true }).exitCode).toBe(0);
  });

  it('should exit 1 when offline with no previous copy, even with allowOffline', async () => {
    const r = await run(FIRST, { baseUrl: await refusedUrl() });
    expect(r.status).toBe('offline');
    const report = reportCatalogUpdate(r, { allowOffline: true });
    expect(report.exitCode).toBe(1);
    expect(report.err[0]).toMatch(/^offline: no catalog has been fetched yet, nothing to keep/);
    expect(existsSync(join(root, '.catalog', 'current'))).toBe(false);
    expect(currentCatalogDir(root)).toBeUndefined();
  });

  it('should keep the previous copy when a block is malformed, naming the page and the line', async () => {
    await run(FIRST);
    const before = snapshot(root);
    server.site = { ...loadSite('v1'), ...loadSite('malformed') };
    const r = await run(SECOND);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.errors.map((e) => e.message)).toEqual([
      `01-index.md line 24 (${server.url}docs/01-index.md): ingest: lecture block has no catalog number: ` +
        '"Prompting a Model Made of Paper, with no number"; expected "N. title"',
    ]);
    expect(snapshot(root)).toEqual(before);
    expect(readdirSync(join(root, '.catalog')).sort()).toEqual(['current', 'manifest.json']);
  });

  it('should keep the previous copy when a page does not answer in time', async () => {
    await run(FIRST);
    const before = snapshot(root);
    server.site = { ...loadSite('v2'), 'docs/01-index.md': 'hang' };
    const started = Date.now();
    const r = await run(SECOND, { timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.errors.map((e) => [e.page, e.problem, e.detail])).toEqual([
      [
        '01-index.md',
        'timeout',
        'no complete answer within 300 ms; the server or the connection failed; try again later',
      ],
    ]);
    expect(snapshot(root)).toEqual(before);
  });

  it('should reject a page that is not a catalog page at all', async () => {
    server.site = { ...loadSite('v1'), 'docs/01-index.md': '<!doctype html><p>Rate limited</p>' };
    const r = await run(FIRST);
    expect(r.status).toBe('rejected');
    if (r.status !== 'rejected') return;
    expect(r.errors.map((e) => `${e.page}: ${e.problem}: ${e.detail}`)).toEqual([
      '01-index.md: ingest: page has no <details> lecture blocks: is this a catalog page? check --url',
    ]);
    expect(currentCatalogDir(root)).toBeUndefined();
  });

  it('should find pages by probing when there is no listing page, and pages the listing does not name yet', async () => {
    const { 'README.md': _listing, ...pages } = loadSite('v1');
    server.site = pages;
    const r = await run(FIRST);
    expect(r.status).toBe('updated');
    expect(r.notes).toEqual([`no listing page at ${server.url}README.md; probing ${server.url}docs/`]);
    expect(server.requests).toEqual([
      'README.md',
      'docs/00-index.md',
      'docs/01-index.md',
      'docs/02-index.md',
    ]);

    server.site = { ...loadSite('v2'), 'README.md': '- [0001~0050](docs/00-index.md)\n' };
    const again = await run(SECOND);
    expect(again.status).toBe('updated');
    expect(again.notes).toEqual([]);
    if (again.status === 'updated') expect(again.diff.added.map((l) => l.number)).toEqual([55]);
  });

  it('should fetch only the named pages and carry the others over unchanged', async () => {
    await run(FIRST);
    const firstManifest = JSON.parse(readFileSync(join(root, '.catalog', 'manifest.json'), 'utf8'));
    server.site = loadSite('v2');
    server.requests.length = 0;
    const r = await run(SECOND, { pages: ['01-index.md'] });
    expect(server.requests).toEqual(['docs/01-index.md']);
    expect(r.status).toBe('updated');
    if (r.status !== 'updated') return;
    expect(r.diff.added.map((l) => l.number)).toEqual([55]);
    expect(r.diff.changed).toEqual([]);
    const pages = r.manifest.pages;
    expect(pages.find((p) => p.name === '00-index.md')).toEqual(firstManifest.pages[0]);
    expect(pages.find((p) => p.name === '01-index.md')!.fetchedAt).toBe(SECOND);
  });

  it('should finish an update that was interrupted between its renames', async () => {
    await run(FIRST);
    const before = snapshot(root);
    // As if the previous run died after moving the copy aside (step 2 of the swap).
    const { renameSync, mkdirSync, writeFileSync } = await import('node:fs');
    renameSync(join(root, '.catalog', 'current'), join(root, '.catalog', 'retired-999999'));
    mkdirSync(join(root, '.catalog', 'staging-999999'));
    writeFileSync(join(root, '.catalog', 'staging-999999', '00-index.md'), 'half');
    expect(currentCatalogDir(root)).toBeUndefined();
    const r = await run(SECOND, { baseUrl: await refusedUrl() });
    expect(r.status).toBe('offline');
    expect(r.notes).toEqual(['undid an interrupted update: the previous copy is back in place']);
    expect(snapshot(root)).toEqual(before);
  });
});
