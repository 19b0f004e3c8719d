/**
 * Title markers: the vocabulary of courses, venues and marker words (`data/markers/series.json`), read, checked and
 * compiled once for matching, and a series tag ("ML 2021", "ICASSP 2020", "TA 補充課") classified by it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { escapeRegExp } from '../../core/regexp.js';
import type { SeriesKind } from '../../core/types.js';
import type { TermStarts } from '../../extract/termhood/term-starts.js';

export interface TitleMarkers {
  courses: { name: string; match: string[] }[];
  venues: string[];
  englishVersionMarkers: string[];
  reuploadMarkers: string[];
  optionalMarkers: string[];
  supplementMarkers: string[];
  /** Words that mark a course's overview or introduction lecture ("Course Overview", 課程介紹). */
  overviewMarkers?: string[];
  /**
   * The terms the build's lexicon knows, for telling a speaker's name from the start of a term ("Monte Carlo: …");
   * the default lexicon's where not given. Not read from the markers file: ingest sets it from the build's lexicon.
   */
  terms?: () => TermStarts;
}

export const DEFAULT_MARKERS_PATH = fileURLToPath(
  new URL('../../../data/markers/series.json', import.meta.url),
);

export function loadTitleMarkers(path = DEFAULT_MARKERS_PATH): TitleMarkers {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<TitleMarkers>;
  const lists = [
    'venues',
    'englishVersionMarkers',
    'reuploadMarkers',
    'optionalMarkers',
    'supplementMarkers',
  ] as const;
  for (const key of lists) {
    if (!Array.isArray(raw[key])) throw new Error(`${path}: "${key}" must be an array of strings`);
  }
  if (!Array.isArray(raw.courses)) throw new Error(`${path}: "courses" must be an array`);
  return raw as TitleMarkers;
}

/** A name as matched: lower case, without spaces, underscores and hyphens. */
const squash = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** What a series tag names: the series (with its year), its name without the year, and its kind. */
export interface SeriesMatch {
  series: string;
  seriesBase: string;
  kind: SeriesKind;
}

/**
 * A markers file read for matching: the course aliases and venues squashed, the marker patterns compiled. Made
 * once per markers object, not again for every title parsed (and every tag classified) of a catalog.
 */
interface MarkerPatterns {
  courses: { course: TitleMarkers['courses'][number]; aliases: Set<string> }[];
  venues: { venue: string; key: string }[];
  overview: string[];
  englishVersion: RegExp[];
  reupload: RegExp[];
  optional: RegExp[];
  supplement: RegExp;
}

const patternsMemo = new WeakMap<TitleMarkers, MarkerPatterns>();

/** A marker in brackets, (marker) or （marker）, any case. */
const bracketed = (marker: string): RegExp => new RegExp(`[（(]\\s*${escapeRegExp(marker)}\\s*[)）]`, 'i');

/** The markers' patterns, compiled on first use and kept with the markers object. */
export function markerPatterns(markers: TitleMarkers): MarkerPatterns {
  let p = patternsMemo.get(markers);
  if (!p) {
    const supplement = markers.supplementMarkers.map(escapeRegExp).join('|');
    p = {
      courses: markers.courses.map((course) => ({ course, aliases: new Set(course.match.map(squash)) })),
      venues: markers.venues.map((venue) => ({ venue, key: squash(venue) })),
      overview: (markers.overviewMarkers ?? []).map((m) => m.toLowerCase()),
      englishVersion: markers.englishVersionMarkers.map(
        (marker) => new RegExp(`[（(]\\s*${escapeRegExp(marker)}\\s*[)）]|${escapeRegExp(marker)}`, 'i'),
      ),
      reupload: markers.reuploadMarkers.map(bracketed),
      optional: markers.optionalMarkers.map(bracketed),
      supplement: new RegExp(`[（(]\\s*([^()（）]*?)\\s*(?:${supplement})\\s*[)）]`, 'i'),
    };
    patternsMemo.set(markers, p);
  }
  return p;
}

/** Classifies a tag such as "ML 2021", "機器學習2021", "ICASSP 2020" or "TA 補充課". */
export function classifySeriesTag(tag: string, markers: TitleMarkers): SeriesMatch | undefined {
  const text = tag.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const m = /^(.*?)[\s-]*((?:19|20)\d{2})?$/.exec(text)!;
  const name = m[1]!.trim();
  const year = m[2];
  const key = squash(name);
  if (!key) return undefined;
  const patterns = markerPatterns(markers);
  for (const { course, aliases } of patterns.courses) {
    if (aliases.has(key)) {
      return {
        series: year ? `${course.name} ${year}` : course.name,
        seriesBase: course.name,
        kind: 'course',
      };
    }
  }
  const venue = patterns.venues.find((v) => v.key === key)?.venue;
  if (venue) return { series: year ? `${venue} ${year}` : venue, seriesBase: venue, kind: 'venue' };
  return { series: text, seriesBase: year ? name : text, kind: 'series' };
}
