import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSite, refusedUrl, startFixtureServer, type FixtureServer } from './fixture-server.js';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/catalog-update.ts; the environment's catalog URL points at a dead port, never the network. */
async function cli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/catalog-update.ts', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LECTURE_ATLAS_CATALOG_URL: await refusedUrl(), ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

describe('scripts/catalog-update.ts', () => {
  let root: string;
  let server: FixtureServer;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'la-cli-'));
    server = await startFixtureServer(loadSite('v1'));
  });
  afterAll(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('should exit 2 with the usage on a bad flag or value', async () => {
    const unknown = await cli(['--root', root, '--frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('usage: npm run catalog:update');
    const bad = await cli(['--root', root, '--timeout', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--timeout must be a number, got "soon"');
    expect(existsSync(join(root, '.catalog'))).toBe(false);
  }, 30_000);

  it('should fetch with 0, then report offline with 1, or 0 with --allow-offline', async () => {
    const fetched = await cli(['--root', root, '--url', server.url]);
    expect(fetched.stderr).toBe('');
    expect(fetched.code).toBe(0);
    expect(fetched.stdout).toMatch(
      /^catalog updated: 2 pages, 16 lectures from http:\/\/127\.0\.0\.1:\d+\/ into .*\n/,
    );
    expect(fetched.stdout).toContain('first fetch: 16 new: 1 "Imaginary Course Overview');

    // No --url: the environment's address is used, and nothing listens there.
    const offline = await cli(['--root', root]);
    expect(offline.code).toBe(1);
    expect(offline.stderr).toMatch(/^offline: keeping the catalog fetched at \d{4}-\d\d-\d\dT/);
    expect(offline.stderr).toContain('pass --allow-offline to make this exit 0');
    const allowed = await cli(['--root', root, '--allow-offline']);
    expect(allowed.code).toBe(0);
  }, 60_000);
});
