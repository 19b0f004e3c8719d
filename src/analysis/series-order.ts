/**
 * Series order: lecture–lecture `next-in-series` edges between consecutive parts of one talk or topic ("(1/7)" →
 * "(2/7)", unnumbered parts of a titled topic in catalog order) and consecutive lectures of one course in its own
 * numbering (2a → 2b → 3), with a course's practical sessions after the lecture of their number (Lecture 2 → Lab
 * 2). Each edge carries its reason as a key with parameters (src/core/prerequisite-reasons.ts).
 */
import { edgeKey, lectureKey } from '../core/node-keys.js';
import type { AtlasGraph, LectureNodeAttributes, PrerequisiteReasonParams } from '../core/types.js';
import { compareKeys as cmp } from '../core/compare.js';
import { wordReason, type ReasonKey } from '../core/prerequisite-reasons.js';
import { BY_UNIT, type PracticalOf } from './lecture-level.js';
import { courseKey, courseNumber, isPractical } from '../core/course-units.js';
import { courseRunsOf, wholeTopic } from './course-offering.js';
import type { NewEdge } from './relations.js';

/** A title up to its first separator ("Speech Recognition - CTC" → "Speech Recognition"). */
function titleHead(title: string): string {
  return (title.split(/\s+[-–—]\s+|[:：]/)[0] ?? title).trim();
}

/**
 * The topic of a titled part: its title's head, in lower case with single spaces ("Speech Recognition - CTC" →
 * "speech recognition").
 */
export function seriesTopic(title: string): string {
  return titleHead(title).replace(/\s+/g, ' ').toLowerCase();
}

/**
 * The Latin-script name a topic gives in brackets after its own words ("自注意力機制 (self-attention)" →
 * "self-attention"; up to a comma: "(reinforcement learning, rl)" → "reinforcement learning"), if any.
 */
export function bracketedName(topic: string): string | undefined {
  const m = /^[^(（]*\p{Script=Han}[^(（]*[(（]\s*([a-z][^()（）,，]*?)\s*[,，)）]/u.exec(topic);
  return m?.[1];
}

/**
 * The name a topic gives its subject, to find one talk's parts across versions titled in two languages: the English
 * name in brackets after Chinese words, else the topic without the acronym an English name closes with
 * ("generative adversarial network (gan)"); spaces and dashes apart (a whole title's topic spaces its dashes:
 * "auto - encoder").
 */
function topicName(topic: string): string {
  return (bracketedName(topic) ?? topic.replace(/\s*\([a-z0-9-]+\)$/, '')).replace(/[\s\-–—]+/g, '');
}

/** The name a title gives its series' topic (`topicName` of its head): titles of one topic give the same. */
export const seriesTopicName = (title: string): string => topicName(seriesTopic(title));

/** Whether two titles are parts of one topic, by their heads or by the name both give (`topicName`). */
export function sameSeriesTopic(x: string, y: string): boolean {
  return seriesTopicName(x) === seriesTopicName(y);
}

/** Consecutive runs of a sorted list whose members `same` joins, each with the run after it. */
function consecutiveRuns<T>(sorted: readonly T[], same: (x: T, y: T) => boolean): [T[], T[]][] {
  const runs: T[][] = [];
  for (const item of sorted) {
    const last = runs.at(-1);
    if (last && same(last[0]!, item)) last.push(item);
    else runs.push([item]);
  }
  return runs.slice(1).map((run, i) => [runs[i]!, run]);
}

export function computeSeriesOrder(graph: AtlasGraph, practical: PracticalOf = BY_UNIT): NewEdge[] {
  const lectures = graph
    .filterNodes((_n, a) => a.kind === 'lecture')
    .map((key) => ({ key, a: graph.getNodeAttributes(key) as LectureNodeAttributes }));
  const edges = new Map<string, NewEdge>();
  // The reason is a key with parameters, worded in the interface language (src/core/prerequisite-reasons.ts).
  const add = (
    from: LectureNodeAttributes,
    to: LectureNodeAttributes,
    reasonKey: Extract<ReasonKey, `series-${string}`>,
    series: string,
    number?: string,
  ): void => {
    const source = lectureKey(from.number);
    const target = lectureKey(to.number);
    const key = edgeKey('next-in-series', source, target);
    if (edges.has(key)) return;
    const reasonParams: PrerequisiteReasonParams = number === undefined ? { series } : { series, number };
    // The unit a course numbers its lectures with (module 9a, lab 1); a part's number is the talk's, not the course's.
    if (reasonKey !== 'series-part' && number !== undefined && from.courseUnit)
      reasonParams.unit = from.courseUnit;
    // Two practical sessions a course numbers like lectures (Keras Demo, Keras Demo 2): the unit says lecture, so say
    // that this is the next practical session.
    if (reasonKey === 'series-lecture' && practical(from) && practical(to) && !isPractical(from.courseUnit))
      reasonParams.practical = true;
    const reason = wordReason(reasonKey, reasonParams, (k) => k);
    edges.set(key, {
      kind: 'next-in-series',
      source,
      target,
      attributes: { kind: 'next-in-series', weight: 1, reason, reasonKey, reasonParams },
    });
  };
  // Parts of one topic: same series, version and topic; part i → the next part present. Parts that share their
  // whole title are one talk ("Meta Learning – MAML (2/9)" … (9/9), apart from "Meta Learning – Metric-based
  // (1/3)"); the others are grouped by their title's head ("類神經網路訓練不起來怎麼辦 (一)：局部最小值 …").
  const partsOf = (topic: (a: LectureNodeAttributes) => string) => {
    const out = new Map<string, LectureNodeAttributes[]>();
    for (const { a } of lectures) {
      if (!a.part) continue;
      // Two talks of one title cut into different numbers of parts are two talks ("(1/6)" of 2018, "(1/2)" of 2022).
      const key = `${courseKey(a)}\u0000${topic(a)}\u0000${a.part.total ?? ''}`;
      const list = out.get(key);
      if (list) list.push(a);
      else out.set(key, [a]);
    }
    return out;
  };
  const wholeTitles = partsOf((a) => wholeTopic(a.title));
  const heads = partsOf((a) => seriesTopic(a.title));
  // A talk whose parts share a whole title stands apart from the rest of its head's parts only where both number
  // the same parts: two talks under one head. Parts 2 and 3 of "Speech Recognition (n/4) - CTC" are the talk's own.
  const headOf = new Map<LectureNodeAttributes, LectureNodeAttributes[]>();
  for (const members of heads.values()) for (const a of members) headOf.set(a, members);
  const inWholeTitle = new Set<LectureNodeAttributes>();
  const groups = new Map<string, LectureNodeAttributes[]>();
  for (const [key, members] of wholeTitles) {
    if (members.length < 2) continue;
    const own = new Set(members);
    const indices = new Set(members.map((a) => a.part!.index));
    const rest = headOf.get(members[0]!)!.filter((a) => !own.has(a));
    if (!rest.some((a) => indices.has(a.part!.index))) continue;
    for (const a of members) inWholeTitle.add(a);
    groups.set(key, members);
  }
  for (const [key, members] of heads)
    groups.set(
      `${key}\u0000head`,
      members.filter((a) => !inWholeTitle.has(a)),
    );
  for (const [key, members] of groups) if (members.length === 0) groups.delete(key);
  // The talk named by the title its parts share, else by their titles' head.
  const addPart = (from: LectureNodeAttributes, to: LectureNodeAttributes): void =>
    add(
      from,
      to,
      'series-part',
      inWholeTitle.has(from) || wholeTopic(from.title) === wholeTopic(to.title)
        ? from.title
        : titleHead(from.title),
      String(from.part!.index),
    );
  for (const members of groups.values()) {
    const sorted = members.sort((x, y) => x.part!.index - y.part!.index || x.number - y.number);
    // Copies of one part (a re-upload) each lead to the next part.
    for (const [earlier, later] of consecutiveRuns(sorted, (x, y) => x.part!.index === y.part!.index))
      for (const from of earlier) addPart(from, later[0]!);
  }
  // A version whose catalog lacks the earlier parts continues the other version's: part 2 of a talk follows
  // part 1 in English when only the English recording of part 1 is here. The two versions may be titled in two
  // languages: they are found by the name both give (`topicName`: 自注意力機制 (Self-attention) and Self-attention).
  const nameKey = (key: string): string => {
    const [series, version, topic] = key.split('\u0000');
    return `${series}\u0000${version}\u0000${topicName(topic!)}`;
  };
  const byName = new Map<string, string[]>();
  for (const key of [...groups.keys()].sort(cmp)) {
    const list = byName.get(nameKey(key));
    if (list) list.push(key);
    else byName.set(nameKey(key), [key]);
  }
  for (const [key, members] of groups) {
    const first = members[0]!;
    const parts = key.split('\u0000');
    parts[1] = parts[1] === 'original' ? 'english-version' : 'original';
    const same = parts.join('\u0000');
    // The other version's group of the same title first, then one named alike.
    const before = [same, ...(byName.get(nameKey(same)) ?? [])]
      .map((k) => groups.get(k)?.filter((x) => x.part!.index < first.part!.index) ?? [])
      .find((earlier) => earlier.length > 0)
      ?.at(-1);
    if (before) addPart(before, first);
  }
  // Unnumbered parts: lectures of one course sharing a titled topic ("BERT and its family - Introduction",
  // "BERT and its family - ELMo, BERT, GPT …"), in catalog order. A lecture the course numbers
  // ("GAN Lecture 2 (2018): Conditional Generation") follows its number instead (below): the catalog may
  // list a course's lectures in any order.
  const courseOf = courseRunsOf(lectures.map(({ a }) => a));
  const unnumbered = new Map<string, LectureNodeAttributes[]>();
  for (const { a } of lectures) {
    if (a.part || !a.series || !/\s[-–—]\s|[:：]/.test(a.title)) continue;
    if (courseNumber(a) !== undefined) continue;
    const key = `${courseOf(a)}\u0000${seriesTopic(a.title)}`;
    const list = unnumbered.get(key);
    if (list) list.push(a);
    else unnumbered.set(key, [a]);
  }
  for (const members of unnumbered.values()) {
    if (members.length < 2) continue;
    const sorted = members.sort((x, y) => x.number - y.number);
    // The same title twice is one lecture twice (a re-upload), not the next part.
    const same = (x: LectureNodeAttributes, y: LectureNodeAttributes): boolean =>
      wholeTopic(x.title) === wholeTopic(y.title);
    for (const [earlier, later] of consecutiveRuns(sorted, same))
      for (const from of earlier) add(from, later[0]!, 'series-earlier-part', titleHead(from.title));
  }
  // Lectures of one course, in the course's numbering, of the same series and version: "Lecture n" → the first
  // lecture numbered n+1, and lectures that share a number in order ("2a" → "2b", "9-1" → "9-2", the two
  // parts of lecture 11). A gap in the numbering (a lecture the catalog lacks) breaks the chain.
  const courses = new Map<string, { a: LectureNodeAttributes; n: number }[]>();
  for (const { a } of lectures) {
    const n = courseNumber(a);
    if (n === undefined || !a.series) continue;
    const key = courseOf(a);
    const list = courses.get(key);
    if (list) list.push({ a, n });
    else courses.set(key, [{ a, n }]);
  }
  const chain = (list: { a: LectureNodeAttributes; n: number }[]): void => {
    // The same number and title twice is one lecture twice (a re-upload): each copy leads to the next lecture.
    const same = (x: { a: LectureNodeAttributes; n: number }, y: { a: LectureNodeAttributes; n: number }) =>
      x.n === y.n && x.a.part?.index === y.a.part?.index && wholeTopic(x.a.title) === wholeTopic(y.a.title);
    for (const [earlier, later] of consecutiveRuns(list, same)) {
      const to = later[0]!;
      for (const from of earlier) {
        const step = Math.floor(to.n) - Math.floor(from.n);
        if (step === 0 || step === 1)
          add(from.a, to.a, 'series-lecture', from.a.series!, from.a.courseLecture!);
      }
    }
  };
  // A course's practical sessions ("Lab 2:", or a demo or practice module by its title) chain among themselves,
  // and each follows the lecture of its number before it; the lectures chain without them (lecture 3 follows
  // lecture 2, not lab 2).
  for (const list of courses.values()) {
    list.sort(
      (x, y) => x.n - y.n || (x.a.part?.index ?? 0) - (y.a.part?.index ?? 0) || x.a.number - y.a.number,
    );
    const taught = list.filter((x) => !practical(x.a));
    const practicals = list.filter((x) => practical(x.a));
    chain(taught);
    chain(practicals);
    for (const p of practicals) {
      // The lecture of its number before it: a lab (numbered after all lectures of its number) follows the last of
      // them, a practice module its own course numbers (11b) the lecture just before it (11a), not a later one (11c).
      const lecture = taught.findLast((x) => Math.floor(x.n) === Math.floor(p.n) && x.n <= p.n);
      if (lecture) {
        add(lecture.a, p.a, 'series-practical', lecture.a.series!, lecture.a.courseLecture!);
        continue;
      }
      // A practical that opens its number (2a "Pytorch tensors" before 2b "Automatic differentiation") keeps the
      // course's place: after the lecture of the number before, and before the next lecture of its own number.
      const next = taught.find((x) => Math.floor(x.n) === Math.floor(p.n) && x.n > p.n);
      if (!next) continue;
      const before = taught.findLast((x) => Math.floor(p.n) - Math.floor(x.n) === 1);
      if (before) add(before.a, p.a, 'series-lecture', before.a.series!, before.a.courseLecture!);
      add(p.a, next.a, 'series-lecture', p.a.series!, p.a.courseLecture!);
    }
  }
  return [...edges.values()].sort((x, y) =>
    cmp(edgeKey(x.kind, x.source, x.target), edgeKey(y.kind, y.source, y.target)),
  );
}
