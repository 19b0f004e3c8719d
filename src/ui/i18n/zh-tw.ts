/** Traditional Chinese (Taiwan) UI text, the same shape as the English module. */
import type { Messages } from './en.js';
import type { ReasonLanguage } from '../../core/prerequisite-reasons.js';
import { courseUnitName } from '../../core/course-units.js';
import { START_WHY_WORDS } from '../../core/concept-guide.js';
import { splitNodeKey } from '../state/node-key.js';
import { formatDate } from './format-date.js';
import { hasHan } from '../../core/text-script.js';

/** A count as zh-TW writes it (12,345). */
const num = (count: number): string => count.toLocaleString('zh-TW');

/** Latin letters, digits and ASCII punctuation: what Chinese text spaces off. */
const LATIN = /[\x21-\x7e]/;
/**
 * Words and a name run together as Chinese writes them: a Latin name (or a number, a bracket) is spaced off the
 * Chinese beside it ("GAN 群組"), a Chinese one is not ("自注意力機制群組", not "自注意力機制 群組").
 */
const joined = (...parts: string[]): string =>
  parts.reduce((out, part) => {
    const [a, b] = [out.slice(-1), part.slice(0, 1)];
    return out + ((hasHan(a) && LATIN.test(b)) || (LATIN.test(a) && hasHan(b)) ? ' ' : '') + part;
  });

export const zhTW: Messages = {
  langName: '繁體中文',
  /** Show concepts by their Chinese label when they have one. */
  preferZhLabels: true,
  reasonLanguage: 'zh-TW' as ReasonLanguage,
  appTitle: 'Lecture Atlas',
  appSubtitle: '課程知識圖譜',
  loading: '正在載入課程圖譜…',
  counts: (lectures, concepts, links) =>
    `${num(lectures)} 堂課 · ${num(concepts)} 個概念 · ${num(links)} 條連結`,
  visibleCount: (visible, total) => `顯示 ${num(visible)} / ${num(total)} 個節點`,
  countsShort: (lectures, concepts) => `${num(lectures)} 堂課 · ${num(concepts)} 個概念`,
  errorPrefix: '無法開啟課程圖譜：',
  errorMissing: (url) => `找不到圖譜檔 ${url}。請先執行 "npm run build:graph" 產生。`,
  errorHttp: (url, status) => `無法載入圖譜檔 ${url}（HTTP ${status}）。`,
  errorNetwork: (url, detail) => `無法載入圖譜檔 ${url}（${detail}）。`,
  errorInvalid: (detail) => `圖譜檔格式錯誤：${detail}`,
  languageLabel: '語言',
  dismiss: '關閉',
  noticeUnknownNode: (param, value) => {
    const k = splitNodeKey(value);
    const name = !k
      ? `「${value}」`
      : k.kind === 'lecture'
        ? `第 ${k.id} 號課程`
        : `${k.kind === 'concept' ? '概念' : '筆記'}「${k.words}」`;
    const role = param === 'from' ? '（路徑起點）' : param === 'to' ? '（路徑終點）' : '';
    return `連結指定的${name}${role}不在這個圖譜中，已略過；請改用上方的搜尋。`;
  },
  noticeUnknownSeries: (value) => `連結指定的系列「${value}」不存在，已略過。`,
  noticeInvalid: (param, value) => `連結參數 ${param}="${value}" 無效，已略過。`,
  focusInfo: (nodes, depth) => `選取節點 ${depth} 層內共 ${num(nodes)} 個節點`,
  overviewInfo: (hiddenLectures, omittedEdges) =>
    [
      hiddenLectures > 0
        ? `總覽：${num(hiddenLectures)} 堂課未繪出；選擇概念或依系列篩選即可看到相關課程`
        : '',
      omittedEdges > 0 ? `${num(omittedEdges)} 條較遠的連結未繪出` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  opened: (kind, name) => `已開啟${kind}：${name}`,
  viewLabel: '檢視',
  viewGraph: '圖譜',
  viewList: '清單',
  beginWith: '從這裡開始',
  beginWithHint: '最多課程以它們為基礎。',
  mostTaught: '最多課程教的概念',
  emptyPanel: '在圖譜、清單或搜尋中選擇一堂課或一個概念，即可查看詳細資訊。',
  emptyFilter: '沒有符合篩選條件的節點。',
  resetFilters: '重設篩選',
  graphLabel: '課程與概念圖譜',
  sidebarLabel: '篩選、圖例與路徑搜尋',
  detailsLabel: '詳細資訊',
  close: '關閉',
  backToGraph: '← 回到圖譜',
  skipLinks: '跳至',
  skipToPanel: '跳至詳細資訊',
  skipToSearch: '跳至搜尋',
  toolbarLabel: '工具',
  settingsLabel: '設定',
  filtersAndSettings: '篩選與設定',
  menuLabel: '選單：篩選與設定',
  menu: '選單',
  darkTheme: '深色主題',
  cameraControls: '視角',
  camera: {
    'zoom-in': '放大',
    'zoom-out': '縮小',
    fit: '縮放至顯示的節點',
    reset: '重設視角',
  },
  shortcutsTitle: '鍵盤快速鍵',
  touchTitle: '在觸控螢幕上',
  touchTips: [
    '點一下課程或概念即可開啟，它的頁面會出現在圖譜下方。',
    '拖曳圖譜可以移動，用兩指縮放；⤢ 會把視角縮放到顯示的節點。',
    '拖曳頁面的把手可以拉高或壓低它；「回到圖譜」會關閉它。',
    '搜尋可用中文或英文，依名稱、課程簡介或概念定義中的字詞找到課程與概念。',
  ],
  shortcut: {
    search: '前往搜尋',
    help: '顯示這些快速鍵',
    close: '關閉開啟中的抽屜或面板',
    zoomIn: '放大',
    zoomOut: '縮小',
    fit: '將視角縮放至顯示的節點',
    reset: '將視角重設為整個圖譜',
    list: '切換圖譜與清單',
    path: '開啟或關閉路徑搜尋',
  },

  searchLabel: '搜尋課程與概念',
  searchPlaceholder: (examples) => (examples.length ? `搜尋：${examples.join('、')}…` : '搜尋課程與概念…'),
  noMatches: (q) => `沒有符合「${q}」的課程或概念。`,
  partialMatches: (words) => `沒有名稱含有${words.map((w) => `「${w}」`).join('、')}；以下符合其他字詞。`,
  readingDescriptions: '沒有符合的名稱，正在課程簡介與概念定義中尋找…',
  suggestionCount: (n, total = n) => (total > n ? `${num(n)} / ${num(total)} 個建議` : `${num(n)} 個建議`),
  moreMatches: (n) => `還有 ${num(n)} 筆 — 全部顯示`,
  kind: { lecture: '課程', concept: '概念', note: '筆記' },
  matchedAs: (name) => `符合「${name}」`,
  noteOn: (topic) => joined(topic, '筆記'),
  matchedLecturer: (name) => `講者：${name}`,
  matchedInDescription: (words) => `簡介提到「${words}」`,
  matchedInDefinition: (words) => `定義提到「${words}」`,

  depthLabel: '鄰近範圍',
  depthOption: (d) => `${d} 層`,

  courseLecture: (n, unit) => courseUnitName(n, unit, 'zh-TW'),
  lectureNumberShort: (n) => `#${n}`,
  catalogNumber: '目錄編號',
  partShort: (index, total) => (total ? `第 ${index}/${total} 段` : `第 ${index} 段`),
  englishVersion: '英文版',
  series: '系列',
  date: '日期',
  longDate: (iso) => formatDate(iso, 'zh-TW'),
  part: '分段',
  partOf: (index, total) => (total ? `第 ${index} / ${total} 段` : `第 ${index} 段`),
  lecturer: '講者',
  language: '語言',
  languageName: { zh: '中文', en: '英文' },
  watchVideo: '在 YouTube 觀看',
  videoUnavailable: '這堂課沒有可播放的影片連結。',
  thumbnailAlt: (title) => `影片縮圖：${title}`,
  concepts: '概念',
  buildsOn: '先備概念',
  buildsOnHint: '這堂課的主題建立在這個概念之上、但沒有教它：概念頁面會說從哪裡開始學',
  mainTopic: '主題',
  noConcepts: '這堂課沒有找到概念。',
  conceptEvidence: '這堂課在哪裡提到它們',
  evidenceField: { title: '標題', heading: '小標題', summary: '摘要' },
  evidenceItem: (field, words) => `${field}「${words}」`,
  evidenceTwin: (lecture) => `另一語言版本 ${lecture}`,
  summary: '摘要',
  showSummary: '顯示摘要',
  summaryLoading: '正在顯示摘要…',
  summaryFailed: '無法顯示摘要。',
  prerequisites: '建議先看',
  noPrerequisites: '沒有需要先看的課程：很適合從這裡開始。',
  whatNext: '以這堂課為基礎的課程',
  noNext: '目前沒有以這堂課為基礎的課程。',
  learningPath: '到這堂課的學習路徑',
  learningPathHint: '看完一堂課就打勾；它和只有它需要的課程會從路徑中移除。',
  learningPathEmpty: '沒有需要先看的課程了。',
  reasonFor: (name) => joined('為了', name, '：'),
  learningPathMore: (n: number) => `完整路徑還有 ${num(n)} 堂課`,
  learningPathExpand: '顯示完整路徑',
  learningPathCollapse: '只顯示必要步驟',
  watchedLabel: (title) => `已看過：${title}`,
  alreadyWatched: '已看過',
  tentative: '把握較低',
  learningPathBehindWatched: (n: number) => `另有 ${n} 堂較早的課程未列出：你已看過的課程建立在它們之上。`,
  unwatch: (title) => `將「${title}」標為未看`,
  onNarrower: (concept: string) => joined('關於較細的概念', concept),
  goal: '你的目標',
  nextInSeries: {
    part: '下一段',
    lecture: '下一堂課',
    practical: '這堂課的實作',
    'next-practical': '下一次實作',
  },

  labelZh: '中文',
  fieldName: (name) => `${name}：`,
  aliases: '別名',
  category: '類別',
  categoryName: {
    model: '模型',
    method: '方法',
    task: '任務',
    metric: '評估指標',
    dataset: '資料集',
    math: '數學',
    field: '領域',
    concept: '概念',
    discovered: '從課程目錄中發現',
  },
  whereToStart: '從哪裡開始',
  startWhy: START_WHY_WORDS['zh-TW'],
  watchBefore: '在那之前先看',
  nothingBefore: '之前沒有需要先看的課程。',
  lecturesTeaching: '教這個概念的課程',
  basicToAdvanced: '先列從哪裡開始，再列以它為主題的課程，最後是用到它的課程；各自由淺入深排列。',
  noLectures: '沒有課程提到這個概念。',
  showAll: (n) => `顯示全部 ${num(n)} 項`,
  relatedConcepts: '相關概念',
  noRelated: '沒有相關概念。',
  furtherReading: '延伸閱讀',
  relation: {
    broader: '屬於',
    narrower: '包含',
    requires: '建立在…之上',
    'required-by': '是…的基礎',
    related: '常與…一起教',
    similar: '相似於',
  },
  note: '筆記',

  filters: '篩選',
  seriesFilter: '系列或課程',
  allSeries: '所有系列',
  seriesChosen: (n) => `已選 ${n} 個系列`,
  clearSeries: '清除（顯示所有系列）',
  seriesHint: '按住 Ctrl 或 ⌘ 可複選。',
  kindsFilter: '節點類型',
  kindPlural: { lecture: '課程', concept: '概念', note: '筆記' },
  minDegree: '最少連結數',
  colorBy: '著色依據',
  colorCommunity: '社群',
  colorSeries: '系列',
  legend: '圖例',
  legendHint: '選擇項目即可顯示或隱藏。',
  legendShapes: '形狀',
  legendGroups: '顏色：群組',
  legendSeries: '顏色：系列',
  communityName: (n, name) => (name ? joined(name, '群組') : `群組 ${n + 1}`),
  otherGroups: (n) => `其他 ${n} 個較小的群組`,
  noSeries: '沒有系列的課程',
  otherSeries: (n) => `其他 ${n} 個系列，及沒有系列的課程`,

  pathFinder: '路徑搜尋',
  pathFinderShort: '路徑',
  pathFrom: '起點',
  pathTo: '終點',
  pathFromSelected: '使用目前選取的節點',
  pathChange: '更改',
  pathShowSteps: '顯示各步',
  clearPath: '清除路徑',
  pathChoose: '選擇兩堂課或兩個概念，看看它們如何相關。',
  noPath: '這兩者之間沒有關聯。',
  pathSteps: (n) => `${n} 步`,
  hopRelation: {
    teaches: '教授',
    covers: '涵蓋',
    'is taught with': '常與…一起教',
    'falls under': '屬於',
    'builds on': '建立在…之上',
    'is similar to': '相似於',
    'is followed by': '接著是',
    'is a prerequisite of': '先於',
    'is the same lecture as': '與…是同一堂課',
    'is taught in': '出現在',
    'is covered by': '被涵蓋於',
    includes: '包含',
    'is needed for': '是…的基礎',
    follows: '接在…之後',
    'has as a prerequisite': '在…之後',
  },

  exportLabel: '匯出',
  exportScope: '匯出範圍',
  scopeGraph: '整個圖譜',
  scopeView: '目前檢視',
  exportJson: '匯出 JSON',
  exportPng: '匯出 PNG',
  exportFailed: (detail) => `匯出失敗：${detail}`,

  listCaption: '可見節點',
  listAround: (name) => joined(name, '的鄰近節點'),
  sortBy: (column) => `${column}，依此欄排序`,
  listHint: '用方向鍵在列之間移動，按 Enter 開啟。',
  showMoreRows: (shown, total) => `已顯示 ${num(shown)} / ${num(total)} 列 · 顯示更多`,
  colName: '名稱',
  colKind: '類型',
  // The column holds a series or a course (ACL 2020, ML 2021): not 課程, the word for a lecture in this interface.
  colSeries: '系列',
  colDate: '日期',
  colLinks: '連結數',
};
