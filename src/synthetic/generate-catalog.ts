/**
 * Synthetic catalogs for scale tests: deterministic (seeded) lecture catalogs in the `<details>`
 * format and the JSON list format, with realistic titles and summaries that recombine real concept
 * terms from the lexicon in English, Traditional and Simplified Chinese; series with parts, dates,
 * title markers, and about 15% summarised items of realistic length.
 */
import * as OpenCC from 'opencc-js';
import { seededRandom } from '../analysis/random.js';
import type { Lexicon, LexiconConcept } from '../extract/lexicon.js';

export interface GenerateOptions {
  lectures: number;
  seed: number;
  /** Lectures per catalog file. */
  perFile: number;
  /** Share of lectures with a summary. */
  summarised: number;
  /** First catalog number. */
  firstNumber: number;
}

export const DEFAULT_GENERATE_OPTIONS: GenerateOptions = {
  lectures: 1000,
  seed: 1,
  perFile: 500,
  summarised: 0.15,
  firstNumber: 1,
};

export interface SyntheticLecture {
  number: number;
  rawTitle: string;
  videoId: string;
  summary?: string;
}

const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const COURSES = [
  { tag: (y: number) => `【機器學習${y}】`, years: [2019, 2020, 2021, 2022, 2023], zh: true },
  { tag: (y: number) => `[ML ${y} (English version)]`, years: [2020, 2021, 2022], zh: false },
  { tag: (y: number) => `[DLHLP ${y}]`, years: [2020, 2022], zh: false },
  { tag: () => '[TA 補充課]', years: [0], zh: false },
  { tag: () => '[線性代數]', years: [0], zh: true },
  { tag: () => '【生成式AI】', years: [0], zh: true },
  { tag: (y: number) => `[ICASSP ${y}]`, years: [2020, 2021, 2022, 2023], zh: false },
  { tag: (y: number) => `[INTERSPEECH ${y}]`, years: [2020, 2021, 2022], zh: false },
  { tag: () => '', years: [0], zh: false },
];
const EN_PATTERNS = [
  (a: string) => a,
  (a: string, b: string) => `${a} and ${b}`,
  (a: string, b: string) => `${a} - ${b}`,
  (a: string) => `Deep Learning for ${a}`,
  (a: string, b: string) => `${a}: Towards Better ${b}`,
  (a: string) => `More about ${a}`,
  (a: string, b: string, c: string) => `${a}, ${b}, ${c}, and more`,
];
const ZH_PATTERNS = [
  (a: string) => `${a}`,
  (a: string, b: string) => `${a}與${b}`,
  (a: string, b: string) => `概述${a} - ${b}`,
  (a: string) => `各式各樣神奇的${a}`,
  (a: string, b: string) => `${a}怎麼辦？淺談${b}`,
  (a: string, _b: string, c: string) => `${a} (${c}) 的原理剖析`,
];
const PART_STYLES = [
  (i: number, n: number) => `(${i}/${n})`,
  (i: number) => `(${'一二三四五六七八九十'[i - 1] ?? i})`,
  (i: number) => `- Part ${i}`,
];
const TAS = ['姜成翰', '劉記良', '紀伯翰', '楊書文', '陳建成', '林政豪', '黃冠博'];
const SPEAKERS = ['Tao Tu', 'Andy T. Liu', 'Da-Yi Wu', 'Haibin Wu', 'Shun-Po Chuang'];

export function generateCatalog(
  lexicon: Lexicon,
  options: Partial<GenerateOptions> = {},
): SyntheticLecture[] {
  const opts = { ...DEFAULT_GENERATE_OPTIONS, ...options };
  const rng = seededRandom(opts.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
  const concepts = [...lexicon.concepts.values()]
    .filter((c) => c.category !== 'field')
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  // Popular concepts recur more (a Zipf-like draw), as in real catalogs.
  const draw = (): LexiconConcept => concepts[Math.floor(concepts.length * rng() ** 2.2)]!;
  const en = (c: LexiconConcept): string => c.label.replace(/^[a-z]/, (x) => x.toUpperCase());
  const zh = (c: LexiconConcept, simplified: boolean): string => {
    const name = c.labelZh ?? c.label;
    return simplified ? toSimplified(name) : name;
  };
  const out: SyntheticLecture[] = [];
  let number = opts.firstNumber;
  while (out.length < opts.lectures) {
    const course = pick(COURSES);
    const year = pick(course.years);
    const parts = rng() < 0.35 ? 2 + Math.floor(rng() * 5) : 1;
    const [a, b, c] = [draw(), draw(), draw()];
    const simplified = rng() < 0.25;
    const partStyle = pick(PART_STYLES);
    const base = course.zh
      ? pick(ZH_PATTERNS)(zh(a, simplified), zh(b, simplified), en(c))
      : pick(EN_PATTERNS)(en(a), en(b), en(c));
    const lecturer = course.tag(year).includes('TA')
      ? ` (由助教${pick(TAS)}同學講授)`
      : /ICASSP|INTERSPEECH/.test(course.tag(year))
        ? ` (Speaker: ${pick(SPEAKERS)})`
        : '';
    const dated = rng() < 0.3;
    const month = 1 + Math.floor(rng() * 12);
    const day = 1 + Math.floor(rng() * 28);
    for (let p = 1; p <= parts && out.length < opts.lectures; p++) {
      const date = dated
        ? `[${year || 2021}-${String(month).padStart(2, '0')}-${String(Math.min(28, day + p)).padStart(2, '0')}] `
        : '';
      const part = parts > 1 ? ` ${partStyle(p, parts)}` : '';
      const rawTitle = `${date}${course.tag(year)}${course.tag(year) ? ' ' : ''}${base}${part}${lecturer}`
        .replace(/\s+/g, ' ')
        .trim();
      let videoId = '';
      for (let i = 0; i < 11; i++) videoId += ID_CHARS[Math.floor(rng() * ID_CHARS.length)];
      const lecture: SyntheticLecture = { number, rawTitle, videoId };
      if (rng() < opts.summarised) lecture.summary = summary([a, b, c, draw(), draw()], simplified, rng);
      out.push(lecture);
      number++;
    }
  }
  return out;
}

function summary(cs: LexiconConcept[], simplified: boolean, rng: () => number): string {
  const conv = (s: string): string => (simplified ? toSimplified(s) : s);
  const name = (c: LexiconConcept): string => (c.labelZh ? `${c.labelZh}（${c.label}）` : c.label);
  const lines = [
    '### 小節整理：文章重點歸納',
    '#### 1. 核心主題',
    `- 探討${name(cs[0]!)}的效果及其背後的理論機制。`,
    `- 比較 **${cs[1]!.label}** 和 **${cs[2]!.label}** 兩種方法。`,
    '#### 2. 主要觀念',
  ];
  for (const c of cs) {
    lines.push(`##### ${c.label}`);
    const n = 2 + Math.floor(rng() * 4);
    for (let i = 0; i < n; i++) {
      lines.push(
        `- ${name(c)}可以在一定程度上提升模型的表現，實驗表明當學習率較高時，${c.aliases[0] ?? c.label} 的效果更明顯；公式為 $L = \\sum_i (y_i - \\hat{y}_i)^2$。`,
      );
    }
  }
  lines.push('#### 3. 結論', `- ${name(cs[3]!)}與${name(cs[4]!)}的結合仍需進一步研究。`);
  return conv(lines.join('\n'));
}

/** The catalog in the `<details>` format, `perFile` lectures per file: [file name, content][]. */
export function toDetailsFiles(lectures: readonly SyntheticLecture[], perFile: number): [string, string][] {
  const files: [string, string][] = [];
  for (let i = 0; i < lectures.length; i += perFile) {
    const chunk = lectures.slice(i, i + perFile);
    const blocks = chunk.map((l) =>
      [
        '<details>',
        `<summary>${l.number}. ${escapeHtml(l.rawTitle)}</summary><br>`,
        '',
        `<a href="https://www.youtube.com/watch?v=${l.videoId}" target="_blank">`,
        `    <img src="https://img.youtube.com/vi/${l.videoId}/maxresdefault.jpg" `,
        '        alt="[Youtube]" width="200">',
        '</a>',
        '',
        `# ${escapeHtml(l.rawTitle)}`,
        '',
        l.summary ?? '',
        '',
        '</details>',
        '',
      ].join('\n'),
    );
    const first = chunk[0]!.number;
    const last = chunk[chunk.length - 1]!.number;
    files.push([
      `catalog-${String(first).padStart(6, '0')}-${String(last).padStart(6, '0')}.md`,
      blocks.join('\n'),
    ]);
  }
  return files;
}

/** The catalog in the documented JSON list format. */
export function toJsonList(lectures: readonly SyntheticLecture[]): string {
  return (
    JSON.stringify(
      {
        lectures: lectures.map((l) => ({
          number: l.number,
          title: l.rawTitle,
          url: `https://www.youtube.com/watch?v=${l.videoId}`,
          ...(l.summary ? { summary: l.summary } : {}),
        })),
      },
      null,
      1,
    ) + '\n'
  );
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
