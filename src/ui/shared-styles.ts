/**
 * Styles shared by the explorer's components: panel sections, chips, lists, focus rings, visually
 * hidden text. Colours are the theme's custom properties, set once on <la-app> (see la-app.styles.ts)
 * and inherited through every shadow root; the fallbacks are the light theme's.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    color: var(--la-fg, #1d2433);
  }
  /* A finger needs a larger target than a pointer (WCAG 2.5.8: at least 24 px). */
  @media (pointer: coarse) {
    input[type='checkbox'],
    input[type='radio'] {
      width: 1.5rem;
      height: 1.5rem;
      /* Not squeezed by the flex rows they sit in. */
      flex: none;
    }
    /* Buttons a finger can hit (about 40 px); a link in a list gets room above and below. */
    button:not(.link),
    select {
      min-height: 2.5rem;
    }
    button:not(.link):not(.chip) {
      min-width: 2.5rem;
    }
    button.chip {
      min-height: 2.25rem;
    }
    li > button.link,
    p > button.link,
    li > a,
    a.video {
      display: inline-block;
      padding-block: 0.35rem;
    }
    /* A summary stays a list item: as an inline block it lost its fold marker (▸). */
    summary {
      padding-block: 0.35rem;
    }
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.4rem;
    overflow-wrap: anywhere;
  }
  h3 {
    font-size: 0.95rem;
    margin: 1rem 0 0.4rem;
  }
  ul.plain,
  ol.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  ul.plain li,
  ol.plain li {
    margin: 0.3rem 0;
  }
  .muted {
    color: var(--la-muted, #4a5160);
    font-size: 0.85rem;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  button.chip,
  button.link {
    font: inherit;
    cursor: pointer;
  }
  button.chip {
    border: 1px solid var(--la-border, #d9dde5);
    background: var(--la-chip, #eef2f9);
    border-radius: 999px;
    padding: 0.2rem 0.65rem;
    font-size: 0.85rem;
    color: var(--la-fg, #1d2433);
  }
  button.chip.main {
    border-color: var(--la-accent, #1f5fbf);
    font-weight: 600;
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    color: var(--la-accent, #1f5fbf);
    text-align: start;
    text-decoration: underline;
    overflow-wrap: anywhere;
  }
  a {
    color: var(--la-accent, #1f5fbf);
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  summary:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--la-accent, #1f5fbf);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* A lecture's identity under its title: course and year, part, language version. */
  .identity {
    display: block;
    color: var(--la-muted, #4a5160);
    font-size: 0.82rem;
  }
`;

/**
 * The query a node was found by, marked where its text holds it (a lecture's summary, a concept's definition): dark
 * text on yellow in either theme.
 */
export const queryMarkStyles = css`
  mark.query {
    background: #ffe066;
    color: #1b1b1b;
    border-radius: 2px;
  }
`;
