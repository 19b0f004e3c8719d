/**
 * The catalog update, as ordered stages (orchestration only): lock → recover an interrupted run →
 * read the previous manifest → fetch → stage and validate with ingest → diff against the previous copy
 * → swap into place. Anything wrong before the swap leaves `.catalog/current/` and its manifest
 * exactly as they were; the result says what happened and why.
 */
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { LectureRecord } from '../core/types.js';
import { ingest } from '../ingest/ingest.js';
import { diffCatalogs, type CatalogDiff } from './catalog-diff.js';
import {
  resolveCatalogOptions,
  type CatalogOptions,
  type ResolvedCatalogOptions,
} from './catalog-options.js';
import { catalogPaths } from './catalog-paths.js';
import type { CatalogOfflineError, CatalogPageError } from './errors.js';
import { fetchCatalog } from './fetch-catalog.js';
import {
  CatalogManifestError,
  MANIFEST_FORMAT,
  readManifest,
  serializeManifest,
  type CatalogManifest,
} from './manifest.js';
import { recoverInterruptedSwap, swapIntoPlace } from './swap-into-place.js';
import { acquireUpdateLock } from './update-lock.js';
import { validatePages, type StagedPage } from './validate-pages.js';

interface ResultBase {
  options: ResolvedCatalogOptions;
  /** Manifest of the copy that was in place before this run, if any. */
  previous?: CatalogManifest;
  /** Things worth knowing that did not stop the run (recovery, probing, ignored links). */
  notes: string[];
}

export type CatalogUpdateResult =
  | (ResultBase & {
      status: 'updated';
      manifest: CatalogManifest;
      diff: CatalogDiff;
      /** Ingest warnings about the new copy, as "page line N: message". */
      warnings: string[];
      /** The folder of the new copy. */
      dir: string;
    })
  | (ResultBase & { status: 'offline'; error: CatalogOfflineError })
  | (ResultBase & { status: 'rejected'; errors: CatalogPageError[]; warnings: string[] });

export async function updateCatalog(
  options: Partial<CatalogOptions> = {},
  env: Readonly<Record<string, string | undefined>> = process.env,
): Promise<CatalogUpdateResult> {
  const opts = resolveCatalogOptions(options, env);
  const paths = catalogPaths(opts.root);
  const fetchedAt = opts.now().toISOString();
  const release = await acquireUpdateLock(paths.lock);
  const staging = paths.staging(process.pid);
  try {
    const notes = await recoverInterruptedSwap(paths);
    let previous: CatalogManifest | undefined;
    try {
      previous = existsSync(paths.current) ? readManifest(paths.manifest) : undefined;
    } catch (error) {
      if (!(error instanceof CatalogManifestError)) throw error;
      notes.push(`${error.message.replace(/; delete .*$/, '')}; treating this run as a first fetch`);
    }
    const base = { options: opts, notes, ...(previous ? { previous } : {}) };

    const fetched = await fetchCatalog(opts, previous?.pages ?? []);
    if (fetched.kind === 'offline') return { ...base, status: 'offline', error: fetched.error };
    notes.push(...fetched.notes);
    if (fetched.kind === 'failed')
      return { ...base, status: 'rejected', errors: fetched.errors, warnings: [] };

    const pages: StagedPage[] = fetched.pages.map((p) => ({ ...p, fetchedAt, carried: false }));
    const fetchedNames = new Set(pages.map((p) => p.name));
    for (const p of previous?.pages ?? []) {
      if (fetchedNames.has(p.name)) continue;
      const bytes = await readFile(join(paths.current, p.name));
      pages.push({ name: p.name, url: p.url, bytes, fetchedAt: p.fetchedAt, carried: true });
    }

    const checked = await validatePages(staging, pages, previous, opts);
    if (checked.errors.length)
      return { ...base, status: 'rejected', errors: checked.errors, warnings: checked.warnings };

    const before = previous ? await readPreviousLectures(paths.current, opts.root) : [];
    const manifest: CatalogManifest = {
      format: MANIFEST_FORMAT,
      source: opts.baseUrl,
      fetchedAt,
      lectureCount: checked.lectures.length,
      pages: checked.pages,
    };
    await swapIntoPlace(paths, staging, serializeManifest(manifest));
    return {
      ...base,
      status: 'updated',
      manifest,
      diff: diffCatalogs(before, checked.lectures),
      warnings: checked.warnings,
      dir: paths.current,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
    await release();
  }
}

/** The previous copy's lectures, for the diff; a copy that no longer reads counts as empty. */
async function readPreviousLectures(dir: string, root: string): Promise<LectureRecord[]> {
  try {
    return (await ingest([dir], { cwd: root })).lectures;
  } catch {
    return [];
  }
}
