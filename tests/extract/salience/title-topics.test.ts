import { describe, expect, it } from 'vitest';
import type { Tally } from '../../../src/extract/concepts/tally.js';
import { titleTopicShares, titleTopics } from '../../../src/extract/salience/title-topics.js';

/** A tally of concepts, each named in the title ("T") or the summary only ("S", repeated to weigh more). */
function tally(spec: Record<string, string>): Map<string, Tally> {
  return new Map(
    Object.entries(spec).map(([id, where]) => [
      id,
      {
        count: { title: where === 'T' ? 1 : 0, heading: 0, summary: where.length },
        evidence: [],
        marked: 0,
        named: 0,
        acronym: 0,
        introduced: 0,
        switched: 0,
        itemised: 0,
        listedWith: new Set<string>(),
      },
    ]),
  );
}

describe("title topics (is a candidate named where this lecture's topic is the topic)", () => {
  // Three GAN lectures name the generator; one reinforcement-learning lecture does too, in passing.
  const gan = [1, 2, 3].map(() => tally({ gan: 'T', generator: 'S' }));
  const rl = tally({ 'reinforcement-learning': 'T', generator: 'S', reward: 'S' });
  const rl2 = tally({ 'reinforcement-learning': 'T', reward: 'SS' });
  const untitled = tally({ reward: 'SSS', generator: 'S' });
  const share = titleTopicShares([...gan, rl, rl2, untitled]);

  it('should take the concepts the title names, else the one the text names most', () => {
    expect(titleTopics(rl)).toEqual(['reinforcement-learning']);
    expect(titleTopics(untitled)).toEqual(['reward']);
    expect(titleTopics(new Map())).toEqual([]);
  });

  it('should score a concept low where the rest of the catalog names it under another topic', () => {
    const topics = titleTopics(rl);
    // The generator's four other lectures: three GAN lectures, one untitled: none about reinforcement learning.
    expect(share(rl, topics, 'generator')).toBe(0);
    // Reward's other lectures: rl2 (titled reinforcement learning) and the untitled one.
    expect(share(rl, topics, 'reward')).toBe(0.5);
    expect(share(rl, topics, 'reinforcement-learning')).toBe(1);
  });

  it("should score it high where the rest of the catalog names it under this lecture's topic", () => {
    // The generator's other lectures from a GAN lecture: two GAN lectures, the RL one and the untitled one.
    expect(share(gan[0]!, titleTopics(gan[0]!), 'generator')).toBe(0.5);
  });

  it('should say nothing of a concept no other lecture names, nor of one the lecture does not name', () => {
    const lone = tally({ gan: 'T', 'progressive-gan': 'S' });
    const with1 = titleTopicShares([...gan, lone]);
    expect(with1(lone, titleTopics(lone), 'progressive-gan')).toBe(0);
    expect(share(rl2, titleTopics(rl2), 'generator')).toBe(0);
  });
});
