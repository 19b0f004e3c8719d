/**
 * A node key read apart for wording it to a reader: "lecture:12" → lecture 12, "concept:meta-learning" → meta
 * learning.
 */
export interface NodeKeyParts {
  kind: 'lecture' | 'concept' | 'note';
  id: string;
  /** The id as words (a slug's hyphens as spaces). */
  words: string;
}

/** The parts of a node key, or undefined for text that is no node key. */
export function splitNodeKey(key: string): NodeKeyParts | undefined {
  const m = /^(lecture|concept|note):(.+)$/.exec(key);
  if (!m) return undefined;
  return { kind: m[1] as NodeKeyParts['kind'], id: m[2]!, words: m[2]!.replace(/-/g, ' ') };
}
