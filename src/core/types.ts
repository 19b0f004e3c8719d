/**
 * The graph model: node, edge and graph attribute interfaces, declared once and shared by the
 * build pipeline, the query code and the explorer. Data attributes only; display attributes
 * (x, y, size, color) are listed separately so the difference stays visible.
 */
import type Graph from 'graphology';
import type { SerializedGraph } from 'graphology-types';
import type { CourseUnit } from './course-units.js';
export type { CourseUnit };

/** Bumped whenever a consumer of graph.json would need to change. */
export const SCHEMA_VERSION = 1;

export type NodeKind = 'lecture' | 'concept' | 'note';

/** Every kind of edge a graph file holds; a file with another is not one this explorer reads (load-graph.ts). */
export const EDGE_KINDS = [
  'mentions',
  'covers',
  'related',
  'broader',
  'requires',
  'similar',
  'next-in-series',
  'prerequisite',
  'twin',
] as const;

export type EdgeKind = (typeof EDGE_KINDS)[number];

export type SeriesKind = 'course' | 'venue' | 'series';

export interface Part {
  index: number;
  total?: number;
}

export interface SourceLocation {
  /** Path relative to the working directory, POSIX separators. */
  file: string;
  /** 1-based line of the record's first line. */
  line: number;
}

/** Display attributes written by the layout stage; the browser only renders them. */
export interface DisplayAttributes {
  x?: number;
  y?: number;
  size?: number;
  color?: string;
  community?: number;
}

/** A lecture record as produced by ingest: everything the catalog says about one video. */
export interface LectureRecord {
  number: number;
  title: string;
  rawTitle: string;
  videoId: string;
  url: string;
  thumbnail: string;
  date?: string;
  series?: string;
  seriesKind?: SeriesKind;
  part?: Part;
  /** Lecture number inside a course ("Lecture 27:"), when the title gives one. */
  courseLecture?: string;
  /** The word the course numbers its units with, where it is not "lecture" ("Module 9a -", "Lab 2:"). */
  courseUnit?: CourseUnit;
  lecturer?: string;
  lecturerRole?: 'TA' | 'speaker';
  language: 'zh' | 'en';
  /** The title marks this as the English version of a lecture given in another language. */
  englishVersion?: boolean;
  /** The title marks the course's overview or introduction lecture. */
  courseOverview?: boolean;
  optional?: boolean;
  summary?: string;
  source: SourceLocation;
}

/** How far into its topics a lecture goes, from what its title says (src/analysis/lecture-level.ts), shallowest first. */
export const LECTURE_LEVELS = ['overview', 'introductory', 'ordinary', 'advanced', 'research'] as const;
export type LectureLevelName = (typeof LECTURE_LEVELS)[number];

export interface LectureNodeAttributes extends LectureRecord, DisplayAttributes {
  kind: 'lecture';
  label: string;
  /** Its level where it is not an ordinary lecture (an introduction, a supplementary lecture, a research talk). */
  level?: Exclude<LectureLevelName, 'ordinary'>;
}

export type ConceptCategory =
  'model' | 'method' | 'task' | 'metric' | 'dataset' | 'math' | 'field' | 'concept' | 'discovered';

export interface FurtherReading {
  title: string;
  url: string;
  source: SourceLocation;
}

/** A one-sentence answer to "what is this?" (data/glossary): in English and in Traditional Chinese. */
export interface ConceptDefinition {
  en: string;
  zh: string;
}

export interface ConceptNodeAttributes extends DisplayAttributes {
  kind: 'concept';
  label: string;
  labelZh?: string;
  aliases: string[];
  category: ConceptCategory;
  lectureCount: number;
  /** Where the concept came from: the curated lexicon or discovery in the catalog text. */
  origin: 'lexicon' | 'discovered';
  /** What the concept is, from the glossary; absent for discovered concepts and any the glossary lacks. */
  definition?: ConceptDefinition;
  reading?: FurtherReading[];
  /**
   * The lecture a learner starts the concept with, as the build's prerequisites see it (the most basic lecture
   * whose main topic it is, then the earliest); absent when no lecture has it as main topic.
   */
  start?: string;
}

export interface NoteNodeAttributes extends DisplayAttributes {
  kind: 'note';
  label: string;
  source: SourceLocation;
  excerpt: string;
}

export type NodeAttributes = LectureNodeAttributes | ConceptNodeAttributes | NoteNodeAttributes;

export interface MentionEvidence {
  surface: string;
  field: 'title' | 'heading' | 'summary' | 'twin';
}

export interface EdgeAttributes {
  kind: EdgeKind;
  weight?: number;
  score?: number;
  main?: boolean;
  reason?: string;
  /** A prerequisite's or next-in-series edge's reason as a key and parameters, for wording it in the interface language. */
  reasonKey?: string;
  reasonParams?: PrerequisiteReasonParams;
  /** A prerequisite shown only as its lecture's best guess, below the ranker's threshold: less certain. */
  tentative?: boolean;
  evidence?: MentionEvidence[];
}

/** Concept node keys and names a prerequisite or series reason speaks of. */
export interface PrerequisiteReasonParams {
  concept?: string;
  builds?: string;
  series?: string;
  /** A series reason's lecture or part number, as the course writes it ("9a", "2"). */
  number?: string;
  /** The unit a series reason's course numbers (src/core/course-units.ts), where it is not "lecture". */
  unit?: string;
  otherVersion?: true;
  newerButBasic?: true;
  /** Published after the dependent, but earlier in their course: the course's order puts it first. */
  earlierInCourse?: true;
  /** A series reason between two practical sessions their titles name (demos) whose unit says lecture. */
  practical?: true;
}

export interface InputFileSummary {
  path: string;
  sha256: string;
  format: 'catalog' | 'json-list' | 'csv-list' | 'link-list' | 'notes';
  lectures: number;
}

export interface GraphAttributes {
  schemaVersion: number;
  generator: string;
  inputs: InputFileSummary[];
  counts: Record<string, number>;
  /** Input warnings, and errors for the entries a `--skip-invalid` build left out. */
  diagnostics: { severity: 'warning' | 'error'; file: string; line: number; message: string }[];
  /** Traditional → Simplified for the Chinese characters in the graph, so search folds 繁/简 without NLP code. */
  simplifiedChars?: Record<string, string>;
  /**
   * Regional wordings of Chinese words that the graph's concept names use, each group in Simplified characters with
   * the wording the lexicon writes first (网路 of 網路/網絡), so the explorer shows one name once in either wording.
   */
  zhWordings?: string[][];
}

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedAtlasGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
