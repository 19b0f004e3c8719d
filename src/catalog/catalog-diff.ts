/**
 * What changed between two copies of the catalog, by lecture number: lectures that are new, lectures
 * whose title, video or summary changed, and lectures that are gone; plus the one-line report of it
 * ("2 new: 55 "…", 56 "…"; 1 changed: 7 "…" (summary); 0 removed"). Pure and deterministic.
 */
import type { LectureRecord } from '../core/types.js';

/** The parts of a lecture record the diff compares. */
export type LectureSnapshot = Pick<LectureRecord, 'number' | 'title' | 'rawTitle' | 'videoId' | 'summary'>;

export type ChangedField = 'title' | 'video' | 'summary';

export interface LectureRef {
  number: number;
  title: string;
}

export interface ChangedLecture extends LectureRef {
  fields: ChangedField[];
}

export interface CatalogDiff {
  added: LectureRef[];
  changed: ChangedLecture[];
  removed: LectureRef[];
}

export function diffCatalogs(
  before: readonly LectureSnapshot[],
  after: readonly LectureSnapshot[],
): CatalogDiff {
  const old = new Map(before.map((l) => [l.number, l]));
  const now = new Map(after.map((l) => [l.number, l]));
  const ref = (l: LectureSnapshot): LectureRef => ({ number: l.number, title: displayTitle(l) });
  const byNumber = (a: LectureRef, b: LectureRef): number => a.number - b.number;
  const added: LectureRef[] = [];
  const changed: ChangedLecture[] = [];
  for (const l of now.values()) {
    const o = old.get(l.number);
    if (!o) {
      added.push(ref(l));
      continue;
    }
    const fields: ChangedField[] = [];
    if (o.rawTitle !== l.rawTitle) fields.push('title');
    if (o.videoId !== l.videoId) fields.push('video');
    if ((o.summary ?? '') !== (l.summary ?? '')) fields.push('summary');
    if (fields.length) changed.push({ ...ref(l), fields });
  }
  const removed = [...old.values()].filter((l) => !now.has(l.number)).map(ref);
  return { added: added.sort(byNumber), changed: changed.sort(byNumber), removed: removed.sort(byNumber) };
}

/** The catalog's own title, without the upload date the catalog generator puts in front of it. */
function displayTitle(l: LectureSnapshot): string {
  return l.rawTitle.replace(/^\[\d{4}-\d{2}-\d{2}\]\s*/, '') || l.title;
}

export interface FormatDiffOptions {
  /** Lectures named per category before "… and N more". */
  maxListed: number;
}

export const DEFAULT_FORMAT_DIFF_OPTIONS: FormatDiffOptions = { maxListed: 10 };

export function isEmptyDiff(diff: CatalogDiff): boolean {
  return !diff.added.length && !diff.changed.length && !diff.removed.length;
}

/** `3 new: 449 "…", 450 "…", 451 "…"; 1 changed: 12 "…" (summary); 0 removed` */
export function formatCatalogDiff(diff: CatalogDiff, options: Partial<FormatDiffOptions> = {}): string {
  const { maxListed } = { ...DEFAULT_FORMAT_DIFF_OPTIONS, ...options };
  const list = (label: string, items: readonly (LectureRef & { fields?: ChangedField[] })[]): string => {
    if (!items.length) return `0 ${label}`;
    const shown = items
      .slice(0, maxListed)
      .map((l) => `${l.number} "${l.title}"${l.fields ? ` (${l.fields.join(', ')})` : ''}`);
    const more = items.length > maxListed ? `, … and ${items.length - maxListed} more` : '';
    return `${items.length} ${label}: ${shown.join(', ')}${more}`;
  };
  return [list('new', diff.added), list('changed', diff.changed), list('removed', diff.removed)].join('; ');
}
