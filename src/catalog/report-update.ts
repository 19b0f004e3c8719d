/**
 * The words and exit code of a catalog update: what was fetched and what changed since the last
 * fetch, or which page at which URL is wrong and that the previous copy is kept, or that the catalog
 * host is out of reach. Exit codes: 0 updated; 1 rejected or offline; offline with `allowOffline`
 * is 0 when a previous copy exists (and still 1 when there is none to fall back on).
 */
import { isAbsolute, relative } from 'node:path';
import { formatCatalogDiff, isEmptyDiff } from './catalog-diff.js';
import type { CatalogManifest } from './manifest.js';
import type { CatalogUpdateResult } from './update-catalog.js';

export interface ReportOptions {
  /** Offline with a previous copy exits 0 instead of 1. */
  allowOffline: boolean;
  /** Lectures named per diff category. */
  maxListed: number;
  /** Ingest warnings printed one by one before they are summarised. */
  maxWarnings: number;
  /** Base for the folder shown in messages. */
  cwd: string;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = {
  allowOffline: false,
  maxListed: 10,
  maxWarnings: 5,
  cwd: process.cwd(),
};

export interface UpdateReport {
  /** Lines for standard output (success). */
  out: string[];
  /** Lines for standard error (problems, warnings). */
  err: string[];
  exitCode: 0 | 1;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function describeCopy(m: CatalogManifest | undefined): string {
  return m
    ? `the catalog fetched at ${m.fetchedAt} (${plural(m.lectureCount, 'lecture')}, ${plural(m.pages.length, 'page')})`
    : 'no previous copy (none was ever fetched)';
}

export function reportCatalogUpdate(
  result: CatalogUpdateResult,
  options: Partial<ReportOptions> = {},
): UpdateReport {
  const o = { ...DEFAULT_REPORT_OPTIONS, ...options };
  const out: string[] = [];
  const err: string[] = [];
  for (const note of result.notes) err.push(`note: ${note}`);
  const warnings = result.status === 'offline' ? [] : result.warnings;
  if (warnings.length) {
    err.push(`${plural(warnings.length, 'ingest warning')}:`);
    for (const w of warnings.slice(0, o.maxWarnings)) err.push(`  ${w}`);
    if (warnings.length > o.maxWarnings) err.push(`  … and ${warnings.length - o.maxWarnings} more`);
  }

  switch (result.status) {
    case 'updated': {
      const m = result.manifest;
      const rel = relative(o.cwd, result.dir);
      const where = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : result.dir;
      out.push(
        `catalog updated: ${plural(m.pages.length, 'page')}, ${plural(m.lectureCount, 'lecture')} from ${m.source} into ${where}`,
      );
      const since = result.previous ? `since the fetch of ${result.previous.fetchedAt}` : 'first fetch';
      out.push(
        isEmptyDiff(result.diff)
          ? `${since}: no changes`
          : `${since}: ${formatCatalogDiff(result.diff, { maxListed: o.maxListed })}`,
      );
      return { out, err, exitCode: 0 };
    }
    case 'rejected': {
      err.push(
        `catalog not updated: ${plural(result.errors.length, 'problem')}; keeping ${describeCopy(result.previous)}`,
      );
      for (const e of result.errors) err.push(`  ${e.message}`);
      return { out, err, exitCode: 1 };
    }
    case 'offline': {
      const keep = result.previous
        ? `offline: keeping the catalog fetched at ${result.previous.fetchedAt}`
        : 'offline: no catalog has been fetched yet, nothing to keep';
      err.push(`${keep} (${result.error.message})`);
      const ok = o.allowOffline && result.previous !== undefined;
      if (!o.allowOffline && result.previous) err.push('  pass --allow-offline to make this exit 0');
      return { out, err, exitCode: ok ? 0 : 1 };
    }
  }
}
