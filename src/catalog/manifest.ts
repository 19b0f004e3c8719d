/**
 * The catalog manifest (`.catalog/manifest.json`): where the copy in `.catalog/current/` came from,
 * when, and per page its name, address, bytes, sha256 and lecture numbers. Its presence marks a
 * validated copy. Written with a fixed key order so that two fetches of the same catalog differ only
 * in their times.
 */
import { existsSync, readFileSync } from 'node:fs';

export const MANIFEST_FORMAT = 1;

export interface CatalogManifestPage {
  name: string;
  url: string;
  sha256: string;
  bytes: number;
  /** When this page's bytes were fetched (earlier than the manifest's for a page carried over). */
  fetchedAt: string;
  lectureCount: number;
  lectureNumbers: number[];
}

export interface CatalogManifest {
  format: number;
  /** Base URL of the catalog the copy was fetched from. */
  source: string;
  /** ISO time of the fetch that produced this copy. */
  fetchedAt: string;
  lectureCount: number;
  pages: CatalogManifestPage[];
}

/** Thrown when a manifest file exists but cannot be used. */
export class CatalogManifestError extends Error {
  override readonly name = 'CatalogManifestError';
}

export function serializeManifest(manifest: CatalogManifest): string {
  const ordered: CatalogManifest = {
    format: manifest.format,
    source: manifest.source,
    fetchedAt: manifest.fetchedAt,
    lectureCount: manifest.lectureCount,
    pages: [...manifest.pages]
      .sort((a, b) => a.name.localeCompare(b.name, 'en'))
      .map((p) => ({
        name: p.name,
        url: p.url,
        sha256: p.sha256,
        bytes: p.bytes,
        fetchedAt: p.fetchedAt,
        lectureCount: p.lectureCount,
        lectureNumbers: [...p.lectureNumbers].sort((a, b) => a - b),
      })),
  };
  return JSON.stringify(ordered, null, 2) + '\n';
}

/** Reads and checks a manifest; undefined when the file does not exist. */
export function readManifest(path: string): CatalogManifest | undefined {
  if (!existsSync(path)) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CatalogManifestError(
      `${path} is not valid JSON (${(e as Error).message}); delete .catalog/ and fetch again`,
    );
  }
  const m = raw as Partial<CatalogManifest>;
  const bad = (what: string): never => {
    throw new CatalogManifestError(`${path}: ${what}; delete .catalog/ and fetch again`);
  };
  if (m.format !== MANIFEST_FORMAT) bad(`format ${String(m.format)} is not ${MANIFEST_FORMAT}`);
  if (typeof m.source !== 'string' || typeof m.fetchedAt !== 'string') bad('"source" or "fetchedAt" missing');
  if (!Array.isArray(m.pages)) bad('"pages" is not a list');
  for (const p of m.pages!) {
    if (
      typeof p?.name !== 'string' ||
      typeof p.sha256 !== 'string' ||
      typeof p.bytes !== 'number' ||
      typeof p.lectureCount !== 'number' ||
      !Array.isArray(p.lectureNumbers)
    )
      bad(`page entry ${JSON.stringify(p?.name ?? p)} is incomplete`);
  }
  return m as CatalogManifest;
}
