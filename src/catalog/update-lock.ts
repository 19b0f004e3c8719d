/**
 * One update at a time: `.catalog/update.lock` holds the pid of the run that owns `.catalog/`.
 * A lock left by a process that no longer exists is taken over; a live one is a CatalogLockError.
 */
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CatalogLockError } from './errors.js';

/** Tells this process's attempts apart, for their files beside the lock. */
let attempts = 0;

/**
 * Takes the lock; resolves to the function that releases it. The lock appears with its pid already in it (a
 * file written aside, then hard-linked to the lock's name, which fails if the lock exists), so another run never
 * reads it empty and takes it for stale. A stale lock is moved aside before it is replaced, and put back if what
 * was moved is not the lock that was read (another run took it over in the meantime).
 */
export async function acquireUpdateLock(lockFile: string): Promise<() => Promise<void>> {
  await mkdir(dirname(lockFile), { recursive: true });
  const id = `${process.pid}.${attempts++}`;
  const mine = `${lockFile}.${id}.new`;
  const content = `${process.pid}\n`;
  await writeFile(mine, content, 'utf8');
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(mine, lockFile);
        return () => releaseIfHeld(lockFile, content);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const seen = await readFile(lockFile, 'utf8').catch(() => undefined);
      if (seen === undefined) continue; // released meanwhile: try again
      const pid = Number(seen.trim());
      if ((Number.isInteger(pid) && pid > 0 && isAlive(pid)) || attempt > 2)
        throw new CatalogLockError(lockFile, pid);
      const aside = `${lockFile}.${id}.stale`;
      try {
        await rename(lockFile, aside);
      } catch {
        continue; // another run moved it first
      }
      const moved = await readFile(aside, 'utf8').catch(() => '');
      if (moved !== seen) {
        // Another run's fresh lock: put it back (unless a third took the name) and give way.
        await link(aside, lockFile).catch(() => undefined);
        await rm(aside, { force: true });
        throw new CatalogLockError(lockFile, Number(moved.trim()));
      }
      await rm(aside, { force: true });
    }
  } finally {
    await rm(mine, { force: true });
  }
}

/** Removes the lock only while it is still this run's: never another run's that took over. */
async function releaseIfHeld(lockFile: string, content: string): Promise<void> {
  const held = await readFile(lockFile, 'utf8').catch(() => undefined);
  if (held === content) await rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
