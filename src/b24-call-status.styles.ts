import { css } from 'lit';

/*
 * The Air look (Bitrix24's current UI, as its kit b24ui draws it): a b24ui Card with a 15px
 * headline, one tinted Badge with a dot for the state, a compact description list, errors as
 * Alerts, Retry as the small outline Button.
 *
 * Every public --b24-call-status-* is read once, here on :host, into a private --_x:
 * our property, else the matching b24ui token (inherited from a b24ui page's :root), else Air's
 * own value. light-dark() picks that value: light unless the page is dark (its color-scheme, or
 * b24ui's `dark`/`edge-dark` class where :host-context works), or `theme` says otherwise.
 * An explicit `theme` also makes the page's b24ui colour tokens invalid inside the element, so
 * the Air values of that theme are used.
 *
 * Air's quiet grey and tinted text colours fail 4.5:1 on white and on their tints (2.3–3.5:1),
 * so each is mixed toward the text colour: 55–65% of it in light, 85% in dark, keeping the hue.
 * Tints, dots and icons are Air's own. Internals are styled by class; parts are for the page.
 */
export const styles = css`
  :host {
    display: block;
    container-type: inline-size;

    --_font: var(
      --b24-call-status-font,
      400 13px / 1.4
        var(--ui-font-family-primary, system-ui, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', Arial, sans-serif)
    );
    --_mono: var(
      --b24-call-status-mono-font,
      var(--ui-font-family-system-mono, ui-monospace, SFMono-Regular, 'SF Mono', Consolas, 'Liberation Mono', Menlo, monospace)
    );
    --_text: var(--b24-call-status-color, var(--ui-color-base-1, light-dark(#333, #f8f8f8)));
    --_bg: var(--b24-call-status-background, var(--ui-color-bg-content-primary, light-dark(#fff, #262626)));
    --_border: var(
      --b24-call-status-border,
      var(--ui-design-outline-stroke-weight, 1.5px) solid var(--ui-color-design-outline-stroke, light-dark(#edeef0, #373838))
    );
    --_radius: var(--b24-call-status-radius, var(--ui-border-radius-md, 10px));
    --_gap: var(--b24-call-status-gap, 10px);

    /* The b24ui tokens the mixes read. */
    --_base: var(--ui-color-base-1, light-dark(#333, #f8f8f8));
    --_link: var(--ui-color-accent-main-link, light-dark(#0154c8, #468bec));
    --_na: var(--ui-color-design-plain-na-content, light-dark(#828b95, #a7a9ab));
    --_t-na: var(--ui-color-design-tinted-na-content, light-dark(#828b95, #a7a9ab));
    --_t-warning: var(--ui-color-design-tinted-warning-content, light-dark(#e88c02, #e0911d));
    --_t-success: var(--ui-color-design-tinted-success-content, light-dark(#24b547, #22ac43));

    --_muted: var(
      --b24-call-status-muted-color,
      light-dark(color-mix(in srgb, var(--_na) 62%, var(--_base)), color-mix(in srgb, var(--_na) 85%, var(--_base)))
    );
    --_accent: var(--b24-call-status-accent, light-dark(var(--_link), color-mix(in srgb, var(--_link) 85%, var(--_base))));
    --_accent-hover: var(--b24-call-status-accent-hover, color-mix(in srgb, var(--_link) 80%, var(--ui-color-base-0, light-dark(#000, #fff))));
    --_idle: var(
      --b24-call-status-idle-color,
      light-dark(color-mix(in srgb, var(--_t-na) 65%, var(--_base)), color-mix(in srgb, var(--_t-na) 85%, var(--_base)))
    );
    --_connecting: var(
      --b24-call-status-connecting-color,
      light-dark(color-mix(in srgb, var(--_t-warning) 55%, var(--_base)), color-mix(in srgb, var(--_t-warning) 85%, var(--_base)))
    );
    --_connected: var(
      --b24-call-status-connected-color,
      light-dark(color-mix(in srgb, var(--_t-success) 55%, var(--_base)), color-mix(in srgb, var(--_t-success) 85%, var(--_base)))
    );
    --_warn: var(
      --b24-call-status-warning-color,
      light-dark(color-mix(in srgb, var(--_t-warning) 55%, var(--_base)), color-mix(in srgb, var(--_t-warning) 85%, var(--_base)))
    );
    --_idle-tint: var(--b24-call-status-idle-background, var(--ui-color-design-tinted-na-bg, light-dark(#edeef0, #373838)));
    --_connecting-tint: var(--b24-call-status-connecting-background, var(--ui-color-design-tinted-warning-bg, light-dark(#fff4d6, #302000)));
    --_connected-tint: var(--b24-call-status-connected-background, var(--ui-color-design-tinted-success-bg, light-dark(#caffe7, #052717)));
    --_warn-tint: var(--b24-call-status-warning-background, var(--ui-color-design-tinted-warning-bg, light-dark(#fff4d6, #302000)));
    --_error-tint: var(--b24-call-status-error-background, var(--ui-color-design-tinted-alert-bg, light-dark(#ffe8e8, #300e0c)));

    /* Private: the call-list badge, the state dots (Air's main accents, which keep their hue in the edge themes), icons, Retry. */
    --_info: var(--ui-color-design-tinted-content, light-dark(#0154c8, #468bec));
    --_info-tint: var(--ui-color-design-tinted-bg, light-dark(#e6f4ff, #062040));
    --_idle-dot: var(--ui-color-design-tinted-na-content-icon, light-dark(#828b95, #a7a9ab));
    --_connecting-dot: var(--ui-color-accent-main-warning, light-dark(#faa72c, #f2a100));
    --_connected-dot: var(--ui-color-accent-main-success, light-dark(#1bce7b, #1cae6a));
    --_warn-icon: var(--ui-color-accent-main-warning, light-dark(#faa72c, #f2a100));
    --_error-icon: var(--b24-call-status-error-color, var(--ui-color-accent-main-alert, light-dark(#ff5752, #f2473d)));
    --_btn-bg: var(--ui-color-design-outline-bg, light-dark(#fff, #262626));
    --_btn-stroke: var(--ui-color-design-outline-stroke, light-dark(#edeef0, #373838));
    --_btn-text: var(--ui-color-design-outline-content, light-dark(#525c69, #cacbcc));
    --_focus: var(--ui-color-accent-main-primary, light-dark(#0075ff, #1587fa));
    --_skeleton: var(--ui-color-g-glass-grey-bg-1, light-dark(#dfe0e3ad, #404040b8));

    font: var(--_font);
    color: var(--_text);
  }
  /* b24ui marks a dark page by a class on <html>, not by color-scheme. */
  :host-context(.dark),
  :host-context(.edge-dark) {
    color-scheme: dark;
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
  /* An explicit theme wins over the page's b24ui colours: the Air values of that theme are used. */
  :host([theme]) {
    --ui-color-base-0: initial;
    --ui-color-base-1: initial;
    --ui-color-bg-content-primary: initial;
    --ui-design-outline-stroke-weight: initial;
    --ui-color-design-outline-stroke: initial;
    --ui-color-design-outline-bg: initial;
    --ui-color-design-outline-content: initial;
    --ui-color-design-plain-na-content: initial;
    --ui-color-accent-main-link: initial;
    --ui-color-accent-main-primary: initial;
    --ui-color-accent-main-success: initial;
    --ui-color-accent-main-warning: initial;
    --ui-color-accent-main-alert: initial;
    --ui-color-design-tinted-bg: initial;
    --ui-color-design-tinted-content: initial;
    --ui-color-design-tinted-na-bg: initial;
    --ui-color-design-tinted-na-content: initial;
    --ui-color-design-tinted-na-content-icon: initial;
    --ui-color-design-tinted-warning-bg: initial;
    --ui-color-design-tinted-warning-content: initial;
    --ui-color-design-tinted-success-bg: initial;
    --ui-color-design-tinted-success-content: initial;
    --ui-color-design-tinted-alert-bg: initial;
    --ui-color-design-tinted-alert-content: initial;
    --ui-color-g-glass-grey-bg-1: initial;
  }
  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
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
  svg {
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  /* b24ui Card, outline: the content background, Air's 1.5px outline stroke, radius md. */
  .base {
    display: flex;
    gap: 8px;
    padding: 12px 14px 14px;
    background: var(--_bg);
    border: var(--_border);
    border-radius: var(--_radius);
  }

  .main {
    flex: 1;
    min-width: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_gap);
  }
  .base.alert .main {
    gap: 8px;
  }

  /* The head: the live region (who, the number and direction, the state, the stale strip), with the
     timer beside the state badge but outside the region, so a ticking clock is never announced. */
  .head {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    grid-template-rows: repeat(4, auto);
    column-gap: 8px;
  }
  .status {
    grid-column: 1 / -1;
    grid-row: 1 / -1;
    display: grid;
    grid-template-columns: subgrid;
    grid-template-rows: subgrid;
    row-gap: 4px;
  }
  .status > * {
    grid-column: 1 / -1;
  }
  .status > .states {
    grid-column: 1;
    grid-row: 3;
    align-self: baseline;
    margin-block: 2px;
  }
  .status > .alert {
    grid-row: 4;
    margin-top: 4px;
  }
  /* On the state badge's baseline. */
  .head > .timer {
    grid-column: 2;
    grid-row: 3;
    align-self: baseline;
  }
  /* Loading and a whole-widget error have one column. */
  .status.single {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: none;
    gap: 8px;
  }

  /* The headline: who is calling, 15px semi-bold; two lines, then an ellipsis (the full text is in title). */
  .name {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    overflow-wrap: anywhere;
    font-size: var(--ui-font-size-lg, 15px);
    font-weight: 600;
    line-height: 1.35;
  }
  /* The number, then the direction: its arrow is the separator, so nothing dangles when they wrap. */
  .sub {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 10px;
    color: var(--_muted);
  }
  /* A number never breaks: on one line, cut with an ellipsis if it must be. */
  .name.number {
    display: block;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .sub:empty {
    display: none;
  }
  .phone {
    max-width: 100%;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-variant-numeric: tabular-nums;
  }
  .direction {
    display: inline-flex;
    align-items: center;
    gap: 3px;
    min-width: 0;
    max-width: 100%;
  }
  .direction svg {
    width: 14px;
    height: 14px;
  }

  /* One Air tinted badge for the state (a coloured dot), the call-list badge. */
  .states {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    height: 20px;
    max-width: 100%;
    padding: 0 8px;
    border-radius: 10px;
    font-size: var(--ui-font-size-xs, 12px);
    font-weight: 700;
    line-height: normal;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_idle);
    background: var(--_idle-tint);
    --_dot: var(--_idle-dot);
  }
  .badge.connecting {
    color: var(--_connecting);
    background: var(--_connecting-tint);
    --_dot: var(--_connecting-dot);
  }
  .badge.connected {
    color: var(--_connected);
    background: var(--_connected-tint);
    --_dot: var(--_connected-dot);
  }
  .badge.info {
    color: var(--_info);
    background: var(--_info-tint);
  }
  .dot {
    flex: none;
    width: 6px;
    height: 6px;
    border-radius: 50%;
    background: var(--_dot);
  }
  .connecting .dot {
    animation: pulse 1s ease-in-out infinite alternate;
  }

  /* Talk time: plain tabular text; green while it runs, labelled once the call ended. */
  .timer {
    font-variant-numeric: tabular-nums;
    line-height: 20px;
  }
  .timer .value {
    white-space: nowrap;
  }
  .timer.running {
    color: var(--_connected);
    font-weight: 600;
  }
  .timer .label {
    color: var(--_muted);
  }

  /* b24ui DescriptionList, compact: a quiet label beside its value even at 320 px; a long label wraps. */
  .rows {
    display: grid;
    grid-template-columns: fit-content(35%) minmax(0, 1fr);
    gap: 4px 12px;
    align-items: baseline;
  }
  .rows dt {
    color: var(--_muted);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  /* Host text is capped, so a hostile value cannot grow the card without bound. */
  .rows dd,
  .message {
    min-width: 0;
    max-height: 8lh;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .item {
    display: inline-flex;
    max-width: 100%;
    min-width: 0;
    gap: 0.3em;
    vertical-align: top;
    text-align: start;
  }
  .item > * {
    flex: none;
  }
  /* One line, cut with an ellipsis; the full text is in title. */
  .cut {
    flex: 0 1 auto;
    min-width: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .kind {
    color: var(--_muted);
  }
  button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0;
    margin: 0;
    cursor: pointer;
  }
  button.item {
    color: var(--_accent);
  }
  button.item:hover,
  button.item:focus-visible {
    color: var(--_accent-hover);
  }
  button.item:hover .cut,
  button.item:focus-visible .cut {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 4px;
  }
  .line {
    display: flex;
    min-width: 0;
  }

  /* Call ID, line id and activity: quiet, behind a disclosure. */
  .details {
    color: var(--_muted);
    font-size: var(--ui-font-size-xs, 12px);
  }
  .details summary {
    display: inline-flex;
    align-items: center;
    gap: 2px;
    cursor: pointer;
    list-style: none;
    border-radius: 4px;
  }
  .details summary::-webkit-details-marker {
    display: none;
  }
  .details summary svg {
    width: 14px;
    height: 14px;
    transition: transform 0.15s;
  }
  .details[open] summary svg {
    transform: rotate(90deg);
  }
  .details .rows {
    margin-top: 4px;
  }
  .details .rows dd {
    color: var(--_muted);
  }
  /* Ids break anywhere rather than overflow, and show at most three lines (the full id is in title). */
  .id {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    word-break: break-all;
  }
  .code {
    font-family: var(--_mono);
    font-size: 0.95em;
  }

  /* b24ui Alert, tinted: the tint, radius md, an icon; the message in the text colour. */
  .alert {
    display: flex;
    align-items: flex-start;
    gap: 8px;
    padding: 8px 8px 8px 10px;
    border-radius: var(--_radius);
    background: var(--_warn-tint);
    color: var(--_text);
    line-height: 1.5;
    --_icon: var(--_warn-icon);
  }
  .alert.error {
    background: var(--_error-tint);
    --_icon: var(--_error-icon);
  }
  /* A whole-widget error: the Alert is the frame (no stroke: Air's tints have none). */
  .base.alert {
    padding: 10px 10px 10px 12px;
    border-color: transparent;
  }
  .alert > svg {
    width: 20px;
    height: 20px;
    color: var(--_icon);
    stroke-width: 1.7;
  }
  .alert .body {
    flex: 1;
    min-width: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 8px;
  }
  .errcode {
    color: var(--_muted);
    font-size: var(--ui-font-size-xs, 12px);
    line-height: 1.35;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 4px 10px;
  }
  /* Stale: a slim warning strip under the headline; mark, message and Retry on one line where they fit. */
  .alert.slim {
    align-items: center;
    padding: 4px 4px 4px 8px;
    gap: 6px;
    line-height: 1.4;
  }
  .alert.slim > svg {
    width: 16px;
    height: 16px;
    align-self: flex-start;
    margin-top: 2px;
  }
  .alert.slim .body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 2px 8px;
  }
  .alert.slim .text {
    flex: 1 1 12em;
    min-width: 0;
  }
  .alert.slim .btn {
    margin-inline-start: auto;
  }
  .mark {
    font-weight: 600;
    color: var(--_warn);
  }
  /* What is kept on screen while stale is dimmed by colour, never below 4.5:1; the timer is not green. */
  .stale .rows,
  .stale button.item,
  .timer.stale {
    color: var(--_muted);
  }
  .stale .badge.connected,
  .stale .badge.connecting {
    color: var(--_muted);
    background: var(--_idle-tint);
    --_dot: var(--_idle-dot);
  }
  .stale .connecting .dot {
    animation: none;
  }

  /* b24ui Button, small, outline: 28px, radius sm, Air's outline stroke. Busy: a centred spinner,
     the label kept (transparent) so the width holds; aria-busy and aria-disabled. */
  .btn {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    flex: none;
    height: 28px;
    min-width: 28px;
    padding: 0 9px;
    border: 1.5px solid var(--_btn-stroke);
    border-radius: var(--ui-border-radius-sm, 8px);
    background: var(--_btn-bg);
    color: var(--_btn-text);
    font-size: var(--ui-font-size-sm, 13px);
    white-space: nowrap;
    max-width: 100%;
  }
  /* A page's own long label is cut, never wider than the widget. */
  .btn .label {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .btn:hover {
    background: color-mix(in srgb, var(--_btn-bg) 97%, var(--_text));
  }
  .btn:active {
    background: color-mix(in srgb, var(--_btn-bg) 94%, var(--_text));
  }
  .btn[aria-busy='true'] {
    cursor: progress;
  }
  .btn[aria-busy='true'] .label {
    opacity: 0;
  }
  .btn .spin {
    position: absolute;
    inset: 0;
    margin: auto;
    width: 16px;
    height: 16px;
    display: none;
  }
  .btn[aria-busy='true'] .spin {
    display: block;
    animation: spin 0.8s linear infinite;
  }

  /* Loading: a quiet line with a spinner, over a skeleton in the shape of a status. */
  .loading-line {
    display: flex;
    align-items: center;
    gap: 6px;
    color: var(--_muted);
  }
  .loading-line svg {
    width: 16px;
    height: 16px;
    animation: spin 0.8s linear infinite;
  }
  .sk {
    display: grid;
    gap: 8px;
  }
  .sk span {
    display: block;
    height: 10px;
    border-radius: var(--_radius);
    background: var(--_skeleton);
  }
  .sk span:first-child {
    height: 14px;
    width: 62%;
  }
  .sk span:nth-child(2) {
    width: 44%;
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
      opacity: 0.3;
    }
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .connecting .dot,
    .btn .spin,
    .loading-line svg {
      animation: none;
    }
  }
  /* System colours: badges, alerts and buttons keep an outline; the dot stays visible. */
  @media (forced-colors: active) {
    .base,
    .alert,
    .badge,
    .btn {
      border: 1px solid CanvasText;
    }
    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
    button.item {
      color: LinkText;
    }
  }
`;
