/**
 * <la-export-menu>: a disclosure button ("Export") opening a small menu: the scope (whole graph or
 * current view) and the formats — graphology JSON, or the drawing as a PNG image (the whole graph at
 * a reset camera, or what the screen shows). Escape or a click elsewhere closes it.
 *
 * @property t - UI text
 * @property inline - the menu opens in the flow under its button rather than over the page (in the phone's
 *   drawer, where a menu aligned to the button's end would run off the screen's left edge)
 * @fires la-export - an export was asked for (`format`, `scope`)
 * @csspart toggle - the "Export" button
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
        position: relative;
        display: inline-block;
        font-size: 0.85rem;
      }
      select,
      button {
        font: inherit;
        min-height: 2rem;
        color: var(--la-fg);
        background: var(--la-surface);
        border: 1px solid var(--la-border-strong);
        border-radius: 4px;
      }
      button {
        padding: 0.2rem 0.6rem;
        cursor: pointer;
      }
      button[aria-expanded='true'] {
        background: var(--la-accent);
        border-color: var(--la-accent);
        color: var(--la-on-accent);
      }
      .menu {
        position: absolute;
        z-index: 30;
        inset-inline-end: 0;
        top: calc(100% + 4px);
        display: grid;
        gap: 0.4rem;
        min-width: 12rem;
        padding: 0.6rem;
        background: var(--la-surface);
        color: var(--la-fg);
        border: 1px solid var(--la-border-strong);
        border-radius: 6px;
        box-shadow: 0 6px 18px rgb(0 0 0 / 18%);
      }
      .menu[hidden] {
        display: none;
      }
      :host([inline]) {
        display: block;
      }
      :host([inline]) .menu {
        position: static;
        margin-top: 4px;
        min-width: 0;
      }
      label {
        display: grid;
        gap: 0.2rem;
      }
    `,
  ];

  @property({ attribute: false }) t: Messages = messagesFor('en');
  @property({ type: Boolean, reflect: true }) inline = false;
  @state() private scope: 'graph' | 'view' = 'graph';
  @state() private open = false;

  override render() {
    const t = this.t;
    return html`
      <button
        type="button"
        class="toggle"
        part="toggle"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="menu"
        @click=${() => (this.open = !this.open)}
      >
        ${t.exportLabel}
      </button>
      <div id="menu" class="menu" role="group" aria-label=${t.exportLabel} ?hidden=${!this.open}>
        <label
          >${t.exportScope}
          <select
            id="scope"
            part="scope"
            .value=${this.scope}
            @change=${(e: Event) =>
              (this.scope = (e.target as HTMLSelectElement).value === 'view' ? 'view' : 'graph')}
          >
            <option value="graph" ?selected=${this.scope === 'graph'}>${t.scopeGraph}</option>
            <option value="view" ?selected=${this.scope === 'view'}>${t.scopeView}</option>
          </select>
        </label>
        <button type="button" class="json" @click=${() => this.emit('json')}>${t.exportJson}</button>
        <button type="button" class="png" @click=${() => this.emit('png')}>${t.exportPng}</button>
      </div>
    `;
  }

  // On the whole component, not the menu alone: Escape on the "Export" button closes the open menu (not the
  // panel behind it, which Escape closes next), and focus moving from the button to elsewhere closes it too.
  // A press of the pointer elsewhere on the page closes it; one inside it (its padding, a label) does not,
  // though the browser moves focus to the page then.
  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('focusout', this.onFocusOut);
    document.addEventListener('pointerdown', this.onPointerDown, true);
  }

  override disconnectedCallback(): void {
    this.removeEventListener('keydown', this.onKeyDown);
    this.removeEventListener('focusout', this.onFocusOut);
    document.removeEventListener('pointerdown', this.onPointerDown, true);
    super.disconnectedCallback();
  }

  private readonly onPointerDown = (e: PointerEvent): void => {
    if (this.open && !e.composedPath().includes(this)) this.open = false;
  };

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    if (e.key !== 'Escape' || !this.open) return;
    e.preventDefault();
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('button.toggle')?.focus();
  };

  private readonly onFocusOut = (e: FocusEvent): void => {
    // Seen from the host, a target inside its shadow root is the host itself. Focus going nowhere (a click on
    // the menu's padding, the window losing focus) is left to the pointer handler.
    const next = e.relatedTarget as Node | null;
    if (!next || next === this || this.renderRoot.contains(next)) return;
    this.open = false;
  };

  private emit(format: 'json' | 'png'): void {
    this.dispatchEvent(laEvent('la-export', { format, scope: this.scope }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-export-menu': LaExportMenu;
  }
}
