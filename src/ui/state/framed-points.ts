/**
 * Which nodes the camera frames when it fits what is shown: a pure function of their positions, so
 * it is unit-tested without a browser.
 */

/** Past this many times the median distance from the median point, a node is an outlier for framing. */
const OUTLIER_DISTANCE = 4;

/**
 * The points worth framing: all of them, except far outliers when there are enough points to tell
 * (the layout puts unconnected lectures far out; framing them would leave the rest a speck).
 */
export function framedPoints<P extends { x: number; y: number }>(points: readonly P[]): readonly P[] {
  if (points.length < 5) return points;
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[sorted.length >> 1]!;
  };
  const cx = median(points.map((p) => p.x));
  const cy = median(points.map((p) => p.y));
  const distance = (p: P): number => Math.hypot(p.x - cx, p.y - cy);
  const limit = OUTLIER_DISTANCE * median(points.map(distance)) + 1e-6;
  return points.filter((p) => distance(p) <= limit);
}
