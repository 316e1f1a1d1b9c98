import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import {
  BeforeCloseEvent,
  CallStateChangeEvent,
  EntityChangeEvent,
  EntityOpenEvent,
  StatusChangeEvent,
  StatusErrorEvent,
} from './events.js';
import { HostError, type CallCardEvent, type StatusError, type Transport } from './host.js';
import { hubFor, type Hub } from './hub.js';
import { crmPath, normalizeCallState, normalizeEntity, withCallState, type CallStatus } from './status.js';
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
  // Declared here rather than with decorators: the decorator helper costs bytes in every bundle.
  static override properties: PropertyDeclarations = {
    timeout: { type: Number },
    lang: {},
    // keep-open="false" (what Vue's :keep-open="false" writes) means off, as a user would expect.
    keepOpen: { attribute: 'keep-open', reflect: true, type: Boolean, converter: { fromAttribute: (v) => v !== null && v !== 'false' } },
    strings: { attribute: false },
    transport: { attribute: false, noAccessor: true },
  };

  /** Milliseconds to wait for the host, for init and for each command. */
  timeout = 5000;

  /** The language; wins over the host's and the page's. Bitrix24 ids (`ua`, `la`, …) work too. */
  override lang = '';

  /** Keep the call card open after the call ends (`disableAutoClose`) while set. */
  keepOpen = false;

  /** Overrides for any shown string, e.g. `{retry: 'Try again'}`. */
  strings?: Partial<Strings>;

  #phase: Phase = 'loading';
  #status?: CallStatus;
  #error?: StatusError;
  #transport?: Transport | PromiseLike<Transport> | null;
  #hub?: Hub;
  #hostLang?: unknown;
  // Bumped by each read and by disconnect: only the latest read may land.
  #seq = 0;

  /**
   * The host: a BX24-like object, a b24jssdk `B24Frame` (or the promise
   * `initializeB24Frame()` returns), or `{call(command, params), bindEvent?}`.
   * Unset, `window.BX24` is used, looked up on connect.
   */
  get transport(): Transport | PromiseLike<Transport> | null | undefined {
    return this.#transport;
  }
  set transport(value: Transport | PromiseLike<Transport> | null | undefined) {
    if (value === this.#transport) return;
    this.#transport = value;
    if (this.isConnected) {
      this.#disconnect();
      this.#connect();
    }
  }

  /** The last status read, normalised; undefined before the first. */
  get status(): CallStatus | undefined {
    return this.#status;
  }

  /** The current error: its code, and the message shown for it. */
  get error(): StatusError | undefined {
    return this.#error;
  }

  /** Where the read stands: `loading`, `ready` or `error`. */
  get state(): Phase {
    return this.#phase;
  }

  /** The call state, once known. */
  get callState(): string | undefined {
    return this.#status?.CALL_STATE;
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
  async #read(fresh?: boolean): Promise<CallStatus | undefined> {
    const seq = ++this.#seq;
    if (!this.isConnected) return;
    // No host yet (the BX24 script loading late, say): look again, so a retry can recover.
    if (!this.#hub) this.#attach();
    const hub = this.#hub;
    if (this.#error || !this.#status) this.#set('loading', this.#status, this.#error);
    let status: CallStatus | undefined;
    let code = 'NO_APP_CONTEXT';
    try {
      // Without a host, fail after a render: an error already in the live region when it appears is not announced.
      status = hub ? await hub.read(this.timeout > 0 ? this.timeout : 5000, fresh) : void (await this.updateComplete);
    } catch (e) {
      // Anything else the host threw or rejected with.
      code = e instanceof HostError ? e.code : 'HOST_ERROR';
    }
    if (seq !== this.#seq) return this.#status;
    this.#hostLang = safely(() => hub?.host.lang());
    if (status) this.#apply(status);
    else {
      const error = { code, message: errorMessage(this.#strings(), code) };
      this.#set('error', this.#status, error);
      this.dispatchEvent(new StatusErrorEvent(error));
    }
    return status;
  }

  #set(phase: Phase, status?: CallStatus, error?: StatusError) {
    this.#phase = phase;
    this.#status = status;
    this.#error = error;
    this.requestUpdate();
  }

  #connect() {
    this.#attach();
    void this.#read();
  }

  #attach() {
    const transport = this.#transport === undefined ? (globalThis as { BX24?: unknown }).BX24 : this.#transport;
    // A hostile transport (a throwing getter, a revoked Proxy) is no host, not a page error.
    const hub = (this.#hub = safely(() => hubFor(transport)));
    hub?.listeners.add(this.#onHostEvent);
    if (this.keepOpen) hub?.keepOpen(this, true);
  }

  #disconnect() {
    this.#seq++;
    this.#hub?.listeners.delete(this.#onHostEvent);
    this.#hub?.keepOpen(this, false);
    this.#hub = undefined;
  }

  #onHostEvent = (event: CallCardEvent, payload: unknown) => {
    const previous = this.#status;
    if (event === 'CallCard::CallStateChanged') {
      const state = normalizeCallState(payload);
      if (!state || !previous || state === previous.CALL_STATE) return;
      this.#apply(withCallState(previous, state));
      this.dispatchEvent(new CallStateChangeEvent({ state, previous: previous.CALL_STATE }));
    } else if (event === 'CallCard::EntityChanged') {
      this.dispatchEvent(new EntityChangeEvent(normalizeEntity(payload)));
      void this.#read();
    } else {
      this.dispatchEvent(new BeforeCloseEvent());
    }
  };

  #apply(status: CallStatus) {
    const previous = this.#status;
    this.#set('ready', status);
    if (JSON.stringify(previous) !== JSON.stringify(status)) this.dispatchEvent(new StatusChangeEvent({ status, previous }));
  }

  #open(type: string, id: number) {
    const path = crmPath(type, id)!;
    // A broken host must not break the page; the click then simply does nothing.
    if (this.dispatchEvent(new EntityOpenEvent({ ENTITY_TYPE: type, ENTITY_ID: id, path }))) safely(() => this.#hub?.host.openPath(path));
  }

  // The attribute wins, then the host's language, then the page's, then English.
  #locale() {
    return [this.lang, this.#hostLang, this.ownerDocument.documentElement?.lang].map(matchLocale).find(Boolean) ?? 'en';
  }

  #strings(locale = this.#locale()): Strings {
    return { ...stringsFor(locale), ...this.strings };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('keepOpen')) this.#hub?.keepOpen(this, this.keepOpen && this.isConnected);
  }

  protected override updated(): void {
    // Reflected after render so pages can style and select on them.
    this.setAttribute('state', this.#phase);
    const callState = this.#status?.CALL_STATE;
    if (callState) this.setAttribute('call-state', callState);
    else this.removeAttribute('call-state');
  }

  override render() {
    const locale = this.#locale();
    const s = this.#strings(locale);
    const phase = this.#phase;
    const st = phase === 'ready' && this.#status;
    const error = this.#error;
    const word = (value: string) => (WORDS.includes(value) ? s[value as keyof Strings] : value);
    const item = (part: string, type: string, id: number) => {
      const label = html`<bdi>${word(type)}</bdi> #${id}`;
      return crmPath(type, id)
        ? html`<button part=${part} type="button" @click=${() => this.#open(type, id)}>${label}</button>`
        : html`<span part=${part} dir="auto">${label}</span>`;
    };
    const row = (label: string, value: unknown) => (value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing);
    // Host text is isolated (dir=auto), so it cannot reorder what is around it.
    const text = (part: string, value: unknown) => (value ? html`<span part=${part} dir="auto">${value}</span>` : '');
    // The shown language is marked, so screen readers pronounce it right on a page in another one.
    return html`<div part="base" lang=${locale}>
      <div class="head" role="status" aria-live="polite" aria-atomic="true" aria-label=${s.region} aria-busy=${phase === 'loading'}>
        ${st
          ? html`${text('state', word(st.CALL_STATE ?? 'idle'))} ${text('direction', st.CALL_DIRECTION && word(st.CALL_DIRECTION))} ${text('call-list', st.CALL_LIST_MODE && s.callList)}`
          : html`<p part="message">${phase === 'error' ? html`${errorMessage(s, error!.code)} <code part="error-code">${error!.code}</code>` : s.loading}</p>`}
      </div>
      ${st
        ? html`<dl>
            ${row(s.phone, text('phone', st.PHONE_NUMBER === undefined ? s.phoneUnknown : st.PHONE_NUMBER === 'hidden' ? s.phoneHidden : st.PHONE_NUMBER))}
            ${row(
              s.line,
              // Each host value in its own <bdi>, so a bidi override in one cannot reorder the next.
              (st.LINE_NAME || st.LINE_NUMBER) &&
                text('line', [st.LINE_NAME, st.LINE_NUMBER].filter(Boolean).map((v, i) => html`${i ? ' · ' : ''}<bdi>${v}</bdi>`))
            )}
            ${row(s.crm, st.CRM_ENTITY_TYPE && st.CRM_ENTITY_ID && item('crm', st.CRM_ENTITY_TYPE, st.CRM_ENTITY_ID))}
            ${row(s.bindings, st.CRM_BINDINGS.length && html`<ul>${st.CRM_BINDINGS.map((b) => html`<li>${item('binding', b.ENTITY_TYPE, b.ENTITY_ID)}</li>`)}</ul>`)}
            ${row(s.activity, text('activity', st.CRM_ACTIVITY_ID && `#${st.CRM_ACTIVITY_ID}`))}
            ${row(s.callId, text('call-id', st.CALL_ID))}
          </dl>`
        : nothing}
      ${error && phase !== 'ready'
        ? // Kept while a retry loads, so keyboard focus stays on it if the retry fails again.
          html`<button part="retry" type="button" @click=${() => this.refresh()}>${s.retry}</button>`
        : nothing}
    </div>`;
  }
}

// Known values become words; an unknown one (a new CALL_STATE, say) is shown as is.
const WORDS = ['idle', 'connecting', 'connected', 'incoming', 'outgoing', 'callback', 'LEAD', 'DEAL', 'CONTACT', 'COMPANY'];

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
