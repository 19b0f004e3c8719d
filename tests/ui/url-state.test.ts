import { describe, it, expect } from 'vitest';
import { readViewState, writeViewState, type KnownNames } from '../../src/ui/state/url-state.js';
import { DEFAULT_VIEW_STATE, type ViewState } from '../../src/ui/state/view-state.js';

const known: KnownNames = {
  hasNode: (k) => ['lecture:234', 'concept:bert', 'concept:vector', 'note:n1'].includes(k),
  hasSeries: (s) => ['DLHLP 2020', 'ML 2021'].includes(s),
};

describe('readViewState', () => {
  it('should drop and report what is malformed, unknown or hostile, keeping the defaults', () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    const { state, problems } = readViewState(
      `?node=lecture:99999&depth=7&degree=-1&kinds=lecture,${hostile}&series=${hostile}&series=Nope&from=${hostile}&to=javascript:alert(1)&color=red&view=table`,
      known,
    );
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(problems.map((p) => [p.param, p.reason])).toEqual([
      ['node', 'unknown-node'],
      ['from', 'invalid'],
      ['to', 'invalid'],
      ['depth', 'invalid'],
      ['degree', 'invalid'],
      ['kinds', 'invalid'],
      ['series', 'unknown-series'],
      ['series', 'unknown-series'],
      ['color', 'invalid'],
      ['view', 'invalid'],
    ]);
  });

  it('should refuse over-long values and control characters without echoing them whole', () => {
    const long = 'concept:' + 'a'.repeat(500);
    const { problems } = readViewState(`?node=${long}&series=DLHLP%0A2020`, known);
    expect(problems[0]).toMatchObject({ param: 'node', reason: 'invalid' });
    expect(problems[0]!.value.length).toBe(200);
    expect(problems[1]).toMatchObject({ param: 'series', reason: 'invalid' });
  });

  it('should read back a link to a note whose file name has spaces or an apostrophe, and to no kinds at all', () => {
    const notes: KnownNames = {
      ...known,
      hasNode: (k) => ['note:RNN lecture notes', "note:it's"].includes(k),
    };
    for (const key of ['note:RNN lecture notes', "note:it's"]) {
      const state: ViewState = { ...DEFAULT_VIEW_STATE, selected: key, pathFrom: key };
      expect(readViewState(writeViewState(state), notes)).toEqual({ state, problems: [] });
    }
    const none: ViewState = { ...DEFAULT_VIEW_STATE, filter: { ...DEFAULT_VIEW_STATE.filter, kinds: [] } };
    expect(readViewState(writeViewState(none), known)).toEqual({ state: none, problems: [] });
  });

  it('should read back a link to any node the graph holds, a key with HTML characters or 500 long included', () => {
    // Keys the build writes: a note named after its file, a concept key made from a long title.
    const htmlNote = 'note:<img src=x onerror=alert(1)>';
    const longConcept = `concept:${'transformer attention '.repeat(23)}`.trim();
    expect(longConcept.length).toBeGreaterThan(500);
    const graph: KnownNames = { ...known, hasNode: (k) => [htmlNote, longConcept].includes(k) };
    for (const key of [htmlNote, longConcept]) {
      const state: ViewState = { ...DEFAULT_VIEW_STATE, selected: key, pathFrom: key, pathTo: key };
      expect(readViewState(writeViewState(state), graph)).toEqual({ state, problems: [] });
    }
    // The same keys in a graph that lacks them are still reported as malformed, cut to 200 characters.
    const { problems } = readViewState(
      writeViewState({ ...DEFAULT_VIEW_STATE, selected: longConcept }),
      known,
    );
    expect(problems).toEqual([{ param: 'node', value: longConcept.slice(0, 200), reason: 'invalid' }]);
  });

  it('should read an empty query as the default view', () => {
    expect(readViewState('', known)).toEqual({ state: DEFAULT_VIEW_STATE, problems: [] });
  });

  it('should read every parameter of a full link', () => {
    const { state, problems } = readViewState(
      '?node=lecture:234&depth=3&series=ML%202021&series=DLHLP%202020&kinds=concept,lecture&degree=4&from=concept:bert&to=concept:vector&color=series&view=list&utm_source=x',
      known,
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      selected: 'lecture:234',
      depth: 3,
      filter: { series: ['DLHLP 2020', 'ML 2021'], kinds: ['lecture', 'concept'], minDegree: 4 },
      pathFrom: 'concept:bert',
      pathTo: 'concept:vector',
      colorBy: 'series',
      mode: 'list',
      hiddenGroups: [],
    });
  });

  it('should read hidden communities, refusing a malformed list', () => {
    expect(readViewState('?hide=5,2,5', known).state.hiddenGroups).toEqual([2, 5]);
    const { state, problems } = readViewState('?hide=2;alert(1)', known);
    expect(state.hiddenGroups).toEqual([]);
    expect(problems.map((p) => [p.param, p.reason])).toEqual([['hide', 'invalid']]);
  });
});

describe('writeViewState', () => {
  it('should write nothing for the default view', () => {
    expect(writeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('should round-trip through readViewState', () => {
    const state: ViewState = {
      selected: 'concept:bert',
      depth: 2,
      filter: { series: ['DLHLP 2020'], kinds: ['lecture', 'note'], minDegree: 3 },
      pathFrom: 'lecture:234',
      pathTo: 'note:n1',
      colorBy: 'series',
      mode: 'list',
      hiddenGroups: [1, 4],
    };
    const search = writeViewState(state);
    expect(search).toBe(
      '?node=concept%3Abert&depth=2&series=DLHLP+2020&kinds=lecture%2Cnote&degree=3&from=lecture%3A234&to=note%3An1&color=series&view=list&hide=1%2C4',
    );
    expect(readViewState(search, known)).toEqual({ state, problems: [] });
  });

  it('should keep the lectures without a series through an empty series value', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      filter: { ...DEFAULT_VIEW_STATE.filter, series: ['', 'ML 2021'] },
    };
    const search = writeViewState(state);
    expect(search).toBe('?series=&series=ML+2021');
    const unfiled: KnownNames = { ...known, hasSeries: (s) => s === '' || known.hasSeries(s) };
    expect(readViewState(search, unfiled)).toEqual({ state, problems: [] });
    // A graph where every lecture has a series ignores the empty value.
    expect(readViewState(search, known).state.filter.series).toEqual(['ML 2021']);
  });
});
