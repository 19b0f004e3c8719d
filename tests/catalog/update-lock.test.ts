import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogLockError } from '../../src/catalog/errors.js';
import { acquireUpdateLock } from '../../src/catalog/update-lock.js';

describe('acquireUpdateLock', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'la-lock-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('should refuse a lock held by a live process, naming it and the file', async () => {
    const lock = join(dir, '.catalog', 'update.lock');
    const release = await acquireUpdateLock(lock);
    await expect(acquireUpdateLock(lock)).rejects.toThrow(CatalogLockError);
    await expect(acquireUpdateLock(lock)).rejects.toThrow(
      `another catalog update (pid ${process.pid}) is running`,
    );
    await release();
    expect(existsSync(lock)).toBe(false);
  });

  it('should take over a lock left by a process that is gone', async () => {
    const lock = join(dir, 'update.lock');
    writeFileSync(lock, '2147483646\n');
    const release = await acquireUpdateLock(lock);
    await release();
    expect(existsSync(lock)).toBe(false);
  });

  it('should let one of two runs in at once take a lock left by a process that is gone', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const lock = join(dir, `update-${trial}.lock`);
      writeFileSync(lock, '2147483646\n');
      const results = await Promise.allSettled([acquireUpdateLock(lock), acquireUpdateLock(lock)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect(results.find((r) => r.status === 'rejected')?.reason).toBeInstanceOf(CatalogLockError);
      expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
    }
    // Nothing left beside the locks but the locks.
    expect(readdirSync(dir).every((f) => /^update-\d+\.lock$/.test(f))).toBe(true);
  });

  it('should let one of two runs in at once take a free lock', async () => {
    for (let trial = 0; trial < 20; trial++) {
      const lock = join(dir, `free-${trial}.lock`);
      const results = await Promise.allSettled([acquireUpdateLock(lock), acquireUpdateLock(lock)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    }
  });

  it('should not release a lock another run has taken over', async () => {
    const lock = join(dir, 'update.lock');
    const release = await acquireUpdateLock(lock);
    writeFileSync(lock, `${process.ppid}\n`);
    await release();
    expect(readFileSync(lock, 'utf8')).toBe(`${process.ppid}\n`);
  });
});
