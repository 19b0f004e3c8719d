/** Which script a text is written in, by its letters. */

const HAN = /\p{Script=Han}/u;

/** Whether a text holds a Chinese (Han) character. */
export const hasHan = (text: string): boolean => HAN.test(text);

/** The share of a text's Latin and Han letters that are Latin (0.5 when it has neither). */
export function latinShare(text: string): number {
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  return latin + han ? latin / (latin + han) : 0.5;
}

/**
 * Whether a text is written mostly in Chinese: more Han characters than Latin-script words (a character
 * reads about as long as a word, so "這堂課講解 Transformer 的 decoder" is Chinese with English terms in it).
 */
export function mostlyChinese(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = text.match(/\p{Script=Latin}+/gu)?.length ?? 0;
  return han > words;
}

/** The language tag of a text for a screen reader's voice: Traditional Chinese where it is mostly Chinese. */
export const textLang = (text: string): 'zh-Hant' | 'en' => (mostlyChinese(text) ? 'zh-Hant' : 'en');
