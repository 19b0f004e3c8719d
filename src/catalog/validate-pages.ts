/**
 * Validation stage: writes the fetched pages into the run's staging folder and reads them back with the
 * project's own ingest, exactly as the build will; then checks each page for truncation against its
 * previous copy, and the whole catalog for lost lectures. Returns the page errors (nothing may replace
 * the previous copy while there is one), ingest warnings, the lectures, and the manifest entries.
 */
import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { LectureRecord } from '../core/types.js';
import { ingest } from '../ingest/ingest.js';
import { checkTruncation } from './check-truncation.js';
import { CatalogPageError } from './errors.js';
import type { CatalogManifest, CatalogManifestPage } from './manifest.js';
import { writeFileSynced } from './swap-into-place.js';

export interface StagedPage {
  name: string;
  url: string;
  bytes: Buffer;
  fetchedAt: string;
  /** Carried over unchanged from the previous copy (not fetched in this run). */
  carried: boolean;
}

export interface ValidatePagesOptions {
  root: string;
  baseUrl: string;
  minSizeShare: number;
  maxLectureLoss: number;
}

export interface PageValidation {
  errors: CatalogPageError[];
  /** Ingest warnings, as "page line N: message". */
  warnings: string[];
  lectures: LectureRecord[];
  pages: CatalogManifestPage[];
}

export async function validatePages(
  staging: string,
  pages: readonly StagedPage[],
  previous: CatalogManifest | undefined,
  options: ValidatePagesOptions,
): Promise<PageValidation> {
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  for (const page of pages) await writeFileSynced(join(staging, page.name), page.bytes);

  const result = await ingest([staging], { cwd: options.root });
  const byName = new Map(pages.map((p) => [p.name, p]));
  const previousByName = new Map(previous?.pages.map((p) => [p.name, p]));
  const errors: CatalogPageError[] = [];
  const warnings: string[] = [];

  const lecturesOf = new Map<string, LectureRecord[]>();
  for (const l of result.lectures) {
    const name = basename(l.source.file);
    lecturesOf.set(name, [...(lecturesOf.get(name) ?? []), l]);
  }

  // Pages with ingest errors are rejected for those; their lecture count says nothing about truncation.
  const ingestFailed = new Set(
    result.diagnostics.filter((d) => d.severity === 'error').map((d) => basename(d.file)),
  );
  const truncatedAt = new Set<string>();
  for (const page of pages) {
    const text = page.bytes.toString('utf8');
    const count = lecturesOf.get(page.name)?.length ?? 0;
    const before = previousByName.get(page.name);
    const baseline =
      before && (ingestFailed.has(page.name) ? { bytes: before.bytes, lectureCount: 0 } : before);
    const findings = page.carried
      ? []
      : checkTruncation(text, page.bytes.length, count, baseline, {
          minSizeShare: options.minSizeShare,
          maxLectureLoss: options.maxLectureLoss,
        });
    for (const f of findings) {
      errors.push(new CatalogPageError(page.name, page.url, 'truncated', f.detail, f.line));
      if (f.line) truncatedAt.add(`${page.name}:${f.line}`);
    }
    const summary = result.files.find((f) => basename(f.path) === page.name);
    if (summary && summary.format !== 'catalog') {
      errors.push(
        new CatalogPageError(
          page.name,
          page.url,
          'ingest',
          'page has no <details> lecture blocks: is this a catalog page? check --url',
        ),
      );
    }
  }

  for (const d of result.diagnostics) {
    const name = basename(d.file);
    const page = byName.get(name);
    const url = page?.url ?? options.baseUrl;
    if (d.severity === 'warning') {
      warnings.push(`${name}${d.line ? ` line ${d.line}` : ''}: ${d.message}`);
      continue;
    }
    // The truncation check already reported this block, with the likely cause.
    if (truncatedAt.has(`${name}:${d.line}`) && /not closed before the end of the file/.test(d.message))
      continue;
    errors.push(new CatalogPageError(name, url, 'ingest', d.message, d.line || undefined));
  }

  if (previous && previous.lectureCount > 0 && !ingestFailed.size) {
    const total = result.lectures.length;
    const lost = previous.lectureCount - total;
    if (lost > 0 && total < previous.lectureCount * (1 - options.maxLectureLoss)) {
      errors.push(
        new CatalogPageError(
          '(whole catalog)',
          options.baseUrl,
          'truncated',
          `${total} lectures, ${lost} fewer than the previous copy (${previous.lectureCount}), more than the ` +
            `${Math.round(options.maxLectureLoss * 100)}% allowed; check --url and --pages, or raise --max-lecture-loss`,
        ),
      );
    }
  }

  const manifestPages = pages.map((page): CatalogManifestPage => {
    const numbers = (lecturesOf.get(page.name) ?? []).map((l) => l.number).sort((a, b) => a - b);
    return {
      name: page.name,
      url: page.url,
      sha256: createHash('sha256').update(page.bytes).digest('hex'),
      bytes: page.bytes.length,
      fetchedAt: page.fetchedAt,
      lectureCount: numbers.length,
      lectureNumbers: numbers,
    };
  });
  return { errors, warnings, lectures: result.lectures, pages: manifestPages };
}
