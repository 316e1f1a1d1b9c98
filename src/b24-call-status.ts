import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
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
 * @attr {'light' | 'dark' | 'auto'} theme - Colours. Unset: light, unless the page's own `color-scheme` is dark (then dark). `light` or `dark` force one; `auto` follows the OS theme.
 *
 * @slot actions - The app's own buttons (e.g. "Create deal"), shown under the status while one is shown.
 * @slot footer - The app's own content at the bottom, shown while a status is shown.
 *
 * @csspart base - The frame around everything.
 * @csspart name - The headline: who is calling (the CRM name, or the number when there is none).
 * @csspart phone - The client's number (the headline itself when no name is known).
 * @csspart badge - Every badge: state, direction, call list, stale mark and timer.
 * @csspart state - The call-state badge.
 * @csspart timer - The talk time: counting while connected, the measured time after the call.
 * @csspart direction - The call direction badge.
 * @csspart call-list - The badge shown in call-list mode.
 * @csspart label - Each quiet label (CRM, Linked items, Line, Activity, Call ID).
 * @csspart value - Each value beside (or, in a narrow frame, under) its label.
 * @csspart crm - The primary CRM item (a link button when it can be opened).
 * @csspart binding - Each other linked CRM item (a link button when it can be opened).
 * @csspart not-in-crm - "Not in CRM", when the call is bound to nothing.
 * @csspart line - The line name and number.
 * @csspart activity - The CRM activity id.
 * @csspart call-id - The call id.
 * @csspart stale - The "Not up to date" mark shown when a re-read failed.
 * @csspart message - The loading or error message.
 * @csspart error-code - The raw error code, small, beside Retry.
 * @csspart retry - The Retry button (only where retrying can help); `aria-disabled="true"` while it runs.
 *
 * @cssprop [--b24-call-status-font=13px/1.45 'Open Sans', 'Helvetica Neue', Helvetica, Arial, sans-serif] - Font shorthand (Bitrix24's UI font).
 * @cssprop [--b24-call-status-color=#333] - Text colour. Dark: `#e6e9ec`.
 * @cssprop [--b24-call-status-muted-color=#6a737f] - Labels, the error code and other quiet text. Dark: `#a0a9b3`.
 * @cssprop [--b24-call-status-background=#fff] - Background; badge tints are mixed from it. Dark: `#22272e`.
 * @cssprop [--b24-call-status-border=1px solid #dfe3e8] - Border shorthand. Dark: `1px solid #3a4149`.
 * @cssprop [--b24-call-status-radius=8px] - Corner radius. Dark: the same.
 * @cssprop [--b24-call-status-gap=8px] - Space between blocks. Dark: the same.
 * @cssprop [--b24-call-status-accent=#2067b0] - Links, Retry, the focus ring and the call-list badge. Dark: `#6cb0ff`.
 * @cssprop [--b24-call-status-accent-hover=#0b66c3] - Links and Retry on hover and focus. Dark: `#8cc2ff`.
 * @cssprop [--b24-call-status-idle-color=#525c69] - The idle badge. Dark: `#c2c8cf`.
 * @cssprop [--b24-call-status-connecting-color=#955300] - The connecting badge. Dark: `#f5b556`.
 * @cssprop [--b24-call-status-connected-color=#386f00] - The connected badge and the running timer. Dark: `#8fd46a`.
 * @cssprop [--b24-call-status-warning-color=#955300] - The "Not up to date" mark. Dark: `#f5b556`.
 * @cssprop [--b24-call-status-error-color=#c62828] - Error text. Dark: `#ff8a80`.
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
    const { state, status, error } = this.#data.value;
    // The shown language is marked, so screen readers pronounce it right on a page in another one.
    return html`<div part="base" lang=${locale}>
      <div class="top">
        <div
          role="status"
          tabindex="-1"
          aria-live="polite"
          aria-atomic="true"
          aria-label=${s.region}
          aria-busy=${state === 'loading'}
          class=${state}
        >
          ${status ? this.renderHeadline(s, status) : html`<p>${error ? this.renderMessage(s) : html`<span part="message">${s.loading}</span>`}</p>`}
        </div>
        ${this.renderTimer(s)}
      </div>
      ${error ? this.renderErrorBar(s) : nothing} ${status ? this.renderDetails(s, status) : nothing}
    </div>`;
  }

  /** Who is calling, the number, the badges, and the stale notice: the live region's content once a status is known. */
  protected renderHeadline(s: Strings, status: CallStatus): TemplateResult {
    const phone = this.#phone(s, status);
    const { primary } = crmItems(status);
    const who = primary && this.#name(primary);
    // Host text is inert and isolated (<bdi>, dir=auto), so it cannot reorder what is around it.
    return html`<bdi part=${who ? 'name' : 'name phone'} title=${who ?? phone}>${who ?? phone}</bdi>
      <p class="row">
        ${who ? html`<bdi part="phone" title=${phone}>${phone}</bdi>` : nothing} ${this.renderBadge('state', this.#callWord(s, status.CALL_STATE ?? 'idle'))}
        ${this.renderBadge('direction', status.CALL_DIRECTION && this.#callWord(s, status.CALL_DIRECTION))}
        ${this.renderBadge('call-list', status.CALL_LIST_MODE && s.callList)}
      </p>
      ${this.#data.value.error ? html`<p class="notice">${this.renderBadge('stale', s.stale)} ${this.renderMessage(s)}</p>` : nothing}`;
  }

  /** One badge; nothing for an empty value. What may be cut with an ellipsis carries its full text in title. */
  protected renderBadge(part: string, value: string | false | undefined): TemplateResult | typeof nothing {
    return value ? html`<span part="${part} badge" class="badge" dir="auto" title=${value}>${value}</span>` : nothing;
  }

  protected renderMessage(s: Strings): TemplateResult {
    const error = this.#data.value.error;
    return html`<span part="message">${error ? this.#message(error.code, s) : s.loading}</span>`;
  }

  /** The talk time, outside the live region: a ticking clock must not be announced every second. */
  protected renderTimer(s: Strings): TemplateResult | typeof nothing {
    const { connectedAt, talkTime } = this.#data.value;
    const talked = connectedAt === undefined ? talkTime : Date.now() - connectedAt;
    if (talked === undefined) return nothing;
    return html`<span part="timer badge" class="badge ${connectedAt === undefined ? '' : 'running'}" role="timer" aria-label=${s.talkTime} title=${s.talkTime}
      >${formatDuration(talked)}</span
    >`;
  }

  /** Retry where it can help (busy while it runs), and the raw error code. */
  protected renderErrorBar(s: Strings): TemplateResult {
    const error = this.#data.value.error!;
    // Kept while a retry loads, so keyboard focus stays on it if the retry fails again.
    const retry = error.retryable
      ? html`<button part="retry" type="button" aria-disabled=${this.#retrying ? 'true' : 'false'} @click=${() => this.#retry()}
          >${this.#retrying ? s.retrying : s.retry}</button
        >`
      : nothing;
    return html`<p class="bar">${retry} <span class="quiet">${s.errorCode} <code part="error-code">${error.code}</code></span></p>`;
  }

  /** The CRM items, the line, the ids, and the page's slots. */
  protected renderDetails(s: Strings, status: CallStatus): TemplateResult {
    // The primary item is not repeated among the bindings.
    const { primary, bindings } = crmItems(status);
    const crm = primary
      ? this.renderItem(s, 'crm', primary)
      : !bindings.length && html`<span part="not-in-crm" class="quiet">${s.notInCrm}</span>`;
    const linked = bindings.length && html`<ul>${bindings.map((b) => html`<li>${this.renderItem(s, 'binding', b)}</li>`)}</ul>`;
    return html`<dl>
        ${this.renderRow(s.crm, crm)} ${this.renderRow(s.bindings, linked)} ${this.renderRow(s.line, this.renderLine(status))}
        ${this.renderRow(s.activity, status.CRM_ACTIVITY_ID && html`<bdi part="activity">#${status.CRM_ACTIVITY_ID}</bdi>`, 'quiet')}
        ${this.renderRow(s.callId, status.CALL_ID && html`<bdi part="call-id" title=${status.CALL_ID}>${status.CALL_ID}</bdi>`, 'quiet')}
      </dl>
      <slot name="actions" @slotchange=${filled}></slot>
      <slot name="footer" @slotchange=${filled}></slot>`;
  }

  protected renderRow(label: string, value: unknown, cls = ''): TemplateResult | typeof nothing {
    return value ? html`<dt part="label" class=${cls}>${label}</dt><dd part="value" class=${cls}>${value}</dd>` : nothing;
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

  /** The line name and number, each host value in its own <bdi>; the name may be cut, the number never. */
  protected renderLine(status: CallStatus): TemplateResult | typeof nothing {
    const values = [status.LINE_NAME, status.LINE_NUMBER].filter((v): v is string => !!v);
    if (!values.length) return nothing;
    return html`<span part="line" dir="auto"
      >${values.map((v, i) => html`${i ? html` <span>·</span> ` : ''}<bdi class=${i < values.length - 1 ? 'cut' : ''} title=${v}>${v}</bdi>`)}</span
    >`;
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
