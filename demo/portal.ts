/**
 * A Bitrix24 portal's side of the CALL_CARD placement, speaking the wire
 * protocol of call-card-host.md §3: it names the app iframe with the
 * bootstrap, checks each message's origin and APP_SID, answers the commands
 * the placement has, stays silent for the rest, and posts events to every
 * callbackId bound to them. The demo page and the e2e tests both drive it.
 * Its REST endpoint lives on the same origin (demo/rest-server.mjs): the
 * tokens handed out in getInitData and refreshAuth come from there, and
 * `rest()` / `restState()` drive and read this portal's REST session.
 */
import type { RestControls, RestRequest } from './rest-api.js';
import { DOC_STATUS } from './doc-status.js';

export type Placement = 'CALL_CARD' | 'DEFAULT';
export type CallCardEvent = 'CallCard::CallStateChanged' | 'CallCard::EntityChanged' | 'CallCard::BeforeClose';

/** The getStatus answer, in the documented shape. */
export interface PortalStatus {
  CALL_ID: string;
  PHONE_NUMBER?: string;
  LINE_NUMBER: string;
  LINE_NAME: string;
  CRM_ENTITY_TYPE: string;
  CRM_ENTITY_ID: number;
  CRM_ACTIVITY_ID?: number | string;
  CRM_BINDINGS: Array<{ ENTITY_TYPE: string; ENTITY_ID: number }>;
  CALL_DIRECTION: string;
  CALL_STATE: string;
  CALL_LIST_MODE: boolean;
}

/** One line of the log: what crossed the frame, and what the portal made of it. */
export interface LogEntry {
  dir: 'in' | 'out';
  data: unknown;
  /** Why a message got no answer (`wrong origin`, `denied`, `silent`…). */
  note?: string;
}

export interface PortalOptions {
  /** The app page's URL; its origin is the only one accepted. */
  appUrl: string;
  placement?: Placement;
  lang?: string;
  status?: Partial<PortalStatus>;
  /** getInitData says FIRST_RUN, so b24jssdk also sends setInstall. */
  firstRun?: boolean;
  /** Answer no command (events still go out), as a portal that has hung. */
  silent?: boolean;
  /** What getStatus answers instead of the status: a failure to show (see STATUS_FAILURES). */
  failure?: StatusFailure;
  /** The auto-close countdown after disableAutoClose; 65 s in Bitrix24. */
  autoCloseMs?: number;
  log?: (entry: LogEntry) => void;
  /** Called whenever something shown on a portal page may have changed. */
  onChange?: () => void;
  /** The origin serving /rest/ and its controls; this page's by default. */
  restOrigin?: string;
}

/** An access token as getInitData and refreshAuth hand it out. */
type Token = { AUTH_ID: string; AUTH_EXPIRES: string; REFRESH_ID: string };

/** This portal's REST session, as the server holds it. */
export interface RestState {
  controls: RestControls;
  requests: Array<RestRequest & { contentType?: string; origin?: string }>;
  /** CORS preflights the server answered (all sessions). */
  preflights: number;
}

/** The getStatus example of the documentation; one copy, shared with the in-memory stand-ins. */
export const DEMO_STATUS: PortalStatus = DOC_STATUS;

/** Answers a real portal (or a proxy in front of it) can give to getStatus instead of a status. */
export const STATUS_FAILURES = {
  WRONG_AUTH_TYPE: { error: 'WRONG_AUTH_TYPE', error_description: 'Application context required' },
  QUERY_LIMIT_EXCEEDED: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' },
  expired_token: { error: 'expired_token', error_description: 'The access token provided has expired.' },
  'not an object': 'Internal Server Error',
} as const;
export type StatusFailure = keyof typeof STATUS_FAILURES;

const CALL_CARD_INTERFACE = {
  command: ['getStatus', 'disableAutoClose', 'enableAutoClose'],
  event: ['CallCard::EntityChanged', 'CallCard::BeforeClose', 'CallCard::CallStateChanged'],
};
const DENIED_IN_CALL_CARD = new Set(['setTitle', 'setScroll', 'reloadWindow']);

interface Command {
  command: string;
  params: unknown;
  callbackId: string;
  appSid: string;
}

/** Split `"<command>:<params>:<callbackId>:<APP_SID>"` from the end, or read the object form. */
export function parseCommand(data: unknown): Command | undefined {
  if (typeof data === 'string') {
    const parts = data.split(':');
    if (parts.length < 3) return undefined;
    const appSid = parts.pop()!;
    const callbackId = parts.pop()!;
    const command = parts.shift()!;
    return { command, params: parseParams(parts.join(':')), callbackId, appSid };
  }
  if (data !== null && typeof data === 'object' && typeof (data as { method?: unknown }).method === 'string') {
    const o = data as { method: string; params?: unknown; callback?: unknown; appSid?: unknown };
    return { command: o.method, params: o.params ?? '', callbackId: String(o.callback ?? ''), appSid: String(o.appSid ?? '') };
  }
  return undefined;
}

// Params are JSON, except raw values (e.g. setValue) which are passed as they are.
function parseParams(raw: string): unknown {
  if (raw === '') return '';
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}

export class Portal {
  /** Where the app's iframe goes. */
  readonly container: HTMLElement;
  /** The app's iframe; a new one per load(), named before it is attached, as Bitrix24 does. */
  iframe?: HTMLIFrameElement;
  /** The app page; a change applies at the next load(). */
  appUrl: string;
  placement: Placement;
  lang: string;
  status: PortalStatus;
  firstRun: boolean;
  silent: boolean;
  failure?: StatusFailure;
  autoCloseMs: number;
  appSid = '';
  /** Every command accepted (right origin and APP_SID), answered or not. */
  readonly received: Command[] = [];
  /** Paths opened through openPath, resolved against the portal. */
  readonly opened: string[] = [];
  /** The slider open now, and how to answer its opener when it closes. */
  slider?: { path: string; close: () => void };
  /** When the auto-close block runs out (ms since epoch); 0 when not blocked. */
  autoCloseBlockedUntil = 0;
  /** The call ended and the card closed. */
  closed = false;
  /** The call ended (BeforeClose was sent); the card may still be held open. */
  ended = false;
  #binds = new Map<string, Set<string>>();
  #log: (entry: LogEntry) => void;
  #onChange: () => void;
  #closeTimer?: ReturnType<typeof setTimeout>;
  #listener = (e: MessageEvent) => this.#receive(e);
  readonly restOrigin: string;
  /** The REST session on the server: a page of its own, so parallel tests do not meet. */
  readonly restSession = Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, '0')).join('');

  constructor(container: HTMLElement, o: PortalOptions) {
    this.container = container;
    this.appUrl = o.appUrl;
    this.placement = o.placement ?? 'CALL_CARD';
    this.lang = o.lang ?? 'en';
    this.status = { ...structuredClone(DEMO_STATUS), ...structuredClone(o.status ?? {}) };
    this.firstRun = o.firstRun ?? false;
    this.silent = o.silent ?? false;
    this.failure = o.failure;
    this.autoCloseMs = o.autoCloseMs ?? 65_000;
    this.#log = o.log ?? (() => {});
    this.#onChange = o.onChange ?? (() => {});
    this.restOrigin = o.restOrigin ?? location.origin;
    window.addEventListener('message', this.#listener);
  }

  /** Load (or reload) the app with a fresh APP_SID; binds die with the old page, as in Bitrix24. */
  load(): Promise<void> {
    this.appSid = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
    this.#binds.clear();
    this.#endBlock();
    this.closed = false;
    this.ended = false;
    const https = location.protocol === 'https:' ? 1 : 0;
    const url = new URL(this.appUrl, location.href);
    // The libraries read only the name; the query is sent too, as Bitrix24 does.
    for (const [k, v] of Object.entries({ DOMAIN: location.host, PROTOCOL: String(https), LANG: this.lang, APP_SID: this.appSid })) {
      url.searchParams.set(k, v);
    }
    const iframe = document.createElement('iframe');
    iframe.title = 'The CALL_CARD application';
    iframe.name = `${location.host}|${https}|${this.appSid}`;
    iframe.src = url.href;
    const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
    this.iframe?.remove();
    this.iframe = iframe;
    this.container.append(iframe);
    this.#onChange();
    return loaded;
  }

  /** The only origin whose messages are accepted, and the only target of answers. */
  get appOrigin(): string {
    return new URL(this.appUrl, location.href).origin;
  }

  dispose(): void {
    window.removeEventListener('message', this.#listener);
    void this.#restCall('/reset', 'POST').catch(() => {});
    this.#endBlock();
    this.iframe?.remove();
  }

  /** Change this portal's REST failure controls; resolves with the new state. */
  async rest(controls: Partial<RestControls>): Promise<RestState> {
    const state = (await this.#restCall('', 'POST', controls)) as RestState;
    this.#onChange();
    return state;
  }

  /** The REST controls and every REST request the server received for this portal. */
  restState(): Promise<RestState> {
    return this.#restCall('', 'GET') as Promise<RestState>;
  }

  async #restCall(path: string, method: string, body?: unknown): Promise<unknown> {
    const res = await fetch(`${this.restOrigin}/_emulator/rest/${this.restSession}${path}`, {
      method,
      ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
    });
    if (!res.ok) throw new Error(`REST emulator: HTTP ${res.status}`);
    return res.json();
  }

  // A token from the REST server, so that it knows it; a local one (which REST refuses) without a server.
  async #token(): Promise<Token> {
    try {
      return (await this.#restCall('/token', 'POST')) as Token;
    } catch {
      return { AUTH_ID: token('auth'), AUTH_EXPIRES: '3600', REFRESH_ID: token('refresh') };
    }
  }

  // getInitData and refreshAuth wait for the token; the answer goes to the iframe that asked.
  #answerWithToken(callbackId: string, make: (t: Token) => unknown) {
    const iframe = this.iframe;
    void this.#token().then((t) => {
      if (iframe === this.iframe) this.#post(callbackId, make(t));
      this.#onChange();
    });
    return LATER;
  }

  count(command: string): number {
    return this.received.filter((r) => r.command === command).length;
  }

  /** placementBindEvent messages accepted for `event`. */
  bindCount(event: CallCardEvent): number {
    return this.received.filter((r) => r.command === 'placementBindEvent' && eventOf(r.params) === event).length;
  }

  get autoCloseBlocked(): boolean {
    return this.autoCloseBlockedUntil > Date.now();
  }

  /** Post an event to every callbackId bound to it; only the first argument crosses the frame. */
  fire(event: CallCardEvent, first?: unknown): void {
    for (const id of this.#binds.get(event) ?? []) this.#post(id, first, true);
  }

  /** Change the call state and tell the app; a call going back to idle has ended. */
  setCallState(state: string): void {
    const ending = state === 'idle' && this.status.CALL_STATE !== 'idle';
    this.status.CALL_STATE = state;
    if (state !== 'idle') this.ended = false;
    this.fire('CallCard::CallStateChanged', state);
    if (ending) this.endCall();
    this.#onChange();
  }

  /** Change the client and tell the app with the three keys EntityChanged carries. */
  setEntity(change: Partial<Pick<PortalStatus, 'PHONE_NUMBER' | 'CRM_ENTITY_TYPE' | 'CRM_ENTITY_ID' | 'CRM_BINDINGS'>>): void {
    Object.assign(this.status, change);
    const { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID } = this.status;
    this.fire('CallCard::EntityChanged', { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID });
    this.#onChange();
  }

  /** The call ended: BeforeClose, then the card closes unless auto-close is blocked. */
  endCall(): void {
    this.ended = true;
    this.fire('CallCard::BeforeClose');
    if (!this.autoCloseBlocked) this.#close();
  }

  /** The agent closes the slider that openPath opened; its opener is answered now. */
  closeSlider(): void {
    const slider = this.slider;
    this.slider = undefined;
    slider?.close();
    this.#onChange();
  }

  #close() {
    this.#endBlock();
    this.closed = true;
    this.#onChange();
  }

  #endBlock() {
    clearTimeout(this.#closeTimer);
    this.autoCloseBlockedUntil = 0;
  }

  // Each disableAutoClose restarts the countdown; when it runs out after the
  // call ended, BeforeClose fires a second time and the card closes.
  #block() {
    clearTimeout(this.#closeTimer);
    this.autoCloseBlockedUntil = Date.now() + this.autoCloseMs;
    this.#closeTimer = setTimeout(() => {
      this.autoCloseBlockedUntil = 0;
      if (this.ended && !this.closed) this.endCall();
      this.#onChange();
    }, this.autoCloseMs);
  }

  #receive(e: MessageEvent) {
    if (!this.iframe || e.source !== this.iframe.contentWindow) return;
    const cmd = parseCommand(e.data);
    if (!cmd) return; // Not the protocol (e.g. the demo app's own reports).
    const refuse = (note: string) => this.#log({ dir: 'in', data: e.data, note });
    if (e.origin !== this.appOrigin) return refuse(`ignored: origin ${e.origin}`);
    if (cmd.appSid !== this.appSid) return refuse('ignored: wrong APP_SID');
    this.received.push(cmd);
    if (this.silent) return refuse('silent');
    const answer = this.#handle(cmd);
    if (answer === SILENCE) return refuse(this.placement === 'CALL_CARD' ? 'ignored: unknown or denied' : `ignored: placement ${this.placement}`);
    this.#log({ dir: 'in', data: e.data, note: answer === LATER ? 'answer when done' : undefined });
    if (answer !== LATER && answer !== NO_REPLY) this.#post(cmd.callbackId, answer);
    this.#onChange();
  }

  #handle({ command, params, callbackId }: Command): unknown {
    const callCard = this.placement === 'CALL_CARD';
    switch (command) {
      case 'getInitData':
        return this.#answerWithToken(callbackId, (t) => this.#initData(t));
      case 'setInstall':
        return params;
      case 'refreshAuth':
        return this.#answerWithToken(callbackId, (t) => t);
      case 'getInterface':
        return callCard ? CALL_CARD_INTERFACE : { command: [], event: [] };
      case 'resizeWindow': {
        const { width, height } = (params ?? {}) as { width?: unknown; height?: unknown };
        return { width, height };
      }
      case 'openPath':
        return this.#openPath(params, callbackId);
      case 'placementBindEvent': {
        const event = eventOf(params);
        if (!callCard || !event || !CALL_CARD_INTERFACE.event.includes(event) || !callbackId) return SILENCE;
        if (!this.#binds.has(event)) this.#binds.set(event, new Set());
        this.#binds.get(event)!.add(callbackId);
        return NO_REPLY;
      }
    }
    if (!callCard || DENIED_IN_CALL_CARD.has(command)) return SILENCE;
    switch (command) {
      case 'getStatus':
        return this.failure ? STATUS_FAILURES[this.failure] : this.status;
      case 'disableAutoClose':
        this.#block();
        return [];
      case 'enableAutoClose':
        this.#endBlock();
        if (this.ended) this.#close();
        return [];
    }
    return SILENCE;
  }

  #openPath(params: unknown, callbackId: string) {
    const raw = (params as { path?: unknown } | null)?.path;
    if (typeof raw !== 'string') return SILENCE;
    // b24jssdk prefixes a width hint such as "/crm/type/0/details/0/../../../../.."; resolve it.
    const path = new URL(raw, location.origin).pathname;
    this.opened.push(path);
    this.closeSlider();
    this.slider = { path, close: () => this.#post(callbackId, { result: 'close' }) };
    return LATER;
  }

  #initData(t: Token) {
    const callCard = this.placement === 'CALL_CARD';
    return {
      LANG: this.lang,
      DOMAIN: location.host,
      PROTOCOL: location.protocol === 'https:' ? 1 : 0,
      PATH: '/rest',
      ...t,
      MEMBER_ID: 'demo-member',
      FIRST_RUN: this.firstRun,
      IS_ADMIN: true,
      INSTALL: false,
      USER_OPTIONS: {},
      APP_OPTIONS: {},
      PLACEMENT: this.placement,
      // Placement options arrive with every value as a string.
      PLACEMENT_OPTIONS: callCard ? asStrings(this.status) : {},
    };
  }

  #post(callbackId: string, result: unknown, event = false) {
    if (!callbackId) return;
    const data = `${callbackId}:${result === undefined ? '' : JSON.stringify(result)}`;
    if (this.silent && !event) return this.#log({ dir: 'out', data, note: 'not sent: silent' });
    this.iframe?.contentWindow?.postMessage(data, this.appOrigin);
    this.#log({ dir: 'out', data });
  }
}

const SILENCE = Symbol('silence');
const LATER = Symbol('answered later');
const NO_REPLY = Symbol('no reply');

function eventOf(params: unknown): string | undefined {
  const event = (params as { event?: unknown } | null)?.event;
  return typeof event === 'string' ? event : undefined;
}

function token(kind: string): string {
  return `demo-${kind}-${Math.random().toString(36).slice(2, 10)}`;
}

function asStrings(status: PortalStatus): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(status)) out[k] = typeof v === 'string' ? v : v === undefined ? 'undefined' : JSON.stringify(v);
  return out;
}
