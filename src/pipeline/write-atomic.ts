/**
 * Atomic file output: write to a temporary file beside the target, fsync, then rename over it,
 * so a failed or interrupted build never leaves a half-written graph. Files that belong together (a graph and
 * its compact form) are replaced together or not at all.
 */
import { existsSync, linkSync, renameSync, rmSync } from 'node:fs';
import { open, rm, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Temporary files being written right now, removed if the process is interrupted. */
const inFlight = new Set<string>();
/** Targets already replaced by this process, for what an interrupt says. */
const replaced: string[] = [];

/**
 * On SIGINT/SIGTERM: remove any temporary file being written, say what was already replaced (nothing, or
 * every file of a set), and exit (130/143). A target is only ever replaced by rename, so it is never half written.
 */
export function removeTemporaryFilesOnInterrupt(log: (line: string) => void = (l) => console.error(l)): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const tmp of inFlight) rmSync(tmp, { force: true });
      log(
        replaced.length
          ? `interrupted (${signal}) after writing ${replaced.join(' and ')}, which are complete`
          : `interrupted (${signal}): nothing was written; the previous output is untouched`,
      );
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

const temporaryPath = (path: string, what: string): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${what}`);

/** Writes `content` to a temporary file beside `path` and syncs it; returns the temporary file's path. */
async function writeTemporary(path: string, content: string): Promise<string> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = temporaryPath(path, 'tmp');
  inFlight.add(tmp);
  const handle = await open(tmp, 'w');
  try {
    await handle.writeFile(content, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  return tmp;
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await writeFilesAtomic([{ path, content }]);
}

/**
 * Replaces every file of a set, or none: each is written and synced beside its target first, then all are
 * renamed into place back to back. The renames are synchronous, so an interrupt (handled between turns of the
 * event loop) never falls between two of them; if one fails, those already renamed get their previous content
 * back (kept as a hard link while the renames run).
 */
export async function writeFilesAtomic(files: readonly { path: string; content: string }[]): Promise<void> {
  try {
    const temps: string[] = [];
    for (const f of files) temps.push(await writeTemporary(f.path, f.content));
    const done: { path: string; backup: string | undefined; existed: boolean }[] = [];
    const backups: string[] = [];
    try {
      for (const [i, f] of files.entries()) {
        const existed = existsSync(f.path);
        let backup: string | undefined = temporaryPath(f.path, 'previous');
        try {
          rmSync(backup, { force: true });
          linkSync(f.path, backup);
          backups.push(backup);
        } catch {
          backup = undefined; // no previous file (or no hard links here): nothing to restore
        }
        renameSync(temps[i]!, f.path);
        done.push({ path: f.path, backup, existed });
      }
    } catch (error) {
      // Each file replaced goes back to what it was: its previous content, or absent. One whose previous content
      // could not be kept (no hard links) stays new rather than be lost.
      for (const d of done.reverse()) {
        if (d.backup) renameSync(d.backup, d.path);
        else if (!d.existed) rmSync(d.path, { force: true });
      }
      throw error;
    } finally {
      for (const b of backups) rmSync(b, { force: true });
    }
    replaced.push(...files.map((f) => f.path));
  } finally {
    for (const f of files) {
      const tmp = temporaryPath(f.path, 'tmp');
      if (inFlight.delete(tmp)) await rm(tmp, { force: true });
    }
  }
}
