import { describe, it, expect } from 'vitest';
import { messagesFor } from '../../src/ui/i18n/index.js';
import { evidenceLine } from '../../src/ui/state/concept-evidence.js';

describe('evidenceLine', () => {
  it('should say where and as what a lecture names a concept, in the reader’s language', () => {
    const evidence = [
      { surface: 'Loss functions', field: 'title' as const },
      { surface: 'BCELoss', field: 'summary' as const },
    ];
    expect(evidenceLine(evidence, messagesFor('en'))).toBe('title “Loss functions” · summary “BCELoss”');
    expect(evidenceLine(evidence, messagesFor('zh-TW'))).toBe('標題「Loss functions」 · 摘要「BCELoss」');
    expect(evidenceLine([], messagesFor('en'))).toBe('');
  });

  it('should name the other-language version a concept comes from, not quote "lecture 295" as the lecture’s words', () => {
    const twin = [{ surface: 'lecture 295', field: 'twin' as const }];
    expect(evidenceLine(twin, messagesFor('en'))).toBe('its other-language version #295');
    expect(evidenceLine(twin, messagesFor('zh-TW'))).toBe('另一語言版本 #295');
  });
});
