/**
 * A whole number as a command line writes it: digits, signed or not. Number() alone reads an empty value
 * (`--seed=`) as 0, and "0x10", "1e3" or " " as numbers, so a slip would run with a value nobody typed.
 */

const WHOLE_NUMBER = /^[+-]?\d+$/;

/** The number `text` writes, or undefined where it is not a whole number (or none exactly representable). */
export function wholeNumber(text: string | undefined): number | undefined {
  const trimmed = text?.trim();
  if (trimmed === undefined || !WHOLE_NUMBER.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) ? n : undefined;
}
