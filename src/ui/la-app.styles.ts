/** Styles of <la-app>: the header, the three-column layout, notices and the loading and error states. */
import { css } from 'lit';

export const laAppStyles = css`
  :host {
    display: grid;
    grid-template-rows: auto auto 1fr;
    height: 100%;
    font-family: system-ui, 'Noto Sans TC', 'PingFang TC', sans-serif;
    color: #1d2433;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid #e3e6ec;
  }
  h1 {
    font-size: 1.15rem;
    margin: 0;
  }
  .status {
    color: #4a5160;
    font-size: 0.9rem;
  }
  la-search.main {
    flex: 1 1 18rem;
    max-width: 30rem;
  }
  .tools {
    display: flex;
    gap: 0.75rem;
    align-items: center;
    margin-inline-start: auto;
    font-size: 0.85rem;
  }
  .tools select {
    font: inherit;
  }
  .message {
    margin: 2rem auto;
    max-width: 40rem;
    padding: 1rem 1.25rem;
    border-radius: 6px;
    background: #f4f6fa;
  }
  .message.error {
    background: #fdecec;
    color: #8a1c1c;
  }
  .notice {
    display: flex;
    gap: 1rem;
    align-items: center;
    justify-content: space-between;
    margin: 0;
    padding: 0.4rem 1rem;
    background: #fff6d6;
    color: #5a4300;
    font-size: 0.9rem;
    border-bottom: 1px solid #ecd98c;
  }
  .notice ul {
    margin: 0;
    padding-inline-start: 1rem;
  }
  .layout {
    display: grid;
    grid-template-columns: 16rem minmax(0, 1fr) 24rem;
    min-height: 0;
  }
  .sidebar,
  .details {
    overflow-y: auto;
    padding: 0.75rem 1rem;
    min-height: 0;
  }
  .sidebar {
    border-inline-end: 1px solid #e3e6ec;
  }
  .details {
    border-inline-start: 1px solid #e3e6ec;
  }
  .sidebar h2 {
    font-size: 0.95rem;
    margin: 1rem 0 0.5rem;
  }
  .sidebar h2:first-child {
    margin-top: 0;
  }
  main {
    position: relative;
    display: grid;
    grid-template-rows: auto 1fr;
    min-height: 0;
  }
  .modes {
    display: flex;
    gap: 0.25rem;
    padding: 0.4rem 0.6rem;
    border-bottom: 1px solid #e3e6ec;
    font-size: 0.85rem;
  }
  .info {
    margin-inline-start: auto;
    align-self: center;
    color: #4a5160;
    display: flex;
    flex-wrap: wrap;
    justify-content: end;
    gap: 0 0.8rem;
  }
  .modes button {
    font: inherit;
    border: 1px solid #b9c0cc;
    background: #fff;
    border-radius: 4px;
    padding: 0.15rem 0.7rem;
    cursor: pointer;
  }
  .modes button[aria-pressed='true'] {
    background: #1f5fbf;
    border-color: #1f5fbf;
    color: #fff;
  }
  .stage {
    position: relative;
    min-height: 0;
  }
  la-graph-view {
    position: absolute;
    inset: 0;
  }
  la-node-list {
    position: absolute;
    inset: 0;
  }
  .empty-filter {
    position: absolute;
    top: 1rem;
    left: 50%;
    transform: translateX(-50%);
    background: #fff;
    border: 1px solid #d9dde5;
    border-radius: 6px;
    padding: 0.75rem 1rem;
    box-shadow: 0 4px 12px rgb(0 0 0 / 10%);
  }
  .panel-head {
    display: flex;
    justify-content: flex-end;
  }
  .panel-head button {
    font: inherit;
    font-size: 0.8rem;
  }
  @media (max-width: 900px) {
    .layout {
      grid-template-columns: 1fr;
      grid-template-rows: auto 60vh auto;
      overflow-y: auto;
    }
  }
`;
