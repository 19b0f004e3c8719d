import { describe, expect, it } from 'vitest';
import { diffCatalogs, formatCatalogDiff, type LectureSnapshot } from '../../src/catalog/catalog-diff.js';

const lecture = (number: number, o: Partial<LectureSnapshot> = {}): LectureSnapshot => ({
  number,
  title: `Lecture ${number}`,
  rawTitle: `[2031-01-01] Lecture ${number}`,
  videoId: `vid${number}`.padEnd(11, 'x'),
  ...o,
});

describe('diffCatalogs', () => {
  it('should see nothing between two empty catalogs', () => {
    expect(diffCatalogs([], [])).toEqual({ added: [], changed: [], removed: [] });
  });

  it.each([
    ['a new lecture', [lecture(1)], [lecture(1), lecture(2)], { added: [2] }],
    ['a removed lecture', [lecture(1), lecture(2)], [lecture(1)], { removed: [2] }],
    ['a retitled lecture', [lecture(1)], [lecture(1, { rawTitle: 'Other' })], { changed: [[1, 'title']] }],
    ['a new video', [lecture(1)], [lecture(1, { videoId: 'zzzzzzzzzzz' })], { changed: [[1, 'video']] }],
    [
      'a summary added',
      [lecture(1)],
      [lecture(1, { summary: 'Now summarised.' })],
      { changed: [[1, 'summary']] },
    ],
    [
      'title and summary at once',
      [lecture(3, { summary: 'a' })],
      [lecture(3, { rawTitle: 'b', summary: 'c' })],
      { changed: [[3, 'title,summary']] },
    ],
    ['the same lecture moved to another page', [lecture(1)], [lecture(1)], {}],
  ] as const)('should report %s', (_what, before, after, expected) => {
    const d = diffCatalogs(before, after);
    expect({
      added: d.added.map((l) => l.number),
      changed: d.changed.map((l) => [l.number, l.fields.join(',')]),
      removed: d.removed.map((l) => l.number),
    }).toEqual({ added: [], changed: [], removed: [], ...expected });
  });

  it('should name lectures by the catalog title without its upload date', () => {
    expect(diffCatalogs([], [lecture(9)]).added).toEqual([{ number: 9, title: 'Lecture 9' }]);
  });
});

describe('formatCatalogDiff', () => {
  it('should list each category by number and title, in number order', () => {
    const d = diffCatalogs(
      [lecture(12), lecture(13)],
      [lecture(450), lecture(449), lecture(12, { summary: 'new' })],
    );
    expect(formatCatalogDiff(d)).toBe(
      '2 new: 449 "Lecture 449", 450 "Lecture 450"; 1 changed: 12 "Lecture 12" (summary); 1 removed: 13 "Lecture 13"',
    );
  });

  it('should stop listing after maxListed and count the rest', () => {
    const d = diffCatalogs(
      [],
      [1, 2, 3, 4].map((n) => lecture(n)),
    );
    expect(formatCatalogDiff(d, { maxListed: 2 })).toBe(
      '4 new: 1 "Lecture 1", 2 "Lecture 2", … and 2 more; 0 changed; 0 removed',
    );
  });
});
