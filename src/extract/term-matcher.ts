/**
 * Multi-pattern matching over token sequences: a trie of normalised term keys, scanned with
 * leftmost-longest (maximal munch) semantics, linear in the text. Terms written in capitals in the
 * vocabulary (GAN, PIT, LAS) only match capitalised text, so "pit" and "las" in prose do not.
 * A term never spans list or clause punctuation (VAE、GAN is not VAE-GAN).
 * English words are also tried joined (up to three), the longer match kept, so a term and its closed or open
 * compound meet: Finetuning / fine-tuning, Alpha Star / AlphaStar, Life Long / lifelong, Batch Norm / BatchNorm.
 */
import { tokenize, type Token } from './normalise.js';
import { LINK_WORDS } from './discovery/word-lists.js';

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

/**
 * Punctuation between two tokens that no term spans: the enumeration comma 、, full-width commas, semicolons,
 * colons, brackets, sentence ends (an ASCII full stop when a space follows it: "a vector. Quantization" is no
 * vector quantization, while "Node.js" and "v1.5" hold theirs) and line breaks. The ASCII comma stays: some
 * names hold one (Listen, Attend and Spell).
 */
const BREAK = /[、，;；。！？!?:：()（）「」『』[\]【】\n]|\.\s/;

/** Compounds are joined from at most this many words, and only when the joined key is this long. */
const MAX_JOIN = 3;
const MIN_JOINED_LENGTH = 6;

export class TermMatcher {
  private readonly root: TrieNode = { next: new Map() };
  /** Latin terms with their words run together ("finetuning") → id. */
  private readonly joined = new Map<string, string>();
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
    const key = tokens.map((t) => t.norm).join('');
    if (!tokens.some((t) => t.han) && key.length >= MIN_JOINED_LENGTH && !this.joined.has(key))
      this.joined.set(key, id);
  }

  /** The longest run of English tokens from i whose words, joined, spell a term (other than as written). */
  private matchJoined(text: string, tokens: Token[], i: number): { id: string; end: number } | undefined {
    // A preposition or article before a space is a word of its own, not of the term ("in Painting" is no
    // inpainting, "on line" no online); hyphened, it is ("In-painting").
    const link = LINK_WORDS.has(tokens[i]!.norm);
    let key = '';
    let best: { id: string; end: number } | undefined;
    for (let j = i; j < tokens.length && j < i + MAX_JOIN; j++) {
      const tok = tokens[j]!;
      const gap = j > i ? text.slice(tokens[j - 1]!.end, tok.start) : '';
      if (tok.han || !/^[ -]?$/.test(gap) || (link && j === i + 1 && gap !== '-')) break;
      key += tok.norm;
      const id = this.joined.get(key);
      if (id !== undefined && key.length >= MIN_JOINED_LENGTH) best = { id, end: j };
    }
    return best;
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
        // A term never spans punctuation that separates list items or clauses: "VAE、GAN" is two names.
        const gap = j > i ? tokens[j - 1]!.end : tok.start;
        if (gap !== tok.start && BREAK.test(text.slice(gap, tok.start))) break;
        node = node.next.get(tok.norm);
        if (node?.id !== undefined && (!node.caseSensitive || tok.caps)) best = { id: node.id, end: j };
      }
      // The words joined, where they spell a longer term than the one written ("Batch Norm" is BatchNorm, not a
      // batch followed by a norm): tried only where they could reach past it, a word after it within the join.
      if (!best || best.end < Math.min(i + MAX_JOIN - 1, tokens.length - 1)) {
        const joined = this.matchJoined(text, tokens, i);
        if (joined && (!best || joined.end > best.end)) best = joined;
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
