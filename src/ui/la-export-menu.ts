/**
 * <la-export-menu>: export the whole graph or the current view as graphology JSON, or the drawing
 * as a PNG image.
 *
 * @property t - UI text
 * @fires la-export - an export was asked for (`format`, `scope`)
 * @csspart scope - the scope select
 */
import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { laEvent } from './events.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';

@customElement('la-export-menu')
export class LaExportMenu extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: flex;
        gap: 0.4rem;
        align-items: center;
        font-size: 0.85rem;
      }
      select,
      button {
        font: inherit;
      }
    `,
  ];

  @property({ attribute: false }) t: Messages = messagesFor('en');
  @state() private scope: 'graph' | 'view' = 'graph';

  override render() {
    const t = this.t;
    return html`
      <label for="scope" class="visually-hidden">${t.exportScope}</label>
      <select
        id="scope"
        part="scope"
        .value=${this.scope}
        @change=${(e: Event) => (this.scope = (e.target as HTMLSelectElement).value === 'view' ? 'view' : 'graph')}
      >
        <option value="graph">${t.scopeGraph}</option>
        <option value="view">${t.scopeView}</option>
      </select>
      <button type="button" class="json" @click=${() => this.emit('json')}>${t.exportJson}</button>
      <button type="button" class="png" @click=${() => this.emit('png')}>${t.exportPng}</button>
    `;
  }

  private emit(format: 'json' | 'png'): void {
    this.dispatchEvent(laEvent('la-export', { format, scope: this.scope }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-export-menu': LaExportMenu;
  }
}
