/**
 * Deep links: the view state as a query string and back. Reading is defensive — a link may be
 * old, mistyped or hostile — so every parameter is checked against the graph (a node) or for shape,
 * and each one dropped is reported so the user can be told. Unknown parameters are left alone.
 *
 * ?node=lecture:234&depth=2&series=DLHLP%202020&kinds=lecture,concept&degree=3&from=…&to=…&color=series&view=list&hide=3,5
 * (`series=` with no value keeps the lectures without a series.)
 */
import { NODE_KINDS } from '../../core/visible-nodes.js';
import type { NodeKind } from '../../core/types.js';
import {
  COLOR_BY,
  DEFAULT_VIEW_STATE,
  DEPTHS,
  type ColorBy,
  type Depth,
  type ViewState,
} from './view-state.js';

export interface UrlProblem {
  param: string;
  value: string;
  reason: 'unknown-node' | 'unknown-series' | 'invalid';
}

/** What the reader checks names against: usually backed by the loaded graph. */
export interface KnownNames {
  hasNode(key: string): boolean;
  hasSeries(series: string): boolean;
}

export interface ReadResult {
  state: ViewState;
  problems: UrlProblem[];
}

/** Longest parameter value read (a node key the graph holds aside); a notice shows no more of one. */
const MAX_VALUE = 200;
// What a node key usually looks like: a value that names no node of the graph and has not this shape is reported
// as malformed rather than as an unknown node. The graph alone decides whether a key names a node (a note's key
// is its file name, which may hold anything, and a concept's key may be long).
// eslint-disable-next-line no-control-regex
const NODE_KEY = /^(lecture|concept|note):[^\u0000-\u001f\u007f<>"`\\]{1,160}$/u;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/u;

function readNode(
  params: URLSearchParams,
  name: string,
  known: KnownNames,
  problems: UrlProblem[],
): string | null {
  const value = params.get(name);
  if (value === null || value === '') return null;
  // Any key the graph holds is read back, whatever it is made of or however long: the app wrote the link.
  if (known.hasNode(value)) return value;
  // The shape only chooses what the notice says (shown as text, never as HTML).
  const shown = value.slice(0, MAX_VALUE);
  const invalid = value.length > MAX_VALUE || !NODE_KEY.test(value);
  problems.push({ param: name, value: shown, reason: invalid ? 'invalid' : 'unknown-node' });
  return null;
}

export function readViewState(search: string, known: KnownNames): ReadResult {
  const params = new URLSearchParams(search);
  const problems: UrlProblem[] = [];
  const state: ViewState = { ...DEFAULT_VIEW_STATE, filter: { ...DEFAULT_VIEW_STATE.filter } };

  state.selected = readNode(params, 'node', known, problems);
  state.pathFrom = readNode(params, 'from', known, problems);
  state.pathTo = readNode(params, 'to', known, problems);

  const depth = params.get('depth');
  if (depth !== null) {
    const d = Number(depth);
    if (/^[1-3]$/.test(depth) && DEPTHS.includes(d as Depth)) state.depth = d as Depth;
    else problems.push({ param: 'depth', value: depth.slice(0, MAX_VALUE), reason: 'invalid' });
  }

  const degree = params.get('degree');
  if (degree !== null) {
    if (/^\d{1,3}$/.test(degree)) state.filter.minDegree = Number(degree);
    else problems.push({ param: 'degree', value: degree.slice(0, MAX_VALUE), reason: 'invalid' });
  }

  const kinds = params.get('kinds');
  if (kinds !== null) {
    const list = kinds.split(',').filter(Boolean);
    // Empty: every kind unticked, as the filters allow (the view then says nothing is shown).
    if (kinds === '') state.filter.kinds = [];
    else if (list.length > 0 && list.every((k) => (NODE_KINDS as readonly string[]).includes(k)))
      state.filter.kinds = NODE_KINDS.filter((k) => list.includes(k));
    else problems.push({ param: 'kinds', value: kinds.slice(0, MAX_VALUE), reason: 'invalid' });
  }

  const series: string[] = [];
  for (const value of params.getAll('series')) {
    // An empty value is the lectures without a series (NO_SERIES), where the graph has such lectures.
    if (!value && !known.hasSeries(value)) continue;
    if (value.length > MAX_VALUE || CONTROL.test(value))
      problems.push({ param: 'series', value: value.slice(0, MAX_VALUE), reason: 'invalid' });
    else if (!known.hasSeries(value)) problems.push({ param: 'series', value, reason: 'unknown-series' });
    else if (!series.includes(value)) series.push(value);
  }
  state.filter.series = series.sort();

  const color = params.get('color');
  if (color !== null) {
    if ((COLOR_BY as readonly string[]).includes(color)) state.colorBy = color as ColorBy;
    else problems.push({ param: 'color', value: color.slice(0, MAX_VALUE), reason: 'invalid' });
  }

  const hide = params.get('hide');
  if (hide !== null) {
    if (/^\d{1,4}(,\d{1,4}){0,99}$/.test(hide))
      state.hiddenGroups = [...new Set(hide.split(',').map(Number))].sort((a, b) => a - b);
    else problems.push({ param: 'hide', value: hide.slice(0, MAX_VALUE), reason: 'invalid' });
  }

  const view = params.get('view');
  if (view !== null) {
    if (view === 'list' || view === 'graph') state.mode = view;
    else problems.push({ param: 'view', value: view.slice(0, MAX_VALUE), reason: 'invalid' });
  }
  return { state, problems };
}

/** The query string for a state ('' for the default view), parameters in a fixed order. */
export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.selected) params.set('node', state.selected);
  if (state.depth !== DEFAULT_VIEW_STATE.depth) params.set('depth', String(state.depth));
  for (const s of [...state.filter.series].sort()) params.append('series', s);
  const kinds: NodeKind[] = NODE_KINDS.filter((k) => state.filter.kinds.includes(k));
  if (kinds.length !== NODE_KINDS.length) params.set('kinds', kinds.join(','));
  if (state.filter.minDegree > 0) params.set('degree', String(state.filter.minDegree));
  if (state.pathFrom) params.set('from', state.pathFrom);
  if (state.pathTo) params.set('to', state.pathTo);
  if (state.colorBy !== DEFAULT_VIEW_STATE.colorBy) params.set('color', state.colorBy);
  if (state.mode !== DEFAULT_VIEW_STATE.mode) params.set('view', state.mode);
  if (state.hiddenGroups.length) params.set('hide', [...state.hiddenGroups].sort((a, b) => a - b).join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}
