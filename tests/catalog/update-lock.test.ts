import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
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
});
