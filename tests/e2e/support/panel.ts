/**
 * Where things sit in the details panel (the side panel, or a phone's bottom sheet): what of a lecture a
 * reader sees once its panel has scrolled to the words it was found by.
 */
import type { Page } from 'playwright-core';

/** A box's top and bottom on the screen, in CSS pixels. */
export interface Span {
  top: number;
  bottom: number;
}

export interface MarkedPanelLayout {
  /** What of the panel is not covered: its scrollport, below the sheet's bar where that bar sticks. */
  visible: Span;
  /** The lecture's title (the panel's heading). */
  title: Span;
  /** The first occurrence of the query marked in the summary. */
  mark: Span;
  /** How far the panel has scrolled. */
  scrollTop: number;
}

/** Where the open lecture's title and its first marked word sit against the part of the panel a reader sees. */
export function markedPanelLayout(page: Page): Promise<MarkedPanelLayout> {
  return page.evaluate(() => {
    const span = (r: DOMRect) => ({ top: r.top, bottom: r.bottom });
    const app = document.querySelector('la-app')!.shadowRoot!;
    const panel = app.querySelector<HTMLElement>('.details')!;
    const lecture = panel.querySelector('la-lecture-panel')!.shadowRoot!;
    const mark = lecture.querySelector('la-markdown')!.shadowRoot!.querySelector('mark.query')!;
    const box = panel.getBoundingClientRect();
    // The scrollport: inside the border, above a horizontal scrollbar.
    let top = box.top + panel.clientTop;
    const bottom = top + panel.clientHeight;
    const bar = panel.querySelector(':scope > .panel-head');
    if (bar && getComputedStyle(bar).position === 'sticky')
      top = Math.max(top, bar.getBoundingClientRect().bottom);
    return {
      visible: { top, bottom },
      title: span(lecture.querySelector('h2')!.getBoundingClientRect()),
      mark: span(mark.getBoundingClientRect()),
      scrollTop: panel.scrollTop,
    };
  });
}

/**
 * What a reader cannot see of the title and the mark, in words: none when both are in full view and the mark
 * is not under the title. Half a pixel of slack for boxes at fractional positions.
 */
export function hiddenParts({ visible, title, mark }: MarkedPanelLayout): string[] {
  const slack = 0.5;
  return [
    title.top < visible.top - slack
      ? `the title's top is above the panel's view by ${visible.top - title.top} px`
      : '',
    title.bottom > visible.bottom + slack ? `the title's bottom is below the panel's view` : '',
    mark.top < title.bottom - slack ? `the mark is ${title.bottom - mark.top} px under the title` : '',
    mark.top < visible.top - slack ? `the mark is above the panel's view` : '',
    mark.bottom > visible.bottom + slack ? `the mark is below the panel's view` : '',
  ].filter(Boolean);
}
