/**
 * <la-legend>: what the node colours mean — one entry per community (named after its most-taught
 * concept) or per series, matching what the graph view draws.
 *
 * @property colorBy - the colouring shown
 * @property communities - the community legend of the graph
 * @property seriesColors - series → colour
 * @property t - UI text
 * @csspart list - the legend list
 */
import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { CommunityEntry } from '../core/community-legend.js';
import { messagesFor, type Messages } from './i18n/index.js';
import { sharedStyles } from './shared-styles.js';
import { NO_SERIES_COLOR, safeColor } from './state/series-colors.js';
import type { ColorBy } from './state/view-state.js';

@customElement('la-legend')
export class LaLegend extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.4rem;
        padding: 0.08rem 0;
      }
      .swatch {
        width: 0.8rem;
        height: 0.8rem;
        border-radius: 50%;
        flex: none;
        border: 1px solid rgb(0 0 0 / 20%);
      }
      .count {
        margin-inline-start: auto;
        color: var(--la-muted);
      }
    `,
  ];

  @property() colorBy: ColorBy = 'community';
  @property({ attribute: false }) communities: CommunityEntry[] = [];
  @property({ attribute: false }) seriesColors: ReadonlyMap<string, string> = new Map();
  @property({ attribute: false }) t: Messages = messagesFor('en');

  override render() {
    const t = this.t;
    const entries =
      this.colorBy === 'community'
        ? this.communities.map((c) => ({
            color: c.color,
            name: t.communityName(c.community, t.preferZhLabels && c.nameZh ? c.nameZh : c.name),
            count: String(c.nodes),
          }))
        : [
            ...[...this.seriesColors].map(([series, color]) => ({ color, name: series, count: '' })),
            { color: NO_SERIES_COLOR, name: t.otherNodes, count: '' },
          ];
    return html`<ul part="list" aria-label=${t.legend}>
      ${entries.map(
        (e) =>
          html`<li>
            <span
              class="swatch"
              style=${styleMap({ background: safeColor(e.color) })}
              aria-hidden="true"
            ></span>
            <span>${e.name}</span><span class="count">${e.count}</span>
          </li>`,
      )}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'la-legend': LaLegend;
  }
}
