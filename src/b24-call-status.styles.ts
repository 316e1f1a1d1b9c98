import { css } from 'lit';

// Colours keep ≥ 4.5:1 against the default background in light and dark schemes.
export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color-scheme: light dark;
    font: var(--b24-call-status-font, inherit);
    color: var(--b24-call-status-color, CanvasText);
    --_idle: var(--b24-call-status-idle-color, light-dark(#52585f, #b4bcc6));
    --_connecting: var(--b24-call-status-connecting-color, light-dark(#8a4b00, #f2b45a));
    --_connected: var(--b24-call-status-connected-color, light-dark(#1c6e32, #6fd68b));
    --_error: var(--b24-call-status-error-color, light-dark(#b3261e, #ff8a80));
    --_accent: var(--b24-call-status-accent, light-dark(#0b62a8, #7cc4ff));
    --_gap: var(--b24-call-status-gap, 0.5em);
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
    border-radius: var(--b24-call-status-radius, 0.5em);
    min-width: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_gap);
  }
  [part='state'] {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.1em 0.6em;
    border: 1px solid currentColor;
    border-radius: 999px;
    font-weight: 600;
    color: var(--_idle);
  }
  [part='state']::before,
  :host([state='loading']) [part='message']::before {
    content: '';
    display: inline-block;
    width: 0.55em;
    height: 0.55em;
    border-radius: 50%;
    background: currentColor;
  }
  :host([state='loading']) [part='message']::before {
    margin-inline-end: 0.5em;
  }
  :host([call-state='connecting']) [part='state'] {
    color: var(--_connecting);
  }
  :host([call-state='connecting']) [part='state']::before,
  :host([state='loading']) [part='message']::before {
    animation: pulse 1s ease-in-out infinite alternate;
  }
  :host([call-state='connected']) [part='state'] {
    color: var(--_connected);
  }
  [part='call-list'] {
    padding: 0.1em 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: Canvas;
    font-size: 0.85em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(5em, max-content) minmax(0, 1fr);
    gap: 0.25em var(--_gap);
    margin: 0;
  }
  dt {
    opacity: 0.8;
  }
  dd {
    margin: 0;
    min-width: 0;
    overflow-wrap: anywhere;
    unicode-bidi: isolate;
  }
  ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .value {
    display: block;
    max-height: 6lh;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  [part='call-id'],
  [part='error-code'] {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  [part='error-code'] {
    opacity: 0.8;
    margin-inline-start: 0.5em;
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
    overflow-wrap: anywhere;
  }
  [part='retry'] {
    justify-self: start;
    padding: 0.25em 0.9em;
    border: 1px solid currentColor;
    border-radius: var(--b24-call-status-radius, 0.5em);
    text-decoration: none;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  [part='message'] {
    margin: 0;
    overflow-wrap: anywhere;
  }
  /* A host can send any text as a state or direction: wrap it, and cap it at three lines. */
  .head > span {
    min-width: 0;
    max-width: 100%;
    max-height: 3lh;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  :host([state='error']) [part='message'] {
    color: var(--_error);
  }
  @keyframes pulse {
    from {
      opacity: 1;
    }
    to {
      opacity: 0.25;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    ::before {
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    [part='base'],
    [part='state'],
    [part='retry'] {
      border-color: CanvasText;
    }
    [part='state'],
    [part='message'],
    [part='call-list'] {
      color: CanvasText;
      forced-color-adjust: none;
    }
    [part='state']::before {
      background: Highlight;
    }
    button {
      color: LinkText;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
`;
