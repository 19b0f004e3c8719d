/**
 * Truncation checks for one fetched page, against its previous copy: a page that ends inside a
 * `<details>` block, that shrank below a share of its previous size, or that lost more than a share
 * of its lectures was most likely cut short in transit (or by the catalog's own generator), and must
 * not replace a good copy. Pure: text and numbers in, findings out.
 */
import { LineIndex } from '../ingest/diagnostics.js';

export interface TruncationBaseline {
  bytes: number;
  lectureCount: number;
}

export interface TruncationCheckOptions {
  /** A page smaller than this share of its previous bytes is truncated. */
  minSizeShare: number;
  /** A page that lost more than this share of its lectures is truncated. */
  maxLectureLoss: number;
}

export interface TruncationFinding {
  detail: string;
  /** 1-based line, when the finding has one. */
  line?: number;
}

const percent = (x: number): string => `${Math.round(x * 100)}%`;

export function checkTruncation(
  text: string,
  bytes: number,
  lectureCount: number,
  previous: TruncationBaseline | undefined,
  options: TruncationCheckOptions,
): TruncationFinding[] {
  const findings: TruncationFinding[] = [];
  const lastOpen = lastMatch(text, /<details[\s>]/gi);
  const lastClose = lastMatch(text, /<\/details\s*>/gi);
  if (lastOpen !== -1 && lastOpen > lastClose) {
    const line = new LineIndex(text).lineAt(lastOpen);
    findings.push({
      line,
      detail: `page ends inside the <details> block opened at line ${line}: the download was cut short; try again later`,
    });
  }
  if (!previous) return findings;
  if (previous.bytes > 0 && bytes < previous.bytes * options.minSizeShare) {
    findings.push({
      detail:
        `page is ${bytes} bytes, ${percent(bytes / previous.bytes)} of its previous copy (${previous.bytes} bytes), ` +
        `under the ${percent(options.minSizeShare)} floor; try again later, or lower --min-size-share if the page really shrank`,
    });
  }
  const lost = previous.lectureCount - lectureCount;
  if (lost > 0 && lectureCount < previous.lectureCount * (1 - options.maxLectureLoss)) {
    findings.push({
      detail:
        `page holds ${lectureCount} lectures, ${lost} fewer than its previous copy (${previous.lectureCount}), ` +
        `more than the ${percent(options.maxLectureLoss)} allowed; try again later, or raise --max-lecture-loss if lectures really were removed`,
    });
  }
  return findings;
}

function lastMatch(text: string, re: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(re)) last = m.index;
  return last;
}
