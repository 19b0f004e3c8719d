/**
 * UI languages: English and Traditional Chinese (Taiwan). The default follows the browser
 * (any Chinese → zh-TW); a choice the user makes is remembered in localStorage.
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

/** The UI language for a list of browser languages (navigator.languages), English when none fits. */
export function pickLanguage(preferred: readonly string[], stored?: string | null): Lang {
  if (isLang(stored)) return stored;
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) return 'zh-TW';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}
