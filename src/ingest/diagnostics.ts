/**
 * Diagnostics: what ingest says about its input. Errors stop the build (all of them are listed,
 * never just the first); warnings are printed and kept in the graph's build metadata.
 */

import { compareKeys } from '../core/compare.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Path relative to the working directory, POSIX separators. */
  file: string;
  /** 1-based line; 0 when the problem concerns the whole file. */
  line: number;
  message: string;
  /** Catalog number of the lecture concerned, when known. */
  lecture?: number;
}

/**
 * C0 controls but tab and line breaks, DEL, C1 controls, and the bidirectional embeddings and isolates that
 * reorder the text after them on a terminal (U+202A–U+202E, U+2066–U+2069).
 */
export const CONTROL_CHARACTERS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * One line of a report. A message quotes the input (a field's name, a date as written), and what it quotes
 * is shown with its control characters and carriage returns escaped: a file cannot clear the screen, retitle
 * the window or rewrite the line through a warning about it.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}` : d.file;
  return visibleControls(`${where}: ${d.severity}: ${d.message}`);
}

const visibleControls = (s: string): string => s.replace(CONTROL_CHARACTERS, escaped).replace(/\r/g, escaped);

const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Stable order: file, line, then message, so that reports are deterministic; code units break the ties a locale
 * leaves (two paths equal but for their Unicode form), whatever order the diagnostics came in.
 */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      a.file.localeCompare(b.file, 'en') ||
      compareKeys(a.file, b.file) ||
      a.line - b.line ||
      a.message.localeCompare(b.message, 'en') ||
      compareKeys(a.message, b.message),
  );
}

/** Thrown when ingest found errors: carries every diagnostic, errors and warnings alike. */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly diagnostics: Diagnostic[];
  /** "1 error in the input", "3 errors in the input": how the commands that list the diagnostics sum them up. */
  readonly summary: string;

  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const summary = `${errors.length} error${errors.length === 1 ? '' : 's'} in the input`;
    super(`${summary}:\n` + errors.map((d) => '  ' + formatDiagnostic(d)).join('\n'));
    this.summary = summary;
    this.diagnostics = sortDiagnostics(diagnostics);
  }
}

/** Maps character offsets to 1-based line numbers. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
