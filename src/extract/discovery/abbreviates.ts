/**
 * Whether an abbreviation spells a long form (Schwartz & Hearst). Shared by the abbreviation finder and by
 * title parsing, which uses it to tell a lecture's acronym from a course name.
 */
import { LINK_WORDS } from './word-lists.js';

/**
 * True when an abbreviation can be read off a long form (Schwartz & Hearst): its letters occur in the
 * long form in order, right to left, its first letter starts the first word, and the long form has no
 * more content words than the abbreviation has letters. GAT ← Graph Attention Networks, LoRA ← Low-Rank
 * Adaptation, STOI ← Short Time Objective Intelligibility.
 */
export function abbreviates(abbr: string, longForm: string): boolean {
  const letters = abbr.toLowerCase().replace(/[^a-z0-9]/g, '');
  const words = longForm
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  const content = words.filter((w) => !LINK_WORDS.has(w));
  if (!letters || !words.length || words[0]![0] !== letters[0] || content.length > letters.length)
    return false;
  const long = words.join(' ');
  let li = long.length - 1;
  for (let ai = letters.length - 1; ai >= 0; ai--) {
    const ch = letters[ai]!;
    const wordStart = (i: number): boolean => i === 0 || long[i - 1] === ' ';
    while (li >= 0 && (long[li] !== ch || (ai === 0 && !wordStart(li)))) li--;
    if (li < 0) return false;
    li--;
  }
  return true;
}

/**
 * The long form's words spell the abbreviation by their initials (Graph Attention Network → GAN, Multi-Party
 * Computation → MPC, Self-Supervised Learning → SSL), link words aside; a plural abbreviation (GANs) too.
 */
export function initialsOf(abbr: string, long: string): boolean {
  const words = long.split(/[\s-]+/).filter((w) => w && !LINK_WORDS.has(w.toLowerCase()));
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  return initials === abbr.replace(/(?<=[A-Z])s$/, '').toUpperCase();
}
