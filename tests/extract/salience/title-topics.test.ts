import { describe, expect, it } from 'vitest';
import { emptyTally, type Tally } from '../../../src/extract/concepts/tally.js';
import { titleTopicShares, titleTopics } from '../../../src/extract/salience/title-topics.js';

/** A tally of concepts, each named in the title ("T") or the summary only ("S", repeated to weigh more). */
function tally(spec: Record<string, string>): Map<string, Tally> {
  return new Map(
    Object.entries(spec).map(([id, where]) => [
      id,
      { ...emptyTally(), count: { title: where === 'T' ? 1 : 0, heading: 0, summary: where.length } },
    ]),
  );
}

/** How many lectures name each concept. */
function naming(tallies: Map<string, Tally>[]): Map<string, number> {
  const n = new Map<string, number>();
  for (const t of tallies) for (const id of t.keys()) n.set(id, (n.get(id) ?? 0) + 1);
  return n;
}

describe("title topics (is a candidate named where this lecture's topic is the topic)", () => {
  // Three GAN lectures name the generator; one reinforcement-learning lecture does too, in passing.
  const gan = [1, 2, 3].map(() => tally({ gan: 'T', generator: 'S' }));
  const rl = tally({ 'reinforcement-learning': 'T', generator: 'S', reward: 'S' });
  const rl2 = tally({ 'reinforcement-learning': 'T', reward: 'SS' });
  const untitled = tally({ reward: 'SSS', generator: 'S' });
  const catalog = [...gan, rl, rl2, untitled];
  const share = titleTopicShares(catalog, naming(catalog));

  it('should take the concepts the title names, else the one the text names most', () => {
    expect(titleTopics(rl)).toEqual(['reinforcement-learning']);
    expect(titleTopics(untitled)).toEqual(['reward']);
    expect(titleTopics(new Map())).toEqual([]);
  });

  it('should score a concept low where the rest of the catalog names it under another topic', () => {
    // The generator's four other lectures: three GAN lectures, one untitled: none about reinforcement learning.
    expect(share(rl)('generator')).toBe(0);
    // Reward's other lectures: rl2 (titled reinforcement learning) and the untitled one.
    expect(share(rl)('reward')).toBe(0.5);
    expect(share(rl)('reinforcement-learning')).toBe(1);
  });

  it("should score it high where the rest of the catalog names it under this lecture's topic", () => {
    // The generator's other lectures from a GAN lecture: two GAN lectures, the RL one and the untitled one.
    expect(share(gan[0]!)('generator')).toBe(0.5);
  });

  it('should say nothing of a concept no other lecture names, nor of one the lecture does not name', () => {
    const lone = tally({ gan: 'T', 'progressive-gan': 'S' });
    const withLone = titleTopicShares([...gan, lone], naming([...gan, lone]));
    expect(withLone(lone)('progressive-gan')).toBe(0);
    expect(share(rl2)('generator')).toBe(0);
  });

  it('should count every lecture of the catalog for a lecture from outside it', () => {
    // The generator's five lectures, one of them (rl) titled reinforcement learning.
    const outside = tally({ 'reinforcement-learning': 'T', generator: 'S' });
    expect(share(outside)('generator')).toBe(1 / 5);
  });
});
