/** Capitalised names a title coordinates ("A and B", "A, B", "A & B"), paired both ways. */

const CAP_WORD = String.raw`(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)`;
const CAP_RUN = String.raw`${CAP_WORD}(?: ${CAP_WORD}){0,3}`;
const COORDINATED = new RegExp(
  String.raw`(?<![A-Za-z0-9\-])(${CAP_RUN})\s*(?:,\s*and|,|&|\band)\s+(${CAP_RUN})(?![A-Za-z0-9\-])`,
  'g',
);

/**
 * Capitalised names a title coordinates: "using Activation Guidance and Adaptive Instance Normalization"
 * gives both orders of [Activation Guidance, Adaptive Instance Normalization]. Items of one coordination
 * are of one kind, so a name listed beside a known term is a term too (the caller checks which is known).
 */
export function findCoordinatedNames(title: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of title.matchAll(COORDINATED)) {
    const a = m[1]!.trim();
    const b = m[2]!.trim();
    out.push([a, b], [b, a]);
  }
  return out;
}
