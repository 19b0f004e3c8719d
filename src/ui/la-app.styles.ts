/**
 * Styles of <la-app>: the theme's colours (custom properties every component inherits; both themes
 * meet WCAG 2.1 AA contrast), the skip links, the header, the three layouts — desktop (filters, graph,
 * panel side by side), tablet (graph and panel, filters as a drawer) and phone (graph first, the panel
 * a bottom sheet, filters as a drawer) — notices and the loading and error states.
 */
import { css } from 'lit';

export const laAppStyles = css`
  :host {
    --la-fg: #1d2433;
    --la-muted: #4a5160;
    --la-border: #d9dde5;
    --la-border-strong: #7b8494;
    --la-accent: #1f5fbf;
    --la-on-accent: #ffffff;
    --la-chip: #eef2f9;
    --la-surface: #ffffff;
    --la-surface-2: #f4f6fa;
    --la-hover: #eef2f9;
    --la-selected: #dfe8f7;
    --la-canvas: #ffffff;
    --la-notice-bg: #fff6d6;
    --la-notice-fg: #5a4300;
    --la-error-bg: #fdecec;
    --la-error-fg: #8a1c1c;
    color-scheme: light;
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr);
    height: 100%;
    height: 100dvh;
    font-family: system-ui, 'Noto Sans TC', 'Noto Sans CJK TC', 'PingFang TC', sans-serif;
    color: var(--la-fg);
    background: var(--la-surface);
    overflow: hidden;
  }
  :host([theme='dark']) {
    --la-fg: #e8ebf1;
    --la-muted: #aeb6c4;
    --la-border: #333b48;
    --la-border-strong: #6f7a8c;
    --la-accent: #8ab4ff;
    --la-on-accent: #0b1220;
    --la-chip: #222a36;
    --la-surface: #12161d;
    --la-surface-2: #1a1f28;
    --la-hover: #232a35;
    --la-selected: #1e3556;
    --la-canvas: #12161d;
    --la-notice-bg: #3a3110;
    --la-notice-fg: #f5e6b0;
    --la-error-bg: #401c1c;
    --la-error-fg: #ffc9c9;
    color-scheme: dark;
  }
  button,
  select {
    font: inherit;
  }
  button {
    color: var(--la-fg);
    background: var(--la-surface);
    border: 1px solid var(--la-border-strong);
    border-radius: 4px;
    padding: 0.2rem 0.6rem;
    cursor: pointer;
  }
  button:focus-visible,
  a:focus-visible,
  [tabindex]:focus-visible {
    outline: 2px solid var(--la-accent);
    outline-offset: 2px;
  }
  #panel:focus-visible {
    outline-offset: -2px;
  }
  /* The panel's ring, drawn inside its edge, is not hidden under its stuck title: the title sticks below it. */
  #panel:not(.sheet):focus-visible {
    --la-panel-sticky-top: calc(2px - 0.75rem);
  }

  /* Skip links: first in the focus order, shown when focused. */
  .skips {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 100;
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -10rem;
    white-space: nowrap;
    padding: 0.5rem 0.8rem;
    background: var(--la-accent);
    color: var(--la-on-accent);
    border-radius: 0 0 6px 6px;
    font-weight: 600;
  }
  .skip:focus {
    top: 0;
  }

  header {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--la-border);
    min-width: 0;
  }
  h1 {
    font-size: 1.15rem;
    margin: 0 0 0.3rem;
    white-space: nowrap;
  }
  la-search.main {
    flex: 1 1 18rem;
    max-width: 36rem;
    min-width: 0;
  }
  la-toolbar {
    margin-inline-start: auto;
  }
  .message {
    margin: 2rem auto;
    max-width: 40rem;
    padding: 1rem 1.25rem;
    border-radius: 6px;
    background: var(--la-surface-2);
  }
  .message.error {
    background: var(--la-error-bg);
    color: var(--la-error-fg);
  }
  .notice {
    display: flex;
    gap: 1rem;
    align-items: center;
    justify-content: space-between;
    margin: 0;
    padding: 0.4rem 1rem;
    background: var(--la-notice-bg);
    color: var(--la-notice-fg);
    font-size: 0.9rem;
    border-bottom: 1px solid var(--la-border);
    overflow-wrap: anywhere;
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
  .notice .dismiss {
    flex: none;
    overflow-wrap: normal;
  }

  .layout {
    position: relative;
    display: grid;
    grid-template-columns: 16rem minmax(0, 1fr) 24rem;
    min-height: 0;
  }
  .sidebar,
  .details {
    overflow-y: auto;
    padding: 0.75rem 1rem;
    min-height: 0;
    overflow-wrap: anywhere;
  }
  .sidebar {
    border-inline-end: 1px solid var(--la-border);
  }
  /* What a panel needs to keep its title in view as it scrolls (la-lecture-panel): where the title sticks, as
     a sticky 'top' (counted from inside the padding, so minus the padding: at the panel's edge), and how much
     of the panel's top the app's own bar covers (none here; a phone's sheet has one). */
  .details {
    border-inline-start: 1px solid var(--la-border);
    --la-panel-sticky-top: -0.75rem;
    --la-panel-covered: 0px;
  }
  .welcome h2 {
    font-size: 0.95rem;
    margin: 1.1rem 0 0.2rem;
  }
  .welcome ol li {
    margin-block: 0.45rem;
  }
  .welcome ol .muted {
    display: block;
  }
  .sidebar h2 {
    font-size: 0.95rem;
    margin: 1rem 0 0.5rem;
  }
  .sidebar h2:first-child,
  .drawer-head h2 {
    margin-top: 0;
  }
  [hidden] {
    display: none !important;
  }
  main {
    position: relative;
    display: grid;
    grid-template-rows: auto auto minmax(0, 1fr);
    min-height: 0;
    min-width: 0;
  }

  /* The path finder opens above the graph, from the toolbar. It is not a scroll container (its list of
     hops scrolls instead), so the suggestions of its fields open over the graph rather than cut off. */
  .pathbar {
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--la-border);
    background: var(--la-surface-2);
  }
  .pathbar-head,
  .drawer-head,
  .panel-head {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .pathbar-head h2 {
    font-size: 0.95rem;
    margin: 0 0 0.3rem;
  }
  .pathbar-head button,
  .drawer-head button,
  .panel-head button {
    font-size: 0.85rem;
  }
  .panel-head {
    justify-content: flex-end;
    margin-bottom: 0.25rem;
  }

  .modes {
    display: flex;
    gap: 0.25rem 0.75rem;
    align-items: center;
    padding: 0.4rem 0.6rem;
    border-bottom: 1px solid var(--la-border);
    font-size: 0.85rem;
    min-width: 0;
  }
  .mode-buttons {
    display: flex;
    gap: 0.25rem;
    flex: none;
  }
  .modes button {
    padding: 0.15rem 0.7rem;
  }
  .modes button[aria-pressed='true'] {
    background: var(--la-accent);
    border-color: var(--la-accent);
    color: var(--la-on-accent);
  }
  .info {
    margin-inline-start: auto;
    color: var(--la-muted);
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: 0 0.8rem;
    min-width: 0;
    text-align: end;
  }
  .focus-info {
    flex-basis: 100%;
    min-height: 1lh;
  }
  .pathbar {
    grid-row: 1;
  }
  .modes {
    grid-row: 2;
  }
  .stage {
    grid-row: 3;
    position: relative;
    min-height: 0;
  }
  la-graph-view,
  la-node-list {
    position: absolute;
    inset: 0;
  }
  /* The list view covers the graph, which stays mounted (inert) under it: its camera controls would
     sit over the list's last column. */
  la-graph-view[inert]::part(controls) {
    display: none;
  }
  /* The welcome's way in, in the corner the camera controls leave free (they sit bottom right). */
  .begin {
    position: absolute;
    z-index: 2;
    left: 0.75rem;
    bottom: 0.75rem;
    min-height: 40px;
    background: var(--la-surface);
    border: 1px solid var(--la-border);
    border-radius: 6px;
  }
  /* On a phone the camera controls lie in a row along the foot of the graph (four 40 px buttons for a finger,
     0.6rem from the edge: 172 px): the way in stops short of them, on two lines if it must, rather than run under
     "Zoom in". */
  :host([layout='phone']) .begin {
    max-width: calc(100% - 12rem);
  }
  /* Over the list too: above its sticky column headers, which would hide the message. */
  .empty-filter {
    position: absolute;
    z-index: 3;
    top: 1rem;
    left: 50%;
    transform: translateX(-50%);
    max-width: calc(100% - 2rem);
    background: var(--la-surface);
    border: 1px solid var(--la-border);
    border-radius: 6px;
    padding: 0.75rem 1rem;
    box-shadow: 0 4px 12px rgb(0 0 0 / 10%);
  }

  /* A wide desktop: room for a course's long name in the filters. */
  @media (min-width: 1600px) {
    :host([layout='desktop']) .layout {
      grid-template-columns: clamp(16rem, 20vw, 26rem) minmax(0, 1fr) 24rem;
    }
  }

  /* Tablet: graph and panel; the filters a drawer over the graph. */
  :host([layout='tablet']) .layout {
    grid-template-columns: minmax(0, 1fr) 22rem;
  }
  :host([layout='tablet']) .layout.no-panel {
    grid-template-columns: minmax(0, 1fr);
  }
  .scrim {
    position: absolute;
    inset: 0;
    z-index: 39;
    background: rgb(0 0 0 / 25%);
  }
  .sidebar.drawer {
    position: absolute;
    z-index: 40;
    inset-block: 0;
    inset-inline-start: 0;
    width: min(20rem, 88vw);
    box-sizing: border-box;
    background: var(--la-surface);
    border-inline-end: 1px solid var(--la-border-strong);
    box-shadow: 4px 0 16px rgb(0 0 0 / 20%);
  }

  /* Phone: the graph first; the panel a bottom sheet under it; the search always in the header. */
  :host([layout='phone']) header {
    padding: 0.4rem 0.6rem;
    gap: 0.35rem 0.5rem;
    align-items: center;
  }
  :host([layout='phone']) h1 {
    font-size: 1rem;
    margin: 0;
  }
  :host([layout='phone']) la-search.main {
    order: 3;
    flex: 1 1 100%;
    max-width: none;
  }
  :host([layout='phone']) la-toolbar {
    order: 2;
    margin-inline-start: 0;
  }
  /* The graph's row at least 12rem, but on a very short screen (a window zoomed to 300%) 30% of it, so the
     sheet under it keeps its grip and a few lines on screen. */
  :host([layout='phone']) .layout {
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: minmax(min(12rem, 30dvh), 1fr) auto;
  }
  :host([layout='phone']) .modes {
    padding: 0.3rem 0.5rem;
  }
  :host([compact-header]) .info {
    display: block;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: 0.8rem;
  }
  :host([compact-header]) .info > * + * {
    display: none;
  }
  .details.sheet {
    max-height: 50dvh;
    border-inline-start: none;
    border-top: 1px solid var(--la-border-strong);
    border-radius: 12px 12px 0 0;
    box-shadow: 0 -6px 18px rgb(0 0 0 / 18%);
    padding-top: 0.4rem;
    background: var(--la-surface);
    /* The bar's height is set, not left to its content, so that a panel's title sticks right under it: the
       grip, or a button as tall as a finger needs, and the bar's padding. */
    --la-sheet-bar: 2.6rem;
    --la-panel-sticky-top: calc(var(--la-sheet-bar) - 0.4rem);
    --la-panel-covered: var(--la-sheet-bar);
  }
  @media (pointer: coarse) {
    .details.sheet {
      --la-sheet-bar: 3.1rem;
    }
  }
  .sheet .panel-head {
    position: sticky;
    top: -0.4rem;
    z-index: 2;
    justify-content: space-between;
    background: var(--la-surface);
    padding: 0.3rem 0;
    box-sizing: border-box;
    height: var(--la-sheet-bar);
  }
  .sheet .panel-head button {
    font-size: 0.95rem;
    padding: 0.35rem 0.8rem;
    font-weight: 600;
    white-space: nowrap;
  }
  /* Under a compact header (a phone; a tablet's screen too short for more, such as a phone turned sideways) the
     graph's row is short, and shorter with a sheet open: what the path finder puts above the graph scrolls with it
     rather than leave the graph no height, or push the view buttons off the screen (the finder's suggestions open
     over the graph, sized to what of it is in view: la-search). */
  :host([compact-header]) main {
    overflow-y: auto;
  }
  :host([compact-header]) .stage {
    min-height: 8rem;
  }
  /* The graph fills the strip it has, its camera controls on it (its own minimum of 200 px pushed them under
     the sheet); sigma needs some height to draw in. */
  :host([compact-header]) la-graph-view {
    min-height: 3rem;
  }
  /* A sheet dragged taller leaves the graph a strip. */
  :host([layout='phone']) .layout.with-sheet.sized {
    grid-template-rows: minmax(7rem, 1fr) auto;
  }
  :host([layout='phone']) .layout.with-sheet.sized .stage {
    min-height: 3rem;
  }
  /* The view buttons sit in the graph's own strip of a phone: a finger's target, a little lower than the
     rest. */
  @media (pointer: coarse) {
    .modes button {
      min-height: 1.75rem;
    }
  }
  /* The grip: a bar drawn in a larger area a finger can drag (the sheet's height follows). */
  .grip {
    flex: none;
    width: 4rem;
    height: 2rem;
    touch-action: none;
    cursor: ns-resize;
    background: linear-gradient(var(--la-border-strong), var(--la-border-strong)) center / 2.5rem 0.3rem
      no-repeat;
  }
`;
