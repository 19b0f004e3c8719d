/**
 * What every spec file shares: a connection to the one Chromium the global setup started, the
 * built site's URL, and a page opener that records page errors and dialogs (a dialog is always a bug).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

export interface OpenedPage {
  page: Page;
  /** Uncaught page errors. */
  errors: string[];
  /** Messages of any alert/confirm/prompt the page opened (dismissed at once). */
  dialogs: string[];
  /** Console messages reporting a Content-Security-Policy violation. */
  cspViolations: string[];
}

export function siteUrl(path = ''): string {
  return new URL(path, inject('siteUrl')).href;
}

export async function connectBrowser(): Promise<Browser> {
  return chromium.connect(inject('browserEndpoint'));
}

export async function openPage(
  browser: Browser,
  path = '',
  options: {
    setup?: (page: Page) => Promise<unknown>;
    locale?: string;
    width?: number;
    height?: number;
    colorScheme?: 'light' | 'dark';
    /** A phone: touch events, no mouse hover. */
    touch?: boolean;
    /** Animate the camera (pages prefer reduced motion otherwise, so that tests need not wait for it). */
    motion?: boolean;
  } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: options.locale ?? 'en-US',
    acceptDownloads: true,
    reducedMotion: options.motion ? 'no-preference' : 'reduce',
    colorScheme: options.colorScheme ?? 'light',
    hasTouch: options.touch ?? false,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  const cspViolations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('close', () => void context.close().catch(() => undefined));
  await options.setup?.(page);
  await page.goto(siteUrl(path));
  return { page, errors, dialogs, cspViolations };
}

/** Waits until the explorer has loaded the graph (the status line counts lectures). */
export async function waitForGraph(page: Page): Promise<void> {
  await page.locator('la-app la-search.main input').waitFor({ timeout: 15_000 });
}

/** The main search field. */
export const searchField = (page: Page) => page.locator('la-search.main input');

/** Types into the main search and waits for the suggestion list. */
export async function search(page: Page, text: string) {
  const input = searchField(page);
  await input.fill(text);
  const options = page.locator('la-search.main [role=option]');
  await options.first().waitFor();
  return options;
}

/** The query string of the page's URL as an object. */
export function queryOf(page: Page): Record<string, string> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/**
 * Where the focus is, through the shadow roots: each element on the way, its tag and classes ("la-path-finder",
 * "la-search.to", "input").
 */
export function focusTrail(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const trail: string[] = [];
    let el: Element | null = document.activeElement;
    while (el) {
      trail.push([el.tagName.toLowerCase(), ...el.classList].join('.'));
      el = el.shadowRoot?.activeElement ?? null;
    }
    return trail;
  });
}
