/**
 * The search index of the loaded graph, built on first use or when the browser is idle after the
 * first drawing: at 50,000 lectures building it takes over a second, which the first render need not wait for.
 */
import {
  SearchIndex,
  type SearchHit,
  type SearchOptions,
  type SearchResult,
} from '../../core/search-index.js';
import type { AtlasGraph } from '../../core/types.js';

/** What the search fields need of an index. */
export interface Searcher {
  search(text: string, limit?: number, options?: SearchOptions): SearchHit[];
  /** The search, and whether it reads (or would read) the lectures' descriptions. */
  searchAll(text: string, limit?: number, options?: SearchOptions): SearchResult;
  /** Where a description holds a query, as search finds it there. */
  descriptionMatcher(text: string): RegExp | undefined;
}

export class LazySearchIndex implements Searcher {
  private index?: SearchIndex;

  constructor(private readonly graph: AtlasGraph) {}

  get built(): boolean {
    return this.index !== undefined;
  }

  /** Builds the index now, if it is not built yet. */
  build(): SearchIndex {
    this.index ??= new SearchIndex(this.graph);
    return this.index;
  }

  search(text: string, limit?: number, options?: SearchOptions): SearchHit[] {
    return this.build().search(text, limit, options);
  }

  searchAll(text: string, limit?: number, options?: SearchOptions): SearchResult {
    return this.build().searchAll(text, limit, options);
  }

  descriptionMatcher(text: string): RegExp | undefined {
    return this.build().descriptionMatcher(text);
  }
}
