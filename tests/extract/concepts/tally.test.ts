import { describe, expect, it } from 'vitest';
import { inShortItem, shortItemShare } from '../../../src/extract/concepts/tally.js';

const at = (text: string, term: string): { start: number; end: number } => {
  const start = text.indexOf(term);
  return { start, end: start + term.length };
};

describe('short list items (topic lists)', () => {
  const topics = '- Recap\n- Momentum\n- Nesterov accelerated gradient descent\n- Adam\n- Pytorch optimizers';
  const prose =
    'In this lecture we look at how Adam adapts the learning rate of each parameter, and why it helps.\n' +
    '- A long bullet that explains in a whole sentence why Momentum helps plain gradient descent converge';

  it('should count a term named by a short bullet or numbered item', () => {
    expect(inShortItem(topics, at(topics, 'Adam'))).toBe(true);
    expect(inShortItem('1. Momentum\n2. Adam', at('1. Momentum\n2. Adam', 'Adam'))).toBe(true);
  });

  it('should not count a term in prose or in a bullet that is a whole sentence', () => {
    expect(inShortItem(prose, at(prose, 'Adam'))).toBe(false);
    expect(inShortItem(prose, at(prose, 'Momentum'))).toBe(false);
  });

  it('should measure how much of a summary is a topic list', () => {
    expect(shortItemShare(topics)).toBe(1);
    expect(shortItemShare(prose)).toBe(0);
    expect(shortItemShare('')).toBe(0);
    expect(shortItemShare('Intro paragraph.\n- Adam\n- RMSProp\n- Momentum')).toBe(0.75);
  });
});
