/**
 * The model families and broader terms a matched name holds (CycleGAN → GAN, Spoken Question Answering →
 * question answering), which a lecture that announces the name also names.
 */
import { termKey } from '../normalise.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Model families and broader terms inside a name. A lexicon concept names its family in `broader`; the
 * family counts when its name is visibly part of the surface (CycleGAN → GAN, Multilingual BERT → BERT,
 * GPT-3 → GPT, Vision Transformers → Transformer; ChatGPT is not filed under GPT, RNN-T not under RNN), by the
 * family's own names in the lexicon (never the forms other lectures wrote), and a broader term of two or more
 * words counts when it is the surface's head (Spoken Question Answering → question answering). A discovered name
 * counts the known models that stand alone in it, split at hyphens (NICE-GAN → GAN, WG-WaveNet → WaveNet), or
 * that close it in capitals after a lower-case letter, as lexicon names do (SpeechBERT → BERT).
 */
export function familiesIn(surface: string, vocab: Vocabulary, self: string): string[] {
  const concept = vocab.concepts.get(self)!;
  const out: string[] = [];
  if (concept.origin === 'lexicon') {
    const key = termKey(surface);
    for (const b of concept.broader) {
      const family = vocab.concepts.get(b);
      if (!family || family.category === 'field') continue;
      // A broader term of two or more English words that is the head of the surface: Spoken Question
      // Answering → question answering.
      // The family's own names, not the forms earlier lectures wrote (which would make a lecture's families hang
      // on the lectures before it).
      const familyNames = family.names ?? [family.label, ...family.aliases];
      const heads = familyNames
        .map((n) => termKey(n))
        .filter((k) => /^[a-z0-9]+(?: [a-z0-9]+)+$/.test(k) && k !== key);
      if (heads.some((k) => key.endsWith(` ${k}`))) {
        out.push(b);
        continue;
      }
      if (family.category !== 'model') continue;
      const names = familyNames.filter((n) => /^[A-Za-z][A-Za-z0-9]+$/.test(n) && /[A-Z]/.test(n));
      // In the plural too: Vision Transformers → Transformer, Wasserstein GANs → GAN.
      if (names.some((n) => new RegExp(`(?:^|[^A-Za-z]|[a-z])${n}(?:e?s)?(?![a-z])`).test(surface)))
        out.push(b);
    }
    return out;
  }
  const parts = surface.split(/[-+]/).filter(Boolean);
  // A model name closing a camel-case word, as lexicon names do (CycleGAN → GAN): SpeechBERT → BERT; the
  // longest known one, so DistilHuBERT → HuBERT, not BERT.
  const closing = [...surface.matchAll(/(?<=[a-z])[A-Z]/g)].map((m) => surface.slice(m.index));
  const known = closing.find((name) => {
    const id = vocab.keyToId.get(termKey(name));
    return id !== undefined && id !== self && vocab.concepts.get(id)!.category === 'model';
  });
  const names = parts.length > 1 ? parts : known ? [known] : [];
  for (const part of names) {
    const id = vocab.keyToId.get(termKey(part));
    if (id && id !== self && vocab.concepts.get(id)!.category === 'model' && /^[A-Z]/.test(part))
      out.push(id);
  }
  return out;
}
