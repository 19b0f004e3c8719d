/**
 * Where a JSON file stops being JSON, for an error a user can act on: the line and column of the first
 * character a strict reader cannot accept, or the line after which the file ends too early. V8's own message
 * gives a character offset for some errors and none for others.
 */
import { LineIndex } from './diagnostics.js';

export interface JsonSyntaxProblem {
  /** 1-based line of the problem (0 where none can be told). */
  line: number;
  /**
   * "invalid JSON at line L, column C: reason", "invalid JSON: the file ends after line L, before the data is
   * complete", or "invalid JSON: reason" where the place cannot be told.
   */
  message: string;
  /** The file ends before its data does (a download or a program's output cut short). */
  truncated: boolean;
}

/** Describes the error `e` JSON.parse threw on `text`. */
export function jsonSyntaxProblem(text: string, e: unknown): JsonSyntaxProblem {
  const offset = syntaxErrorOffset(text);
  const reason = reasonOf(e instanceof Error ? e.message : String(e), text, offset);
  if (offset === undefined) return { line: 0, message: `invalid JSON: ${reason}`, truncated: false };
  const lines = new LineIndex(text);
  if (offset >= text.length) {
    const line = lines.lineAt(text.trimEnd().length);
    const message = `invalid JSON: the file ends after line ${line}, before the data is complete`;
    return { line, message, truncated: true };
  }
  const line = lines.lineAt(offset);
  const column = offset - (text.lastIndexOf('\n', offset - 1) + 1) + 1;
  return { line, message: `invalid JSON at line ${line}, column ${column}: ${reason}`, truncated: false };
}

/**
 * V8's reason without the place (given as line and column instead) and without the excerpt of the file it
 * quotes after "Unexpected token" — several lines of it in a file of any size, terminal control codes
 * included. The offending character is named from the file instead, escaped, with the usual cause where
 * it is a trailing comma.
 */
function reasonOf(message: string, text: string, offset: number | undefined): string {
  const first = message
    .replace(/\s*in JSON at position \d+[\s\S]*$/, '')
    .replace(/\s*after JSON at position \d+[\s\S]*$/, ' after the end of the data')
    .replace(/\s*\(line \d+ column \d+\)$/, '');
  if (/^Unexpected token/.test(first) && offset !== undefined && offset < text.length) {
    const shown = JSON.stringify(String.fromCodePoint(text.codePointAt(offset)!));
    if (/[\]}]/.test(text[offset]!) && text.slice(0, offset).trimEnd().endsWith(','))
      return `a comma before ${shown}: JSON allows none after the last item`;
    return `unexpected ${shown}`;
  }
  return first.replace(/,\s*(?:\.\.\.)?"[\s\S]*"(?:\.\.\.)? is not valid JSON$/, '');
}

/**
 * Offset of the first character a strict JSON reader cannot accept (text.length when the text ends too
 * early), or undefined when the text is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 */
function syntaxErrorOffset(text: string): number | undefined {
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const stack: string[] = [];
  let i = 0;
  let state: 'value' | 'valueOrEnd' | 'key' | 'keyOrEnd' | 'colon' | 'after' = 'value';
  const skipSpace = (): void => {
    while (i < text.length && /[ \t\n\r]/.test(text[i]!)) i++;
  };
  /** Moves past the string starting at i; false at the offending character. */
  const string = (): boolean => {
    for (i++; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 4;
        } else if (i >= text.length || !'"\\/bfnrt'.includes(text[i]!)) return false;
      }
    }
    return false;
  };
  for (;;) {
    skipSpace();
    if (state === 'after' && stack.length === 0) return i < text.length ? i : undefined;
    if (i >= text.length) return text.length;
    const c = text[i]!;
    if (state === 'after') {
      const top = stack[stack.length - 1];
      if (c === ',') {
        i++;
        state = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        i++;
        stack.pop();
      } else return i;
    } else if (state === 'colon') {
      if (c !== ':') return i;
      i++;
      state = 'value';
    } else if (state === 'key' || state === 'keyOrEnd') {
      if (c === '}' && state === 'keyOrEnd') {
        i++;
        stack.pop();
        state = 'after';
      } else if (c === '"') {
        if (!string()) return Math.min(i, text.length);
        state = 'colon';
      } else return i;
    } else if (c === ']' && state === 'valueOrEnd') {
      i++;
      stack.pop();
      state = 'after';
    } else if (c === '{' || c === '[') {
      i++;
      stack.push(c);
      state = c === '{' ? 'keyOrEnd' : 'valueOrEnd';
    } else if (c === '"') {
      if (!string()) return Math.min(i, text.length);
      state = 'after';
    } else {
      NUMBER.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
      if (literal) i += literal.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return i;
      state = 'after';
    }
  }
}
