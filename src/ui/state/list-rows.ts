/** The rows of the list view and their orders (la-node-list.ts). */
import type { ListSort } from './view-state.js';

export interface Row {
  key: string;
  name: string;
  identity: string;
  /**
   * The start of the identity that the Course column shows (the series, with its separator), and the rest.
   */
  identityCourse: string;
  identityRest: string;
  kind: string;
  series: string;
  date: string;
  /** Position in its course's watching order (src/core/course-order.ts). */
  order: number;
  links: number;
  number: number;
}

const KIND_ORDER: Record<string, number> = { lecture: 0, concept: 1, note: 2 };

/**
 * Row order per sort, names compared as the interface language collates them (not the browser's locale: the
 * list reads the same to everyone who chose a language); rows without the sorted value (a concept has no course)
 * come last.
 */
export function compareRows(lang: string): Record<ListSort, (x: Row, y: Row) => number> {
  const collator = new Intl.Collator(lang, { numeric: true });
  const text = (a: string, b: string): number => collator.compare(a, b);
  return {
    title: (x, y) => text(x.name, y.name) || text(x.identity, y.identity),
    course: (x, y) =>
      Number(!x.series) - Number(!y.series) ||
      text(x.series, y.series) ||
      KIND_ORDER[x.kind]! - KIND_ORDER[y.kind]! ||
      x.order - y.order ||
      text(x.name, y.name),
    date: (x, y) =>
      Number(!x.date) - Number(!y.date) ||
      text(x.date, y.date) ||
      KIND_ORDER[x.kind]! - KIND_ORDER[y.kind]! ||
      x.number - y.number ||
      text(x.name, y.name),
  };
}
