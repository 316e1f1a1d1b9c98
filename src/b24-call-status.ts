import { LitElement, html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Transport } from './core/adapters/index.js';
import type { CallCard, CallCardSnapshot } from './core/call-card.js';
import { crmKind, crmPath } from './core/crm.js';
import { nameKey } from './core/crm-names.js';
import { errorFacts } from './core/errors.js';
import { B24Event, EntityOpenEvent, StatusErrorEvent, type StatusError } from './core/events.js';
import { crmItems, type CallStatus, type CrmBinding } from './core/status.js';
import { CallStatusController } from './call-status-controller.js';
import { styles } from './b24-call-status.styles.js';
import { matchLocale, stringsFor, type Strings } from './strings.js';
import { adoptStylesIn, foreign } from './internal/adopt-styles.js';
import { CallTimerController, formatDuration } from './internal/call-timer.js';

/** The package version; a second, different copy on the page is warned about. */
export const VERSION = '0.1.0';

/** Where the latest read stands. */
export type Phase = CallCardSnapshot['state'];

// The handle's events the element fires again from itself.
const RELAYED = ['b24-status-change', 'b24-call-state-change', 'b24-entity-change', 'b24-before-close', 'b24-error'] as const;

// Call states and directions with a word of their own; an unknown value is shown as it came.
const CALL_WORDS = ['idle', 'connecting', 'connected', 'incoming', 'outgoing', 'callback'] as const;
type CallWord = (typeof CALL_WORDS)[number];

/**
 * Shows the live status of the Bitrix24 call card it runs in (placement
 * `CALL_CARD`): number, line, direction, state, CRM bindings and call-list
 * mode. It reads `getStatus` itself, follows the card's events, and turns
 * every host failure into a message with a retry. It never throws at the page.
 *
 * @tagname b24-call-status
 * @summary The live Bitrix24 call card status.
 *
 * @attr {'loading' | 'ready' | 'error'} state - Read-only, reflected: where the latest read stands. Style on it.
 * @attr {'idle' | 'connecting' | 'connected'} call-state - Read-only, reflected: the call's state once known (an unknown state string as it came).
 * @attr {boolean} stale - Read-only, reflected: a status is shown but is not up to date (the latest read failed; `error` says why). Cleared by the next read that succeeds.
 *
 * @fires {StatusChangeEvent} b24-status-change - A new status was read or applied. `detail: {status, previous}`.
 * @fires {CallStateChangeEvent} b24-call-state-change - The call state changed (`CallCard::CallStateChanged`). `detail: {state, previous}`.
 * @fires {EntityChangeEvent} b24-entity-change - The card's client changed (`CallCard::EntityChanged`). `detail: {PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`.
 * @fires {BeforeCloseEvent} b24-before-close - The card is about to close (`CallCard::BeforeClose`); can fire twice.
 * @fires {EntityOpenEvent} b24-entity-open - A CRM item was activated. Cancelable: cancel it to open the item yourself. `detail: {ENTITY_TYPE, ENTITY_ID, path}`.
 * @fires {StatusErrorEvent} b24-error - A read failed. `detail: {code, retryable, message}`.
 *
 * @attr {'light' | 'dark' | 'auto'} theme - Colours. Unset: light, unless the page is dark (its own `color-scheme`, or b24ui's `dark`/`edge-dark` class on `<html>`), with a b24ui page's tokens. `light` or `dark` force one, with Air's own values over the page's tokens; `auto` follows the OS theme.
 *
 * @slot actions - The app's own buttons (e.g. "Create deal"), shown under the status while one is shown.
 * @slot footer - The app's own content at the bottom, shown while a status is shown.
 *
 * @csspart base - The frame around everything (in an error with no status to show, the alert itself: also part `alert`).
 * @csspart name - The headline: who is calling (the CRM name, or the number when there is none).
 * @csspart phone - The client's number (the headline itself when no name is known).
 * @csspart badge - The two badges: the call state and call-list mode.
 * @csspart state - The call-state badge, with its coloured dot.
 * @csspart timer - The talk time: counting while connected, "Talk time 3:12" after the call.
 * @csspart direction - The call direction: an arrow and a word, quiet.
 * @csspart call-list - The badge shown in call-list mode.
 * @csspart label - Each quiet label (CRM, Linked items, Line, and those among the details).
 * @csspart value - Each value beside its label.
 * @csspart crm - The primary CRM item (a link button when it can be opened).
 * @csspart binding - Each other linked CRM item (a link button when it can be opened).
 * @csspart not-in-crm - "Not in CRM", the CRM value when the call is bound to nothing.
 * @csspart line - The line: its name (its number when it has no name).
 * @csspart details - The disclosure ("Details") that holds the call id, the line id, the activity and, while stale, the error code.
 * @csspart call-id - The call id, among the details.
 * @csspart line-id - The line id (LINE_NUMBER), among the details when the line has a name.
 * @csspart activity - The CRM activity id, among the details.
 * @csspart alert - The Air alert: the slim strip of a stale view, or the whole widget in an error.
 * @csspart stale - The "Not up to date" mark in the strip shown when a re-read failed.
 * @csspart message - The loading or error message.
 * @csspart error-code - The raw error code: small, quiet, in the system monospace.
 * @csspart retry - The Retry button (only where retrying can help); `aria-busy` and `aria-disabled` while it runs.
 *
 * @cssprop [--b24-call-status-font=400 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, Ubuntu, 'Helvetica Neue', Arial, sans-serif] - Font shorthand. Family from b24ui's `--ui-font-family-primary`. Dark: the same.
 * @cssprop [--b24-call-status-mono-font=ui-monospace, SFMono-Regular, 'SF Mono', Consolas, 'Liberation Mono', Menlo, monospace] - The error code's family. b24ui: `--ui-font-family-system-mono`. Dark: the same.
 * @cssprop [--b24-call-status-color=#333] - Text colour. b24ui: `--ui-color-base-1`. Dark: `#f8f8f8`.
 * @cssprop [--b24-call-status-muted-color=#646a70] - Labels, the number, the error code and other quiet text; the dimmed data of a stale view. b24ui: `--ui-color-design-plain-na-content`, 62% mixed with the text colour (85% in dark). Dark: `#b3b5b7`.
 * @cssprop [--b24-call-status-background=#fff] - The card's background. b24ui: `--ui-color-bg-content-primary`. Dark: `#262626`.
 * @cssprop [--b24-call-status-border=1.5px solid #edeef0] - Border shorthand. b24ui: `--ui-design-outline-stroke-weight` and `--ui-color-design-outline-stroke`. Dark: `1.5px solid #373838`.
 * @cssprop [--b24-call-status-radius=10px] - Corner radius of the card and its alerts. b24ui: `--ui-border-radius-md`. Dark: the same.
 * @cssprop [--b24-call-status-gap=10px] - Space between blocks. Dark: the same.
 * @cssprop [--b24-call-status-accent=#0154c8] - Links (the CRM items). b24ui: `--ui-color-accent-main-link` (85% mixed with the text colour in dark). Dark: `#619bee`.
 * @cssprop [--b24-call-status-accent-hover=#0143a0] - Links on hover and focus, underlined. b24ui: `--ui-color-accent-main-link`, 80% mixed with `--ui-color-base-0`. Dark: `#6ba2f0`.
 * @cssprop [--b24-call-status-idle-color=#666c73] - The idle badge's text. b24ui: `--ui-color-design-tinted-na-content`, 65% mixed with the text colour (85% in dark). Dark: `#b3b5b7`.
 * @cssprop [--b24-call-status-connecting-color=#976418] - The connecting badge's text. b24ui: `--ui-color-design-tinted-warning-content`, 55% mixed (85% in dark). Dark: `#e4a03e`.
 * @cssprop [--b24-call-status-connected-color=#2b7a3e] - The connected badge's text and the running timer. b24ui: `--ui-color-design-tinted-success-content`, 55% mixed (85% in dark). Dark: `#42b75e`.
 * @cssprop [--b24-call-status-warning-color=#976418] - The "Not up to date" mark. b24ui: `--ui-color-design-tinted-warning-content`, 55% mixed (85% in dark). Dark: `#e4a03e`.
 * @cssprop [--b24-call-status-error-color=#ff5752] - The icon of an error only an administrator can fix. b24ui: `--ui-color-accent-main-alert`. Dark: `#f2473d`.
 * @cssprop [--b24-call-status-idle-background=#edeef0] - The idle badge's tint. b24ui: `--ui-color-design-tinted-na-bg`. Dark: `#373838`.
 * @cssprop [--b24-call-status-connecting-background=#fff4d6] - The connecting badge's tint. b24ui: `--ui-color-design-tinted-warning-bg`. Dark: `#302000`.
 * @cssprop [--b24-call-status-connected-background=#caffe7] - The connected badge's tint. b24ui: `--ui-color-design-tinted-success-bg`. Dark: `#052717`.
 * @cssprop [--b24-call-status-warning-background=#fff4d6] - The alert of what passes on its own (TIMEOUT, limits, expired_token) and the stale strip. b24ui: `--ui-color-design-tinted-warning-bg`. Dark: `#302000`.
 * @cssprop [--b24-call-status-error-background=#ffe8e8] - The alert of an error only an administrator can fix. b24ui: `--ui-color-design-tinted-alert-bg`. Dark: `#300e0c`.
 */
export class B24CallStatus extends LitElement {
  static override styles = styles;
  static readonly version = VERSION;
  // Declared here rather than with decorators: the decorator helper costs bytes in every bundle.
  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    lang: {},
    // keep-open="false" (what Vue's :keep-open="false" writes) means off, as a user would expect.
    keepOpen: { attribute: 'keep-open', reflect: true, type: Boolean, converter: { fromAttribute: (v) => v !== null && v !== 'false' } },
    strings: { attribute: false },
    transport: { attribute: false, noAccessor: true },
    noCrmNames: { attribute: 'no-crm-names', type: Boolean },
  };

  /** Milliseconds to wait for the host, for init and for each command. Garbage means 5000; more than 2^31−1 is clamped. */
  timeout = 5000;

  /** The language; wins over the host's and the page's. Bitrix24 ids (`ua`, `la`, …) work too. */
  override lang = '';

  /** Keep the call card open after the call ends (`disableAutoClose`) while set. */
  keepOpen = false;

  /** Show CRM items as "Contact #797" and send no REST request for their names. */
  noCrmNames = false;

  /** Overrides for any shown string, e.g. `{retry: 'Try again'}`. Only non-empty strings count. */
  strings?: Partial<Strings>;

  // The element is a view of one card handle; the options are read at each use, so changes apply to the next read.
  readonly #data = new CallStatusController(this, undefined, ((el: B24CallStatus) => ({
    get timeout() {
      return el.timeout;
    },
    get names() {
      return !el.noCrmNames;
    },
  }))(this));
  // Talk time: repainted every second while the call is connected; shown as part `timer`.
  readonly #timer = new CallTimerController(this);
  // The handle whose events are relayed, and the release of its keep-open hold.
  #wired?: CallCard;
  #release?: () => void;
  #retrying = false;

  /**
   * The host: a BX24-like object, a b24jssdk `B24Frame` (or the promise
   * `initializeB24Frame()` returns), or `{call(command, params), bindEvent?}`.
   * Unset, `window.BX24` is used, looked up on connect (and waited for a while).
   */
  get transport(): Transport | PromiseLike<Transport> | null | undefined {
    return this.#data.transport;
  }
  set transport(value: Transport | PromiseLike<Transport> | null | undefined) {
    this.#data.transport = value;
    this.#wire();
  }

  /** The status shown, normalised; undefined before the first. */
  get status(): CallStatus | undefined {
    return this.#data.value.status;
  }

  /** The current error: its code, whether a retry can help, and the message shown. Kept while the status shown is not up to date. */
  get error(): StatusError | undefined {
    const error = this.#data.value.error;
    return error && { ...error, message: this.#message(error.code) };
  }

  /** Where the latest read stands: `loading`, `ready` or `error`. */
  get state(): Phase {
    return this.#data.value.state;
  }

  /** True while a status is shown that is not up to date (the latest read failed). */
  get stale(): boolean {
    return this.#data.value.stale;
  }

  /** The call state, once known. */
  get callState(): string | undefined {
    return this.#data.value.status?.CALL_STATE;
  }

  /**
   * Read the status again. Resolves with a status read at or after this call,
   * or undefined when that read failed (see `error`); never rejects. Calls in
   * a burst share reads: at most one in flight and one after it.
   */
  refresh(): Promise<CallStatus | undefined> {
    return this.#data.card?.refresh() ?? Promise.resolve(undefined);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#wire();
  }

  // Relay the new handle's events from the element, and hold the card open on it when asked to.
  #wire() {
    const card = this.#data.card;
    if (card === this.#wired) return;
    this.#wired = card;
    this.#release = undefined; // The old handle's holds went with it.
    for (const type of RELAYED) card?.addEventListener(type, this.#relay);
    this.#keepOpen();
  }

  #keepOpen() {
    if (this.keepOpen && !this.#release) this.#release = this.#wired?.keepOpen();
    else if (!this.keepOpen && this.#release) {
      this.#release();
      this.#release = undefined;
    }
  }

  // Same class, same detail; an error also carries the message shown for it.
  readonly #relay = (e: Event) => {
    if (e.currentTarget !== this.#wired) return;
    const { detail } = e as B24Event<unknown>;
    const again =
      e instanceof StatusErrorEvent
        ? new StatusErrorEvent({ ...e.detail, message: this.#message(e.detail.code) })
        : new (e.constructor as new (detail: unknown) => Event)(detail);
    this.dispatchEvent(again);
  };

  // Lit made the element's sheets in the page's document; another document needs its own.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!foreign(this.ownerDocument)) return super.createRenderRoot();
    const ctor = this.constructor as typeof LitElement;
    const root = this.shadowRoot ?? this.attachShadow(ctor.shadowRootOptions);
    adoptStylesIn(root, ctor.elementStyles);
    return root;
  }

  /** Moved into another document: its styles go along (Lit does not do it). */
  adoptedCallback(): void {
    if (this.shadowRoot) adoptStylesIn(this.shadowRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  #open(type: string, id: number) {
    const path = crmPath(type, id)!;
    if (this.dispatchEvent(new EntityOpenEvent({ ENTITY_TYPE: type, ENTITY_ID: id, path }))) this.#wired?.open(type, id);
  }

  // The agent's retry: one at a time; clicks while it runs send nothing.
  async #retry() {
    if (this.#retrying) return;
    const root = this.shadowRoot;
    const hadFocus = root?.activeElement?.getAttribute('part') === 'retry';
    this.#retrying = true;
    this.requestUpdate();
    try {
      await this.refresh();
    } finally {
      this.#retrying = false;
      this.requestUpdate();
    }
    await this.updateComplete;
    // The Retry button is gone after a success: keep keyboard focus in the widget, not on <body>.
    if (hadFocus && !root?.activeElement) root?.querySelector<HTMLElement>('[role="status"]')?.focus();
  }

  // The attribute wins, then the host's language, then the page's, then English. No document on the server.
  #locale() {
    return [this.lang, this.#wired?.hostLang(), this.ownerDocument?.documentElement?.lang].map(matchLocale).find(Boolean) ?? 'en';
  }

  #strings(locale = this.#locale()): Strings {
    const table = stringsFor(locale);
    const overrides = this.strings;
    if (!overrides) return table;
    // Only non-empty strings override; anything else (or a throwing getter) keeps the built-in text.
    for (const key of Object.keys(table) as Array<keyof Strings>) {
      try {
        const value: unknown = overrides[key];
        if (typeof value === 'string' && value) table[key] = value;
      } catch {
        // Keep the built-in text.
      }
    }
    return table;
  }

  #message(code: string, s = this.#strings()): string {
    return s[errorFacts(code).message];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('keepOpen')) this.#keepOpen();
    this.#timer.follow(this.#data.value.connectedAt);
  }

  protected override updated(): void {
    // Reflected after render so pages can style and select on them.
    const { state, stale, status } = this.#data.value;
    this.setAttribute('state', state);
    this.toggleAttribute('stale', stale);
    const callState = status?.CALL_STATE;
    if (callState) this.setAttribute('call-state', callState);
    else this.removeAttribute('call-state');
  }

  override render(): TemplateResult {
    const locale = this.#locale();
    const s = this.#strings(locale);
    const { state, status, error, stale } = this.#data.value;
    // No status to show: the error is the whole widget, an Air alert.
    const whole = !status && error ? (errorFacts(error.code).transient ? 'alert warn' : 'alert error') : '';
    // The shown language is marked, so screen readers pronounce it right on a page in another one.
    return html`<div part=${whole ? 'base alert' : 'base'} class="base ${whole}" lang=${locale}>
      ${whole ? (whole.endsWith('warn') ? WARNING_ICON : ALERT_ICON) : nothing}
      <div class="main ${stale ? 'stale' : ''}">
        <div class="head">
          <div
            role="status"
            tabindex="-1"
            aria-live="polite"
            aria-atomic="true"
            aria-label=${s.region}
            aria-busy=${state === 'loading'}
            class="status ${status ? '' : 'single'}"
          >
            ${status ? this.renderHeadline(s, status) : whole ? this.renderError(s) : this.renderLoading(s)}
          </div>
          ${this.renderTimer(s)}
        </div>
        ${whole ? this.renderErrorActions(s) : nothing}
        ${status ? this.renderDetails(s, status) : nothing}
      </div>
    </div>`;
  }

  /** Before the first status: a quiet line over a skeleton in the shape of a status. */
  protected renderLoading(s: Strings): TemplateResult {
    return html`<p class="loading-line">${SPINNER}<span part="message" class="message">${s.loading}</span></p>
      <div class="sk" aria-hidden="true"><span></span><span></span><span></span></div>`;
  }

  /** No status to show: the message, in the live region. */
  protected renderError(s: Strings): TemplateResult {
    return html`<p part="message" class="message">${this.#message(this.#data.value.error!.code, s)}</p>`;
  }

  /** Under the message, outside the live region: the code, small and quiet, and Retry beside it where it can help. */
  protected renderErrorActions(s: Strings): TemplateResult {
    const { code, retryable } = this.#data.value.error!;
    return html`<p class="actions">
      <span class="errcode">${s.errorCode} <code part="error-code" class="code">${code}</code></span>${retryable ? this.renderRetry(s) : nothing}
    </p>`;
  }

  /** Who is calling, the number and the direction, the state, and the strip that says the view is stale. */
  protected renderHeadline(s: Strings, status: CallStatus): TemplateResult {
    const phone = this.#phone(s, status);
    const { primary } = crmItems(status);
    const who = primary && this.#name(primary);
    // Host text is inert and isolated (<bdi>, dir=auto), so it cannot reorder what is around it.
    return html`<bdi part=${who ? 'name' : 'name phone'} class="name ${who ? '' : 'number'}" title=${who ?? phone}>${who ?? phone}</bdi>
      <p class="sub">${who ? html`<bdi part="phone" class="phone" title=${phone}>${phone}</bdi>` : nothing}${this.renderDirection(s, status)}</p>
      <p class="states">${this.renderState(s, status)}${status.CALL_LIST_MODE ? html`<span part="call-list badge" class="badge info">${s.callList}</span>` : nothing}</p>
      ${this.#data.value.error ? this.renderStaleStrip(s) : nothing}`;
  }

  /** The one state badge: Air's tinted badge with a coloured dot. */
  protected renderState(s: Strings, status: CallStatus): TemplateResult {
    const state = status.CALL_STATE ?? 'idle';
    const word = this.#callWord(s, state);
    const tone = state === 'connecting' || state === 'connected' ? state : 'idle';
    return html`<span part="state badge" class="badge ${tone}" dir="auto" title=${word}><span class="dot"></span>${word}</span>`;
  }

  /** The direction, quiet: an arrow and a word. */
  protected renderDirection(s: Strings, status: CallStatus): TemplateResult | typeof nothing {
    const direction = status.CALL_DIRECTION;
    if (!direction) return nothing;
    const word = this.#callWord(s, direction);
    return html`<span part="direction" class="direction" dir="auto" title=${word}>${DIRECTION_ICONS.get(direction) ?? nothing}<bdi class="cut">${word}</bdi></span>`;
  }

  /** A re-read failed while a status is shown: a slim warning strip with the mark, the message and Retry. */
  protected renderStaleStrip(s: Strings): TemplateResult {
    const { code, retryable } = this.#data.value.error!;
    return html`<div part="alert" class="alert slim">
      ${WARNING_ICON}
      <div class="body">
        <span class="text"
          ><span part="stale" class="mark">${s.stale}</span> <span aria-hidden="true">·</span>
          <span part="message" class="message">${this.#message(code, s)}</span></span
        >${retryable ? this.renderRetry(s) : nothing}
      </div>
    </div>`;
  }

  /** Air's small outline button; while its read runs, a spinner, busy and disabled. Kept, so focus stays on it if the retry fails again. */
  protected renderRetry(s: Strings): TemplateResult {
    const busy = this.#retrying;
    return html`<button
      part="retry"
      class="btn"
      type="button"
      aria-disabled=${busy ? 'true' : 'false'}
      aria-busy=${busy ? 'true' : 'false'}
      aria-label=${busy ? s.retrying : s.retry}
      @click=${() => this.#retry()}
    ><span class="label">${s.retry}</span>${SPINNER_IN_BUTTON}</button>`;
  }

  /** The talk time, plain tabular text beside the state, outside the live region: a ticking clock must not be announced every second. */
  protected renderTimer(s: Strings): TemplateResult | typeof nothing {
    const { connectedAt, talkTime, stale } = this.#data.value;
    const running = connectedAt !== undefined;
    const talked = running ? Date.now() - connectedAt : talkTime;
    if (talked === undefined) return nothing;
    const value = html`<span class="value">${formatDuration(talked)}</span>`;
    // Ended: labelled ("Talk time 3:12"); running: green, unless the view is stale.
    return html`<span part="timer" class="timer ${running ? 'running' : ''} ${stale ? 'stale' : ''}" role="timer" aria-label=${s.talkTime} title=${s.talkTime}
      >${running ? value : html`<span class="label" aria-hidden="true">${s.talkTime}</span> ${value}`}</span
    >`;
  }

  /** The CRM items and the line; the ids behind a disclosure; the page's slots. */
  protected renderDetails(s: Strings, status: CallStatus): TemplateResult {
    // The primary item is not repeated among the bindings.
    const { primary, bindings } = crmItems(status);
    const crm = primary ? this.renderItem(s, 'crm', primary) : !bindings.length && html`<span part="not-in-crm">${s.notInCrm}</span>`;
    const linked = bindings.length && html`<ul>${bindings.map((b) => html`<li>${this.renderItem(s, 'binding', b)}</li>`)}</ul>`;
    const line = status.LINE_NAME || status.LINE_NUMBER;
    return html`<dl class="rows">
        ${this.renderRow(s.crm, crm)} ${this.renderRow(s.bindings, linked)}
        ${this.renderRow(s.line, line && html`<span part="line" class="line" dir="auto"><bdi class="cut" title=${line}>${line}</bdi></span>`)}
      </dl>
      ${this.renderIds(s, status)}
      <slot name="actions" @slotchange=${filled}></slot>
      <slot name="footer" @slotchange=${filled}></slot>`;
  }

  /** The call id, the line id, the activity and, while stale, the error code: quiet, behind a disclosure. */
  protected renderIds(s: Strings, status: CallStatus): TemplateResult | typeof nothing {
    const error = this.#data.value.error;
    const rows = [
      this.renderRow(s.callId, status.CALL_ID && html`<bdi part="call-id" class="id" title=${status.CALL_ID}>${status.CALL_ID}</bdi>`),
      // The line row shows the number when there is no name; then it is not repeated here.
      this.renderRow(s.lineId, status.LINE_NAME && status.LINE_NUMBER && html`<bdi part="line-id" class="id" title=${status.LINE_NUMBER}>${status.LINE_NUMBER}</bdi>`),
      this.renderRow(s.activity, status.CRM_ACTIVITY_ID && html`<bdi part="activity" class="id">${status.CRM_ACTIVITY_ID}</bdi>`),
      this.renderRow(s.errorCode, error && html`<code part="error-code" class="code id" title=${error.code}>${error.code}</code>`),
    ].filter((row) => row !== nothing);
    if (!rows.length) return nothing;
    return html`<details part="details" class="details">
      <summary>${CHEVRON}${s.details}</summary>
      <dl class="rows">${rows}</dl>
    </details>`;
  }

  protected renderRow(label: string, value: unknown): TemplateResult | typeof nothing {
    return value ? html`<dt part="label">${label}</dt><dd part="value">${value}</dd>` : nothing;
  }

  /** A CRM item: its name and kind once known, else "Contact #797"; a link button when it can be opened. */
  protected renderItem(s: Strings, part: string, item: CrmBinding): TemplateResult {
    const { ENTITY_TYPE: type, ENTITY_ID: id } = item;
    const name = this.#name(item);
    const kind = this.#crmWord(s, type);
    const label = name
      ? html`<bdi class="cut">${name}</bdi> <span class="kind">· ${kind}</span>`
      : html`<bdi class="cut">${kind}</bdi> <span>#${id}</span>`;
    const title = name ? `${name} · ${kind}` : `${kind} #${id}`;
    return crmPath(type, id)
      ? html`<button part=${part} class="item" type="button" title=${title} @click=${() => this.#open(type, id)}>${label}</button>`
      : html`<span part=${part} class="item" dir="auto" title=${title}>${label}</span>`;
  }

  #phone(s: Strings, status: CallStatus): string {
    const phone = status.PHONE_NUMBER;
    return phone === undefined ? s.phoneUnknown : phone === 'hidden' ? s.phoneHidden : phone;
  }

  // The display name of a CRM item, once known; undefined shows "Contact #797".
  #name({ ENTITY_TYPE, ENTITY_ID }: CrmBinding): string | undefined {
    return this.noCrmNames ? undefined : this.#data.value.names[nameKey(ENTITY_TYPE, ENTITY_ID)];
  }

  // Known states and directions become words; an unknown one (a new CALL_STATE, say) is shown as is.
  #callWord(s: Strings, value: string): string {
    return (CALL_WORDS as readonly string[]).includes(value) ? s[value as CallWord] : value;
  }

  // The word of a CRM type comes from crm.ts: a type it does not know is shown as it came.
  #crmWord(s: Strings, type: string): string {
    const kind = crmKind(type);
    return kind ? s[kind] : type;
  }
}

// Icons: Air's line style, drawn in currentColor; decorative, so hidden from assistive tech.
const icon = (body: TemplateResult, size = 20) => html`<svg viewBox="0 0 20 20" width=${size} height=${size} aria-hidden="true">${body}</svg>`;
const ALERT_ICON = icon(svg`<circle cx="10" cy="10" r="7.5" /><path d="M10 6v4.5M10 13.5v.01" />`);
const WARNING_ICON = icon(svg`<path d="M10 3 2.5 16.5h15Z" /><path d="M10 8v4M10 14.5v.01" />`);
const SPINNER = icon(svg`<path d="M10 3a7 7 0 1 0 7 7" />`, 16);
const SPINNER_IN_BUTTON = html`<svg class="spin" viewBox="0 0 20 20" aria-hidden="true">${svg`<path d="M10 3a7 7 0 1 0 7 7" />`}</svg>`;
const CHEVRON = icon(svg`<path d="m8 6 4 4-4 4" />`, 14);
const DIRECTION_ICONS = new Map([
  ['incoming', icon(svg`<path d="M14 6 6 14M6 8v6h6" />`, 14)],
  ['outgoing', icon(svg`<path d="m6 14 8-8M8 6h6v6" />`, 14)],
  ['callback', icon(svg`<path d="M4 10a6 6 0 1 0 2-4.5M4 4v3h3" />`, 14)],
]);

// A slot takes room (and a gap) only when the page put something in it.
const filled = (e: Event) => {
  const slot = e.target as HTMLSlotElement;
  slot.toggleAttribute('data-filled', slot.assignedElements().length > 0);
};

declare global {
  interface HTMLElementTagNameMap {
    'b24-call-status': B24CallStatus;
  }
}
