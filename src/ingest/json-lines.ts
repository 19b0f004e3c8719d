/**
 * Where the elements of a JSON document's list of entries start, for diagnostics with line numbers: the
 * elements of the top-level array, or of the array under a key of the top-level object ("lectures",
 * "entries"). The text is valid JSON (JSON.parse read it); like JSON.parse, a key given twice means its last
 * value, and an array elsewhere (a "tags" list before "lectures") is not the list.
 */
import { LineIndex } from './diagnostics.js';

/** 1-based start lines of the list's elements: of the top-level array, or of the array under `key`. */
export function jsonListLines(text: string, key?: string): number[] {
  const lines = new LineIndex(text);
  // The list's depth: 1 for a top-level array, 2 for an array under a top-level key.
  const listDepth = key === undefined ? 1 : 2;
  let out: number[] = [];
  let depth = 0;
  let lastKey = '';
  let stringStart = -1;
  let inList = false;
  let expectValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (stringStart >= 0) {
      if (c === '\\') i++;
      else if (c === '"') {
        if (depth === 1) lastKey = text.slice(stringStart + 1, i);
        stringStart = -1;
      }
      continue;
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') continue;
    if (inList && depth === listDepth && expectValue && c !== ']') {
      out.push(lines.lineAt(i));
      expectValue = false;
    }
    if (c === '"') stringStart = i;
    else if (c === '{' || c === '[') {
      depth++;
      if (c === '[' && depth === listDepth && (key === undefined ? depth === 1 : lastKey === key)) {
        // A later value of the same key replaces the earlier one, as in JSON.parse.
        out = [];
        inList = true;
        expectValue = true;
      }
    } else if (c === '}' || c === ']') {
      if (depth === listDepth) inList = false;
      depth--;
    } else if (c === ',' && depth === listDepth && inList) expectValue = true;
  }
  return out;
}
