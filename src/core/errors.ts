/** Named errors of the graph core. Messages say what was wrong and how to fix it. */
import type { NodeKind } from './types.js';

export class GraphFormatError extends Error {
  override readonly name = 'GraphFormatError';
}

/**
 * A name that resolves to no node, several, or one of the wrong kind. `option` says which command-line option
 * gave it (`--watched`), where it was not the command's own argument.
 */
export abstract class NodeNameError extends Error {
  /** The name as the user typed it. */
  abstract readonly query: string;
  option?: string;
}

export class UnknownNodeError extends NodeNameError {
  override readonly name = 'UnknownNodeError';
  constructor(
    readonly query: string,
    readonly suggestions: string[],
    /** The range of the library's lecture numbers, where the name is a number that names none ("1 to 71"). */
    readonly numbers?: string,
    /** The numbers missing around it, where that number is inside the range ("301 to 350", "320"). */
    readonly gap?: string,
  ) {
    super(
      `no lecture or concept matches "${query}"` +
        (numbers ? `; this library's lecture numbers run from ${numbers}` : '') +
        (numbers && gap ? `, with ${gap.includes(' ') ? `none from ${gap}` : `no ${gap}`}` : '') +
        (suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?` : ''),
    );
  }
}

/** One of the nodes a name could mean, with what tells it apart from the others. */
export interface NodeCandidate {
  key: string;
  kind: NodeKind;
  /** What to type to name exactly this node: a lecture's number, a concept's or a note's key. */
  pick: string;
  /** Its name beside `pick`: a lecture's title and part ("Network Compression (1/2)"), a concept's label. */
  name: string;
  /** What sets it apart: series, year, course lecture, language version; Chinese label, category. */
  detail: string;
}

/** Candidates listed in an AmbiguousNodeError's message; the rest are counted (all stay in `candidates`). */
const MAX_LISTED_CANDIDATES = 20;

/** A name that several nodes match equally well: it is never resolved silently, the candidates are listed. */
export class AmbiguousNodeError extends NodeNameError {
  override readonly name = 'AmbiguousNodeError';
  constructor(
    readonly query: string,
    readonly candidates: NodeCandidate[],
    /** What is ambiguous, e.g. `2 lectures teach "span" as their main topic equally`. */
    problem = `"${query}" matches ${candidates.length} nodes equally well`,
  ) {
    const listed = candidates.slice(0, MAX_LISTED_CANDIDATES);
    const width = Math.max(0, ...listed.map((c) => c.pick.length));
    const more = candidates.length - listed.length;
    super(
      [
        `${problem}; name one by its number or key, or use a more precise name:`,
        ...listed.map((c) => `  ${c.pick.padEnd(width)}  ${c.name}${c.detail ? `  [${c.detail}]` : ''}`),
        ...(more > 0 ? [`  … and ${more} more`] : []),
      ].join('\n'),
    );
  }
}

/** A name that only matches nodes of another kind than the one needed (a concept where a lecture is needed). */
export class WrongNodeKindError extends NodeNameError {
  override readonly name = 'WrongNodeKindError';
  constructor(
    readonly query: string,
    readonly key: string,
    readonly found: NodeKind,
    readonly wanted: readonly NodeKind[],
  ) {
    super(`"${query}" is a ${found} (${key}), not a ${wanted.join(' or ')}`);
  }
}
