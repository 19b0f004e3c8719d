/** Course and venue names from the title markers: words extraction must never take for concepts. */
import { loadTitleMarkers, type TitleMarkers } from '../ingest/title/markers.js';

export function markerWords(markers: TitleMarkers = loadTitleMarkers()): string[] {
  return [
    ...markers.courses.flatMap((c) => c.match.filter((m) => !/\s/.test(m) || m.length > 12)),
    ...markers.venues,
  ].filter(
    // Course names that are also fields (Machine Learning, Linear Algebra) stay concepts.
    (w) =>
      !/^(?:machine learning|linear algebra|機器學習|機器学习|线性代数|線性代數|generative ai|生成式ai|ml)$/i.test(
        w,
      ),
  );
}
