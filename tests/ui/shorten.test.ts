import { describe, it, expect } from 'vitest';
import { cutToLength, shorten } from '../../src/ui/state/shorten.js';

describe('shorten', () => {
  it('should leave a text that fits, and cut a longer one to the length with an ellipsis', () => {
    expect(shorten('Transformer', 30)).toBe('Transformer');
    expect(shorten('Self-supervised Learning for Speech', 12)).toBe('Self-superv…');
  });

  it('should never cut inside what a reader sees as one character', () => {
    // A flag is two code points, an emoji sequence several, a Devanagari syllable a letter and its vowel sign.
    expect(shorten('🇹🇼 台灣的語音模型', 3)).toBe('🇹🇼…');
    expect(cutToLength('Teach 👩‍💻 coding', 7)).toBe('Teach 👩‍💻…');
    expect(shorten('परिचय और अभ्यास', 3)).toBe('परि…');
  });
});
