/**
 * <la-camera-controls>: buttons that steer the graph's camera — zoom in, zoom out, fit what is shown,
 * reset to the whole graph — each with an accessible name (the visible symbols are decoration).
 *
 * @property t - UI text
 * @fires la-camera - a control was used (`action`)
 * @csspart group - the button group
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CameraAction } from './controllers/sigma-controller.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';

const CONTROLS: readonly { action: CameraAction; symbol: string }[] = [
  { action: 'zoom-in', symbol: '+' },
  { action: 'zoom-out', symbol: '−' },
  { action: 'fit', symbol: '⤢' },
  { action: 'reset', symbol: '⟲' },
];

@customElement('la-camera-controls')
export class LaCameraControls extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      div {
        display: flex;
        flex-direction: column;
        border: 1px solid var(--la-border-strong);
        border-radius: 6px;
        overflow: hidden;
        background: var(--la-surface);
        box-shadow: 0 2px 6px rgb(0 0 0 / 15%);
      }
      button {
        font: inherit;
        font-size: 1.1rem;
        line-height: 1;
        width: 2.5rem;
        height: 2.5rem;
        border: none;
        background: var(--la-surface);
        color: var(--la-fg);
        cursor: pointer;
      }
      button + button {
        border-top: 1px solid var(--la-border);
      }
      button:hover {
        background: var(--la-hover);
      }
      button:focus-visible {
        outline-offset: -3px;
      }
      @media (max-width: 699px) {
        div {
          flex-direction: row;
        }
        button {
          width: 2.25rem;
          height: 2.25rem;
        }
        button + button {
          border-top: none;
          border-inline-start: 1px solid var(--la-border);
        }
      }
    `,
  ];

  @property({ attribute: false }) t: Messages = messagesFor('en');

  override render() {
    const t = this.t;
    return html`<div role="group" part="group" aria-label=${t.cameraControls}>
      ${CONTROLS.map(
        (c) =>
          html`<button
            type="button"
            class=${c.action}
            aria-label=${t.camera[c.action]}
            title=${t.camera[c.action]}
            @click=${() => this.dispatchEvent(laEvent('la-camera', { action: c.action }))}
          >
            <span aria-hidden="true">${c.symbol}</span>
          </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-camera-controls': LaCameraControls;
  }
}
