/**
 * Keeps the view state in the address bar: reads it on demand, pushes a history entry for
 * navigations (selection, path), replaces the entry for adjustments (depth, filters, colours), and
 * calls back on back/forward; a link's interface language (`lang`) stays in the address. Writes wait for the
 * next frame to be drawn (the address bar is no part of what answers a click or a key); a write that must start
 * a new entry first makes the waiting one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { afterNextFrame } from '../after-next-frame.js';
import { writeViewState } from '../state/url-state.js';
import type { ViewState } from '../state/view-state.js';
import { LANG_PARAM } from '../i18n/index.js';

/**
 * A query string with the link's interface language kept at its end: a link that names one (`?lang=zh-TW`) keeps
 * naming it as the view changes, so that a reload or a copied address opens in it again.
 */
export function withLanguage(search: string, lang: string | null): string {
  if (lang === null) return search;
  const param = `${LANG_PARAM}=${encodeURIComponent(lang)}`;
  return search ? `${search}&${param}` : `?${param}`;
}

export class UrlStateController implements ReactiveController {
  private readonly onPopState = (): void => {
    // The navigation supersedes a write not yet made.
    this.cancel();
    this.onNavigate(window.location.search);
    // Going back goes to another view, not to the language the reader had then.
    this.keepLanguage();
  };
  private readonly onPageHide = (): void => this.flush();
  /** The write waiting for the next frame, and how to call it off. */
  private pending: { state: ViewState; push: boolean } | null = null;
  private cancelPending = (): void => {};

  constructor(
    host: ReactiveControllerHost,
    private readonly onNavigate: (search: string) => void,
    /** The interface language a link named (and the reader's later choice), kept in the address; null: none. */
    private readonly language: () => string | null = () => null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    this.flush();
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('pagehide', this.onPageHide);
  }

  get search(): string {
    this.flush();
    return window.location.search;
  }

  /**
   * Writes the state to the URL once the next frame is drawn: a new history entry when `push`, else
   * the current one is replaced (a replace coming before a waiting push changes what that push writes).
   */
  write(state: ViewState, push: boolean): void {
    if (this.pending && push) this.flush();
    if (this.pending) {
      this.pending.state = state;
      return;
    }
    this.pending = { state, push };
    this.cancelPending = afterNextFrame(() => this.flush());
  }

  /** Makes the waiting write now. */
  flush(): void {
    const pending = this.pending;
    this.cancel();
    if (pending) this.writeNow(pending.state, pending.push);
  }

  private cancel(): void {
    this.pending = null;
    this.cancelPending();
  }

  /** Puts the interface language in the address where it names another (or none where none is kept). */
  keepLanguage(): void {
    const params = new URLSearchParams(window.location.search);
    const lang = this.language();
    if (params.get(LANG_PARAM) === lang) return;
    params.delete(LANG_PARAM);
    const rest = params.toString();
    const search = withLanguage(rest ? `?${rest}` : '', lang);
    window.history.replaceState(
      window.history.state,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  }

  private writeNow(state: ViewState, push: boolean): void {
    const search = withLanguage(writeViewState(state), this.language());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }
}
