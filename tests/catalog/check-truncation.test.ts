import { describe, expect, it } from 'vitest';
import { checkTruncation } from '../../src/catalog/check-truncation.js';

const OPTIONS = { minSizeShare: 0.5, maxLectureLoss: 0.1 };
const BLOCK = '<details>\n<summary>1. A</summary><br>\n</details>\n\n';

describe('checkTruncation', () => {
  it("should flag a page that ends inside a <details> block, with the block's line", () => {
    const text = BLOCK + BLOCK + '<details>\n<summary>3. C</summary><br>\n\n<a href="';
    expect(checkTruncation(text, text.length, 2, undefined, OPTIONS)).toEqual([
      {
        line: 9,
        detail:
          'page ends inside the <details> block opened at line 9: the download was cut short; try again later',
      },
    ]);
  });

  it.each([
    ['a complete page with no previous copy', BLOCK.repeat(4), 4, undefined, []],
    ['a page that grew', BLOCK.repeat(4), 4, { bytes: 10, lectureCount: 2 }, []],
    ['a page at exactly half its size', 'x'.repeat(50), 10, { bytes: 100, lectureCount: 10 }, []],
    ['a page under half its size', 'x'.repeat(49), 10, { bytes: 100, lectureCount: 10 }, ['size']],
    [
      'a page that lost exactly 10% of its lectures',
      'x'.repeat(100),
      9,
      { bytes: 100, lectureCount: 10 },
      [],
    ],
    ['a page that lost more than 10%', 'x'.repeat(100), 8, { bytes: 100, lectureCount: 10 }, ['lectures']],
    [
      'a page that lost half of everything',
      'x'.repeat(10),
      1,
      { bytes: 100, lectureCount: 10 },
      ['size', 'lectures'],
    ],
  ] as const)('should judge %s', (_what, text, lectures, previous, expected) => {
    const kinds = checkTruncation(text, text.length, lectures, previous, OPTIONS).map((f) =>
      f.detail.startsWith('page is') ? 'size' : 'lectures',
    );
    expect(kinds).toEqual(expected);
  });

  it('should say how far a page shrank and how to accept it', () => {
    const [f] = checkTruncation('x'.repeat(30), 30, 10, { bytes: 100, lectureCount: 10 }, OPTIONS);
    expect(f!.detail).toBe(
      'page is 30 bytes, 30% of its previous copy (100 bytes), under the 50% floor; try again later, or lower --min-size-share if the page really shrank',
    );
  });
});
