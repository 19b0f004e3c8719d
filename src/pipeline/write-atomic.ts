/**
 * Atomic file output: write to a temporary file beside the target, fsync, then rename over it,
 * so a failed or interrupted build never leaves a half-written graph.
 */
import { rmSync } from 'node:fs';
import { open, rename, rm, mkdir } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Temporary files being written right now, removed if the process is interrupted. */
const inFlight = new Set<string>();

/**
 * On SIGINT/SIGTERM: remove any temporary file being written, say so, and exit (130/143). The target
 * file is only ever replaced by rename, so the previous graph stays intact.
 */
export function removeTemporaryFilesOnInterrupt(log: (line: string) => void = (l) => console.error(l)): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const tmp of inFlight) rmSync(tmp, { force: true });
      log(`interrupted (${signal}): nothing was written; the previous output is untouched`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  inFlight.add(tmp);
  try {
    const handle = await open(tmp, 'w');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  } finally {
    inFlight.delete(tmp);
  }
}
