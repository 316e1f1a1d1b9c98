import { css } from 'lit';

// Colours keep ≥ 4.5:1 against the default background in light and dark schemes.
// Connecting also has a dashed border, so the three states differ without colour.
export const styles = css`
  :host {
    display: block;
    color-scheme: light dark;
    font: var(--b24-call-status-font, inherit);
    color: var(--b24-call-status-color, CanvasText);
    --_accent: var(--b24-call-status-accent, light-dark(#0b62a8, #7cc4ff));
    --_gap: var(--b24-call-status-gap, 0.5em);
    --_radius: var(--b24-call-status-radius, 0.5em);
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: grid;
    gap: var(--_gap);
    padding: 0.75em 1em;
    background: var(--b24-call-status-background, Canvas);
    border: var(--b24-call-status-border, 1px solid light-dark(#d0d5db, #4a5057));
    border-radius: var(--_radius);
  }
  .head,
  ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .head > span {
    padding: 0.1em 0.6em;
    border: 1px solid;
    border-radius: 1em;
  }
  [part='state'] {
    font-weight: 600;
    color: var(--b24-call-status-idle-color, light-dark(#52585f, #b4bcc6));
  }
  [part='state']::before {
    content: '';
    display: inline-block;
    width: 0.5em;
    height: 0.5em;
    margin-inline-end: 0.4em;
    border-radius: 50%;
    background: currentColor;
  }
  :host([call-state='connecting']) [part='state'] {
    color: var(--b24-call-status-connecting-color, light-dark(#8a4b00, #f2b45a));
    border-style: dashed;
  }
  :host([call-state='connecting']) [part='state']::before {
    animation: pulse 1s infinite alternate;
  }
  :host([call-state='connected']) [part='state'] {
    color: var(--b24-call-status-connected-color, light-dark(#1c6e32, #6fd68b));
  }
  [part='call-list'] {
    background: var(--_accent);
    color: Canvas;
  }
  dl {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.25em var(--_gap);
    margin: 0;
  }
  dd,
  p {
    margin: 0;
  }
  /* Host text can be anything: wrap it anywhere, and cap its height. */
  span,
  p {
    max-height: 6lh;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  dd span {
    display: block;
  }
  code,
  [part='call-id'] {
    font: 0.85em ui-monospace, monospace;
  }
  button {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    text-decoration: underline;
    cursor: pointer;
    text-align: start;
  }
  [part='retry'] {
    justify-self: start;
    padding: 0.25em 0.9em;
    border: 1px solid;
    border-radius: var(--_radius);
    text-decoration: none;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  :host([state='error']) p {
    color: var(--b24-call-status-error-color, light-dark(#b3261e, #ff8a80));
  }
  @keyframes pulse {
    to {
      opacity: 0.25;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    ::before {
      animation: none !important;
    }
  }
  /* System colours would hide the dot. */
  @media (forced-colors: active) {
    [part='state']::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
