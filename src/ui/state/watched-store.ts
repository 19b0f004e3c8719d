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

// Any catalog number a lecture list may hold (a safe integer: up to 16 digits).
const LECTURE_KEY = /^lecture:\d{1,16}$/;

export function readWatched(store: KeyValueStore | undefined): Set<string> {
  return storedWatched(store) ?? new Set();
}

/** The stored set; undefined where there is none or storage cannot be read. */
function storedWatched(store: KeyValueStore | undefined): Set<string> | undefined {
  try {
    const raw = store?.getItem(WATCHED_STORAGE_KEY);
    if (!raw) return undefined;
    const data: unknown = JSON.parse(raw);
    if (!Array.isArray(data)) return undefined;
    return new Set(data.filter((k): k is string => typeof k === 'string' && LECTURE_KEY.test(k)));
  } catch {
    return undefined;
  }
}

/**
 * Ticks or unticks one lecture and stores the result: the change is applied to the set as stored (another tab
 * may have ticked others since this page read it), or to `current` where nothing is stored or storage is off.
 */
export function updateWatched(
  store: KeyValueStore | undefined,
  current: ReadonlySet<string>,
  key: string,
  watched: boolean,
): Set<string> {
  const next = new Set(storedWatched(store) ?? current);
  if (watched) next.add(key);
  else next.delete(key);
  writeWatched(store, next);
  return next;
}

export function writeWatched(store: KeyValueStore | undefined, watched: ReadonlySet<string>): void {
  try {
    store?.setItem(WATCHED_STORAGE_KEY, JSON.stringify([...watched].sort()));
  } catch {
    // Storage full or disabled (private mode): the ticks last for this page only.
  }
}
