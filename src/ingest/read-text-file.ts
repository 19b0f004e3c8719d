/**
 * Reads one input file as UTF-8 text, refusing what is not text: empty files, files over the size
 * limit, binary files (NUL bytes) and invalid UTF-8 are reported with the file name, never guessed at.
 */
import { readFile, stat } from 'node:fs/promises';
import type { Diagnostic } from './diagnostics.js';

export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

export type TextFileResult =
  { ok: true; text: string; bytes: Buffer } | { ok: false; diagnostic: Diagnostic };

const failure = (file: string, line: number, message: string): TextFileResult => ({
  ok: false,
  diagnostic: { severity: 'error', file, line, message },
});

export async function readTextFile(
  path: string,
  displayPath: string,
  maxBytes = DEFAULT_MAX_FILE_BYTES,
): Promise<TextFileResult> {
  const fail = (line: number, message: string): TextFileResult => failure(displayPath, line, message);
  // A file that cannot be read (no permission, gone since the folder was listed) is reported as an input error,
  // one --skip-invalid can skip, not thrown as a stack trace.
  const cannot = (e: unknown): TextFileResult =>
    fail(0, `file cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    return cannot(e);
  }
  if (info.size > maxBytes) {
    return fail(
      0,
      `file is ${info.size} bytes, over the limit of ${maxBytes} bytes; split it or raise --max-file-bytes`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return cannot(e);
  }
  return decodeText(bytes, displayPath);
}

export function decodeText(bytes: Buffer, displayPath: string): TextFileResult {
  const fail = (line: number, message: string): TextFileResult => failure(displayPath, line, message);
  if (bytes.length === 0 || (!hasVisibleAscii(bytes) && bytes.toString('utf8').trim() === '')) {
    return fail(0, 'file is empty');
  }
  // UTF-16 (what a spreadsheet's "Unicode text" export writes) has NUL bytes: say what it is.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return fail(1, 'file is UTF-16 text; convert it to UTF-8');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    return fail(lineOfByte(bytes, nul), 'file contains NUL bytes: it is binary, not a text catalog');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail(lineOfByte(bytes, firstInvalidUtf8(bytes)), 'file is not valid UTF-8; convert it to UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // Composed (NFC), as lectures are: notes and link lists saved by a tool that decomposes accents (macOS) name
  // the same concepts and read the same as the same text composed. Line breaks are kept, so lines stay.
  return { ok: true, text: text.replace(/\r\n?/g, '\n').normalize('NFC'), bytes };
}

/**
 * Whether the bytes hold an ASCII character that is not white space, which no decoding turns into white space: a
 * file that does is not empty, and need not be decoded a second time to say so (the first byte of a catalog
 * usually settles it). The ASCII white space `trim` removes: tab, line feed, vertical tab, form feed, carriage
 * return, space.
 */
function hasVisibleAscii(bytes: Buffer): boolean {
  for (const b of bytes) if (b < 0x80 && !(b === 0x20 || (b >= 0x09 && b <= 0x0d))) return true;
  return false;
}

function lineOfByte(bytes: Buffer, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8 well-formedness. */
function firstInvalidUtf8(bytes: Buffer): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search for the shortest prefix that fails to decode (allowing a truncated tail).
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}
