/**
 * Multi-pattern matching over token sequences: a trie of normalised term keys, scanned with
 * leftmost-longest (maximal munch) semantics, linear in the text. Terms written in capitals in the
 * vocabulary (GAN, PIT, LAS) only match capitalised text, so "pit" and "las" in prose do not.
 */
import { tokenize, type Token } from './normalise.js';

export interface TermMatch {
  id: string;
  /** Original text of the match. */
  surface: string;
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  id?: string;
  /** The vocabulary spelled this term in capitals: require capitals in the text. */
  caseSensitive?: boolean;
}

export class TermMatcher {
  private readonly root: TrieNode = { next: new Map() };
  size = 0;

  /** Adds a term; the first id added for a key keeps it. */
  add(term: string, id: string): void {
    const tokens = tokenize(term, false);
    if (tokens.length === 0) return;
    let node = this.root;
    for (const t of tokens) {
      let child = node.next.get(t.norm);
      if (!child) {
        child = { next: new Map() };
        node.next.set(t.norm, child);
      }
      node = child;
    }
    if (node.id === undefined) {
      node.id = id;
      node.caseSensitive = tokens.length === 1 && tokens[0]!.upper && tokens[0]!.norm.length <= 4;
      this.size++;
    }
  }

  /** Leftmost-longest, non-overlapping matches in the text. */
  match(text: string, tokens: Token[] = tokenize(text)): TermMatch[] {
    const out: TermMatch[] = [];
    let i = 0;
    while (i < tokens.length) {
      let node: TrieNode | undefined = this.root;
      let best: { id: string; end: number } | undefined;
      for (let j = i; j < tokens.length && node; j++) {
        const tok: Token = tokens[j]!;
        // Latin tokens must not be glued across a Han token or vice versa only by position; adjacency is enough.
        node = node.next.get(tok.norm);
        if (node?.id !== undefined && (!node.caseSensitive || tok.caps)) best = { id: node.id, end: j };
      }
      if (best) {
        const start = tokens[i]!.start;
        const end = tokens[best.end]!.end;
        out.push({ id: best.id, surface: text.slice(start, end), start, end });
        i = best.end + 1;
      } else i++;
    }
    return out;
  }
}
