/**
 * UI languages: English and Traditional Chinese (Taiwan). A link may name one (`?lang=zh-TW`); else a choice the
 * user made, remembered in localStorage; else the browser's (any Chinese → zh-TW).
 */
import { en, type Messages } from './en.js';
import { zhTW } from './zh-tw.js';

export type Lang = 'en' | 'zh-TW';
export type { Messages };

export const LANGS: readonly Lang[] = ['en', 'zh-TW'];
export const LANG_STORAGE_KEY = 'lecture-atlas:lang';

const MESSAGES: Record<Lang, Messages> = { en, 'zh-TW': zhTW };

export function messagesFor(lang: Lang): Messages {
  return MESSAGES[lang];
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The UI language: the one a link names (`linked`, the `lang` parameter), else the one the user chose (`stored`),
 * else the first of the browser's languages (navigator.languages) that fits, English when none does.
 */
export function pickLanguage(
  preferred: readonly string[],
  stored?: string | null,
  linked?: string | null,
): Lang {
  const named = linkedLanguage(linked);
  if (named) return named;
  if (isLang(stored)) return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-TW';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

/** The URL parameter that names the interface language in a link (`?node=concept:gan&lang=zh-TW`). */
export const LANG_PARAM = 'lang';

/** The language a link's `lang` parameter names, whatever its case (`zh-tw`); null for none of ours. */
export function linkedLanguage(value: string | null | undefined): Lang | null {
  return LANGS.find((l) => l.toLowerCase() === value?.trim().toLowerCase()) ?? null;
}

/**
 * A relation phrase around the name it relates to: the words before the name and those after it. A phrase marks the
 * name's place with "…" where the language puts words on both sides (建立在…之上, "builds on" … nothing after); without
 * one, the name follows the phrase.
 */
export function aroundName(phrase: string): [before: string, after: string] {
  const at = phrase.indexOf('…');
  return at < 0 ? [phrase, ''] : [phrase.slice(0, at), phrase.slice(at + 1)];
}
