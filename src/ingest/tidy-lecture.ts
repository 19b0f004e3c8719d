/**
 * What every reader's lectures go through before the build sees them, whatever the format: text composed (NFC),
 * control characters (terminal escapes, NULs, bidirectional overrides) removed from the text fields and one-line
 * fields kept to one line, so that a title printed by the command line cannot clear the screen, retitle the window
 * or rewrite its own line; and titles and summaries cut at the catalog's limits, as the Markdown reader cuts them.
 * Each change a reader would see is a warning naming the lecture.
 */
import { CONTROL_CHARACTERS, type Diagnostic } from './diagnostics.js';
import { DEFAULT_MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, type ParsedLecture } from './parse-catalog.js';

/** The text fields; all but the summary are one line (a line break or a carriage return would rewrite one). */
const TEXT_FIELDS = ['rawTitle', 'title', 'summary', 'series', 'seriesBase', 'lecturer'] as const;

export function tidyLecture(lecture: ParsedLecture, diagnostics: Diagnostic[]): void {
  const warn = (message: string): void => {
    diagnostics.push({
      severity: 'warning',
      file: lecture.source.file,
      line: lecture.source.line,
      message: `lecture ${lecture.number}: ${message}`,
      lecture: lecture.number,
    });
  };
  const cleaned: string[] = [];
  for (const field of TEXT_FIELDS) {
    const value = lecture[field];
    if (typeof value !== 'string') continue;
    // Composed (NFC): a letter and its accent written apart (macOS files often are) read as one letter, so that
    // "naïve Bayes" is one word to match whichever way it was typed. Nothing a reader sees changes.
    const composed = value.normalize('NFC');
    const visible = composed.replace(CONTROL_CHARACTERS, '');
    // A summary's lines end in \n, whatever the file wrote (a JSON list or a playlist may hold \r\n).
    const tidy = field === 'summary' ? visible.replace(/\r\n?/g, '\n') : visible.replace(/\s+/g, ' ').trim();
    if (tidy === value) continue;
    lecture[field] = tidy;
    // Said once per field a reader sees (the display title and series base follow from the others).
    if (visible !== composed && field !== 'title' && field !== 'seriesBase')
      cleaned.push(field === 'rawTitle' ? 'title' : field);
  }
  if (cleaned.length) warn(`control characters removed from its ${cleaned.join(', ')}`);
  for (const field of ['rawTitle', 'title'] as const)
    if (lecture[field].length > MAX_TITLE_CHARS) {
      if (field === 'rawTitle')
        warn(`title of ${lecture.rawTitle.length} characters cut to ${MAX_TITLE_CHARS}`);
      lecture[field] = lecture[field].slice(0, MAX_TITLE_CHARS);
    }
  if (lecture.summary !== undefined && lecture.summary.length > DEFAULT_MAX_SUMMARY_CHARS) {
    warn(`summary of ${lecture.summary.length} characters cut to ${DEFAULT_MAX_SUMMARY_CHARS}`);
    lecture.summary = lecture.summary.slice(0, DEFAULT_MAX_SUMMARY_CHARS);
  }
}
