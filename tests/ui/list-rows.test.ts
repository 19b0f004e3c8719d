import { describe, it, expect } from 'vitest';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { compareRows, type Row } from '../../src/ui/state/list-rows.js';

const row = (name: string, number: number): Row => ({
  key: `lecture:${number}`,
  name,
  identity: '',
  identityCourse: '',
  identityRest: '',
  kind: 'lecture',
  series: '',
  date: '',
  order: 0,
  links: 0,
  number,
});

describe('compareRows', () => {
  it('should sort names as the interface language collates them, whatever the browser locale', () => {
    const rows = [row('第三講', 3), row('第二講', 2), row('第一講', 1)];
    // zh-TW collates Chinese by strokes (一 二 三); English by code point (一 三 二).
    expect([...rows].sort(compareRows('zh-TW').title).map((r) => r.number)).toEqual([1, 2, 3]);
    expect([...rows].sort(compareRows('en').title).map((r) => r.number)).toEqual([1, 3, 2]);
    // Numbers in names in numeric order.
    expect(
      [row('Lecture 10', 10), row('Lecture 9', 9)].sort(compareRows('en').title).map((r) => r.number),
    ).toEqual([9, 10]);
  });

  it('should name a sort button in the interface language, its punctuation too', () => {
    expect(messagesFor('en').sortBy('Name')).toBe('Name, sort by this column');
    expect(messagesFor('zh-TW').sortBy('名稱')).toBe('名稱，依此欄排序');
  });
});
