/**
 * A bilingual pair (知識蒸餾 (Knowledge Distillation)) or a long form with its abbreviation joins the
 * vocabulary: its names go to the concept either side already names, or to a new concept; a Chinese name is
 * kept only when it names the whole term and translates the concept's other Chinese names, and becomes the
 * display name only of a discovered concept.
 */
import { abbreviates } from '../discovery/abbreviates.js';
import type { PairCandidate } from '../discovery/types.js';
import { HAN, termKey, toSimplifiedText } from '../normalise.js';
import type { ExtractedConcept } from './types.js';
import { addTerm, lookup, newConcept, type Vocabulary } from './vocabulary.js';

export function applyPair(vocab: Vocabulary, pair: PairCandidate): string | undefined {
  const latin = [pair.en, pair.abbr].filter((p): p is string => !!p);
  if (latin.some((p) => vocab.stop.has(termKey(p)))) return undefined;
  const latinId = latin.map((p) => lookup(vocab, p)).find((x) => x !== undefined);
  // The Chinese side: a boundary the vocabulary already knows, else the longest safe boundary.
  const zhCandidates = pair.zhCandidates ?? (pair.zh ? [pair.zh] : []);
  const knownZh = [...zhCandidates].reverse().find((z) => vocab.keyToId.has(termKey(z)));
  const zhId = knownZh ? vocab.keyToId.get(termKey(knownZh)) : undefined;
  if (latinId && zhId && latinId !== zhId) {
    // The Chinese side names another concept (a narrower one: 語音自監督學習 beside Self-Supervised Learning), but
    // the English side and its abbreviation still agree: the abbreviation names the English side's concept.
    if (pair.en && pair.abbr && lookup(vocab, pair.en) === latinId && abbreviates(pair.abbr, pair.en))
      addTerm(vocab, latinId, pair.abbr);
    return latinId;
  }
  // Only a shorter tail of a delimited Chinese term is known (監督分類 → 分類): the English names
  // something more specific than that concept, so the pair is not evidence for it.
  if (!latinId && zhId && pair.zhDelimited && knownZh !== pair.zh) return undefined;
  let id = latinId ?? zhId;
  // A new Chinese term: the longest boundary when none is known, or the whole delimited run when only a
  // shorter tail of it is known for the same concept (神經網路壓縮 beside 網路壓縮 for Network Compression).
  const fullRun = pair.zhDelimited && knownZh !== pair.zh && (!knownZh || zhId === latinId);
  const newZh =
    pair.zh &&
    (fullRun || (!knownZh && pair.zh.length >= 3)) &&
    !vocab.stop.has(termKey(pair.zh)) &&
    !vocab.keyToId.has(termKey(pair.zh)) &&
    namesWholeTerm(vocab, pair.zh, pair.en ?? pair.abbr ?? '')
      ? pair.zh
      : undefined;
  if (!id) {
    const label = pair.en ?? pair.abbr;
    // One lower-case word glossing Chinese prose (函式集合 (model), 內容 (content)) is a translation aid;
    // a new term is written as a name or in more than one word.
    if (!label || (!pair.abbr && /^[a-z]+$/.test(label.trim()))) return undefined;
    id = newConcept(vocab, label, newZh);
    if (!id) return undefined;
  }
  const concept = vocab.concepts.get(id)!;
  for (const p of latin) if (latinId || glossNames(vocab, concept, p)) addTerm(vocab, id, p);
  const acceptedZh = newZh && translates(vocab, concept, newZh) ? newZh : undefined;
  if (acceptedZh) addTerm(vocab, id, acceptedZh);
  const zhLabel = knownZh && zhId === id ? knownZh : acceptedZh;
  // The curated lexicon decides its concepts' display names; a pair may teach one only to a discovered concept
  // (a generated summary glosses a name with what it is used as: 多模態數據集 beside LibriSpeech).
  if (zhLabel && !concept.labelZh && concept.origin === 'discovered') concept.labelZh = zhLabel;
  return id;
}

/**
 * A Chinese name beside an English term names that term, not its context: it is no generic word (情況,
 * 重要性 beside a model's name), and one ordinary dictionary word (模型 "model") cannot name a term of several
 * English words (Audio Foundation Models): it translates only the head.
 */
function namesWholeTerm(vocab: Vocabulary, zh: string, en: string): boolean {
  if (vocab.generic.isGeneric(zh)) return false;
  const englishWords = en.split(/[\s-]+/).filter((w) => /[A-Za-z]/.test(w) && !vocab.stop.has(termKey(w)));
  return !(
    englishWords.length >= 2 &&
    vocab.generic.isDictionaryWord(zh) &&
    vocab.generic.words(zh).length === 1
  );
}

/**
 * An English gloss of a known Chinese name names that concept only when it shares a word with one of the
 * concept's English names or abbreviates one: 智能體 (actor) in a reinforcement-learning summary is the RL
 * actor, not a name of "AI agent", and 生成器 (Phonetic Encoder) names the part a summary is describing, not
 * a name of "generator"; words in front of one of its names make a kind of it (向量 (style vector)). A single
 * word written as a name (GPT-3, HuBERT, BERT) is specific enough to stand on its own; so is a word no
 * dictionary holds.
 */
function glossNames(vocab: Vocabulary, concept: ExtractedConcept, gloss: string): boolean {
  const word = gloss.trim();
  const single = /^[A-Za-z0-9+-]+$/.test(word);
  if (single && (!/^[A-Za-z]+$/.test(word) || /[a-z][A-Z]|^[A-Z]{2,}$/.test(word))) return true;
  if (single && vocab.generic.enCount(word) === 0) return true;
  const names = [concept.label, ...concept.aliases, ...concept.variants].filter((n) => /[A-Za-z]/.test(n));
  if (names.length === 0) return true;
  const stem = (w: string): string => w.toLowerCase().replace(/(?:es|s)$/, '');
  // Words in front of one of its names make a kind of the concept, not another name of it (style vector).
  const lower = word.toLowerCase();
  if (names.some((n) => lower.endsWith(` ${n.toLowerCase()}`) || lower.endsWith(`-${n.toLowerCase()}`)))
    return false;
  const words = word
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map(stem);
  return names.some(
    (n) =>
      abbreviates(word, n) ||
      n.split(/[^A-Za-z0-9]+/).some((w) => w && words.includes(stem(w)) && !vocab.stop.has(w.toLowerCase())),
  );
}

/**
 * A new Chinese name for a concept that already has Chinese names must end as one of them does, in the same
 * head word, with only modifiers in front of the words they share, and no modifier that replaces the known
 * one's with something else: 說話者嵌入 beside 語者嵌入 and 神經網路壓縮 beside 網路壓縮 yes; 表現不佳
 * ("performs poorly") for generalization, 語音恢復 ("speech restoration") for speech recognition,
 * 文章圍繞強化學習 ("the article revolves around reinforcement learning") and 設計對抗網絡 beside 生成對抗網絡
 * no. Nor the tail of a known name cut inside one of its words, where the tail is no word by itself: the
 * text's boundary split a word (門攻擊 after 以及後, beside 後門攻擊: 後門 is a word; 網絡架構搜索 beside
 * 神經網絡架構搜索 is cut between words and stays).
 * Generated summaries put many glosses in parentheses that are not translations of the term before them.
 * A lexicon concept the lexicon gives no Chinese name is written in English in Chinese texts (LibriSpeech, BLEU):
 * a Chinese gloss beside it says what it is used as (多模態數據集, "multimodal dataset") or translates its name word
 * for word (藍分數, "blue score"), and there is no name of its own to check it against, so none translates it. A
 * discovered concept without Chinese names takes the first.
 */
function translates(vocab: Vocabulary, concept: ExtractedConcept, zh: string): boolean {
  if (concept.origin === 'lexicon' && !hasChineseName(concept)) return false;
  const known = [concept.labelZh, ...concept.aliases, ...concept.variants].filter(
    (n): n is string => !!n && HAN.test(n),
  );
  if (known.length === 0) return true;
  const simplified = toSimplifiedText(zh);
  const cutsWord = known.some((name) => {
    const s = toSimplifiedText(name);
    const cut = s.length - simplified.length;
    return cut > 0 && s.endsWith(simplified) && vocab.generic.isDictionaryWord(s.slice(cut - 1, cut + 1));
  });
  if (cutsWord && !vocab.generic.isDictionaryWord(zh)) return false;
  const words = vocab.generic.words(simplified);
  return known.some((name) => {
    const theirs = vocab.generic.words(toSimplifiedText(name));
    let shared = 0;
    while (
      shared < words.length &&
      shared < theirs.length &&
      words[words.length - 1 - shared] === theirs[theirs.length - 1 - shared]
    )
      shared++;
    const mine = words.slice(0, words.length - shared);
    const its = theirs.slice(0, theirs.length - shared).join('');
    // In place of the known name's own modifier, another one that shares none of its characters is a
    // different thing or a word of the sentence (設計 "design" in 設計對抗網絡 beside 生成對抗網絡).
    const swapped = mine.length > 0 && its.length > 0 && ![...mine.join('')].some((ch) => its.includes(ch));
    return shared > 0 && !swapped && mine.every((w) => vocab.generic.isModifierWord(w));
  });
}

/** Whether a concept has a Chinese name of its own (a label or alias in Chinese characters). */
function hasChineseName(concept: ExtractedConcept): boolean {
  return (!!concept.labelZh && HAN.test(concept.labelZh)) || (concept.names ?? []).some((n) => HAN.test(n));
}
