/**
 * Follows a CSS media query for its host (window.matchMedia): `matches` is current, and the host
 * updates when it changes. Used for what CSS alone cannot decide: which layout renders which controls
 * (the phone layout moves settings into the filters drawer and the panel into a bottom sheet).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class MediaQueryController implements ReactiveController {
  matches = false;
  private list?: MediaQueryList;
  private readonly onChange = (e: MediaQueryListEvent): void => {
    this.matches = e.matches;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly query: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.list = globalThis.matchMedia?.(this.query);
    this.matches = this.list?.matches ?? false;
    this.list?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.list?.removeEventListener('change', this.onChange);
    this.list = undefined;
  }
}
