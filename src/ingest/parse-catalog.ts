/**
 * The `<details>` catalog reader: one HTML `<details>` block per lecture video. The file is Markdown
 * with HTML blocks, read the way a Markdown renderer reads it: `marked` splits it into block tokens,
 * htmlparser2 parses the HTML blocks (details, summary, link, thumbnail), and the Markdown between the
 * link and `</details>` is the lecture's summary — so `a<b` in a formula cannot swallow a closing tag.
 * Returns typed lecture records plus diagnostics; a malformed block is reported with file and line.
 */
import { Parser } from 'htmlparser2';
import { Lexer } from 'marked';
import { editDistance } from '../core/edit-distance.js';
import type { LectureRecord } from '../core/types.js';
import { LineIndex, type Diagnostic } from './diagnostics.js';
import { parseTitle } from './parse-title.js';
import type { TitleMarkers } from './title/markers.js';
import { youtubeIdFromUrl, youtubeUrl, youtubeThumbnail } from './youtube.js';

/** A lecture record before catalog-wide passes, with the raw series base kept for year sharing. */
export interface ParsedLecture extends LectureRecord {
  seriesBase?: string;
}

export interface CatalogParseResult {
  lectures: ParsedLecture[];
  diagnostics: Diagnostic[];
  /** Number of `<details>` blocks seen: lectures + blocks reported as errors. */
  blockCount: number;
}

interface OpenBlock {
  start: number;
  line: number;
  /** Why the block is malformed even if it closes (e.g. an unterminated tag inside it). */
  broken?: string;
  summaryText: string;
  summaryState: 'none' | 'open' | 'closed' | 'unclosed';
  summaryEnd: number;
  href?: string;
  hrefLine?: number;
  imgSrc?: string;
  anchorEnd?: number;
  inAnchor: boolean;
}

export interface CatalogParseOptions {
  markers: TitleMarkers;
  /** Longest summary kept, in characters; longer ones are cut with a warning. */
  maxSummaryChars?: number;
}

export const DEFAULT_MAX_SUMMARY_CHARS = 200_000;
/** Longest title kept, in characters; a longer one is cut with a warning. */
export const MAX_TITLE_CHARS = 500;

/** Stray-text warnings per file before they are summarised in one line. */
const MAX_STRAY_WARNINGS = 50;

export function parseCatalog(input: string, file: string, options: CatalogParseOptions): CatalogParseResult {
  // Line endings as the Markdown lexer sees them, so that its token offsets are document offsets.
  const text = input.replace(/\r\n?/g, '\n');
  const lines = new LineIndex(text);
  const diagnostics: Diagnostic[] = [];
  const lectures: ParsedLecture[] = [];
  const maxSummary = options.maxSummaryChars ?? DEFAULT_MAX_SUMMARY_CHARS;
  let blockCount = 0;
  let block: OpenBlock | undefined;
  const strayLines: number[] = [];
  const stray = (line: number): void => {
    if (strayLines[strayLines.length - 1] !== line) strayLines.push(line);
  };
  // The last tag opened outside any block, to name where a lecture's <summary> lost its <details> (<detail>),
  // and such a summary while it is read.
  let strayTag: { name: string; line: number } | undefined;
  let straySummary: { line: number; text: string } | undefined;
  const reportStraySummary = (s: { line: number; text: string }): void => {
    const title = s.text.replace(/\s+/g, ' ').trim();
    const number = /^(\d+)\./.exec(title)?.[1];
    const what = title ? `"${clip(title)}"` : 'a <summary>';
    const hint =
      strayTag && editDistance(strayTag.name, 'details', 2) <= 2
        ? `after <${strayTag.name}> at line ${strayTag.line}; is that tag meant to be <details>?`
        : 'is its opening <details> tag missing?';
    report(
      'error',
      s.line,
      `lecture entry ${what} is outside any <details> block, ${hint}`,
      number ? Number(number) : undefined,
    );
  };

  const report = (
    severity: Diagnostic['severity'],
    line: number,
    message: string,
    lecture?: number,
  ): void => {
    diagnostics.push(
      lecture === undefined ? { severity, file, line, message } : { severity, file, line, message, lecture },
    );
  };

  const finish = (b: OpenBlock, bodyEnd: number): void => {
    if (b.broken) {
      report('error', b.line, `lecture block is malformed: ${b.broken}`);
      return;
    }
    const summary = b.summaryText.replace(/\s+/g, ' ').trim();
    if (b.summaryState === 'none' || summary === '') {
      report('error', b.line, 'lecture block has no <summary> title; add "<summary>N. title</summary>"');
      return;
    }
    // An unclosed <summary> runs on to the block's end and swallows its link: name that, not a missing link.
    if (b.summaryState === 'open' || b.summaryState === 'unclosed') {
      const n = leadingNumber(summary);
      report(
        'error',
        b.line,
        `${n ? `lecture ${n}: ` : ''}<summary> is not closed: "${clip(summary)}"; add </summary> after the title`,
        n === undefined ? undefined : Number(n),
      );
      return;
    }
    // "9.5. Title" is no lecture 9 titled "5. Title".
    const numbered = /^(\d{1,9})\s*[.．、](?!\d)\s*(.*)$/s.exec(summary);
    if (!numbered) {
      report('error', b.line, `lecture block has no catalog number: "${clip(summary)}"; expected "N. title"`);
      return;
    }
    const number = Number(numbered[1]);
    let rawTitle = numbered[2]!.trim();
    if (rawTitle.length > MAX_TITLE_CHARS) {
      report(
        'warning',
        b.line,
        `lecture ${numbered[1]}: title of ${rawTitle.length} characters cut to ${MAX_TITLE_CHARS}`,
        Number(numbered[1]),
      );
      rawTitle = rawTitle.slice(0, MAX_TITLE_CHARS);
    }
    if (!rawTitle) {
      report('error', b.line, `lecture ${number} has a number but no title`, number);
      return;
    }
    const fromLink = b.href ? youtubeIdFromUrl(b.href) : undefined;
    const fromThumb = b.imgSrc ? youtubeIdFromUrl(b.imgSrc) : undefined;
    const videoId = fromLink ?? fromThumb;
    if (!videoId) {
      const what = b.href ? `link "${clip(b.href)}" is not a YouTube video` : 'block has no video link';
      report(
        'error',
        b.line,
        `lecture ${number}: ${what}; expected <a href="https://www.youtube.com/watch?v=…">`,
        number,
      );
      return;
    }
    if (!fromLink)
      report(
        'warning',
        b.line,
        `lecture ${number}: video id taken from the thumbnail, the link has none`,
        number,
      );
    else if (fromThumb && fromThumb !== fromLink) {
      report(
        'warning',
        b.hrefLine ?? b.line,
        `lecture ${number}: thumbnail shows video ${fromThumb}, link points to ${fromLink}; using the link`,
        number,
      );
    }
    const bodyStart = b.anchorEnd ?? b.summaryEnd;
    let body = normaliseSummary(text.slice(bodyStart, Math.max(bodyStart, bodyEnd)), rawTitle);
    if (body.length > maxSummary) {
      report(
        'warning',
        b.line,
        `lecture ${number}: summary of ${body.length} characters cut to ${maxSummary}`,
        number,
      );
      body = body.slice(0, maxSummary);
    }
    const parsed = parseTitle(rawTitle, options.markers);
    if (parsed.onlyMarkers) {
      report(
        'warning',
        b.line,
        `lecture ${number}: title is only markers ("${clip(rawTitle)}"); showing it as is`,
        number,
      );
    }
    const { onlyMarkers: _o, reuploaded: _r, ...fields } = parsed;
    const lecture: ParsedLecture = {
      number,
      rawTitle,
      ...fields,
      videoId,
      url: youtubeUrl(videoId),
      thumbnail:
        fromThumb === videoId && b.imgSrc?.startsWith('https://')
          ? new URL(b.imgSrc).href
          : youtubeThumbnail(videoId),
      source: { file, line: b.line },
    };
    if (body) lecture.summary = body;
    lectures.push(lecture);
  };

  // HTML-block tokens are streamed into one parser; `segments` maps stream offsets to document offsets.
  const segments: { stream: number; doc: number }[] = [];
  let streamLength = 0;
  const docOffset = (streamIndex: number): number => {
    let lo = 0;
    let hi = segments.length - 1;
    if (hi < 0) return 0;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.stream <= streamIndex) lo = mid;
      else hi = mid - 1;
    }
    const seg = segments[lo]!;
    return seg.doc + (streamIndex - seg.stream);
  };
  const startAt = (): number => docOffset(parser.startIndex);
  const endAfter = (): number => docOffset(parser.endIndex) + 1;

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const start = startAt();
        if (name === 'details') {
          blockCount++;
          if (block) {
            report(
              'error',
              block.line,
              `<details> block is not closed before the next block at line ${lines.lineAt(start)}; add </details>` +
                (block.broken ? ` (it also has an ${block.broken})` : ''),
            );
          }
          block = {
            start,
            line: lines.lineAt(start),
            summaryText: '',
            summaryState: 'none',
            summaryEnd: endAfter(),
            inAnchor: false,
          };
          return;
        }
        if (!block) {
          // A lecture's summary outside any block would be lost with only a warning about stray text: its
          // <details> is missing or misspelt, and the entry is reported as the error it is.
          if (name === 'summary') straySummary ??= { line: lines.lineAt(start), text: '' };
          else if (!straySummary) strayTag = { name, line: lines.lineAt(start) };
          return;
        }
        if (name === 'summary' && block.summaryState === 'none') block.summaryState = 'open';
        else if (name === 'summary') {
          // A second entry in one block: the lines that closed one lecture and opened the next were lost.
          const n = leadingNumber(text.slice(endAfter(), endAfter() + 40).trimStart());
          report(
            'error',
            lines.lineAt(start),
            `${n ? `lecture ${n}` : 'a second <summary>'} is inside the block of line ${block.line}, so it is not read; add </details> and <details> before it`,
            n === undefined ? undefined : Number(n),
          );
        } else if (name === 'a' && block.href === undefined && block.summaryState === 'closed') {
          block.href = attribs.href ?? '';
          block.hrefLine = lines.lineAt(start);
          block.inAnchor = true;
        } else if (name === 'img' && block.imgSrc === undefined && block.summaryState === 'closed') {
          block.imgSrc = attribs.src ?? '';
        }
      },
      ontext(data) {
        if (block?.summaryState === 'open') block.summaryText += data;
        else if (!block && straySummary) straySummary.text += data;
        else if (!block && data.trim())
          stray(lines.lineAt(startAt() + data.length - data.trimStart().length));
      },
      onclosetag(name, isImplied) {
        if (!block) {
          if (name === 'summary' && straySummary) {
            reportStraySummary(straySummary);
            straySummary = undefined;
            return;
          }
          if (name === 'details' && !isImplied)
            report('warning', lines.lineAt(startAt()), 'stray </details> without an opening <details>');
          return;
        }
        if (name === 'summary' && block.summaryState === 'open') {
          // Closed only by the block's end: the title ran on over the link (finish reports it).
          block.summaryState = isImplied ? 'unclosed' : 'closed';
          block.summaryEnd = isImplied ? startAt() : endAfter();
        } else if (name === 'a' && block.inAnchor) {
          block.inAnchor = false;
          block.anchorEnd = isImplied ? startAt() : endAfter();
        } else if (name === 'details') {
          const current = block;
          block = undefined;
          if (isImplied) {
            report(
              'error',
              current.line,
              '<details> block is not closed before the end of the file; add </details>',
            );
            return;
          }
          finish(current, startAt());
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  let offset = 0;
  for (const token of new Lexer({ gfm: true }).lex(flattenDeepNesting(text))) {
    const at = offset;
    offset += token.raw.length;
    if (token.type === 'code' && unclosedFence(token.raw)) {
      // An unclosed fence reads the rest of the file as code: the lecture blocks in it would be lost unsaid.
      const swallowed = [...token.raw.matchAll(/^\s*<summary>\s*(\d+)\s*\./gim)].map((m) => m[1]!);
      if (swallowed.length || /^\s*<\/?details>/im.test(token.raw))
        report(
          'error',
          lines.lineAt(at + token.raw.length - token.raw.trimStart().length),
          `a code fence opened here is never closed, so the rest of the file is read as code${
            swallowed.length
              ? ` and lecture${swallowed.length > 1 ? 's' : ''} ${swallowed.join(', ')} not read`
              : ''
          }; close it with a line of ${/[`~]{3,}/.exec(token.raw)![0]}`,
        );
    }
    // A video link alone on a line after a blank one is a Markdown paragraph, not an HTML block: read it too.
    const linkLine =
      token.type === 'paragraph' &&
      block?.summaryState === 'closed' &&
      block.href === undefined &&
      /<(?:a|img)\b/i.test(token.raw);
    if (token.type === 'html' || linkLine) {
      // The lexer saw a copy with deep nesting flattened; the parser reads the document's own text.
      token.raw = text.slice(at, at + token.raw.length);
      // An HTML block that ends inside a tag ("<summ", '<a href="…') would make the parser swallow the
      // next block: the dangling tag is reported and left out, so the damage stays in its own block.
      const { text: raw, broken } = blankBrokenTags(token.raw);
      segments.push({ stream: streamLength, doc: at });
      streamLength += raw.length;
      for (const b of broken) {
        // Reported against the block the broken tag belongs to (the one open before this token is parsed).
        const line = lines.lineAt(at + b.offset);
        const what = `unterminated tag "${clip(b.snippet, 30)}" at line ${line}`;
        if (block) block.broken ??= what;
        else report('error', line, `${what}; close it with ">"`);
      }
      parser.write(raw);
    } else if (!block && token.type !== 'space' && token.raw.trim()) {
      // A lecture block indented, or inside a list or a quote, is Markdown of another kind, not read as HTML:
      // each of its lectures would be lost with only a warning about stray text. (A block shown in a fenced code
      // block or a code span is an example, not an entry.)
      const prose =
        token.type === 'code' && (token as { codeBlockStyle?: string }).codeBlockStyle !== 'indented'
          ? ''
          : token.raw.replace(/`[^`\n]*`/g, (span) => ' '.repeat(span.length));
      const entries = [...prose.matchAll(/<summary>\s*(\d+)\s*\./gi)];
      for (const entry of entries)
        report(
          'error',
          lines.lineAt(at + entry.index),
          `lecture ${entry[1]} is in a block that is indented or inside a list or a quote, which is not read; start its <details> at the beginning of a line`,
          Number(entry[1]),
        );
      if (entries.length === 0) stray(lines.lineAt(at));
    }
  }
  segments.push({ stream: streamLength, doc: text.length });
  parser.end();
  if (straySummary) reportStraySummary(straySummary);
  if (block)
    report('error', block.line, '<details> block is not closed before the end of the file; add </details>');
  for (const line of strayLines.slice(0, MAX_STRAY_WARNINGS))
    report('warning', line, 'text outside any <details> block is ignored');
  if (strayLines.length > MAX_STRAY_WARNINGS) {
    report(
      'warning',
      strayLines[MAX_STRAY_WARNINGS]!,
      `and ${strayLines.length - MAX_STRAY_WARNINGS} more runs of text outside any block, from this line on`,
    );
  }
  // Said only where no lecture entry was reported already (a misspelt or indented block says more).
  if (blockCount === 0 && !diagnostics.some((d) => d.severity === 'error'))
    report('error', 0, 'no <details> lecture blocks found in a catalog file');
  return { lectures, diagnostics, blockCount };
}

/** The catalog number a lecture entry's title opens with ("212. …", "212．…"), for naming it in a diagnostic. */
function leadingNumber(title: string): string | undefined {
  return /^(\d{1,9})\s*[.．、]/.exec(title)?.[1];
}

/** A fenced code block that runs to the end of the text: its closing fence is missing. */
export function unclosedFence(raw: string): boolean {
  const rows = raw.replace(/\s+$/, '').split('\n');
  const open = /^ {0,3}(`{3,}|~{3,})/.exec(rows[0]!);
  if (!open) return false;
  const close = new RegExp(`^ {0,3}\\${open[1]![0]}{${open[1]!.length},}\\s*$`);
  return rows.length < 2 || !close.test(rows[rows.length - 1]!);
}

/** Nesting depth beyond which block-quote and list markers are flattened for the lexer. */
const MAX_NESTING = 16;

/**
 * The Markdown lexer recurses once per block-quote or list level, so a line such as ">>>>…" thousands
 * deep would overflow the stack. Markers beyond MAX_NESTING levels are replaced by spaces — same length,
 * so offsets still map — in the copy the lexer reads; summaries are sliced from the original text.
 */
export function flattenDeepNesting(text: string): string {
  const re = new RegExp(
    `^((?:[ \\t]{0,3}(?:>|[-*+](?=\\s)|\\d{1,9}[.)](?=\\s))[ \\t]*){${MAX_NESTING}})((?:[ \\t]*(?:>|[-*+](?=\\s)|\\d{1,9}[.)](?=\\s)))+)`,
    'gm',
  );
  return text.replace(re, (_all, kept: string, excess: string) => kept + ' '.repeat(excess.length));
}

/**
 * Blanks out tags that never close: a tag whose ">" is missing before the next "<" (outside quoted
 * attribute values) or before the end of the HTML block. The text keeps its length, so parser positions
 * still map to document positions; each blanked tag is returned with its offset.
 */
export function blankBrokenTags(raw: string): {
  text: string;
  broken: { offset: number; snippet: string }[];
} {
  const broken: { offset: number; snippet: string }[] = [];
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt === -1 || lt === raw.length - 1) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, lt);
    if (!/[A-Za-z/!]/.test(raw[lt + 1]!)) {
      out += '<';
      i = lt + 1;
      continue;
    }
    let end = -1;
    if (raw.startsWith('<!--', lt)) {
      const close = raw.indexOf('-->', lt + 4);
      end = close === -1 ? -1 : close + 3;
    } else {
      let quote: string | undefined;
      for (let k = lt + 1; k < raw.length; k++) {
        const ch = raw[k]!;
        if (quote) {
          if (ch === quote) quote = undefined;
        } else if ((ch === '"' || ch === "'") && /=\s*$/.test(raw.slice(Math.max(lt, k - 8), k))) quote = ch;
        else if (ch === '>') {
          end = k + 1;
          break;
        } else if (ch === '<') break;
      }
    }
    if (end === -1) {
      const stop = raw.indexOf('<', lt + 1) === -1 ? raw.length : raw.indexOf('<', lt + 1);
      broken.push({ offset: lt, snippet: raw.slice(lt, stop).split('\n')[0]! });
      out += raw.slice(lt, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      out += raw.slice(lt, end);
      i = end;
    }
  }
  return { text: out, broken };
}

/** Strips the leading `<br>`, blank lines and a first `# heading` that repeats the title. */
export function normaliseSummary(body: string, rawTitle: string): string {
  let s = body.replace(/^\s*(?:<br\s*\/?>\s*)+/i, '').replace(/^\s+/, '');
  const heading = /^#\s+(.*)\n?/.exec(s);
  if (heading) {
    const squash = (x: string): string => x.replace(/\s+/g, '').toLowerCase();
    if (squash(heading[1]!) === squash(rawTitle)) s = s.slice(heading[0].length);
  }
  return s.trim();
}

function clip(s: string, max = 60): string {
  return s.length > max ? s.slice(0, max - 1) + '…' : s;
}
