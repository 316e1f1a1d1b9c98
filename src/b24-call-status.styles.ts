import { css } from 'lit';

// Bitrix24's look: its UI font, text and link colours, and one pill style for every badge.
// Light unless the page is dark: no color-scheme of our own, so light-dark() follows the page's
// (inherited) scheme, and a page that never sets one ("normal") is light whatever the OS theme.
// theme="light|dark|auto" overrides; auto follows the OS.
// Every text colour keeps ≥ 4.5:1 on the background and on its badge's tint, in both schemes:
// Bitrix24's own quiet grey #828b95 does not (3.5:1), so labels use #6a737f.
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    font: var(--b24-call-status-font, 13px/1.45 'Open Sans', 'Helvetica Neue', Helvetica, Arial, sans-serif);
    color: var(--b24-call-status-color, light-dark(#333, #e6e9ec));
    --_bg: var(--b24-call-status-background, light-dark(#fff, #22272e));
    --_muted: var(--b24-call-status-muted-color, light-dark(#6a737f, #a0a9b3));
    --_accent: var(--b24-call-status-accent, light-dark(#2067b0, #6cb0ff));
    --_hover: var(--b24-call-status-accent-hover, light-dark(#0b66c3, #8cc2ff));
    --_warn: var(--b24-call-status-warning-color, light-dark(#955300, #f5b556));
    --_gap: var(--b24-call-status-gap, 8px);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* minmax(0, 1fr): a long value never widens the grid past the frame. */
  [part~='base'],
  [role='status'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  [part~='base'] {
    gap: var(--_gap);
    padding: 12px 14px;
    background: var(--_bg);
    border: var(--b24-call-status-border, 1px solid light-dark(#dfe3e8, #3a4149));
    border-radius: var(--b24-call-status-radius, 8px);
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
    padding: 0;
  }
  ul {
    list-style: none;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2px;
  }

  /* The headline (who is calling) with the timer at its end, then the number and the badges. */
  .top {
    display: flex;
    align-items: flex-start;
    gap: var(--_gap);
  }
  [role='status'] {
    flex: 1;
    min-width: 0;
    gap: 4px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 6px;
  }
  [part~='name'] {
    font-size: 1.15em;
    font-weight: 600;
    line-height: 1.3;
  }
  /* One line, cut with an ellipsis; the full text is in title. */
  .cut,
  [part~='name'] {
    display: block;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  /* A number never breaks inside. */
  [part~='phone'] {
    white-space: nowrap;
  }
  .row > [part~='phone'] {
    color: light-dark(#525c69, #c2c8cf);
    margin-inline-end: 2px;
  }

  /* One badge style for state, direction, call list, the stale mark and the timer. */
  .badge {
    display: inline-block;
    max-width: 100%;
    box-sizing: border-box;
    padding: 0 8px;
    border: 1px solid transparent;
    border-radius: 10px;
    font-size: 12px;
    font-weight: 600;
    line-height: 18px;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    vertical-align: middle;
    color: light-dark(#525c69, #c2c8cf);
    background: color-mix(in srgb, currentColor 12%, var(--_bg));
  }
  [part~='state'] {
    color: var(--b24-call-status-idle-color, light-dark(#525c69, #c2c8cf));
  }
  :host([call-state='connecting']) [part~='state'] {
    color: var(--b24-call-status-connecting-color, light-dark(#955300, #f5b556));
  }
  :host([call-state='connected']) [part~='state'],
  [part~='timer'].running {
    color: var(--b24-call-status-connected-color, light-dark(#386f00, #8fd46a));
  }
  [part~='state']::before {
    content: '';
    display: inline-block;
    vertical-align: 1px;
    margin-inline-end: 5px;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: currentColor;
  }
  :host([call-state='connecting']) [part~='state']::before {
    animation: pulse 1s infinite alternate;
  }
  [part~='call-list'] {
    color: var(--_accent);
  }
  [part~='stale'] {
    color: var(--_warn);
  }
  [part~='timer'] {
    flex: none;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  /* Quiet labels; in a narrow frame each sits above its value. */
  dl {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 2px var(--_gap);
  }
  dt,
  .quiet,
  [part~='error-code'] {
    color: var(--_muted);
    font-size: 12px;
  }
  dd + dt {
    margin-top: 4px;
  }
  @container (min-width: 360px) {
    dl {
      grid-template-columns: max-content minmax(0, 1fr);
      align-items: baseline;
    }
    dd + dt {
      margin-top: 0;
    }
  }
  dd {
    min-width: 0;
  }
  /* The line name gives way (with an ellipsis), never the line number. */
  [part~='line'] {
    display: flex;
    gap: 0.3em;
    min-width: 0;
  }
  [part~='line'] > * {
    flex: none;
    white-space: nowrap;
  }
  [part~='line'] > .cut {
    flex: 0 1 auto;
  }
  /* Ids break anywhere rather than overflow. */
  [part~='call-id'],
  [part~='activity'],
  [part~='error-code'] {
    overflow-wrap: anywhere;
    word-break: break-all;
  }
  /* At most three lines, then an ellipsis (the full id is in title). */
  [part~='call-id'],
  [part~='activity'] {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
  }
  [part~='call-id'] {
    font-size: 12px;
  }
  /* Host text is capped, so a hostile value cannot grow the card without bound. */
  [part~='message'],
  dd {
    max-height: 8lh;
    overflow: hidden;
    overflow-wrap: anywhere;
  }

  /* CRM items: Bitrix24 links, underlined only on hover and focus; the kind word stays visible. */
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: start;
  }
  .item {
    display: inline-flex;
    max-width: 100%;
    min-width: 0;
    gap: 0.3em;
    vertical-align: top;
  }
  .item > * {
    flex: none;
  }
  .item > .cut {
    flex: 0 1 auto;
  }
  button.item {
    color: var(--_accent);
  }
  button.item:hover,
  button.item:focus-visible {
    color: var(--_hover);
  }
  button.item:hover .cut,
  button.item:focus-visible .cut {
    text-decoration: underline;
  }
  .kind {
    color: var(--_muted);
  }

  /* Messages, the stale notice and Retry. */
  [part~='message'] {
    overflow-wrap: anywhere;
  }
  .loading [part~='message'] {
    color: var(--_muted);
  }
  :host([state='error']) [part~='message'] {
    color: var(--b24-call-status-error-color, light-dark(#c62828, #ff8a80));
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 4px 8px;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 12px;
  }
  [part~='retry'] {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    min-height: 28px;
    padding: 0 14px;
    border: 1px solid currentColor;
    border-radius: 14px;
    color: var(--_accent);
    font-weight: 600;
  }
  [part~='retry']:hover {
    color: var(--_hover);
    background: color-mix(in srgb, currentColor 8%, var(--_bg));
  }
  [part~='retry'][aria-disabled='true'] {
    cursor: progress;
    border-style: dashed;
  }
  [part~='retry'][aria-disabled='true']::before {
    content: '';
    width: 10px;
    height: 10px;
    border: 2px solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  slot {
    display: none;
  }
  slot[data-filled] {
    display: block;
  }
  slot[name='actions'][data-filled] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_gap);
  }
  @keyframes pulse {
    to {
      opacity: 0.25;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    ::before {
      animation: none !important;
    }
  }
  /* System colours: badges keep an outline, the dot stays visible. */
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    [part~='state']::before {
      forced-color-adjust: none;
      background: CanvasText;
    }
    [part~='retry'] {
      border-color: ButtonText;
    }
  }
`;
