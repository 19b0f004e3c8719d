/**
 * The simple lecture-list formats: a JSON array (or `{ "lectures": [...] }`) and a CSV file with a
 * header row. Fields: number, title, url (required); date, series, summary, lecturer (optional).
 * Titles may carry the same markers as catalog titles; explicit fields win over markers.
 */
import type { Diagnostic } from './diagnostics.js';
import { jsonListLines } from './json-lines.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import type { ParsedLecture } from './parse-catalog.js';
import { parseTitle } from './parse-title.js';
import { isValidDate } from './title/grammar.js';
import { classifySeriesTag, type TitleMarkers } from './title/markers.js';
import { youtubeIdFromUrl, youtubeThumbnail } from './youtube.js';

export interface ListParseResult {
  lectures: ParsedLecture[];
  diagnostics: Diagnostic[];
  blockCount: number;
}

interface RawEntry {
  line: number;
  fields: Record<string, unknown>;
  /** What makes the entry unreadable as a lecture (not an object, a CSV row of the wrong width). */
  problem?: string;
}

const KNOWN_FIELDS = new Set(['number', 'title', 'url', 'date', 'series', 'summary', 'lecturer']);

export function parseJsonLectureList(text: string, file: string, markers: TitleMarkers): ListParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const p = jsonSyntaxProblem(text, e);
    return fail(file, p.line, p.message);
  }
  const list = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && Array.isArray((data as { lectures?: unknown }).lectures)
      ? (data as { lectures: unknown[] }).lectures
      : undefined;
  if (!list) return fail(file, 1, 'expected a JSON array of lectures or an object with a "lectures" array');
  const lines = jsonListLines(text, Array.isArray(data) ? undefined : 'lectures');
  const entries: RawEntry[] = list.map((item, i) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? { line: lines[i] ?? 0, fields: item as Record<string, unknown> }
      : { line: lines[i] ?? 0, fields: {}, problem: 'lecture entry is not an object' },
  );
  return entriesToLectures(entries, file, markers);
}

export function parseCsvLectureList(text: string, file: string, markers: TitleMarkers): ListParseResult {
  const rows = parseCsv(text);
  if (rows.length === 0) return fail(file, 0, 'file is empty');
  const header = rows[0]!.cells.map((h) => h.trim().toLowerCase());
  for (const required of ['number', 'title', 'url']) {
    if (!header.includes(required))
      return fail(file, rows[0]!.line, `CSV header has no "${required}" column`);
  }
  const entries: RawEntry[] = [];
  for (const row of rows.slice(1)) {
    if (row.cells.length === 1 && row.cells[0]!.trim() === '') continue;
    const fields: Record<string, unknown> = {};
    header.forEach((h, i) => {
      const v = row.cells[i];
      if (v !== undefined && v !== '') fields[h] = v;
    });
    const problem = row.unclosed
      ? 'a quoted cell on this row is never closed (a " is missing): it runs to the end of the file'
      : row.cells.length !== header.length
        ? `row has ${row.cells.length} cells, header has ${header.length}`
        : undefined;
    entries.push(problem ? { line: row.line, fields, problem } : { line: row.line, fields });
  }
  return entriesToLectures(entries, file, markers);
}

function fail(file: string, line: number, message: string): ListParseResult {
  return { lectures: [], diagnostics: [{ severity: 'error', file, line, message }], blockCount: 0 };
}

function entriesToLectures(entries: RawEntry[], file: string, markers: TitleMarkers): ListParseResult {
  const lectures: ParsedLecture[] = [];
  const diagnostics: Diagnostic[] = [];
  const err = (line: number, message: string, lecture?: number): void => {
    diagnostics.push(
      lecture === undefined
        ? { severity: 'error', file, line, message }
        : { severity: 'error', file, line, message, lecture },
    );
  };
  for (const { line, fields, problem } of entries) {
    if (problem !== undefined) {
      err(line, problem);
      continue;
    }
    for (const key of Object.keys(fields)) {
      if (!KNOWN_FIELDS.has(key))
        diagnostics.push({ severity: 'warning', file, line, message: `unknown field "${key}" ignored` });
    }
    // A whole number, as a JSON number or as decimal digits: "0x10", "1e3" or [14] are not read as 16, 1000
    // or 14, nor a number past what a double holds exactly as its neighbour.
    const raw = fields.number;
    const number =
      typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*\d+\s*$/.test(raw) ? Number(raw) : NaN;
    if (!Number.isSafeInteger(number) || number < 0) {
      err(
        line,
        fields.number === undefined
          ? 'lecture has no "number" (a whole number ≥ 0)'
          : `lecture has no valid "number" (got ${JSON.stringify(fields.number)}; a whole number ≥ 0)`,
      );
      continue;
    }
    const rawTitle = typeof fields.title === 'string' ? fields.title.replace(/\s+/g, ' ').trim() : '';
    if (!rawTitle) {
      const given = fields.title !== undefined && fields.title !== null && typeof fields.title !== 'string';
      err(
        line,
        given
          ? `lecture ${number}: "title" is not text (got ${JSON.stringify(fields.title)})`
          : `lecture ${number} has no "title"`,
        number,
      );
      continue;
    }
    const url = typeof fields.url === 'string' ? fields.url.trim() : '';
    const videoId = youtubeIdFromUrl(url);
    if (!videoId) {
      err(line, `lecture ${number}: "url" ${JSON.stringify(url)} is not a YouTube video URL`, number);
      continue;
    }
    const parsed = parseTitle(rawTitle, markers);
    const { onlyMarkers: _o, reuploaded: _r, ...titleFields } = parsed;
    const lecture: ParsedLecture = {
      number,
      rawTitle,
      ...titleFields,
      videoId,
      url: `https://www.youtube.com/watch?v=${videoId}`,
      thumbnail: youtubeThumbnail(videoId),
      source: { file, line },
    };
    // An optional field that is not text ("series": 42) is said so, not dropped in silence.
    for (const key of ['date', 'series', 'summary', 'lecturer'] as const) {
      const value = fields[key];
      if (value !== undefined && value !== null && typeof value !== 'string')
        diagnostics.push({
          severity: 'warning',
          file,
          line,
          message: `lecture ${number}: "${key}" is not text (got ${JSON.stringify(value)}); ignored`,
          lecture: number,
        });
    }
    if (typeof fields.date === 'string' && fields.date.trim()) {
      const date = fields.date.trim();
      const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
      if (ymd && isValidDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]))) lecture.date = date;
      else
        diagnostics.push({
          severity: 'warning',
          file,
          line,
          message: `lecture ${number}: date "${date}" is not a date in YYYY-MM-DD; ignored`,
          lecture: number,
        });
    }
    if (typeof fields.series === 'string' && fields.series.trim()) {
      const s = classifySeriesTag(fields.series, markers);
      if (s) Object.assign(lecture, { series: s.series, seriesBase: s.seriesBase, seriesKind: s.kind });
    }
    if (typeof fields.lecturer === 'string' && fields.lecturer.trim())
      lecture.lecturer = fields.lecturer.trim();
    if (typeof fields.summary === 'string' && fields.summary.trim()) lecture.summary = fields.summary.trim();
    lectures.push(lecture);
  }
  return { lectures, diagnostics, blockCount: entries.length };
}

interface CsvRow {
  line: number;
  cells: string[];
  /** A quoted cell of this row is never closed: it ran to the end of the file, swallowing the rows after it. */
  unclosed?: true;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\n') {
      cells.push(cell);
      rows.push({ line: rowLine, cells });
      cells = [];
      cell = '';
      line++;
      rowLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0 || quoted) {
    cells.push(cell);
    rows.push({ line: rowLine, cells, ...(quoted ? { unclosed: true as const } : {}) });
  }
  return rows;
}
