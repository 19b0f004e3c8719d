import { describe, expect, it } from 'vitest';
import { aroundName, messagesFor, LANGS } from '../../src/ui/i18n/index.js';

describe('relation phrases around a name', () => {
  it('should put the name inside a phrase that marks its place, and after one that does not', () => {
    expect(aroundName('建立在…之上')).toEqual(['建立在', '之上']);
    expect(aroundName('builds on')).toEqual(['builds on', '']);
  });

  it('should leave no "…" in any relation phrase of any language once the name is in its place', () => {
    for (const lang of LANGS) {
      const t = messagesFor(lang);
      for (const phrase of [...Object.values(t.relation), ...Object.values(t.hopRelation)]) {
        const [before, after] = aroundName(phrase);
        expect(`${before}X${after}`, `${lang}: ${phrase}`).not.toContain('…');
      }
    }
  });
});
