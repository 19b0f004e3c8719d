/**
 * <la-toolbar>: the explorer's commands beside the search — show the filters (when they are a drawer,
 * on tablets and phones), open the path finder, switch the theme and the language, export, and the
 * keyboard shortcuts. Stateless: shows the state it is given and fires an event for each command.
 *
 * @property t - UI text
 * @property uiLang - the UI language
 * @property theme - the colour theme
 * @property filtersToggle - whether the filters are a drawer (then a button opens them)
 * @property filtersOpen - whether the filters drawer is open
 * @property pathOpen - whether the path finder is open
 * @property compact - the phone layout: shorter labels
 * @property items - which controls: `all`, the `commands` (filters, path finder, shortcuts) or the
 *   `settings` (theme, language, export); the phone layout puts the settings in the filters drawer
 * @fires la-toggle - the filters, the path finder or the shortcuts were asked for (`target`, `open`)
 * @fires la-theme-change - the theme was switched (`theme`)
 * @fires la-language-change - another UI language was chosen (`lang`)
 * @fires la-export - an export was asked for (from <la-export-menu>)
 * @csspart bar - the button row
 */
import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { laEvent } from './events.js';
import { LANGS, isLang, messagesFor, type Lang, type Messages } from './i18n/index.js';
import './la-export-menu.js';
import { sharedStyles } from './shared-styles.js';
import type { Theme } from './state/view-state.js';

@customElement('la-toolbar')
export class LaToolbar extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      .bar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.35rem;
      }
      button,
      select {
        font: inherit;
        min-height: 2rem;
      }
      button[aria-expanded='true'],
      button[aria-pressed='true'] {
        background: var(--la-accent);
        border-color: var(--la-accent);
        color: var(--la-on-accent);
      }
      button {
        border: 1px solid var(--la-border-strong);
        border-radius: 4px;
        background: var(--la-surface);
        color: var(--la-fg);
        padding: 0.2rem 0.6rem;
        cursor: pointer;
      }
      button.help {
        min-width: 2rem;
        font-weight: 700;
      }
      label.lang {
        display: inline-flex;
        align-items: center;
        gap: 0.3rem;
      }
      select {
        background: var(--la-surface);
        color: var(--la-fg);
        border: 1px solid var(--la-border-strong);
        border-radius: 4px;
      }
    `,
  ];

  @property({ attribute: false }) t: Messages = messagesFor('en');
  @property() uiLang: Lang = 'en';
  @property() theme: Theme = 'light';
  @property({ type: Boolean }) filtersToggle = false;
  @property({ type: Boolean }) filtersOpen = false;
  @property({ type: Boolean }) pathOpen = false;
  @property({ type: Boolean }) compact = false;
  @property() items: 'all' | 'commands' | 'settings' = 'all';

  override render() {
    const t = this.t;
    const commands = this.items !== 'settings';
    const settings = this.items !== 'commands';
    return html`<div
      class="bar"
      part="bar"
      role="toolbar"
      aria-label=${this.items === 'settings' ? t.settingsLabel : t.toolbarLabel}
    >
      ${commands ? this.renderCommands() : nothing} ${settings ? this.renderSettings() : nothing}
      ${
        commands
          ? html`<button
              type="button"
              class="help"
              aria-label=${t.shortcutsTitle}
              title=${t.shortcutsTitle}
              aria-haspopup="dialog"
              @click=${() => this.toggle('shortcuts', true)}
            >
              ?
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderCommands() {
    const t = this.t;
    return html`${
        this.filtersToggle
          ? html`<button
              type="button"
              class="filters"
              aria-expanded=${this.filtersOpen ? 'true' : 'false'}
              aria-label=${this.compact ? t.menuLabel : nothing}
              @click=${() => this.toggle('filters', !this.filtersOpen)}
            >
              ${this.compact ? t.menu : t.filters}
            </button>`
          : nothing
      }
      <button
        type="button"
        class="path"
        aria-expanded=${this.pathOpen ? 'true' : 'false'}
        @click=${() => this.toggle('path', !this.pathOpen)}
      >
        ${this.compact ? t.pathFinderShort : t.pathFinder}
      </button>`;
  }

  private renderSettings() {
    const t = this.t;
    return html`<button
        type="button"
        class="theme"
        aria-pressed=${this.theme === 'dark' ? 'true' : 'false'}
        @click=${() =>
          this.dispatchEvent(laEvent('la-theme-change', { theme: this.theme === 'dark' ? 'light' : 'dark' }))}
      >
        ${t.darkTheme}
      </button>
      <label class="lang"
        ><span>${t.languageLabel}</span>
        <select class="lang" .value=${this.uiLang} @change=${this.onLanguage}>
          ${LANGS.map(
            (l) =>
              html`<option value=${l} lang=${l} ?selected=${l === this.uiLang}>
                ${messagesFor(l).langName}
              </option>`,
          )}
        </select></label
      >
      <la-export-menu .t=${t} ?inline=${this.items === 'settings'}></la-export-menu>`;
  }

  private toggle(target: 'filters' | 'path' | 'shortcuts', open: boolean): void {
    this.dispatchEvent(laEvent('la-toggle', { target, open }));
  }

  private readonly onLanguage = (e: Event): void => {
    const value = (e.target as HTMLSelectElement).value;
    if (isLang(value)) this.dispatchEvent(laEvent('la-language-change', { lang: value }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'la-toolbar': LaToolbar;
  }
}
