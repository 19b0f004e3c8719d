import { describe, it, expect } from 'vitest';
import { createAtlasGraph } from '../../src/core/serialize.js';
import { graphContext } from '../../src/ui/state/graph-context.js';
import { resolveDisplayOptions } from '../../src/ui/state/display-options.js';
import { addLecture } from '../support/atlas-graph.js';
import type { AtlasGraph, EdgeKind } from '../../src/core/types.js';
import { HOP_PHRASES } from '../../src/core/explanatory-path.js';
import { linkedLanguage, pickLanguage, messagesFor, LANGS } from '../../src/ui/i18n/index.js';
import { withLanguage } from '../../src/ui/controllers/url-state-controller.js';
import { protectMath } from '../../src/ui/markdown/math.js';
import {
  currentViewNodes,
  deriveView,
  framedAround,
  learningPathHighlight,
  pathEdgeKeys,
  reuseUnchanged,
} from '../../src/ui/state/render-state.js';
import { safeHttpUrl, youtubeThumbnailUrl, youtubeVideoUrl } from '../../src/ui/state/safe-url.js';
import { OTHER_COLOR, PALETTE } from '../../src/core/palette.js';
import { safeColor, seriesColors } from '../../src/ui/state/series-colors.js';
import { DEFAULT_VIEW_STATE } from '../../src/ui/state/view-state.js';
import {
  readWatched,
  updateWatched,
  writeWatched,
  WATCHED_STORAGE_KEY,
  type KeyValueStore,
} from '../../src/ui/state/watched-store.js';

describe('safe URLs', () => {
  it('should refuse javascript:, data:, relative and malformed links', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      '/relative',
      'x',
      '',
      null,
      42,
      'https://user:pw@example.com/',
    ])
      expect(safeHttpUrl(bad), String(bad)).toBeNull();
    expect(safeHttpUrl('https://example.com/a b')).toBe('https://example.com/a%20b');
    expect(safeHttpUrl('http://example.com/')).toBe('http://example.com/');
  });

  it('should accept only https YouTube video pages and thumbnail hosts', () => {
    expect(youtubeVideoUrl('https://www.youtube.com/watch?v=CGuLuBaLIeI')).toBe(
      'https://www.youtube.com/watch?v=CGuLuBaLIeI',
    );
    expect(youtubeVideoUrl('https://youtu.be/CGuLuBaLIeI')).toBe('https://youtu.be/CGuLuBaLIeI');
    for (const bad of [
      'http://www.youtube.com/watch?v=x',
      'https://www.youtube.com.evil.example/watch',
      'https://evil.example/?youtube.com',
      'javascript:alert(1)',
    ])
      expect(youtubeVideoUrl(bad), bad).toBeNull();
    expect(youtubeThumbnailUrl('https://img.youtube.com/vi/x/maxresdefault.jpg')).not.toBeNull();
    expect(youtubeThumbnailUrl('https://i.ytimg.com/vi/x/0.jpg')).not.toBeNull();
    expect(youtubeThumbnailUrl('https://evil.example/x.jpg')).toBeNull();
  });
});

describe('safeColor', () => {
  it('should pass plain hex colours only', () => {
    expect(safeColor('red;background:url(javascript:alert(1))')).not.toContain('javascript');
    expect(safeColor('#A1b2C3')).toBe('#A1b2C3');
    expect(safeColor('#abc')).toBe('#abc');
    expect(safeColor(undefined, '#000000')).toBe('#000000');
  });
});

describe('seriesColors', () => {
  it('should give the largest series the first palette colours, ties in name order', () => {
    const colors = seriesColors([
      { series: 'ML 2021', lectures: 3 },
      { series: 'DLHLP 2020', lectures: 3 },
      { series: 'GAN 2018', lectures: 9 },
    ]);
    expect([...colors]).toEqual([
      ['GAN 2018', PALETTE[0]],
      ['DLHLP 2020', PALETTE[1]],
      ['ML 2021', PALETTE[2]],
    ]);
  });

  it('should never repeat a colour: series past the palette share the "other" grey', () => {
    const many = seriesColors(
      Array.from({ length: PALETTE.length + 3 }, (_, i) => ({
        series: `S${String(i).padStart(2, '0')}`,
        lectures: 100 - i,
      })),
    );
    const coloured = [...many.values()].filter((c) => c !== OTHER_COLOR);
    expect(coloured).toHaveLength(PALETTE.length);
    expect(new Set(coloured).size).toBe(PALETTE.length);
    expect(many.get(`S${PALETTE.length}`)).toBe(OTHER_COLOR);
    expect(PALETTE).not.toContain(OTHER_COLOR);
  });
});

describe('watched store', () => {
  const memory = (initial?: string): KeyValueStore & { data: Map<string, string> } => {
    const data = new Map<string, string>(initial === undefined ? [] : [[WATCHED_STORAGE_KEY, initial]]);
    return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
  };

  it('should read corrupt or foreign data as nothing watched', () => {
    for (const raw of ['{', '"lecture:1"', '{"a":1}', '[1, null, "concept:x", "lecture:abc"]'])
      expect(readWatched(memory(raw)).size, raw).toBe(0);
    expect(readWatched(undefined).size).toBe(0);
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readWatched(throwing).size).toBe(0);
    expect(() => writeWatched(throwing, new Set(['lecture:1']))).not.toThrow();
  });

  it('should round-trip lecture keys, sorted', () => {
    const store = memory();
    writeWatched(store, new Set(['lecture:9', 'lecture:10']));
    expect(store.data.get(WATCHED_STORAGE_KEY)).toBe('["lecture:10","lecture:9"]');
    expect([...readWatched(store)].sort()).toEqual(['lecture:10', 'lecture:9']);
  });

  it('should keep a lecture number of any length a lecture list may hold', () => {
    const store = memory();
    writeWatched(store, new Set(['lecture:2024010101', 'lecture:212']));
    expect([...readWatched(store)].sort()).toEqual(['lecture:2024010101', 'lecture:212']);
  });

  it('should apply a tick to what another tab stored since, and to the page’s own set without storage', () => {
    const store = memory();
    const tabA = readWatched(store);
    const tabB = readWatched(store);
    updateWatched(store, tabA, 'lecture:201', true);
    const afterB = updateWatched(store, tabB, 'lecture:202', true);
    expect([...afterB].sort()).toEqual(['lecture:201', 'lecture:202']);
    expect([...readWatched(store)].sort()).toEqual(['lecture:201', 'lecture:202']);
    expect([...updateWatched(store, afterB, 'lecture:201', false)]).toEqual(['lecture:202']);
    expect([...updateWatched(undefined, new Set(['lecture:1']), 'lecture:2', true)]).toEqual([
      'lecture:1',
      'lecture:2',
    ]);
  });
});

describe('pickLanguage', () => {
  it('should fall back to English for unknown or empty preferences', () => {
    expect(pickLanguage([])).toBe('en');
    expect(pickLanguage(['fr-FR', 'de'])).toBe('en');
    expect(pickLanguage(['fr'], 'klingon')).toBe('en');
  });

  it('should pick Traditional Chinese for any Chinese browser, and honour a stored choice', () => {
    expect(pickLanguage(['zh-TW'])).toBe('zh-TW');
    expect(pickLanguage(['zh-CN', 'en'])).toBe('zh-TW');
    expect(pickLanguage(['en-US', 'zh-TW'])).toBe('en');
    expect(pickLanguage(['zh-TW'], 'en')).toBe('en');
  });

  it('should take the language a link names over the stored choice and the browser, unless it is none of ours', () => {
    expect(pickLanguage(['en-US'], 'en', 'zh-TW')).toBe('zh-TW');
    expect(pickLanguage(['zh-TW'], 'zh-TW', 'en')).toBe('en');
    expect(pickLanguage(['zh-TW'], 'en', 'fr')).toBe('en');
    expect(pickLanguage(['zh-TW'], null, '')).toBe('zh-TW');
    // As a link may write it.
    expect(pickLanguage(['en'], 'en', 'zh-tw')).toBe('zh-TW');
    expect([' EN ', 'ZH-TW', 'zh', 'fr', null].map(linkedLanguage)).toEqual([
      'en',
      'zh-TW',
      null,
      null,
      null,
    ]);
  });

  it('should keep a link’s language at the end of the address as the view changes', () => {
    expect(withLanguage('?node=concept%3Agan', 'zh-TW')).toBe('?node=concept%3Agan&lang=zh-TW');
    expect(withLanguage('', 'en')).toBe('?lang=en');
    expect(withLanguage('?node=concept%3Agan', null)).toBe('?node=concept%3Agan');
    expect(withLanguage('', '<b>&x')).toBe('?lang=%3Cb%3E%26x');
  });

  it('should have every string in every language', () => {
    const keys = Object.keys(messagesFor('en')).sort();
    for (const lang of LANGS) expect(Object.keys(messagesFor(lang)).sort()).toEqual(keys);
  });

  it('should name a node a link asks for in words, not as its key and parameter', () => {
    const en = messagesFor('en');
    expect(en.noticeUnknownNode('node', 'lecture:9999')).toMatch(/^The link names lecture 9999, which/);
    expect(en.noticeUnknownNode('to', 'concept:no-such-thing')).toContain(
      'the concept "no such thing" as the end of a path',
    );
    const zh = messagesFor('zh-TW');
    expect(zh.noticeUnknownNode('from', 'lecture:12')).toContain('第 12 號課程（路徑起點）');
    for (const t of [en, zh])
      expect(t.noticeUnknownNode('node', 'concept:x')).not.toMatch(/concept:x|\(node\)/);
    expect(en.focusInfo(1, 1)).toBe('1 node within 1 step of the selection');
    expect(en.focusInfo(3, 2)).toBe('3 nodes within 2 steps of the selection');
  });

  it('should word every hop of a path, a broader concept as the concept panel does', () => {
    for (const lang of LANGS) {
      const t = messagesFor(lang);
      for (const { forward, backward } of Object.values(HOP_PHRASES)) {
        expect(t.hopRelation[forward]).toBeTruthy();
        expect(t.hopRelation[backward]).toBeTruthy();
      }
      expect(t.hopRelation[HOP_PHRASES.broader.forward]).toBe(t.relation.broader);
      expect(t.hopRelation[HOP_PHRASES.broader.backward]).toBe(t.relation.narrower);
    }
  });
});

describe('protectMath', () => {
  it('should leave text without math alone, including prices', () => {
    const out = protectMath('costs $5 and $10, no math', 'n');
    expect(out.text).toBe('costs $5 and $10, no math');
    expect(out.math).toEqual([]);
  });

  it('should swap inline and display formulas for placeholders', () => {
    const out = protectMath('Loss $a_1 + b_2$ then $$\\sum_i x_i$$ end', 'n');
    expect(out.math).toEqual([
      { tex: '\\sum_i x_i', display: true },
      { tex: 'a_1 + b_2', display: false },
    ]);
    expect(out.text).toBe('Loss LAMATHnX1X then LAMATHnX0X end');
    expect([...out.text.matchAll(out.placeholder)].map((m) => m[1])).toEqual(['1', '0']);
  });
});

/** 1 → 2 (prerequisite), both mention concept a; concept b alone. */
function tiny(): AtlasGraph {
  const g = createAtlasGraph();
  for (const n of [1, 2])
    g.addNode(`lecture:${n}`, {
      kind: 'lecture',
      label: `L${n}`,
      title: `L${n}`,
      rawTitle: `L${n}`,
      number: n,
      videoId: 'v',
      url: 'u',
      thumbnail: 't',
      language: 'en',
      series: n === 1 ? 'A' : 'B',
      source: { file: 'f', line: n },
    });
  for (const id of ['a', 'b'])
    g.addNode(`concept:${id}`, {
      kind: 'concept',
      label: id,
      aliases: [],
      category: 'concept',
      lectureCount: 1,
      origin: 'lexicon',
    });
  const edge = (kind: EdgeKind, s: string, t: string): void =>
    void g.addDirectedEdgeWithKey(`${kind}:${s}->${t}`, s, t, { kind });
  edge('mentions', 'lecture:1', 'concept:a');
  edge('mentions', 'lecture:2', 'concept:a');
  edge('prerequisite', 'lecture:1', 'lecture:2');
  return g;
}

describe('deriveView', () => {
  it('should show everything with no selection in the default view', () => {
    const g = tiny();
    const d = deriveView(g, DEFAULT_VIEW_STATE, 'en', new Map());
    expect(d.render.visible).toBeNull();
    expect(d.visible).toBeNull();
    expect(d.visibleCount).toBe(4);
    expect(d.render.focus).toBeNull();
    expect(d.path).toBeUndefined();
    expect(currentViewNodes(g, d).sort()).toEqual(['concept:a', 'concept:b', 'lecture:1', 'lecture:2']);
  });

  it('should compute the neighbourhood of the selection and keep the selection visible through filters', () => {
    const g = tiny();
    const d = deriveView(
      g,
      {
        ...DEFAULT_VIEW_STATE,
        selected: 'lecture:2',
        filter: { ...DEFAULT_VIEW_STATE.filter, series: ['A'] },
      },
      'en',
      new Map(),
    );
    expect([...d.visible!].sort()).toEqual(['concept:a', 'lecture:1']);
    expect(d.visibleCount).toBe(2);
    expect(d.render.visible?.has('lecture:2')).toBe(true);
    expect([...d.render.focus!.keys()].sort()).toEqual(['concept:a', 'lecture:1', 'lecture:2']);
    expect(d.render.focusEdges?.size).toBe(3);
  });

  it('should export from a path drawn with a selection only the nodes the filters leave drawn', () => {
    const g = tiny();
    const d = deriveView(
      g,
      {
        ...DEFAULT_VIEW_STATE,
        selected: 'lecture:2',
        pathFrom: 'lecture:1',
        pathTo: 'lecture:2',
        filter: { ...DEFAULT_VIEW_STATE.filter, kinds: ['lecture'] },
      },
      'en',
      new Map(),
    );
    expect(d.render.pathNodes?.size).toBe(2);
    expect(currentViewNodes(g, d).sort()).toEqual(['lecture:1', 'lecture:2']);
  });

  it('should hide the groups the legend hides only while the graph is coloured by group', () => {
    const g = tiny();
    g.forEachNode((k) => g.setNodeAttribute(k, 'community', k === 'lecture:1' ? 1 : 0));
    const state = { ...DEFAULT_VIEW_STATE, hiddenGroups: [1] };
    expect(deriveView(g, state, 'en', new Map()).visibleCount).toBe(3);
    expect(deriveView(g, { ...state, colorBy: 'series' }, 'en', new Map()).visibleCount).toBe(4);
  });

  it('should find the path and its edges, or say there is none', () => {
    const g = tiny();
    const d = deriveView(
      g,
      { ...DEFAULT_VIEW_STATE, pathFrom: 'lecture:1', pathTo: 'lecture:2' },
      'en',
      new Map(),
    );
    expect(d.path?.map((h) => h.kind)).toEqual(['prerequisite']);
    expect([...d.render.pathEdges!]).toEqual(['prerequisite:lecture:1->lecture:2']);
    expect(pathEdgeKeys(g, d.path!)).toEqual(new Set(['prerequisite:lecture:1->lecture:2']));
    expect(currentViewNodes(g, d).sort()).toEqual(['lecture:1', 'lecture:2']);
    const none = deriveView(
      g,
      { ...DEFAULT_VIEW_STATE, pathFrom: 'lecture:1', pathTo: 'concept:b' },
      'en',
      new Map(),
    );
    expect(none.path).toBeNull();
    expect(none.render.pathNodes).toBeNull();
  });
});

describe('framedAround', () => {
  it('should frame the neighbourhood and the path, or on a phone’s strip the direct neighbours alone', () => {
    const render = {
      focus: new Map([
        ['lecture:38', 0],
        ['concept:rmsprop', 1],
        ['lecture:12', 2],
      ]),
      pathNodes: new Set(['lecture:2', 'lecture:38']),
    };
    expect(framedAround(render).sort()).toEqual(['concept:rmsprop', 'lecture:12', 'lecture:2', 'lecture:38']);
    expect(framedAround(render, true).sort()).toEqual(['concept:rmsprop', 'lecture:38']);
  });
});

describe('reuseUnchanged', () => {
  it('should keep the previous visible set when only the styling changed, so sigma is not re-indexed', () => {
    const g = tiny();
    const filter = { ...DEFAULT_VIEW_STATE.filter, series: ['A'] };
    const first = deriveView(g, { ...DEFAULT_VIEW_STATE, filter }, 'en', new Map());
    const recoloured = reuseUnchanged(
      first,
      deriveView(g, { ...DEFAULT_VIEW_STATE, filter, colorBy: 'series' }, 'en', new Map()),
    );
    expect(recoloured.render.visible).toBe(first.render.visible);
    expect(recoloured.render.colorBy).toBe('series');
    const refiltered = reuseUnchanged(first, deriveView(g, DEFAULT_VIEW_STATE, 'en', new Map()));
    expect(refiltered.render.visible).toBeNull();
    expect(reuseUnchanged(undefined, first)).toBe(first);
  });
});

describe('graphContext', () => {
  it('should offer only the node kinds the graph holds', () => {
    const g = createAtlasGraph();
    addLecture(g, 1, 'GAN basics');
    g.addNode('concept:gan', {
      kind: 'concept',
      label: 'GAN',
      aliases: [],
      category: 'model',
      lectureCount: 1,
    } as never);
    expect(graphContext(g, resolveDisplayOptions()).kinds).toEqual(['lecture', 'concept']);
  });
});

describe('learningPathHighlight', () => {
  it('should highlight a lecture’s learning path and its prerequisite edges, without what was watched', () => {
    const g = createAtlasGraph();
    for (const n of [1, 2, 3]) addLecture(g, n, `Part ${n}`);
    const prerequisite = (s: number, t: number): void => {
      g.addDirectedEdgeWithKey(`prerequisite:lecture:${s}->lecture:${t}`, `lecture:${s}`, `lecture:${t}`, {
        kind: 'prerequisite',
        score: 0.9,
        reason: 'the previous part',
      });
    };
    prerequisite(1, 2);
    prerequisite(2, 3);
    const whole = learningPathHighlight(g, 'lecture:3', new Set());
    expect([...whole!.nodes].sort()).toEqual(['lecture:1', 'lecture:2', 'lecture:3']);
    expect(whole!.edges.size).toBe(2);
    expect(learningPathHighlight(g, 'lecture:3', new Set(['lecture:2']))).toBeNull();
    expect(learningPathHighlight(g, 'lecture:1', new Set())).toBeNull();
  });
});
