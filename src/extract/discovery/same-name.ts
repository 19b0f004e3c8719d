/** A summary's misspelling of a title's model name (WGWebNet for WG-WaveNet) told from a new name. */
import { editDistance } from '../../core/edit-distance.js';

const nameKey = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');

const skeleton = (s: string): string => (s.match(/[A-Z0-9]/g) ?? []).join('');

/**
 * True when `written` may misspell the model name `name` (generated summaries misspell names: WGWebNet
 * for WG-WaveNet): both at least six letters long, the same capitals and digits in the same order (a
 * version or a different model differs there: SpeechT5 / SpeechLM, Tacotron / Tacotron2), and at most one
 * edit in three letters apart, ignoring case, hyphens and spaces. Equal spellings are not misspellings.
 * The caller also checks that the text never writes `name` itself.
 */
export function sameName(written: string, name: string): boolean {
  const a = nameKey(written);
  const b = nameKey(name);
  if (a === b || a.length < 6 || b.length < 6 || skeleton(written) !== skeleton(name)) return false;
  const max = Math.floor(Math.max(a.length, b.length) / 3);
  return editDistance(a, b, max) <= max;
}
