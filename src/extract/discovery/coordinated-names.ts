/** Capitalised names a title coordinates ("A and B", "A, B", "A & B", "A, B and C"), paired every way. */

const CAP_WORD = String.raw`(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)`;
const CAP_RUN = String.raw`${CAP_WORD}(?: ${CAP_WORD}){0,3}`;
const SEPARATOR = String.raw`\s*(?:,\s*and|,|&|\band)\s+`;
const COORDINATED = new RegExp(
  String.raw`(?<![A-Za-z0-9\-])${CAP_RUN}(?:${SEPARATOR}${CAP_RUN})+(?![A-Za-z0-9\-])`,
  'g',
);
const SPLIT = new RegExp(SEPARATOR);

/**
 * Capitalised names a title coordinates: "using Activation Guidance and Adaptive Instance Normalization"
 * gives both orders of [Activation Guidance, Adaptive Instance Normalization], and a list of three or more every
 * pair of its items. Items of one coordination are of one kind, so a name listed beside a known term is a term
 * too (the caller checks which is known).
 */
export function findCoordinatedNames(title: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of title.matchAll(COORDINATED)) {
    const items = m[0].split(SPLIT).map((s) => s.trim());
    for (const a of items) for (const b of items) if (a !== b) out.push([a, b]);
  }
  return out;
}
