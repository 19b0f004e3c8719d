/**
 * The guard that keeps a build from silently losing a user's graph: before graph.json is replaced, the
 * lectures of the graph on disk are compared with the new build's. A build that read no lecture never
 * replaces anything; one that would lose more than `maxLostShare` of the previous graph's lectures is
 * refused unless the user allows it — unless the graph on disk was built from other inputs altogether
 * (another catalog's graph). The guard only decides; the CLI reads and writes the files.
 */

export interface OutputGuardOptions {
  /** The largest share (0–1) of the previous graph's lectures a build may lose without `allowShrink`. */
  maxLostShare: number;
  /** Replace the previous graph whatever it loses (`--allow-shrink`); an empty build is still refused. */
  allowShrink: boolean;
}

export const DEFAULT_OUTPUT_GUARD_OPTIONS: OutputGuardOptions = { maxLostShare: 0.1, allowShrink: false };

/** The build would lose the user's data: nothing was written. */
export class ShrinkError extends Error {
  override name = 'ShrinkError';
}

export function resolveOutputGuardOptions(options: Partial<OutputGuardOptions> = {}): OutputGuardOptions {
  const resolved = { ...DEFAULT_OUTPUT_GUARD_OPTIONS, ...options };
  if (!(resolved.maxLostShare >= 0 && resolved.maxLostShare <= 1))
    throw new RangeError(`output guard: maxLostShare must be between 0 and 1, got ${resolved.maxLostShare}`);
  return resolved;
}

/**
 * What the guard compares of the graph on disk: its lecture numbers and the input files it was built from.
 */
export interface PreviousGraph {
  numbers: Set<number>;
  /** The input paths the graph records (its `inputs` attribute), as the build wrote them. */
  inputs: string[];
}

/**
 * The lecture numbers and input paths of a graph file's text (graph.json or its compact form), or undefined
 * when the text is not a graph this tool wrote (then there is nothing to protect but also nothing to compare
 * with).
 */
export function previousGraphOf(text: string): PreviousGraph | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const nodes = (data as { nodes?: unknown }).nodes;
  if (!Array.isArray(nodes)) return undefined;
  const numbers = new Set<number>();
  for (const node of nodes as unknown[]) {
    // graph.json nodes are { key, attributes }; the compact file's are [key, attributes].
    const a = (Array.isArray(node) ? node[1] : (node as { attributes?: unknown } | null)?.attributes) as
      { kind?: unknown; number?: unknown } | undefined;
    if (a?.kind === 'lecture' && typeof a.number === 'number') numbers.add(a.number);
  }
  const recorded = (data as { attributes?: { inputs?: unknown } }).attributes?.inputs;
  const inputs = Array.isArray(recorded)
    ? recorded.flatMap((f: unknown) => {
        const path = (f as { path?: unknown } | null)?.path;
        return typeof path === 'string' ? [path] : [];
      })
    : [];
  return { numbers, inputs };
}

/**
 * Whether the graph on disk was built from other inputs altogether (none of its recorded input files is read
 * by this build): then it is another catalog's graph, not this one's with lectures missing, and replacing it
 * loses nothing its inputs cannot build again (building the seeds after a playlist's graph). A graph that
 * records no inputs counts as this catalog's.
 */
export function fromOtherInputs(previous: PreviousGraph | undefined, inputs: Iterable<string>): boolean {
  if (!previous || previous.inputs.length === 0) return false;
  const now = new Set(inputs);
  return !previous.inputs.some((p) => now.has(p));
}

export interface ReplacementCheck {
  /** Lecture numbers of the previous graph that the new one does not hold, ascending. */
  lost: number[];
  previous: number;
  next: number;
}

/**
 * Decides whether a build of `next` lectures may replace a graph of `previous` lectures (undefined: no
 * previous graph). Throws ShrinkError with a message that says what would be lost and how to go on.
 */
export function checkReplacement(
  previous: ReadonlySet<number> | undefined,
  next: ReadonlySet<number>,
  out: string,
  options: Partial<OutputGuardOptions> = {},
): ReplacementCheck {
  const { maxLostShare, allowShrink } = resolveOutputGuardOptions(options);
  if (next.size === 0)
    throw new ShrinkError(
      `the inputs hold no lecture, so ${out} was left as it is; check the --input paths and that the files ` +
        'are lecture catalogs (<details> blocks, a JSON or CSV lecture list, or a yt-dlp playlist)',
    );
  const lost = previous ? [...previous].filter((n) => !next.has(n)).sort((a, b) => a - b) : [];
  const check = { lost, previous: previous?.size ?? 0, next: next.size };
  if (!previous || allowShrink || lost.length <= maxLostShare * previous.size) return check;
  const shown = lost.slice(0, 12).join(', ') + (lost.length > 12 ? ` and ${lost.length - 12} more` : '');
  throw new ShrinkError(
    `this build would drop ${lost.length} of the ${previous.size} lectures of ${out} ` +
      `(more than ${Math.round(maxLostShare * 100)}%): ${shown}. ${out} was left as it is. ` +
      'Add the missing inputs (--input …), or pass --allow-shrink to replace it anyway. To serve a graph you ' +
      'built from your own catalog without building again, run npm run serve.',
  );
}
