import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { EntityOpenEvent } from './events.js';
import { boundMs, type StatusError, type Transport } from './host.js';
import { crmItems, crmPath, type CallStatus } from './status.js';
import { errorMessage, matchLocale, stringsFor, type Strings } from './strings.js';
import { styles } from './b24-call-status.styles.js';
import { adoptStylesIn, foreign } from './internal/adopt-styles.js';
import { CallTimerController, formatDuration } from './internal/call-timer.js';
import { CrmNamesController } from './internal/crm-names.js';
import { restFor } from './rest.js';
import { StatusController, type Phase } from './internal/status-controller.js';

/** The package version; a second, different copy on the page is warned about. */
export const VERSION = '0.1.0';

export type { Phase };

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
 * @fires {StatusErrorEvent} b24-error - A read failed. `detail: {code, message}`.
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

  #transport?: Transport | PromiseLike<Transport> | null;
  readonly #reader = new StatusController(this, {
    transport: () => this.#transport,
    timeout: () => boundMs(this.timeout),
    keepOpen: () => this.keepOpen,
    message: (code) => errorMessage(this.#strings(), code),
  });

  // Talk time, fed in willUpdate from what the element knows; shown as part `timer`.
  readonly #timer = new CallTimerController(this);
  readonly #names = new CrmNamesController(this);
  // The status whose CRM items were last asked for: one request per status.
  #named?: CallStatus;

  /**
   * The host: a BX24-like object, a b24jssdk `B24Frame` (or the promise
   * `initializeB24Frame()` returns), or `{call(command, params), bindEvent?}`.
   * Unset, `window.BX24` is used, looked up on connect (and waited for a while).
   */
  get transport(): Transport | PromiseLike<Transport> | null | undefined {
    return this.#transport;
  }
  set transport(value: Transport | PromiseLike<Transport> | null | undefined) {
    if (value === this.#transport) return;
    this.#transport = value;
    this.#reader.reconnect();
  }

  /** The status shown, normalised; undefined before the first. */
  get status(): CallStatus | undefined {
    return this.#reader.status;
  }

  /** The current error: its code, and the message shown for it. Kept while the status shown is not up to date. */
  get error(): StatusError | undefined {
    return this.#reader.error;
  }

  /** Where the latest read stands: `loading`, `ready` or `error`. */
  get state(): Phase {
    return this.#reader.phase;
  }

  /** True while a status is shown that is not up to date (the latest read failed). */
  get stale(): boolean {
    return this.#reader.stale;
  }

  /** The call state, once known. */
  get callState(): string | undefined {
    return this.#reader.status?.CALL_STATE;
  }

  /**
   * Read the status again. Resolves with a status read at or after this call,
   * or undefined when that read failed (see `error`); never rejects. Calls in
   * a burst share reads: at most one in flight and one after it.
   */
  refresh(): Promise<CallStatus | undefined> {
    return this.#reader.refresh();
  }

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
    // A broken host must not break the page; the click then simply does nothing.
    if (this.dispatchEvent(new EntityOpenEvent({ ENTITY_TYPE: type, ENTITY_ID: id, path }))) {
      try {
        this.#reader.hub?.host.openPath(path);
      } catch {
        // Nothing to open with.
      }
    }
  }

  async #retry() {
    const root = this.shadowRoot;
    const hadFocus = root?.activeElement?.getAttribute('part') === 'retry';
    await this.#reader.retry();
    await this.updateComplete;
    // The Retry button is gone after a success: keep keyboard focus in the widget, not on <body>.
    if (hadFocus && !root?.activeElement) root?.querySelector<HTMLElement>('[role="status"]')?.focus();
  }

  // The attribute wins, then the host's language, then the page's, then English. No document on the server.
  #locale() {
    return [this.lang, this.#reader.hostLang, this.ownerDocument?.documentElement?.lang].map(matchLocale).find(Boolean) ?? 'en';
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

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#askNames();
    if (changed.has('keepOpen')) this.#reader.keepOpen(this.keepOpen);
    this.#timer.track(this.#reader.status?.CALL_ID, this.#reader.status?.CALL_STATE);
  }

  protected override updated(): void {
    // Reflected after render so pages can style and select on them.
    const reader = this.#reader;
    this.setAttribute('state', reader.phase);
    this.toggleAttribute('stale', reader.stale);
    const callState = reader.status?.CALL_STATE;
    if (callState) this.setAttribute('call-state', callState);
    else this.removeAttribute('call-state');
  }

  // The display name of a CRM item, once the names are known; undefined shows "Contact #797".
  #name(type: string, id: number): string | undefined {
    return this.noCrmNames ? undefined : this.#names.name(type, id);
  }

  // Names are an enhancement: asked for after the status is shown, never waited for.
  #askNames() {
    const status = this.#reader.status;
    if (this.noCrmNames || !status || status === this.#named) return;
    this.#named = status;
    const { primary, bindings } = crmItems(status);
    const items = primary ? [primary, ...bindings] : bindings;
    if (!items.length) return;
    let rest;
    try {
      rest = restFor(this.#reader.hub?.host.transport());
    } catch {
      return; // A hostile transport has no REST either.
    }
    this.#names.request(rest, items, boundMs(this.timeout));
  }

  override render(): TemplateResult {
    const locale = this.#locale();
    const s = this.#strings(locale);
    const reader = this.#reader;
    const phase = reader.phase;
    // What is known stays on screen while a re-read runs or after one failed (then marked stale).
    const st = reader.status;
    const error = reader.error;
    const talked = this.#timer.elapsed;
    const word = (value: string) => (WORDS.includes(value) ? s[value as keyof Strings] : /^DYNAMIC_\d+$/.test(value) ? s.DYNAMIC : value);
    // Host text is inert and isolated (<bdi>, dir=auto), so it cannot reorder what is around it.
    // What may be cut with an ellipsis carries its full text in title.
    const badge = (part: string, value: unknown) =>
      value ? html`<span part="${part} badge" class="badge" dir="auto" title=${value as string}>${value}</span>` : nothing;
    const item = (part: string, type: string, id: number) => {
      const name = this.#name(type, id);
      const kind = word(type);
      const label = name
        ? html`<bdi class="cut">${name}</bdi> <span class="kind">· ${kind}</span>`
        : html`<bdi class="cut">${kind}</bdi> <span>#${id}</span>`;
      const title = name ? `${name} · ${kind}` : `${kind} #${id}`;
      return crmPath(type, id)
        ? html`<button part=${part} class="item" type="button" title=${title} @click=${() => this.#open(type, id)}>${label}</button>`
        : html`<span part=${part} class="item" dir="auto" title=${title}>${label}</span>`;
    };
    const row = (label: string, value: unknown, cls = '') =>
      value ? html`<dt part="label" class=${cls}>${label}</dt><dd part="value" class=${cls}>${value}</dd>` : nothing;
    const text = (part: string, value: unknown) => (value ? html`<bdi part=${part} title=${value as string}>${value}</bdi>` : nothing);
    const phone = st && (st.PHONE_NUMBER === undefined ? s.phoneUnknown : st.PHONE_NUMBER === 'hidden' ? s.phoneHidden : st.PHONE_NUMBER);
    // The primary item is not repeated among the bindings.
    const { primary, bindings } = st ? crmItems(st) : { primary: undefined, bindings: [] };
    const who = primary && this.#name(primary.ENTITY_TYPE, primary.ENTITY_ID);
    const message = error && html`<span part="message">${errorMessage(s, error.code)}</span>`;
    // The shown language is marked, so screen readers pronounce it right on a page in another one.
    return html`<div part="base" lang=${locale}>
      <div class="top">
        <div
          role="status"
          tabindex="-1"
          aria-live="polite"
          aria-atomic="true"
          aria-label=${s.region}
          aria-busy=${phase === 'loading'}
          class=${phase}
        >
          ${st
            ? html`<bdi part=${who ? 'name' : 'name phone'} title=${(who ?? phone) as string}>${who ?? phone}</bdi>
                <p class="row">
                  ${who ? text('phone', phone) : nothing} ${badge('state', word(st.CALL_STATE ?? 'idle'))}
                  ${badge('direction', st.CALL_DIRECTION && word(st.CALL_DIRECTION))} ${badge('call-list', st.CALL_LIST_MODE && s.callList)}
                </p>
                ${message ? html`<p class="notice">${badge('stale', s.stale)} ${message}</p>` : nothing}`
            : html`<p>${message ?? html`<span part="message">${s.loading}</span>`}</p>`}
        </div>
        ${talked === undefined
          ? nothing
          : // Outside the live region: a ticking clock must not be announced every second.
            html`<span part="timer badge" class="badge ${this.#timer.running ? 'running' : ''}" role="timer" aria-label=${s.talkTime} title=${s.talkTime}
              >${formatDuration(talked)}</span
            >`}
      </div>
      ${error
        ? html`<p class="bar">
            ${reader.retryable
              ? // Kept while a retry loads, so keyboard focus stays on it if the retry fails again; busy meanwhile.
                html`<button part="retry" type="button" aria-disabled=${reader.retrying ? 'true' : 'false'} @click=${() => this.#retry()}
                  >${reader.retrying ? s.retrying : s.retry}</button
                >`
              : nothing}
            <span class="quiet">${s.errorCode} <code part="error-code">${error.code}</code></span>
          </p>`
        : nothing}
      ${st
        ? html`<dl>
              ${row(s.crm, primary ? item('crm', primary.ENTITY_TYPE, primary.ENTITY_ID) : !bindings.length && html`<span part="not-in-crm" class="quiet">${s.notInCrm}</span>`)}
              ${row(s.bindings, bindings.length && html`<ul>${bindings.map((b) => html`<li>${item('binding', b.ENTITY_TYPE, b.ENTITY_ID)}</li>`)}</ul>`)}
              ${row(
                s.line,
                // Each host value in its own <bdi>; the name may be cut, the number never.
                (st.LINE_NAME || st.LINE_NUMBER) &&
                  html`<span part="line" dir="auto"
                    >${[st.LINE_NAME, st.LINE_NUMBER]
                      .filter(Boolean)
                      .map((v, i, all) => html`${i ? html` <span>·</span> ` : ''}<bdi class=${i < all.length - 1 ? 'cut' : ''} title=${v!}>${v}</bdi>`)}</span
                  >`
              )}
              ${row(s.activity, st.CRM_ACTIVITY_ID && text('activity', `#${st.CRM_ACTIVITY_ID}`), 'quiet')}
              ${row(s.callId, text('call-id', st.CALL_ID), 'quiet')}
            </dl>
            <slot name="actions" @slotchange=${filled}></slot>
            <slot name="footer" @slotchange=${filled}></slot>`
        : nothing}
    </div>`;
  }
}

// A slot takes room (and a gap) only when the page put something in it.
const filled = (e: Event) => {
  const slot = e.target as HTMLSlotElement;
  slot.toggleAttribute('data-filled', slot.assignedElements().length > 0);
};

// Known values become words; an unknown one (a new CALL_STATE, say) is shown as is.
const WORDS = ['idle', 'connecting', 'connected', 'incoming', 'outgoing', 'callback', 'LEAD', 'DEAL', 'CONTACT', 'COMPANY', 'QUOTE', 'SMART_INVOICE'];

declare global {
  interface HTMLElementTagNameMap {
    'b24-call-status': B24CallStatus;
  }
}
