import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'node:http';
import { serveStatic, type StaticServer } from '../../src/browser/static-server.js';

/** A raw GET, so that the path reaches the server exactly as written (fetch would normalise it). */
function get(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the static server of the browser tests and benchmarks', () => {
  let outside: string;
  let server: StaticServer;

  beforeAll(async () => {
    // The served folder sits inside another that holds a file the server must never give out.
    outside = await mkdtemp(join(tmpdir(), 'la-static-'));
    const root = join(outside, 'site');
    await mkdir(root);
    await writeFile(join(outside, 'secret.txt'), 'secret');
    await writeFile(join(root, 'index.html'), '<p>atlas</p>');
    await writeFile(join(root, 'graph.json'), '{}');
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server.close();
    await rm(outside, { recursive: true, force: true });
  });

  it('should serve the index at the root and files by path, with their type', async () => {
    expect(await get(server.url, '/')).toEqual({ status: 200, body: '<p>atlas</p>' });
    expect((await get(server.url, '/graph.json')).body).toBe('{}');
  });

  it('should answer a malformed path with an error and keep serving', async () => {
    expect((await get(server.url, '/%E0%A4%A')).status).toBe(400);
    expect((await get(server.url, '//graph.json')).status).toBeLessThan(500);
    expect((await get(server.url, '/')).status).toBe(200);
  });

  it('should not serve files outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/x/../../secret.txt'])
      expect(await get(server.url, path), path).toEqual({ status: 404, body: 'not found' });
  });
});
