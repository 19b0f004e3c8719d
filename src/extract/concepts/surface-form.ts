/**
 * How a match is written: as a name (capitalised words, an inner capital or a digit: BitFit, GPT-3, LoRA),
 * or as an English compound kept inside a line of Chinese prose (code switching: "model bias 變大").
 */
import { HAN } from '../normalise.js';

const NAME_WORD = /^(?:[A-Z][a-z0-9]+|[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)(?:-[A-Za-z0-9]+)*$/;

/** The surface is written as a name: Hidden Voice Attack, In-context Learning, Encoder-Decoder, BitFit, GPT-3, LoRA. */
export function namedSurface(written: string): boolean {
  // A name followed by a Chinese head noun (Encoder-Decoder架構) is judged by its English part.
  const surface = written.replace(/\s*\p{Script=Han}+$/u, '');
  if (/[^A-Za-z0-9\- ]/.test(surface)) return false;
  const words = surface.trim().split(/ +/);
  if (words.length >= 2) return words.every((w) => NAME_WORD.test(w)) && /[a-z]/.test(surface);
  // One word: an inner capital or a digit (BitFit, GPT-3), or capitalised hyphenated parts (Actor-Critic).
  if (/^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/.test(surface)) return true;
  // A digit between letters spells a name in any case: word2vec, seq2seq, wav2vec.
  if (/^[A-Za-z]+\d[A-Za-z]+$/.test(surface)) return true;
  return /[a-z][A-Z]|[A-Za-z]{2}-?\d/.test(surface) && /[A-Z]/.test(surface);
}

/**
 * A term of two or more English words (spaced or hyphenated) left in English inside a line of Chinese prose
 * ("model bias 變大", "接上 fully connected layer", "auto-encoder 的架構"): a writer who does not translate a
 * compound term is using it as one.
 */
export function codeSwitched(
  m: { surface: string; start: number },
  chineseLine: (offset: number) => boolean,
): boolean {
  if (
    !/^[A-Za-z][A-Za-z0-9\- ]*[A-Za-z0-9]$/.test(m.surface) ||
    !/[A-Za-z]{2}[ -]+[A-Za-z]{2}/.test(m.surface)
  )
    return false;
  return chineseLine(m.start);
}

/** Whether the line holding an offset has Chinese in it: lines are read once, offsets found by bisection. */
export function chineseLines(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const han: boolean[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    starts.push(at);
    han.push(HAN.test(line));
    at += line.length + 1;
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return han[lo]!;
  };
}
