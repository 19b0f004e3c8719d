/**
 * Whether the explorer names a concept in both languages, from the languages of the library's lectures
 * (core/library-languages.ts).
 */
import { libraryLanguages } from '../../core/library-languages.js';
import type { AtlasGraph } from '../../core/types.js';
import type { Messages } from '../i18n/index.js';

/**
 * Whether a concept's other-language name goes beside the one in the reader's language: its English name
 * always does for a reader of Chinese; its Chinese name for a reader of English only in a library with
 * Chinese lectures.
 */
export function showsOtherName(graph: AtlasGraph, t: Messages): boolean {
  return t.preferZhLabels || libraryLanguages(graph).has('zh');
}
