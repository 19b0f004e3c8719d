/**
 * Keeps the view state in the address bar: reads it on demand, pushes a history entry for
 * navigations (selection, path), replaces the entry for adjustments (depth, filters, colours), and
 * calls back on back/forward.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { writeViewState } from '../state/url-state.js';
import type { ViewState } from '../state/view-state.js';

export class UrlStateController implements ReactiveController {
  private readonly onPopState = (): void => this.onNavigate(window.location.search);

  constructor(
    host: ReactiveControllerHost,
    private readonly onNavigate: (search: string) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
  }

  get search(): string {
    return window.location.search;
  }

  /** Writes the state to the URL: a new history entry when `push`, else the current one is replaced. */
  write(state: ViewState, push: boolean): void {
    const search = writeViewState(state);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }
}
