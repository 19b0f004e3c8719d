/**
 * Ingest stage: resolves the input paths (folders or files), reads each file with the reader for
 * its format, and runs the catalog-wide checks (duplicate numbers and videos, series years).
 * Returns every record and every diagnostic; the caller decides whether errors stop the build.
 */
import { mostlyChinese } from '../core/text-script.js';
import { compareKeys } from '../core/compare.js';
import { createHash } from 'node:crypto';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import type { InputFileSummary, LectureRecord } from '../core/types.js';
import { IngestError, sortDiagnostics, type Diagnostic } from './diagnostics.js';
import { courseNamedTitles } from './course-named-titles.js';
import { parseCatalog, type ParsedLecture } from './parse-catalog.js';
import { parseCsvLectureList, parseJsonLectureList } from './parse-lecture-list.js';
import {
  looksLikeLinkList,
  parseLinkList,
  parseNoteDocument,
  type LinkListDocument,
  type NoteDocument,
} from './parse-notes.js';
import { loadTitleMarkers, type TitleMarkers } from './title/markers.js';
import type { Lexicon } from '../extract/lexicon.js';
import { termStarts } from '../extract/termhood/term-starts.js';
import { looksLikeYtdlpPlaylist, parseYtdlpPlaylist } from './parse-ytdlp.js';
import { DEFAULT_MAX_FILE_BYTES, readTextFile } from './read-text-file.js';
import { tidyLecture } from './tidy-lecture.js';

export interface IngestOptions {
  /** Title vocabulary; defaults to `data/markers/series.json`. */
  markers?: TitleMarkers;
  /** The build's lexicon, whose terms tell a speaker's name from a term's start in titles; default: data/lexicon. */
  lexicon?: Lexicon;
  maxFileBytes?: number;
  /** Limit on all input files together (default 1 GiB); over it, nothing is read and the build says so. */
  maxInputBytes?: number;
  /** Base for the relative paths recorded in the output (default: the working directory). */
  cwd?: string;
  /**
   * The build's own output files (the graph, its compact twin, the log): never read as input. Inside an input
   * folder they are passed over; named as an input file, they are an error (the build would overwrite it).
   */
  outputs?: readonly string[];
}

export interface IngestResult {
  lectures: LectureRecord[];
  linkLists: LinkListDocument[];
  notes: NoteDocument[];
  files: InputFileSummary[];
  diagnostics: Diagnostic[];
  /** Lecture blocks or list entries seen in the input; equals lectures.length when there are no errors. */
  blockCount: number;
}

export const DEFAULT_MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/**
 * Folders that hold configuration, not input, at the top of a data folder that is walked (see data/README.md);
 * deeper down, a folder of the same name is the user's input like any other.
 */
const CONFIG_DIRS = new Set(['discovery', 'glossary', 'lexicon', 'markers', 'models', 'node_modules']);
const TEXT_EXTENSIONS = new Set(['.md', '.markdown', '.html', '.htm', '.txt']);

export async function ingest(paths: readonly string[], options: IngestOptions = {}): Promise<IngestResult> {
  const cwd = options.cwd ?? process.cwd();
  const lexicon = options.lexicon;
  const markers = {
    ...(options.markers ?? loadTitleMarkers()),
    ...(lexicon ? { terms: () => termStarts(lexicon) } : {}),
  };
  const diagnostics: Diagnostic[] = [];
  const display = (abs: string): string => relative(cwd, abs).split(sep).join('/') || '.';

  const outputs = new Set(
    await Promise.all((options.outputs ?? []).map((o) => realOrResolved(resolve(cwd, o)))),
  );
  // Each file once, however it is reached (a folder given twice, or through a link): by its real path, under
  // the first of its paths, whatever the order of --input. Files are taken in the order of their absolute paths,
  // code unit by code unit: not of the paths as shown, which change with the working folder (a build run from
  // another folder numbered playlists and named notes otherwise), nor in a locale, whose order changes with the
  // ICU version and puts names equal but for their Unicode form (é, e + ◌́) together in no set order.
  const real = new Map<string, string>();
  const keep = (r: string, f: string): void => {
    const kept = real.get(r);
    if (kept === undefined || compareKeys(f, kept) < 0) real.set(r, f);
  };
  /** A path that is not read, and why: an error, or a warning for what a folder holds that is no input. */
  const report = (f: string, why: string, severity: Diagnostic['severity'] = 'warning'): number =>
    diagnostics.push({ severity, file: display(f), line: 0, message: why });
  for (const p of paths) {
    const abs = resolve(cwd, p);
    const info = await stat(abs).catch(() => undefined);
    if (!info) report(abs, 'input path does not exist', 'error');
    else if (info.isDirectory()) {
      for (const f of await walk(abs, report, new Set([await realpath(abs)]))) {
        const r = await realpath(f);
        if (!outputs.has(r)) keep(r, f);
      }
    } else if (!info.isFile())
      report(abs, 'not a file or a folder (a pipe or a device cannot be read as a catalog)', 'error');
    else {
      const r = await realpath(abs);
      if (outputs.has(r))
        report(
          abs,
          'this is where the build writes its output (--out or --log): it would be overwritten; write the graph elsewhere',
          'error',
        );
      else keep(r, abs);
    }
  }
  const unique = [...real.values()].sort(compareKeys);
  const maxInput = options.maxInputBytes ?? DEFAULT_MAX_INPUT_BYTES;
  let totalBytes = 0;
  for (const f of unique) totalBytes += (await stat(f).catch(() => undefined))?.size ?? 0;
  if (totalBytes > maxInput) {
    diagnostics.push({
      severity: 'error',
      file: paths.join(', '),
      line: 0,
      message: `input is ${totalBytes} bytes in ${unique.length} files, over the limit of ${maxInput} bytes; build a smaller folder or raise --max-input-bytes`,
    });
    return {
      lectures: [],
      linkLists: [],
      notes: [],
      files: [],
      diagnostics: sortDiagnostics(diagnostics),
      blockCount: 0,
    };
  }

  const parsed: ParsedLecture[] = [];
  const linkLists: LinkListDocument[] = [];
  const notes: NoteDocument[] = [];
  const summaries: InputFileSummary[] = [];
  let blockCount = 0;
  type Read = { lectures: ParsedLecture[]; diagnostics: Diagnostic[]; blockCount: number };
  const playlists: { file: string; result: Read }[] = [];
  const take = (result: Read): void => {
    for (const l of result.lectures) tidyLecture(l, diagnostics);
    parsed.push(...result.lectures);
    diagnostics.push(...result.diagnostics);
    blockCount += result.blockCount;
  };

  for (const abs of unique) {
    const file = display(abs);
    const ext = extname(abs).toLowerCase();
    if (!TEXT_EXTENSIONS.has(ext) && ext !== '.json' && ext !== '.csv') {
      diagnostics.push({
        severity: 'error',
        file,
        line: 0,
        message: `unsupported file type "${ext || '(none)'}"; expected .md, .html, .txt, .json or .csv`,
      });
      continue;
    }
    const read = await readTextFile(abs, file, options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES);
    if (!read.ok) {
      diagnostics.push(read.diagnostic);
      continue;
    }
    const sha256 = createHash('sha256').update(read.bytes).digest('hex');
    let format: InputFileSummary['format'];
    let result: Read | undefined;
    /** A playlist's lectures, taken once every other input is read (below). */
    let deferred = false;
    try {
      if (ext === '.json' && looksLikeYtdlpPlaylist(read.text)) {
        format = 'json-list';
        result = parseYtdlpPlaylist(read.text, file, markers);
        playlists.push({ file, result });
        deferred = true;
      } else if (ext === '.json') {
        format = 'json-list';
        result = parseJsonLectureList(read.text, file, markers);
      } else if (ext === '.csv') {
        format = 'csv-list';
        result = parseCsvLectureList(read.text, file, markers);
      } else if (looksLikeCatalog(read.text)) {
        format = 'catalog';
        result = parseCatalog(read.text, file, { markers });
      } else if (looksLikeEscapedCatalog(read.text)) {
        // A catalog copied out of a web page's source: its blocks are text, not markup. Read as notes, every
        // lecture of it would be lost with no word said.
        format = 'catalog';
        result = parseCatalog(unescapeMarkup(read.text), file, { markers });
        result.diagnostics.push({
          severity: 'warning',
          file,
          line: read.text.slice(0, read.text.search(ESCAPED_BLOCK)).split('\n').length,
          message:
            "the catalog's markup is HTML-escaped (&lt;details&gt;); it was read as if unescaped: save the " +
            "page's text, not its source, to silence this",
        });
      } else if (looksLikeLinkList(read.text)) {
        format = 'link-list';
        const links = parseLinkList(read.text, file);
        linkLists.push(links.document);
        diagnostics.push(...links.diagnostics);
      } else {
        format = 'notes';
        notes.push(parseNoteDocument(read.text, file, basename(abs, ext).normalize('NFC')));
      }
    } catch (e) {
      // A reader should never throw; if one does, the file is reported, not the build crashed.
      diagnostics.push({
        severity: 'error',
        file,
        line: 0,
        message: `file could not be read: ${(e as Error).message}`,
      });
      continue;
    }
    if (result && !deferred) take(result);
    summaries.push({ path: file, sha256, format, lectures: result?.lectures.length ?? 0 });
  }
  // Playlists, numbered by position, after every input that numbers its own lectures: where their positions
  // are numbers another input uses, they move past them (whatever the files' names, a catalog keeps its own).
  for (const { file, result } of playlists) {
    const offset = playlistOffset(parsed, result.lectures);
    if (offset) {
      for (const l of result.lectures) l.number += offset;
      for (const d of result.diagnostics) if (d.lecture !== undefined) d.lecture += offset;
      result.diagnostics.push({
        severity: 'warning',
        file,
        line: 0,
        message:
          `the playlist's positions are catalog numbers another input already uses; its videos are ` +
          `numbered from ${offset + 1} (position + ${offset})`,
      });
    }
    take(result);
  }

  const unduplicated = checkDuplicates(parsed);
  diagnostics.push(...unduplicated.diagnostics);
  const lectures = spokenLanguages(shareSeriesYears(courseNamedTitles(threeParts(unduplicated.kept)))).sort(
    (a, b) => a.number - b.number,
  );
  if (unique.length === 0 && !diagnostics.some((d) => d.severity === 'error'))
    diagnostics.push({
      severity: 'error',
      file: paths.join(', ') || '.',
      line: 0,
      message: 'no input files found',
    });
  return {
    lectures,
    linkLists,
    notes: uniqueNoteIds(notes),
    files: summaries,
    diagnostics: sortDiagnostics(diagnostics),
    blockCount,
  };
}

/**
 * Notes named by their file's base name, made unique: `week1/summary.md` and `week2/summary.md` (or `notes.md`
 * beside `notes.txt`) would be one graph node twice. Among notes sharing a name, the first read keeps it and the
 * others take the next free `name-2`, `name-3`…; files are read in the order of their absolute paths, so the ids
 * depend neither on the order of the inputs nor on the folder the build runs in.
 */
function uniqueNoteIds(notes: NoteDocument[]): NoteDocument[] {
  const taken = new Set(notes.map((n) => n.id));
  const byId = new Map<string, NoteDocument[]>();
  for (const n of notes) byId.set(n.id, [...(byId.get(n.id) ?? []), n]);
  for (const [id, same] of byId) {
    if (same.length < 2) continue;
    let next = 2;
    for (const n of same.slice(1)) {
      while (taken.has(`${id}-${next}`)) next++;
      n.id = `${id}-${next}`;
      taken.add(n.id);
    }
  }
  return notes;
}

/** Throws an IngestError listing every error when there is at least one. */
export function assertNoIngestErrors(result: IngestResult): void {
  if (result.diagnostics.some((d) => d.severity === 'error')) throw new IngestError(result.diagnostics);
}

/**
 * Whether a text file is a catalog: a <details> block starting a line, or a lecture's summary ("<summary>212.")
 * anywhere, its block's tag misspelt or missing (parseCatalog reports it). Notes that show the format in code
 * (`<details>`, a fenced example of a block) stay notes.
 */
export function looksLikeCatalog(text: string): boolean {
  const prose = text.replace(/^(```|~~~)[^]*?^\1/gm, '').replace(/`[^`\n]*`/g, '');
  return /^[ \t>*+-]*<details[\s>]/im.test(prose) || /<summary>\s*\d+\s*\./i.test(prose);
}

/** An escaped block's opening tag starting a line (`&lt;details&gt;`). */
const ESCAPED_BLOCK = /^[ \t]*&lt;details(?:\s|&gt;)/im;

/**
 * Whether a text file is a catalog whose markup is HTML-escaped: an escaped block starting a line, a lecture's
 * escaped summary (`&lt;summary&gt;212. Title`) and an escaped video link. Notes that show the format with
 * escaped tags in passing (a sentence on `&lt;details&gt;` and `&lt;summary&gt;1. Title`) hold no link and
 * stay notes.
 */
export function looksLikeEscapedCatalog(text: string): boolean {
  return (
    ESCAPED_BLOCK.test(text) &&
    /&lt;summary&gt;\s*\d+\s*\./i.test(text) &&
    /&lt;a\s[^\n]*?href=(?:&quot;|")?https?:\/\//i.test(text)
  );
}

/**
 * The markup of an escaped catalog: only the five entities that escaping makes, so that nothing else changes
 * (no line break is made from `&#10;`, no `&para` read out of a URL) and every line stays where it was.
 */
function unescapeMarkup(text: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' };
  return text.replace(/&(lt|gt|quot|#39|amp);/g, (_m, name: string) => named[name]!);
}

/** A path's real path (links resolved), or the path itself where it does not exist yet. */
export async function realOrResolved(path: string): Promise<string> {
  return realpath(path).catch(() => path);
}

/**
 * The input files under `dir`, sorted: hidden entries, configuration folders and README files passed over,
 * other formats skipped with a warning. Symbolic links are followed (a folder once: `seen` holds the real
 * paths of the folders on the way, so a link back up is no loop); a broken one is skipped with a warning.
 */
async function walk(
  dir: string,
  skip: (file: string, why: string, severity?: Diagnostic['severity']) => void,
  seen: ReadonlySet<string>,
  depth = 0,
): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    // Its lectures cannot be read: an input error (--skip-invalid builds the rest), not a stack trace.
    skip(
      dir,
      `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      'error',
    );
    return out;
  }
  entries.sort((a, b) => compareKeys(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    let kind: 'dir' | 'file' | 'other' = entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
    if (entry.isSymbolicLink()) {
      const target = await stat(full).catch(() => undefined);
      if (!target) {
        skip(full, 'skipped: a symbolic link to nothing');
        continue;
      }
      kind = target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
    }
    if (kind === 'dir') {
      if (CONFIG_DIRS.has(entry.name) && depth === 0) continue;
      const real = await realpath(full);
      if (!seen.has(real)) out.push(...(await walk(full, skip, new Set([...seen, real]), depth + 1)));
    } else if (kind === 'file') {
      const ext = extname(entry.name).toLowerCase();
      if (/^readme(\.|$)/i.test(entry.name)) continue;
      if (TEXT_EXTENSIONS.has(ext) || ext === '.json' || ext === '.csv') out.push(full);
      else skip(full, `skipped: not an input format (${ext || 'no extension'})`);
    } else skip(full, 'skipped: not a file or a folder');
  }
  return out;
}

/**
 * A playlist numbers its videos by position (1, 2, 3 …), so two playlists built together would share numbers,
 * and nothing in yt-dlp's output can be renumbered by hand. Where a playlist's numbers are taken by another
 * input (the catalogs and lists, then the playlists before it), its videos move past them, to the next hundred
 * (101 …): the offset for that, or 0.
 */
function playlistOffset(earlier: readonly ParsedLecture[], playlist: readonly ParsedLecture[]): number {
  if (earlier.length === 0) return 0;
  const taken = new Set(earlier.map((l) => l.number));
  if (!playlist.some((l) => taken.has(l.number))) return 0;
  let max = 0;
  for (const n of taken) if (n > max) max = n;
  return Math.ceil((max + 1) / 100) * 100;
}

function checkDuplicates(lectures: readonly ParsedLecture[]): {
  diagnostics: Diagnostic[];
  kept: ParsedLecture[];
} {
  const out: Diagnostic[] = [];
  const kept: ParsedLecture[] = [];
  const byNumber = new Map<number, ParsedLecture>();
  const byVideo = new Map<string, ParsedLecture>();
  for (const l of lectures) {
    const first = byNumber.get(l.number);
    if (first) {
      out.push({
        severity: 'error',
        file: l.source.file,
        line: l.source.line,
        message: `duplicate catalog number ${l.number} (first at ${first.source.file}:${first.source.line}); renumber one of them`,
        lecture: l.number,
      });
      // Left out: an error stops the build, and with --skip-invalid the entry is dropped (and listed so).
      continue;
    }
    byNumber.set(l.number, l);
    kept.push(l);
    const sameVideo = byVideo.get(l.videoId);
    if (sameVideo && sameVideo.number !== l.number) {
      out.push({
        severity: 'warning',
        file: l.source.file,
        line: l.source.line,
        message: `lecture ${l.number} links the same video ${l.videoId} as lecture ${sameVideo.number}`,
        lecture: l.number,
      });
    } else if (!sameVideo) byVideo.set(l.videoId, l);
  }
  return { diagnostics: out, kept };
}

/**
 * A talk in three parts: (上) and (下) are read as parts 1 and 2 of 2 from their own titles, and (中) as part 2
 * of 3; where a (中) shares their series and topic, they are parts 1, 2 and 3 of 3 (生成式AI導論 2024's
 * lectures 3 to 5 read as 1/2, 2/3 and 2/2). The topic is the title's text before the marker, after its last
 * course or lecture tag (【…】第3講：).
 */
function threeParts(lectures: ParsedLecture[]): ParsedLecture[] {
  const groups = new Map<string, { lecture: ParsedLecture; marker: string }[]>();
  for (const lecture of lectures) {
    const m = /^(.*?)[（(]\s*([上中下])\s*[)）]/.exec(lecture.rawTitle);
    if (!m || !lecture.part) continue;
    const topic = m[1]!
      .split(/[：:】]/)
      .pop()!
      .trim();
    const key = `${lecture.series ?? ''}\u0000${topic}`;
    const group = groups.get(key);
    if (group) group.push({ lecture, marker: m[2]! });
    else groups.set(key, [{ lecture, marker: m[2]! }]);
  }
  for (const group of groups.values()) {
    if (!group.some((g) => g.marker === '中')) continue;
    for (const { lecture, marker } of group)
      lecture.part = { index: marker === '上' ? 1 : marker === '中' ? 2 : 3, total: 3 };
  }
  return lectures;
}

/**
 * A course tag without a year (【生成式AI】) takes the year its dated lectures agree on, so that
 * "Generative AI" lectures dated 2023 make the series "Generative AI 2023".
 */
function shareSeriesYears(lectures: ParsedLecture[]): LectureRecord[] {
  const years = new Map<string, Set<string>>();
  for (const l of lectures) {
    if (l.seriesKind === 'course' && l.seriesBase && l.series === l.seriesBase && l.date) {
      const set = years.get(l.seriesBase) ?? new Set<string>();
      set.add(l.date.slice(0, 4));
      years.set(l.seriesBase, set);
    }
  }
  return lectures.map(({ seriesBase, ...record }) => {
    const set = seriesBase ? years.get(seriesBase) : undefined;
    if (set && set.size === 1 && record.series === seriesBase) record.series = `${seriesBase} ${[...set][0]}`;
    return record;
  });
}

/**
 * What a catalog entry says of the language a lecture is given in, beyond its title's topic (a title
 * such as "Transformer" says nothing of the talk): an "English version" marker says English; Chinese
 * anywhere in the full title (a course tag such as 【機器學習2021】 included) or a summary written mostly in
 * Chinese says Chinese; a summary written mostly in English says English. Undefined when it says nothing.
 */
export function languageEvidence(
  l: Pick<LectureRecord, 'rawTitle' | 'summary' | 'englishVersion'>,
): 'zh' | 'en' | undefined {
  if (l.englishVersion) return 'en';
  if (/\p{Script=Han}/u.test(l.rawTitle)) return 'zh';
  if (l.summary?.trim()) return mostlyChinese(l.summary) ? 'zh' : 'en';
  return undefined;
}

/**
 * Sets each lecture's language: its own evidence, else what most lectures of its series say of theirs
 * (a course is given in one language), else what most lectures of its catalog file say (one channel or
 * playlist), else the script of its title.
 */
function spokenLanguages(lectures: LectureRecord[]): LectureRecord[] {
  const own = lectures.map((l) => languageEvidence(l));
  const majority = (
    group: (l: LectureRecord) => string | undefined,
  ): ((l: LectureRecord) => 'zh' | 'en' | undefined) => {
    const votes = new Map<string, { zh: number; en: number }>();
    lectures.forEach((l, i) => {
      const key = group(l);
      const said = own[i];
      if (!said || key === undefined) return;
      const v = votes.get(key) ?? { zh: 0, en: 0 };
      v[said]++;
      votes.set(key, v);
    });
    return (l) => {
      const key = group(l);
      const v = key === undefined ? undefined : votes.get(key);
      return v && v.zh !== v.en ? (v.zh > v.en ? 'zh' : 'en') : undefined;
    };
  };
  const bySeries = majority((l) => l.series);
  const byFile = majority((l) => l.source.file);
  return lectures.map((l, i) => {
    const language = own[i] ?? bySeries(l) ?? byFile(l) ?? l.language;
    return language === l.language ? l : { ...l, language };
  });
}
