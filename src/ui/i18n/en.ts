/** English UI text. Every other language module has the same shape (see `Messages`). */
import type { ReasonLanguage } from '../../core/prerequisite-reasons.js';
import { courseUnitName, type CourseUnit } from '../../core/course-units.js';
import { START_WHY_WORDS } from '../../core/concept-guide.js';
import type { SeriesStep } from '../state/series-step.js';
import { splitNodeKey } from '../state/node-key.js';
import { formatDate } from './format-date.js';

/** A count as English writes it (12,345). */
const num = (n: number): string => n.toLocaleString('en');
/** "1 lecture", "12,345 lectures": a count with its noun, singular for one. */
const counted = (n: number, noun: string): string => `${num(n)} ${noun}${n === 1 ? '' : 's'}`;

export const en = {
  langName: 'English',
  /** Show concepts by their Chinese label when they have one. */
  preferZhLabels: false,
  /** The language prerequisite reasons are worded in (src/core/prerequisite-reasons.ts). */
  reasonLanguage: 'en' as ReasonLanguage,
  appTitle: 'Lecture Atlas',
  /** Said after the title where there is room (a phone's header keeps the title alone). */
  appSubtitle: '',
  loading: 'Loading the lecture graph…',
  counts: (lectures: number, concepts: number, links: number): string =>
    `${counted(lectures, 'lecture')} · ${counted(concepts, 'concept')} · ${counted(links, 'link')}`,
  visibleCount: (visible: number, total: number): string =>
    `${num(visible)} of ${counted(total, 'node')} shown`,
  /** The phone's one-line status: the catalog's size, or visibleCount when the filters hide nodes. */
  countsShort: (lectures: number, concepts: number): string =>
    `${counted(lectures, 'lecture')} · ${counted(concepts, 'concept')}`,
  errorPrefix: 'Could not open the lecture graph: ',
  errorMissing: (url: string): string =>
    `The graph file ${url} was not found. Build it with "npm run build:graph".`,
  errorHttp: (url: string, status: number): string =>
    `The graph file ${url} could not be loaded (HTTP ${status}).`,
  errorNetwork: (url: string, detail: string): string =>
    `The graph file ${url} could not be loaded (${detail}).`,
  errorInvalid: (detail: string): string => detail,
  languageLabel: 'Language',
  dismiss: 'Dismiss',
  /** A node a link names (`node`, or a path's `from` / `to`) that the graph does not hold. */
  noticeUnknownNode: (param: string, value: string): string => {
    const k = splitNodeKey(value);
    const name = !k ? `"${value}"` : k.kind === 'lecture' ? `lecture ${k.id}` : `the ${k.kind} "${k.words}"`;
    const role = param === 'from' ? ' as the start of a path' : param === 'to' ? ' as the end of a path' : '';
    return `The link names ${name}${role}, which is not in this graph; it was left out. Search for it above.`;
  },
  noticeUnknownSeries: (value: string): string =>
    `The link asks for a series "${value}" that this graph does not have; it was ignored.`,
  noticeInvalid: (param: string, value: string): string =>
    `The link parameter ${param}="${value}" is not valid; it was ignored.`,
  focusInfo: (nodes: number, depth: number): string =>
    `${counted(nodes, 'node')} within ${depth === 1 ? '1 step' : `${depth} steps`} of the selection`,
  /** The level-of-detail view: what it leaves undrawn and how to see it. */
  overviewInfo: (hiddenLectures: number, omittedEdges: number): string =>
    [
      hiddenLectures > 0
        ? `Overview: ${counted(hiddenLectures, 'lecture')} not drawn; select a concept or filter by series to see its lectures`
        : '',
      omittedEdges > 0 ? `${counted(omittedEdges, 'farther link')} not drawn` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  opened: (kind: string, name: string): string => `Opened ${kind.toLowerCase()}: ${name}`,
  viewLabel: 'View',
  viewGraph: 'Graph',
  viewList: 'List',
  beginWith: 'Where to begin',
  beginWithHint: 'The lectures the most others build on.',
  mostTaught: 'Taught in the most lectures',
  emptyPanel: 'Select a lecture or concept in the graph, the list or the search to see its details.',
  emptyFilter: 'No node matches these filters.',
  resetFilters: 'Reset filters',
  graphLabel: 'Graph of lectures and concepts',
  sidebarLabel: 'Filters, legend and path finder',
  detailsLabel: 'Details',
  close: 'Close',
  backToGraph: '← Back to graph',
  skipLinks: 'Skip links',
  skipToPanel: 'Skip to panel',
  skipToSearch: 'Skip to search',
  toolbarLabel: 'Tools',
  settingsLabel: 'Settings',
  filtersAndSettings: 'Filters and settings',
  /** The phone's Menu button's accessible name: its visible word first (WCAG 2.5.3, label in name). */
  menuLabel: 'Menu: filters and settings',
  /** The phone's button for the drawer of filters and settings (language, theme, export). */
  menu: 'Menu',
  darkTheme: 'Dark theme',
  cameraControls: 'Camera',
  camera: {
    'zoom-in': 'Zoom in',
    'zoom-out': 'Zoom out',
    fit: 'Fit to what is shown',
    reset: 'Reset the view',
  } as Record<'zoom-in' | 'zoom-out' | 'fit' | 'reset', string>,
  shortcutsTitle: 'Keyboard shortcuts',
  touchTitle: 'On a touch screen',
  /** Tips for a finger, where the keyboard's shortcuts do not help (the "?" dialog on a phone or tablet). */
  touchTips: [
    'Tap a lecture or concept to open it; its page opens below the graph.',
    'Drag the graph to move it, pinch to zoom; ⤢ fits the view to what is shown.',
    'Drag the page’s grip to make it taller or shorter; “Back to graph” closes it.',
    'Search finds lectures and concepts in English or Chinese, by name, or by the words of a lecture’s description or a concept’s definition.',
  ] as readonly string[],
  shortcut: {
    search: 'Go to the search',
    help: 'Show these shortcuts',
    close: 'Close the open drawer or panel',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Fit the camera to what is shown',
    reset: 'Reset the camera to the whole graph',
    list: 'Switch between graph and list',
    path: 'Open or close the path finder',
  } as Record<'search' | 'help' | 'close' | 'zoomIn' | 'zoomOut' | 'fit' | 'reset' | 'list' | 'path', string>,

  searchLabel: 'Search lectures and concepts',
  /** The search box's placeholder, with examples from the loaded library (state/search-examples.ts). */
  searchPlaceholder: (examples: readonly string[]): string =>
    examples.length ? `Search: ${examples.join(', ')}…` : 'Search lectures and concepts…',
  noMatches: (q: string): string => `No lecture or concept matches "${q}".`,
  /** Said while a query no name holds is looked for in the lectures' descriptions. */
  partialMatches: (words: readonly string[]): string =>
    `No name holds ${words.map((w) => `"${w}"`).join(', ')}: these match the other words.`,
  readingDescriptions: 'No name matches; looking in lectures’ descriptions and concepts’ definitions…',
  /** How many suggestions are listed, of how many matches (`total`, when more match than are listed). */
  suggestionCount: (n: number, total = n): string =>
    total > n ? `${num(n)} of ${counted(total, 'suggestion')}` : counted(n, 'suggestion'),
  /** The last suggestion row when more match than are listed; picked, it lists them all. */
  moreMatches: (n: number): string => `${num(n)} more — show all`,
  kind: { lecture: 'Lecture', concept: 'Concept', note: 'Note' } as Record<string, string>,
  matchedAs: (name: string): string => `as "${name}"`,
  /**
   * A note's name after the concept its file name gives, where the note's own name is in another language.
   */
  noteOn: (topic: string): string => `Notes on ${topic}`,
  /** A lecture found by its lecturer's or speaker's name. */
  matchedLecturer: (name: string): string => `by ${name}`,
  /** A lecture found by the words of its description (no name held the query): those words. */
  matchedInDescription: (words: string): string => `in its description: "${words}"`,
  /** A concept found by the words of its definition (no name held the query): those words. */
  matchedInDefinition: (words: string): string => `in its definition: "${words}"`,

  depthLabel: 'Neighbourhood depth',
  depthOption: (d: number): string => (d === 1 ? '1 step' : `${d} steps`),

  /** The lecture's number in its own course, in the unit its title gave it ("Lesson 25:", "Module 9a -"). */
  courseLecture: (n: string, unit?: CourseUnit): string => courseUnitName(n, unit, 'en'),
  lectureNumberShort: (n: number): string => `#${n}`,
  catalogNumber: 'Catalog no.',
  partShort: (index: number, total?: number): string =>
    total ? `Part ${index} of ${total}` : `Part ${index}`,
  englishVersion: 'English version',
  series: 'Series',
  date: 'Date',
  /** A lecture's date (YYYY-MM-DD) as the language writes it. */
  longDate: (iso: string): string => formatDate(iso, 'en-GB'),
  part: 'Part',
  partOf: (index: number, total?: number): string => (total ? `${index} of ${total}` : String(index)),
  lecturer: 'Lecturer',
  language: 'Language',
  languageName: { zh: 'Chinese', en: 'English' } as Record<string, string>,
  watchVideo: 'Watch on YouTube',
  videoUnavailable: 'No playable video link for this lecture.',
  thumbnailAlt: (title: string): string => `Video thumbnail: ${title}`,
  concepts: 'Concepts',
  buildsOn: 'Builds on',
  buildsOnHint:
    'A concept this lecture’s topic builds on and does not teach: its page says where to learn it',
  mainTopic: 'main topic',
  noConcepts: 'No concepts found in this lecture.',
  /** Where a lecture names its concepts (a mention's evidence), under the concept chips. */
  conceptEvidence: 'Where the lecture names them',
  evidenceField: { title: 'title', heading: 'heading', summary: 'summary' } as Record<
    'title' | 'heading' | 'summary',
    string
  >,
  /** One place a lecture names a concept: its field (evidenceField) and the words. */
  evidenceItem: (field: string, words: string): string => `${field} “${words}”`,
  /** A concept the lecture shares with its other-language version, which names it (#295). */
  evidenceTwin: (lecture: string): string => `its other-language version ${lecture}`,
  summary: 'Summary',
  showSummary: 'Show the summary',
  summaryLoading: 'Rendering the summary…',
  summaryFailed: 'The summary could not be rendered.',
  prerequisites: 'Watch first',
  noPrerequisites: 'Nothing to watch first: a good place to start.',
  whatNext: 'What builds on this',
  noNext: 'Nothing in the library builds on this lecture yet.',
  learningPath: 'Learning path to here',
  learningPathHint: 'Tick a lecture when you have watched it; it leaves the path, with what only it needed.',
  learningPathEmpty: 'Nothing left to watch first.',
  /** Opens a path step's reason when it is about a later step, not the goal: what "this lecture" means there. */
  reasonFor: (name: string): string => `for ${name}: `,
  learningPathMore: (n: number) => `${num(n)} more ${n === 1 ? 'lecture' : 'lectures'} on the whole path`,
  learningPathExpand: 'Show the whole path',
  learningPathCollapse: 'Show the essential steps only',
  watchedLabel: (title: string): string => `Watched: ${title}`,
  alreadyWatched: 'Already watched',
  /** Said of a prerequisite shown only as its lecture's best guess, below the ranker's threshold. */
  tentative: 'less certain',
  /** Steps the path leaves out because a watched lecture builds on them. */
  learningPathBehindWatched: (n: number) =>
    `${n} earlier ${n === 1 ? 'lecture is' : 'lectures are'} left out: ${n === 1 ? 'a lecture you watched builds on it' : 'lectures you watched build on them'}.`,
  unwatch: (title: string): string => `Mark ${title} as not watched`,
  onNarrower: (concept: string) => `on ${concept}, a narrower concept`,
  goal: 'your goal',
  /**
   * What a next-in-series link says: the next part of one talk, the course's next lecture, a lecture's
   * practical session, or the course's next practical session after one.
   */
  nextInSeries: {
    part: 'next part',
    lecture: 'next lecture',
    practical: 'its practical session',
    'next-practical': 'next practical session',
  } as Record<SeriesStep, string>,

  labelZh: 'Chinese',
  /** A field's name before its value ("Category: model"). */
  fieldName: (name: string): string => `${name}: `,
  aliases: 'Also known as',
  category: 'Category',
  categoryName: {
    model: 'model',
    method: 'method',
    task: 'task',
    metric: 'metric',
    dataset: 'dataset',
    math: 'mathematics',
    field: 'field',
    concept: 'concept',
    discovered: 'found in the catalog',
  } as Record<string, string>,
  whereToStart: 'Where to start',
  /** Why the start is where to start (src/core/concept-guide.ts `StartWhy`). */
  startWhy: START_WHY_WORDS.en,
  watchBefore: 'Watch before it',
  nothingBefore: 'Nothing to watch before it.',
  lecturesTeaching: 'All lectures on it',
  basicToAdvanced:
    'Where to start first, then those with it as main topic, then those that use it; each from basic to advanced.',
  noLectures: 'No lecture mentions this concept.',
  showAll: (n: number): string => `Show all ${num(n)}`,
  relatedConcepts: 'Related concepts',
  noRelated: 'No related concepts.',
  furtherReading: 'Further reading',
  /**
   * How a concept relates to another in its panel. `broader` is the lexicon's "a kind of, or a sub-topic of".
   */
  relation: {
    broader: 'falls under',
    narrower: 'includes',
    requires: 'builds on',
    'required-by': 'is needed for',
    related: 'is taught with',
    similar: 'is similar to',
  } as Record<string, string>,
  note: 'Note',

  filters: 'Filters',
  seriesFilter: 'Series or course',
  allSeries: 'All series',
  /** Under the series list when some are chosen, beside clearSeries. */
  seriesChosen: (n: number): string => (n === 1 ? '1 series chosen' : `${n} series chosen`),
  /** The button that chooses no series again: every series shown. */
  clearSeries: 'Clear (all series)',
  seriesHint: 'Hold Ctrl or ⌘ to choose several.',
  kindsFilter: 'Node kinds',
  kindPlural: { lecture: 'Lectures', concept: 'Concepts', note: 'Notes' } as Record<string, string>,
  minDegree: 'Minimum links',
  colorBy: 'Colour by',
  colorCommunity: 'Community',
  colorSeries: 'Series',
  legend: 'Legend',
  legendHint: 'Select an entry to show or hide it.',
  legendShapes: 'Shapes',
  legendGroups: 'Colours: groups',
  legendSeries: 'Colours: series',
  communityName: (n: number, name?: string): string => (name ? `${name} group` : `Group ${n + 1}`),
  otherGroups: (n: number): string => (n === 1 ? '1 smaller group' : `${n} smaller groups`),
  /** The series filter's and the legend's entry for the lectures that belong to no series. */
  noSeries: 'Lectures without a series',
  otherSeries: (n: number): string =>
    n === 1 ? '1 more series, and lectures without one' : `${n} more series, and lectures without one`,

  pathFinder: 'Path finder',
  pathFinderShort: 'Path',
  pathFrom: 'From',
  pathTo: 'To',
  pathFromSelected: 'Use the selected node',
  pathChange: 'Change',
  pathShowSteps: 'Show the steps',
  clearPath: 'Clear path',
  pathChoose: 'Choose two lectures or concepts to see how they are related.',
  noPath: 'These two are not connected.',
  pathSteps: (n: number): string => (n === 1 ? '1 step' : `${n} steps`),
  /** A path's hop, keyed by the phrase core/explanatory-path.ts gives each edge kind. */
  hopRelation: {
    teaches: 'teaches',
    covers: 'covers',
    'is taught with': 'is taught with',
    'falls under': 'falls under',
    'builds on': 'builds on',
    'is similar to': 'is similar to',
    'is followed by': 'is followed by',
    'is a prerequisite of': 'comes before',
    'is the same lecture as': 'is the same lecture as',
    'is taught in': 'is taught in',
    'is covered by': 'is covered by',
    includes: 'includes',
    'is needed for': 'is needed for',
    follows: 'follows',
    'has as a prerequisite': 'comes after',
  } as Record<string, string>,

  exportLabel: 'Export',
  exportScope: 'Export scope',
  scopeGraph: 'Whole graph',
  scopeView: 'Current view',
  exportJson: 'Export JSON',
  exportPng: 'Export PNG',
  exportFailed: (detail: string): string => `Export failed: ${detail}`,

  listCaption: 'Visible nodes',
  listAround: (name: string): string => `Around ${name}`,
  /** A sort button's accessible name: the column's name, then what the button does. */
  sortBy: (column: string): string => `${column}, sort by this column`,
  listHint: 'Arrow keys move between rows; Enter opens one.',
  showMoreRows: (shown: number, total: number): string =>
    `Showing ${num(shown)} of ${num(total)} · show more`,
  colName: 'Name',
  colKind: 'Kind',
  colSeries: 'Course',
  colDate: 'Date',
  colLinks: 'Links',
};

export type Messages = typeof en;
