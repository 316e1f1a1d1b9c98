import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  BeforeCloseEvent,
  CallStateChangeEvent,
  EntityChangeEvent,
  EntityOpenEvent,
  StatusChangeEvent,
  StatusErrorEvent,
} from './events.js';
import { HostError, describe, type CallCardEvent, type StatusError, type Transport } from './host.js';
import { hubFor, type Hub } from './hub.js';
import { crmPath, normalizeCallState, normalizeEntity, sameStatus, type CallStatus } from './status.js';
import { errorMessage, matchLocale, stringsFor, type Strings } from './strings.js';
import { styles } from './b24-call-status.styles.js';

/** The package version; a second, different copy on the page is warned about. */
export const VERSION = '0.1.0';

export type Phase = 'loading' | 'ready' | 'error';

/**
 * Shows the live status of the Bitrix24 call card it runs in (placement
 * `CALL_CARD`): number, line, direction, state, CRM bindings and call-list
 * mode. It reads `getStatus` itself, follows the card's events, and turns
 * every host failure into a message with a retry. It never throws at the page.
 *
 * @tagname b24-call-status
 * @summary The live Bitrix24 call card status.
 *
 * @attr {'loading' | 'ready' | 'error'} state - Read-only, reflected: where the read stands. Style on it.
 * @attr {'idle' | 'connecting' | 'connected'} call-state - Read-only, reflected: the call's state once known.
 *
 * @fires {StatusChangeEvent} b24-status-change - A new status was read or applied. `detail: {status, previous}`.
 * @fires {CallStateChangeEvent} b24-call-state-change - The call state changed (`CallCard::CallStateChanged`). `detail: {state, previous}`.
 * @fires {EntityChangeEvent} b24-entity-change - The card's client changed (`CallCard::EntityChanged`). `detail: {PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`.
 * @fires {BeforeCloseEvent} b24-before-close - The card is about to close (`CallCard::BeforeClose`); can fire twice.
 * @fires {EntityOpenEvent} b24-entity-open - A CRM item was activated. Cancelable: cancel it to open the item yourself. `detail: {ENTITY_TYPE, ENTITY_ID, path}`.
 * @fires {StatusErrorEvent} b24-error - A read failed. `detail: {code, message}`.
 *
 * @csspart base - The frame around everything.
 * @csspart state - The call-state badge.
 * @csspart direction - The call direction.
 * @csspart call-list - The mark shown in call-list mode.
 * @csspart phone - The client's number.
 * @csspart line - The line name and number.
 * @csspart crm - The primary CRM item (a button when it can be opened).
 * @csspart binding - Each CRM binding (a button when it can be opened).
 * @csspart activity - The CRM activity id.
 * @csspart call-id - The call id.
 * @csspart message - The loading or error message.
 * @csspart error-code - The raw error code beside the message.
 * @csspart retry - The retry button.
 *
 * @cssprop [--b24-call-status-font=inherit] - Font shorthand.
 * @cssprop [--b24-call-status-color=CanvasText] - Text colour.
 * @cssprop [--b24-call-status-background=Canvas] - Background.
 * @cssprop [--b24-call-status-border=1px solid #d0d5db] - Border shorthand.
 * @cssprop [--b24-call-status-radius=0.5em] - Corner radius.
 * @cssprop [--b24-call-status-gap=0.5em] - Space between items.
 * @cssprop [--b24-call-status-accent=#0b62a8] - Links, focus ring and the call-list mark.
 * @cssprop [--b24-call-status-idle-color=#52585f] - The idle badge.
 * @cssprop [--b24-call-status-connecting-color=#8a4b00] - The connecting badge.
 * @cssprop [--b24-call-status-connected-color=#1c6e32] - The connected badge.
 * @cssprop [--b24-call-status-error-color=#b3261e] - Error text.
 */
export class B24CallStatus extends LitElement {
  static override styles = styles;
  static readonly version = VERSION;

  /** Milliseconds to wait for the host, for init and for each command. */
  @property({ type: Number }) timeout = 5000;

  /** The language; wins over the host's and the page's. Bitrix24 ids (`ua`, `la`, …) work too. */
  @property() override lang = '';

  /** Keep the call card open after the call ends (`disableAutoClose`) while set. */
  @property({ type: Boolean, attribute: 'keep-open', reflect: true }) keepOpen = false;

  /** Overrides for any shown string, e.g. `{retry: 'Try again'}`. */
  @property({ attribute: false }) strings?: Partial<Strings>;

  @state() private _phase: Phase = 'loading';
  @state() private _status?: CallStatus;
  @state() private _error?: StatusError;

  #transport?: Transport | PromiseLike<Transport> | null;
  #hub?: Hub;
  #unsubscribe?: () => void;
  #hostLang?: string;
  // Bumped by each read and by disconnect: only the latest read may land.
  #seq = 0;

  /**
   * The host: a BX24-like object, a b24jssdk `B24Frame` (or the promise
   * `initializeB24Frame()` returns), or `{call(command, params), bindEvent?}`.
   * Unset, `window.BX24` is used, looked up on connect.
   */
  @property({ attribute: false })
  get transport(): Transport | PromiseLike<Transport> | null | undefined {
    return this.#transport;
  }
  set transport(value: Transport | PromiseLike<Transport> | null | undefined) {
    const old = this.#transport;
    if (value === old) return;
    this.#transport = value;
    this.requestUpdate('transport', old);
    if (this.isConnected) {
      this.#disconnect();
      this.#connect();
    }
  }

  /** The last status read, normalised; undefined before the first. */
  get status(): CallStatus | undefined {
    return this._status;
  }

  /** The current error, or undefined. */
  get error(): StatusError | undefined {
    return this._error;
  }

  /** Where the read stands: `loading`, `ready` or `error`. */
  get state(): Phase {
    return this._phase;
  }

  /** The call state, once known. */
  get callState(): string | undefined {
    return this._status?.CALL_STATE;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#disconnect();
  }

  /**
   * Read the status again. Resolves with the status, or undefined when the
   * read failed (see `error`); never rejects. Each call asks the host anew;
   * when reads overlap, the one asked last wins.
   */
  refresh(): Promise<CallStatus | undefined> {
    return this.#read(true);
  }

  // Connects and card events join a read in flight; refresh() does not.
  async #read(fresh: boolean): Promise<CallStatus | undefined> {
    const seq = ++this.#seq;
    if (!this.isConnected) return undefined;
    // No host yet (the BX24 script loading late, say): look again, so a retry can recover.
    if (!this.#hub) this.#attach();
    const hub = this.#hub;
    if (this._phase === 'error' || !this._status) this._phase = 'loading';
    if (!hub) {
      // Fail after a render: an error already in the live region when it appears is not announced.
      await this.updateComplete.catch(() => {});
      if (seq === this.#seq) this.#fail(new HostError('NO_APP_CONTEXT', 'No Bitrix24 host on this page'));
      return undefined;
    }
    let status: CallStatus | undefined;
    let failure: unknown;
    try {
      status = await hub.read(Number.isFinite(this.timeout) && this.timeout > 0 ? this.timeout : 5000, fresh);
    } catch (e) {
      failure = e;
    }
    if (seq !== this.#seq) return this._status;
    this.#hostLang = safely(() => hub.host.lang());
    if (status) this.#apply(status);
    else this.#fail(failure);
    return status;
  }

  #connect() {
    this.#attach();
    void this.#read(false);
  }

  #attach() {
    const transport = this.#transport === undefined ? (globalThis as { BX24?: unknown }).BX24 : this.#transport;
    // A hostile transport (a throwing getter, a revoked Proxy) is no host, not a page error.
    this.#hub = safely(() => hubFor(transport));
    this.#unsubscribe = this.#hub?.subscribe(this.#onHostEvent);
    if (this.keepOpen) this.#hub?.keepOpen(this, true);
  }

  #disconnect() {
    this.#seq++;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#hub?.keepOpen(this, false);
    this.#hub = undefined;
  }

  #onHostEvent = (event: CallCardEvent, payload: unknown) => {
    if (event === 'CallCard::CallStateChanged') {
      const state = normalizeCallState(payload);
      const previous = this._status;
      if (!state || !previous || state === previous.CALL_STATE) return;
      this.#apply(Object.freeze({ ...previous, CALL_STATE: state }));
      this.dispatchEvent(new CallStateChangeEvent({ state, previous: previous.CALL_STATE }));
    } else if (event === 'CallCard::EntityChanged') {
      this.dispatchEvent(new EntityChangeEvent(normalizeEntity(payload)));
      void this.#read(false);
    } else {
      this.dispatchEvent(new BeforeCloseEvent());
    }
  };

  #apply(status: CallStatus) {
    const previous = this._status;
    this._status = status;
    this._error = undefined;
    this._phase = 'ready';
    if (!sameStatus(previous, status)) this.dispatchEvent(new StatusChangeEvent({ status, previous }));
  }

  #fail(e: unknown) {
    const error = e instanceof HostError ? { code: e.code, message: e.message } : { code: 'HOST_ERROR', message: describe(e) };
    this._error = error;
    this._phase = 'error';
    this.dispatchEvent(new StatusErrorEvent(error));
  }

  #open(type: string, id: number) {
    const path = crmPath(type, id);
    if (!path) return;
    const open = new EntityOpenEvent({ ENTITY_TYPE: type, ENTITY_ID: id, path });
    if (this.dispatchEvent(open)) this.#hub?.openPath(path);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('keepOpen')) this.#hub?.keepOpen(this, this.keepOpen && this.isConnected);
  }

  protected override updated(): void {
    // Reflected after render so pages can style and select on them.
    this.setAttribute('state', this._phase);
    const callState = this._status?.CALL_STATE;
    if (callState) this.setAttribute('call-state', callState);
    else this.removeAttribute('call-state');
  }

  // The attribute wins, then the host's language, then the page's, then English.
  #locale(): string {
    const langs = [this.lang, this.#hostLang, this.ownerDocument?.documentElement?.lang];
    return langs.map(matchLocale).find(Boolean) ?? 'en';
  }

  #strings(locale: string): Strings {
    const base = stringsFor(locale);
    return this.strings ? { ...base, ...this.strings } : base;
  }

  override render() {
    // The shown language is marked, so screen readers pronounce it right on a page in another one.
    const locale = this.#locale();
    const s = this.#strings(locale);
    const phase = this._phase;
    const status = phase === 'ready' ? this._status : undefined;
    const error = phase === 'error' ? this._error : undefined;
    // Kept while a retry loads, so keyboard focus stays on it if the retry fails again.
    const retry = phase !== 'ready' && this._error;
    return html`<div part="base" lang=${locale}>
      <div class="head" role="status" aria-live="polite" aria-atomic="true" aria-label=${s.region} aria-busy=${phase === 'loading'}>
        ${status
          ? html`<span part="state" dir="auto">${word(s, status.CALL_STATE ?? 'idle')}</span>
              ${status.CALL_DIRECTION ? html`<span part="direction" dir="auto">${word(s, status.CALL_DIRECTION)}</span>` : nothing}
              ${status.CALL_LIST_MODE ? html`<span part="call-list">${s.callList}</span>` : nothing}`
          : error
            ? html`<p part="message">${errorMessage(s, error.code)} <code part="error-code" class="code">${error.code}</code></p>`
            : html`<p part="message" class="busy">${s.loading}</p>`}
      </div>
      ${status ? this.#details(s, status) : nothing}
      ${retry ? html`<button part="retry" type="button" @click=${() => void this.refresh()}>${s.retry}</button>` : nothing}
    </div>`;
  }

  #details(s: Strings, st: CallStatus) {
    const phone = st.PHONE_NUMBER === undefined ? s.phoneUnknown : st.PHONE_NUMBER === 'hidden' ? s.phoneHidden : st.PHONE_NUMBER;
    // Each host value in its own <bdi>, so a bidi override in one cannot reorder the next.
    const line = [st.LINE_NAME, st.LINE_NUMBER].filter(Boolean).map((v, i) => html`${i ? ' · ' : ''}<bdi>${v}</bdi>`);
    return html`<dl>
      <dt>${s.phone}</dt>
      <dd><span part="phone" class="value" dir="auto">${phone}</span></dd>
      ${line.length ? html`<dt>${s.line}</dt><dd><span part="line" class="value" dir="auto">${line}</span></dd>` : nothing}
      ${st.CRM_ENTITY_TYPE && st.CRM_ENTITY_ID
        ? html`<dt>${s.crm}</dt><dd>${this.#item(s, 'crm', st.CRM_ENTITY_TYPE, st.CRM_ENTITY_ID)}</dd>`
        : nothing}
      ${st.CRM_BINDINGS.length
        ? html`<dt>${s.bindings}</dt>
            <dd><ul>${st.CRM_BINDINGS.map((b) => html`<li>${this.#item(s, 'binding', b.ENTITY_TYPE, b.ENTITY_ID)}</li>`)}</ul></dd>`
        : nothing}
      ${st.CRM_ACTIVITY_ID ? html`<dt>${s.activity}</dt><dd><span part="activity">#${st.CRM_ACTIVITY_ID}</span></dd>` : nothing}
      ${st.CALL_ID ? html`<dt>${s.callId}</dt><dd><span part="call-id" class="value" dir="auto">${st.CALL_ID}</span></dd>` : nothing}
    </dl>`;
  }

  #item(s: Strings, part: 'crm' | 'binding', type: string, id: number) {
    const label = html`<bdi>${word(s, type)}</bdi> #${id}`;
    return crmPath(type, id)
      ? html`<button part=${part} type="button" @click=${() => this.#open(type, id)}>${label}</button>`
      : html`<span part=${part} class="value" dir="auto">${label}</span>`;
  }
}

// Known values become words; an unknown one (a new CALL_STATE, say) is shown as is.
function word(s: Strings, value: string): string {
  const key = value as keyof Strings;
  return KNOWN_WORDS.has(value) ? s[key] : value;
}
const KNOWN_WORDS = new Set(['idle', 'connecting', 'connected', 'incoming', 'outgoing', 'callback', 'LEAD', 'DEAL', 'CONTACT', 'COMPANY']);

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'b24-call-status': B24CallStatus;
  }
}
