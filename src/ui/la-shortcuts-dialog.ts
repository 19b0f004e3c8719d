/**
 * <la-shortcuts-dialog>: the keyboard shortcuts, in a modal dialog (the native <dialog>: it traps
 * focus, closes on Escape and gives focus back to where it was), after tips for a finger on a touch screen (a
 * coarse pointer). Opened with "?" or from the toolbar.
 *
 * @property t - UI text
 * @fires la-toggle - the dialog closed (`target: 'shortcuts'`, `open: false`)
 * @csspart dialog - the dialog
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';

/** The shortcuts la-app handles, with the keys shown for each (the text comes from the messages). */
export const SHORTCUT_KEYS = {
  search: ['/'],
  help: ['?'],
  close: ['Esc'],
  zoomIn: ['+'],
  zoomOut: ['−'],
  fit: ['F'],
  reset: ['0'],
  list: ['L'],
  path: ['P'],
} as const;

export type ShortcutName = keyof typeof SHORTCUT_KEYS;

@customElement('la-shortcuts-dialog')
export class LaShortcutsDialog extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      dialog {
        border: 1px solid var(--la-border-strong);
        border-radius: 8px;
        padding: 1rem 1.25rem;
        max-width: min(28rem, calc(100vw - 2rem));
        background: var(--la-surface);
        color: var(--la-fg);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 40%);
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.4rem 1rem;
        margin: 0.75rem 0 1rem;
      }
      dt {
        white-space: nowrap;
      }
      dd {
        margin: 0;
      }
      kbd {
        font: inherit;
        font-size: 0.85rem;
        border: 1px solid var(--la-border-strong);
        border-bottom-width: 2px;
        border-radius: 4px;
        padding: 0.05rem 0.4rem;
        background: var(--la-chip);
      }
      /* A finger gets tips for a finger first; the keyboard's shortcuts follow, for a keyboard plugged in. */
      .touch ~ h2 {
        font-size: 1rem;
      }
      .touch ul {
        padding-inline-start: 1.2rem;
        margin: 0.5rem 0 1rem;
      }
      .touch li + li {
        margin-top: 0.3rem;
      }
      .actions {
        display: flex;
        justify-content: flex-end;
      }
      button {
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) t: Messages = messagesFor('en');
  @query('dialog') private dialog?: HTMLDialogElement;

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Whether the main pointer is a finger (read as the dialog opens). */
  @state() private touch = false;

  show(): void {
    this.touch = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
    if (this.dialog && !this.dialog.open) this.dialog.showModal();
  }

  close(): void {
    this.dialog?.close();
  }

  override render() {
    const t = this.t;
    const names = Object.keys(SHORTCUT_KEYS) as ShortcutName[];
    return html`<dialog
      part="dialog"
      aria-labelledby=${this.touch ? 'touch-title' : 'title'}
      @close=${this.onClose}
    >
      ${
        this.touch
          ? html`<section class="touch">
              <h2 id="touch-title">${t.touchTitle}</h2>
              <ul>
                ${t.touchTips.map((tip) => html`<li>${tip}</li>`)}
              </ul>
            </section>`
          : nothing
      }
      <h2 id="title">${t.shortcutsTitle}</h2>
      <dl>
        ${names.map(
          (n) =>
            html`<dt>${SHORTCUT_KEYS[n].map((k) => html`<kbd>${k}</kbd>`)}</dt>
              <dd>${t.shortcut[n]}</dd>`,
        )}
      </dl>
      <div class="actions">
        <button type="button" class="close" @click=${() => this.close()}>${t.close}</button>
      </div>
    </dialog>`;
  }

  private readonly onClose = (): void => {
    this.dispatchEvent(laEvent('la-toggle', { target: 'shortcuts', open: false }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'la-shortcuts-dialog': LaShortcutsDialog;
  }
}
