/** Styles shared by the explorer's components: panel sections, chips, lists, visually hidden text. */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    --la-fg: #1d2433;
    --la-muted: #4a5160;
    --la-border: #d9dde5;
    --la-accent: #1f5fbf;
    --la-chip: #eef2f9;
    color: var(--la-fg);
  }
  h2 {
    font-size: 1.1rem;
    margin: 0 0 0.4rem;
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
    margin: 0.25rem 0;
  }
  .muted {
    color: var(--la-muted);
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
    border: 1px solid var(--la-border);
    background: var(--la-chip);
    border-radius: 999px;
    padding: 0.15rem 0.6rem;
    font-size: 0.85rem;
    color: var(--la-fg);
  }
  button.chip.main {
    border-color: var(--la-accent);
    font-weight: 600;
  }
  button.link {
    border: none;
    background: none;
    padding: 0;
    color: var(--la-accent);
    text-align: start;
    text-decoration: underline;
  }
  a {
    color: var(--la-accent);
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--la-accent);
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
`;
