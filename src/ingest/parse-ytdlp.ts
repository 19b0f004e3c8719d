/**
 * The yt-dlp playlist format: the JSON that `yt-dlp -J --skip-download PLAYLIST_URL` writes, an object with
 * `"_type": "playlist"`, the playlist's `title` and an `entries` array of videos. Each video becomes a
 * lecture: number = playlist_index, title through the shared title grammar, date from upload_date, summary
 * from the description, series = the playlist's title unless the video's own title names one. Entries yt-dlp
 * could not read (null, "[Private video]") are skipped with a warning; every other entry is a lecture or an
 * error.
 */
import type { Diagnostic } from './diagnostics.js';
import { jsonListLines } from './json-lines.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import type { ParsedLecture } from './parse-catalog.js';
import type { ListParseResult } from './parse-lecture-list.js';
import { parseTitle } from './parse-title.js';
import { classifySeriesTag, type TitleMarkers } from './title/markers.js';
import { youtubeIdFromUrl, youtubeThumbnail, youtubeUrl } from './youtube.js';

/** Titles YouTube puts in place of a video nobody can watch any more; such entries are skipped. */
export const UNAVAILABLE_TITLES: readonly string[] = [
  '[Private video]',
  '[Deleted video]',
  '[Unavailable video]',
];

const EXPECTED = 'expected the output of `yt-dlp -J --skip-download PLAYLIST_URL`';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether a .json file is yt-dlp output: a top-level object with a `_type` (how yt-dlp says what it
 * describes) or an `entries` key. A file JSON cannot parse counts when its text holds yt-dlp's keys (a
 * download cut short), so that its syntax error is reported by this reader, with line and column.
 */
export function looksLikeYtdlpPlaylist(text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return /^\s*\{/.test(text) && /"_type"\s*:\s*"(?:playlist|video|url)"|"entries"\s*:\s*\[/.test(text);
  }
  return isObject(data) && (typeof data._type === 'string' || ('entries' in data && !('lectures' in data)));
}

export function parseYtdlpPlaylist(text: string, file: string, markers: TitleMarkers): ListParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(file, ...jsonSyntaxError(text, e));
  }
  if (!isObject(data)) return fail(file, 0, `the file is not a JSON object; ${EXPECTED}`);
  if (data._type === 'video')
    return fail(
      file,
      0,
      `the file describes a single video, not a playlist; run yt-dlp -J on the playlist's URL`,
    );
  if (!Array.isArray(data.entries))
    return fail(
      file,
      0,
      `"entries" is ${data.entries === undefined ? 'missing' : `${describeType(data.entries)}, not an array`}; ${EXPECTED}`,
    );

  const diagnostics: Diagnostic[] = [];
  const playlistTitle = typeof data.title === 'string' ? data.title.replace(/\s+/g, ' ').trim() : '';
  // A title the series grammar reads nothing from (only a year, "2024") is still the playlist's name.
  const playlistSeries = playlistTitle
    ? (classifySeriesTag(playlistTitle, markers) ?? {
        series: playlistTitle,
        seriesBase: playlistTitle,
        kind: 'series' as const,
      })
    : undefined;
  if (!playlistSeries)
    diagnostics.push({
      severity: 'warning',
      file,
      line: 0,
      message: 'the playlist has no "title": its lectures get a series only from their own titles',
    });
  if (data.entries.length === 0)
    diagnostics.push({ severity: 'warning', file, line: 0, message: 'the playlist has no entries' });

  const lines = jsonListLines(text, 'entries');
  const lectures: ParsedLecture[] = [];
  /** Lectures whose series is the playlist's own, in entry order. */
  const inPlaylistSeries: ParsedLecture[] = [];
  data.entries.forEach((entry: unknown, i) => {
    const line = lines[i] ?? 0;
    const report = (severity: Diagnostic['severity'], message: string, lecture?: number): void => {
      diagnostics.push(
        lecture === undefined
          ? { severity, file, line, message }
          : { severity, file, line, message, lecture },
      );
    };
    const read = readEntry(entry, i, { file, line }, markers);
    if (!read.ok) {
      report(read.severity, read.message);
      return;
    }
    for (const message of read.warnings) report('warning', message, read.lecture.number);
    const lecture = read.lecture;
    if (lecture.series === undefined && playlistSeries) {
      Object.assign(lecture, {
        series: playlistSeries.series,
        seriesBase: playlistSeries.seriesBase,
        seriesKind: playlistSeries.kind,
      });
      inPlaylistSeries.push(lecture);
    }
    lectures.push(lecture);
  });
  const reversed = newestFirst(
    inPlaylistSeries,
    typeof data.webpage_url === 'string' ? data.webpage_url : '',
  );
  if (reversed)
    diagnostics.push({
      severity: 'warning',
      file,
      line: 0,
      message:
        reversed === 'dates'
          ? 'the playlist lists its videos newest first (its upload dates fall as its positions rise): its lectures are taken in upload order, oldest first'
          : `the playlist is a channel's ${reversed} tab, which lists its videos newest first: its lectures are taken oldest first`,
    });
  numberInPlaylist(inPlaylistSeries, reversed !== undefined);
  return { lectures, diagnostics, blockCount: data.entries.length };
}

type EntryResult =
  | { ok: true; lecture: ParsedLecture; warnings: string[] }
  | { ok: false; severity: Diagnostic['severity']; message: string };

/** One entry of `entries` (index `i`, 0-based) as a lecture, or why it is not one. */
function readEntry(
  entry: unknown,
  i: number,
  source: ParsedLecture['source'],
  markers: TitleMarkers,
): EntryResult {
  const error = (message: string): EntryResult => ({ ok: false, severity: 'error', message });
  const position = i + 1;
  if (entry === null || entry === undefined)
    return {
      ok: false,
      severity: 'warning',
      message: `entry ${position} is null (a video yt-dlp could not read); skipped`,
    };
  if (!isObject(entry))
    return error(`entry ${position} is ${describeType(entry)}, not an object; ${EXPECTED}`);
  const id = typeof entry.id === 'string' ? entry.id.trim() : '';
  const name = id ? `entry ${position} (id ${JSON.stringify(id)})` : `entry ${position}`;
  // A channel listed flat: each entry is one of its tabs (Videos, Shorts), itself a list of videos.
  if (entry._type === 'playlist' || entry.ie_key === 'YoutubeTab')
    return error(
      `${name} is itself a playlist (a channel's tab?); run yt-dlp -J on the URL of one playlist instead`,
    );
  if (!id) return error(`${name} has no "id"; every video needs the id yt-dlp writes`);
  if (youtubeIdFromUrl(youtubeUrl(id)) !== id)
    return error(
      `${name}: "${id}" is not a YouTube video id (11 letters, digits, "-" or "_"); only YouTube playlists can be read`,
    );
  const rawTitle = typeof entry.title === 'string' ? entry.title.replace(/\s+/g, ' ').trim() : '';
  if (!rawTitle) return error(`${name} has no "title"; add the video's title`);
  if (UNAVAILABLE_TITLES.includes(rawTitle))
    return { ok: false, severity: 'warning', message: `${name} is "${rawTitle}"; skipped` };

  const index = entry.playlist_index;
  if (index !== undefined && index !== null && !(Number.isInteger(index) && (index as number) > 0))
    return error(`${name}: "playlist_index" ${JSON.stringify(index)} is not a whole number from 1`);
  const number = typeof index === 'number' ? index : position;

  let date: string | undefined;
  if (entry.upload_date !== undefined && entry.upload_date !== null) {
    date = yyyymmdd(entry.upload_date);
    if (!date)
      return error(
        `${name}: "upload_date" ${JSON.stringify(entry.upload_date)} is not a date in yt-dlp's YYYYMMDD form; correct it or remove the field`,
      );
  }

  const warnings: string[] = [];
  const page = typeof entry.webpage_url === 'string' ? entry.webpage_url : undefined;
  if (page !== undefined && youtubeIdFromUrl(page) !== id)
    warnings.push(
      `${name}: "webpage_url" ${JSON.stringify(page)} is not this video's page; using ${youtubeUrl(id)}`,
    );

  const { onlyMarkers: _o, reuploaded: _r, ...titleFields } = parseTitle(rawTitle, markers);
  const lecture: ParsedLecture = {
    number,
    rawTitle,
    ...titleFields,
    videoId: id,
    // The canonical watch URL of the id (what webpage_url holds), never a URL echoed from the file.
    url: youtubeUrl(id),
    thumbnail: youtubeThumbnail(id),
    source,
  };
  // The upload date is an explicit field: it wins over a date marker in the title.
  if (date) lecture.date = date;
  if (typeof entry.description === 'string' && entry.description.trim())
    lecture.summary = entry.description.trim();
  return { ok: true, lecture, warnings };
}

/**
 * Gives the lectures of the playlist's own series their position in it (1, 2, 3 … in playlist order, skipped
 * videos left out) as their lecture number in the course, so that series order links each to the next —
 * unless one of them already has a number from its title ("Lecture 3:"), in which case titles keep theirs and
 * the two numberings are never mixed. A venue's talks (a conference playlist) are not a sequence.
 */
function numberInPlaylist(lectures: ParsedLecture[], newestFirst: boolean): void {
  if (lectures.some((l) => l.courseLecture !== undefined || l.seriesKind === 'venue')) return;
  [...lectures]
    .sort((a, b) => (newestFirst ? b.number - a.number : a.number - b.number))
    .forEach((l, i) => {
      l.courseLecture = String(i + 1);
    });
}

/**
 * Whether a playlist runs newest first, as a channel's uploads, streams or shorts tab does (yt-dlp numbers it
 * as listed): 'dates' when at least three of its videos have upload dates and these never rise and do fall
 * along the playlist (a course's playlist runs the other way, or mixed where videos were added late), else
 * the tab its URL names when no video has a date (a flat listing); undefined when it reads in order.
 */
function newestFirst(lectures: readonly ParsedLecture[], playlistUrl: string): string | undefined {
  const dates = [...lectures].sort((a, b) => a.number - b.number).flatMap((l) => (l.date ? [l.date] : []));
  if (dates.length >= 3)
    return dates.every((d, i) => i === 0 || d <= dates[i - 1]!) && dates.at(-1)! < dates[0]!
      ? 'dates'
      : undefined;
  if (dates.length > 0) return undefined;
  return /^https?:\/\/(?:www\.|m\.)?youtube\.com\/.+\/(videos|streams|shorts)\/?(?:[?#].*)?$/.exec(
    playlistUrl,
  )?.[1];
}

/** "20210305" → "2021-03-05"; undefined for anything else, including dates that do not exist. */
function yyyymmdd(value: unknown): string | undefined {
  const m = typeof value === 'string' ? /^(\d{4})(\d{2})(\d{2})$/.exec(value) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function describeType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v} (${JSON.stringify(v)})`;
}

function fail(file: string, line: number, message: string): ListParseResult {
  return { lectures: [], diagnostics: [{ severity: 'error', file, line, message }], blockCount: 0 };
}

/** The diagnostic line and message of a JSON syntax error (see json-syntax.ts). */
function jsonSyntaxError(text: string, e: unknown): [number, string] {
  const p = jsonSyntaxProblem(text, e);
  return [p.line, `${p.message}${p.truncated ? ' (was yt-dlp interrupted?)' : ''}; ${EXPECTED}`];
}
