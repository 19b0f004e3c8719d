import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeOutcome, fetchPage } from '../../src/catalog/fetch-page.js';
import { refusedUrl, startFixtureServer, type FixtureServer } from './fixture-server.js';

const LIMITS = { timeoutMs: 2_000, maxBytes: 1_000 };

describe('fetchPage', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({
      'page.md': '<details>\n</details>\n',
      'big.md': 'x'.repeat(5_000),
      'broken.md': 503,
      'slow.md': 'hang',
    });
  });
  afterAll(() => server.close());

  it('should say "network" with connect: true when nothing listens, never throw', async () => {
    const outcome = await fetchPage(`${await refusedUrl()}page.md`, LIMITS);
    expect(outcome).toMatchObject({ kind: 'network', code: 'ECONNREFUSED', connect: true });
  });

  it('should return the bytes of a 200 answer', async () => {
    const outcome = await fetchPage(`${server.url}page.md`, LIMITS);
    expect(outcome).toEqual({ kind: 'ok', status: 200, bytes: Buffer.from('<details>\n</details>\n') });
  });

  it.each([
    ['missing.md', { kind: 'status', status: 404 }, 'HTTP 404 Not Found'],
    ['broken.md', { kind: 'status', status: 503 }, 'HTTP 503 Service Unavailable'],
    [
      'big.md',
      { kind: 'too-large', maxBytes: 1_000 },
      /^page is \d+ bytes or more, over the limit of 1000 bytes$/,
    ],
  ] as const)('should describe %s', async (path, expected, description) => {
    const outcome = await fetchPage(`${server.url}${path}`, LIMITS);
    expect(outcome).toMatchObject(expected);
    if (outcome.kind !== 'ok') expect(describeOutcome(outcome)).toMatch(description);
  });

  it('should give up on a body that never ends once the time is up', async () => {
    const started = Date.now();
    const outcome = await fetchPage(`${server.url}slow.md`, { ...LIMITS, timeoutMs: 200 });
    expect(outcome).toEqual({ kind: 'timeout', timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
