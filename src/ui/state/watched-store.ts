/**
 * The lectures a student has ticked as watched, kept in localStorage. Reading tolerates anything
 * (missing, corrupt, foreign keys): what is not a list of lecture keys is ignored.
 */

export const WATCHED_STORAGE_KEY = 'lecture-atlas:watched';

/** The subset of the Storage API used here, so tests can pass a plain object. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LECTURE_KEY = /^lecture:\d{1,9}$/;

export function readWatched(store: KeyValueStore | undefined): Set<string> {
  try {
    const raw = store?.getItem(WATCHED_STORAGE_KEY);
    if (!raw) return new Set();
    const data: unknown = JSON.parse(raw);
    if (!Array.isArray(data)) return new Set();
    return new Set(data.filter((k): k is string => typeof k === 'string' && LECTURE_KEY.test(k)));
  } catch {
    return new Set();
  }
}

export function writeWatched(store: KeyValueStore | undefined, watched: ReadonlySet<string>): void {
  try {
    store?.setItem(WATCHED_STORAGE_KEY, JSON.stringify([...watched].sort()));
  } catch {
    // Storage full or disabled (private mode): the ticks last for this page only.
  }
}
