/**
 * A stand-in for the legacy BX24 script (`//api.bitrix24.com/api/v1/`), which
 * cannot be installed from a registry. Written from a reading of the real one
 * (zetagalactic/Bitrix-app, bx24.js at b6bf3fc); none of its code is copied.
 * `makeBX24(env)` is the library; `loadBX24(win)` runs it on a real window
 * (postMessage to the parent, XHR to the portal's /rest/), and
 * test/support/bx24-stand-in.ts runs it in memory.
 *
 * Reproduced, as the real script does:
 * - `window.BX24` is set, with every method, before the bootstrap check; with
 *   no `window.name` bootstrap (`host|1or0|APP_SID`) loading then throws
 *   `Unable to initialize Bitrix24 JS library!`. The dead library: `init`
 *   callbacks never run, `getDomain()` and `getLang()` are `''`,
 *   `placement.info()` is `{placement: null, options: null}`, commands throw
 *   the SyntaxError of `postMessage` to the target origin `https://` (or go
 *   nowhere when the name has a host but no APP_SID), and `callMethod` /
 *   `callBatch` throw a TypeError (the rate limiter was never set up).
 * - `getInitData` is sent at load; init callbacks wait for its answer, then
 *   each runs in its own ~10 ms timer, as does `init(cb)` called after init.
 * - Messages: `cmd:{json}:cbid:sid` (params slot empty for no params), the
 *   object form for a command holding `:`, callbackIds of 32 [0-9a-z] kept
 *   forever, answers taken only from `http(s)://DOMAIN` and split on the
 *   first `:`, `[]` for an answer without a value, a callback never run for
 *   a silent parent.
 * - `placement.info()` never throws; `placement.call(cmd)` silently does
 *   nothing when `cmd` names a BX24 member (`openPath`, `getLang`, …).
 * - `callMethod`: an XHR POST to `http(s)://DOMAIN + PATH + '/' + method +
 *   '.json'` with a form body `auth=AUTH_ID&…` (PHP-style brackets), sent
 *   ~10 ms later and with no Content-Type set (text/plain: no preflight); a
 *   call made before init waits for it. 2xx, 304 and 4xx answers are read as
 *   JSON (empty: `{result: {}}`); `expired_token` → `refreshAuth` through the
 *   parent, then the call is sent again; any other answer reaches the callback
 *   as a result with `data()`, `error()`, `error_description()`, `more()`,
 *   `total()`. A 5xx answer, bad JSON or a network error throws
 *   `'Query error!'` inside the XHR handler: the callback never runs.
 * - `callBatch(calls, cb, halt)`: REST `batch` with `cmd[key]=method?query`;
 *   the callback gets one result per command (`result_error` → `error()`); a
 *   whole-request error answer throws a TypeError inside the handler and the
 *   callback never runs; no valid command: nothing is sent, no callback.
 * - A token past AUTH_EXPIRES is refreshed before the call.
 *
 * Not reproduced: the client-side rate limiter (it waits only after ~90 rapid
 * calls), the install flow (`install` callbacks, `FIRST_RUN`), file upload
 * fields, `ajaxResult.next()`, `BX24.proxy` (returns the function as is),
 * `loadScript` waiting for DOM ready, and the TypeError the real listener
 * throws for a non-string message from the portal origin (the demo's own
 * side channel posts objects; they are ignored here).
 */
import type { BX24Like } from '../src/core/adapters/index.js';
import { formEncode } from './rest-api.js';

type Callback = (result: unknown) => void;

/** Where the library runs: its window's name, its parent, and its XHR. */
export interface BX24Env {
  name: string;
  /** As `parent.postMessage(data, targetOrigin)`: may throw on a bad origin. */
  post(data: unknown, targetOrigin: string): void;
  /** Registers the window's message listener. */
  listen(handler: (e: { origin: string; data: unknown }) => void): void;
  /** One POST, form body, no Content-Type; `done` runs in the load handler, `failed` in the error handler. */
  xhr(url: string, body: string, done: (status: number, text: string) => void, failed: () => void): void;
}

/** The REST answer handed to callMethod's callback. */
export class BX24Result {
  readonly answer: Record<string, unknown>;
  readonly query: unknown;
  readonly status: number;
  readonly #error?: BX24RestError;
  constructor(answer: Record<string, unknown>, query: unknown, status: number) {
    this.answer = answer;
    this.query = query;
    this.status = status;
    if (answer.next !== undefined) answer.next = parseInt(String(answer.next));
    // A top-level error is the whole answer; a batch entry's is its error object.
    if (answer.error !== undefined) this.#error = new BX24RestError(status, typeof answer.error === 'string' ? answer : answer.error);
  }
  data(): unknown {
    return this.answer.result;
  }
  error(): BX24RestError | undefined {
    return this.#error;
  }
  error_description(): unknown {
    return this.answer.error_description;
  }
  more(): boolean {
    return !isNaN(this.answer.next as number);
  }
  total(): number {
    return parseInt(String(this.answer.total));
  }
}

export class BX24RestError {
  readonly status: number;
  readonly ex: { error?: unknown; error_description?: unknown };
  constructor(status: number, ex: unknown) {
    this.status = status;
    this.ex = (ex ?? {}) as BX24RestError['ex'];
  }
  getError() {
    return this.ex;
  }
  getStatus() {
    return this.status;
  }
  toString() {
    return `${String(this.ex.error)}${this.ex.error_description ? `: ${String(this.ex.error_description)}` : ''} (${this.status})`;
  }
}

/** The BX24 global, with what the element and the tests use typed; every other member exists. */
export interface BX24Script extends Omit<BX24Like, 'placement'> {
  getLang(): string;
  getDomain(): string;
  openPath(path: string, cb?: Callback): void;
  callMethod(method: string, params?: unknown, cb?: (r: BX24Result) => void): void;
  callBatch(calls: unknown, cb?: (r: Record<string, BX24Result> | BX24Result[]) => void, halt?: boolean): void;
  refreshAuth(cb?: (auth: unknown) => void): void;
  getAuth(): false | { access_token: string; refresh_token: string; expires_in: number; domain: string; member_id: string };
  placement: {
    info(): { placement: string | null; options: unknown };
    getInterface(cb: Callback): void;
    // Typed as the element calls them; the script also takes (command, cb) and no callback.
    call(command: string, params: object, cb: Callback): void;
    bindEvent(event: string, cb: Callback): void;
  };
  [member: string]: unknown;
}

const LETTERS = '0123456789abcdefghijklmnopqrstuvwxyz';
const callbackId = () => Array.from({ length: 32 }, () => LETTERS[Math.floor(Math.random() * LETTERS.length)]).join('');
const later = (fn: () => void, ms = 10) => void setTimeout(fn, ms);
const isFn = (v: unknown): v is (...a: never[]) => unknown => typeof v === 'function';
const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

interface Params {
  DOMAIN: string;
  PROTOCOL: number;
  APP_SID: string;
  PATH: string;
  LANG: string;
  AUTH_ID: string;
  REFRESH_ID: string | null;
  MEMBER_ID: string | null;
  PLACEMENT: string | null;
  IS_ADMIN: boolean;
  AUTH_EXPIRES: number;
  USER_OPTIONS: Record<string, unknown> | null;
  APP_OPTIONS: Record<string, unknown> | null;
  PLACEMENT_OPTIONS: unknown;
}

interface RestCall {
  method: string;
  data: unknown;
  callback?: (r: BX24Result) => void;
}

/**
 * Build the library for `env` and return it with `error`, what loading the
 * real script throws (set when `env.name` is no bootstrap). The object is
 * complete either way.
 */
export function makeBX24(env: BX24Env): { BX24: BX24Script; error?: Error } {
  const P: Params = {
    DOMAIN: '', PROTOCOL: 1, APP_SID: '', PATH: '', LANG: '', AUTH_ID: '', REFRESH_ID: null, MEMBER_ID: null,
    PLACEMENT: null, IS_ADMIN: false, AUTH_EXPIRES: 0, USER_OPTIONS: null, APP_OPTIONS: null, PLACEMENT_OPTIONS: null,
  };
  let initialised = false;
  let alive = false;
  const waiting: Array<() => void> = [];
  const callbacks = new Map<string, Callback>();
  const origin = () => `http${P.PROTOCOL ? 's' : ''}://${P.DOMAIN}`;

  const send = (command: string, params?: unknown, cb?: Callback) => {
    if (isFn(params)) [cb, params] = [params as Callback, null];
    const id = cb ? callbackId() : '';
    if (cb) callbacks.set(id, cb);
    if (command.includes(':')) {
      env.post({ method: command, params: params ? params : '', callback: id, appSid: P.APP_SID }, origin());
    } else {
      env.post(`${command}:${params ? JSON.stringify(params) : ''}:${id}${P.APP_SID ? `:${P.APP_SID}` : ''}`, origin());
    }
  };

  const receive = (e: { origin: string; data: unknown }) => {
    if (e.origin !== origin() || typeof e.data !== 'string' || !e.data) return;
    const at = e.data.indexOf(':');
    const id = at < 0 ? e.data : e.data.slice(0, at);
    const cb = callbacks.get(id);
    if (!cb) return;
    const args = at < 0 ? '' : e.data.slice(at + 1);
    cb(args ? JSON.parse(args) : []); // Bad JSON throws in the listener, as there.
  };

  const auth = () =>
    initialised && P.AUTH_EXPIRES > Date.now()
      ? { access_token: P.AUTH_ID, refresh_token: P.REFRESH_ID ?? '', expires_in: P.AUTH_EXPIRES, domain: P.DOMAIN, member_id: P.MEMBER_ID ?? '' }
      : false;

  const refreshAuth = (cb?: (a: unknown) => void) => {
    if (!initialised) return;
    send('refreshAuth', {}, (p) => {
      const d = (p ?? {}) as { AUTH_ID?: string; REFRESH_ID?: string; AUTH_EXPIRES?: string | number };
      P.AUTH_ID = String(d.AUTH_ID);
      P.REFRESH_ID = String(d.REFRESH_ID);
      P.AUTH_EXPIRES = Date.now() + Number(d.AUTH_EXPIRES) * 1000;
      cb?.(auth());
    });
  };

  const rest = (config: RestCall): void => {
    // Outside a frame the real rate limiter was never built: calling it is a TypeError.
    if (!alive) throw new TypeError('RestrictionManager.check is not a function');
    restCall(config);
  };
  const restCall = (config: RestCall): void => {
    if (!initialised) return BX24.init(() => restCall(config));
    if (P.AUTH_EXPIRES < Date.now()) return refreshAuth(() => rest(config));
    const url = `${origin()}${P.PATH}/${encodeURIComponent(config.method)}.json`;
    const data = config.data !== null && typeof config.data === 'object' ? formEncode(config.data) : typeof config.data === 'string' ? config.data : '';
    const body = `auth=${P.AUTH_ID}${config.data ? `&${data}` : ''}`;
    later(() =>
      env.xhr(
        url,
        body,
        (status, text) => {
          const readable = (status >= 200 && status < 300) || status === 304 || (status >= 400 && status < 500) || status === 1223 || status === 0;
          if (!readable) throw 'Query error!';
          let answer: Record<string, unknown>;
          try {
            answer = text.length > 0 ? (JSON.parse(text) as Record<string, unknown>) : { result: {} };
          } catch {
            throw 'Query error!';
          }
          if (answer.error === 'expired_token') refreshAuth(() => rest(config));
          else if (isFn(config.callback)) config.callback(new BX24Result(answer, { method: config.method, data: config.data }, status));
        },
        () => {
          throw 'Query error!';
        }
      )
    );
  };

  const callBatch = (calls: unknown, cb?: (r: Record<string, BX24Result> | BX24Result[]) => void, halt?: boolean) => {
    if (!calls || typeof calls !== 'object') return;
    const list = calls as Record<string, unknown>;
    const cmd: Record<string, string> = Array.isArray(calls) ? ([] as unknown as Record<string, string>) : {};
    for (const key of Object.keys(list)) {
      const row = list[key] as unknown;
      if (!row || !own(list, key)) continue;
      const [method, params] = Array.isArray(row) ? [row[0], row[1]] : [(row as { method?: unknown }).method, (row as { params?: unknown }).params];
      if (!method) continue;
      cmd[key] = `${String(method)}?${params !== null && typeof params === 'object' ? formEncode(params) : typeof params === 'string' ? params : ''}`;
    }
    if (Object.keys(cmd).length === 0) return;
    rest({
      method: 'batch',
      data: { halt: halt ? 1 : 0, cmd },
      callback: (res) => {
        if (!cb) return;
        // As in the real script: a whole-request error has no data, and this throws.
        const data = res.data() as { result: Record<string, unknown>; result_error: Record<string, unknown>; result_total: Record<string, unknown>; result_next: Record<string, unknown> };
        const out: Record<string, BX24Result> = Array.isArray(calls) ? ([] as unknown as Record<string, BX24Result>) : {};
        for (const key of Object.keys(list)) {
          if (!list[key] || (data.result[key] === undefined && data.result_error[key] === undefined)) continue;
          out[key] = new BX24Result(
            { result: data.result[key] ?? {}, error: data.result_error[key] || undefined, total: data.result_total[key], next: data.result_next[key] },
            { method: cmd[key]?.split('?')[0], data: list[key] },
            res.status
          );
        }
        cb(out);
      },
    });
  };

  const BX24 = {
    init(cb: () => void) {
      if (cb) waiting.push(cb);
    },
    install: () => {},
    installFinish: () => send('setInstallFinish', {}),
    callMethod: (method: string, params?: unknown, callback?: (r: BX24Result) => void) => rest({ method, data: params, callback }),
    callBatch,
    callBind: (event: string, handler: string, authType?: number, cb?: (r: BX24Result) => void) =>
      initialised && P.IS_ADMIN ? rest({ method: 'event.bind', data: { event, handler, auth_type: authType ?? 0 }, callback: cb }) : false,
    callUnbind: (event: string, handler: string, authType?: number, cb?: (r: BX24Result) => void) =>
      initialised && P.IS_ADMIN ? rest({ method: 'event.unbind', data: { event, handler, ...(authType == null ? {} : { auth_type: authType }) }, callback: cb }) : false,
    canUse: (what: string) => (what === 'upload' ? 'FileReader' in globalThis : true),
    isAdmin: () => !!P.IS_ADMIN,
    getAuth: auth,
    getLang: () => P.LANG,
    getDomain: () => P.DOMAIN,
    refreshAuth,
    resizeWindow(width: unknown, height: unknown, cb?: Callback) {
      const w = parseInt(String(width));
      const h = parseInt(String(height));
      if (w > 0 && h > 0) send('resizeWindow', { width: w, height: h }, cb);
    },
    fitWindow: (cb?: Callback) => send('resizeWindow', { width: '100%', height: document.documentElement.scrollHeight }, cb),
    reloadWindow: (cb?: Callback) => send('reloadWindow', {}, cb),
    setTitle: (title: unknown, cb?: Callback) => send('setTitle', { title: String(title) }, cb),
    scrollParentWindow(scroll: unknown, cb?: Callback) {
      const s = parseInt(String(scroll));
      if (!isNaN(s)) send('setScroll', { scroll: s }, cb);
    },
    isReady: () => document.readyState !== 'loading',
    ready: (fn: () => void) => isFn(fn) && later(fn),
    proxy: (fn: unknown) => fn,
    proxyContext: () => null,
    bind: (el: EventTarget | null, type: string, fn: EventListener) => el?.addEventListener(type, fn),
    unbind: (el: EventTarget | null, type: string, fn: EventListener) => el?.removeEventListener(type, fn),
    getScrollSize: () => ({ scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight }),
    selectAccess: (value: unknown, cb?: Callback) => send('selectAccess', { value: isFn(value) ? [] : value }, isFn(value) ? (value as Callback) : cb),
    selectUser: (title: unknown, cb?: Callback) => send('selectUser', { title: isFn(title) ? '' : title, mult: false }, isFn(title) ? (title as Callback) : cb),
    selectUsers: (title: unknown, cb?: Callback) => send('selectUser', { title: isFn(title) ? '' : title, mult: true }, isFn(title) ? (title as Callback) : cb),
    selectCRM: (params: unknown, cb?: Callback) => send('selectCRM', isFn(params) ? {} : params, isFn(params) ? (params as Callback) : cb),
    openApplication: (params: unknown, cb?: Callback) => send('openApplication', isFn(params) ? {} : params, isFn(params) ? (params as Callback) : cb),
    openPath: (path: string, cb?: Callback) => send('openPath', { path }, cb),
    closeApplication: (cb?: Callback) => send('closeApplication', cb),
    im: {
      callTo: (userId: unknown, video: unknown) => send('imCallTo', { userId, video }),
      phoneTo: (phone: unknown) => send('imPhoneTo', { phone }),
      openMessenger: (dialogId: unknown) => send('imOpenMessenger', { dialogId }),
      openHistory: (dialogId: unknown) => send('imOpenHistory', { dialogId }),
    },
    placement: {
      info: () => ({ placement: P.PLACEMENT, options: P.PLACEMENT_OPTIONS }),
      getInterface: (cb: Callback) => send('getInterface', cb),
      call(command: string, params?: unknown, cb?: Callback) {
        // BX24's own members must be called as BX24.<name>(), never as commands.
        if ((BX24 as Record<string, unknown>)[command]) return;
        if (isFn(params)) [cb, params] = [params as Callback, {}];
        send(command, params, cb);
      },
      bindEvent: (event: string, cb: Callback) => send('placementBindEvent', { event }, cb),
    },
    loadScript(src: string | string[], cb?: () => void) {
      const list = typeof src === 'string' ? [src] : src;
      const next = (i: number): void => {
        if (i >= list.length) return void cb?.();
        const s = document.createElement('script');
        s.src = list[i];
        s.onload = () => later(() => next(i + 1), 50);
        document.head.append(s);
      };
      next(0);
    },
    userOption: { get: () => undefined, set: () => {} } as { get(name: string): unknown; set(name: string, value: unknown): void },
    appOption: { get: () => undefined, set: () => {} } as { get(name: string): unknown; set(name: string, value: unknown, cb?: Callback): void },
  };
  (BX24 as Record<string, unknown>).callUnBind = BX24.callUnbind;

  // The option helpers come to life with init, as the script's own first init callback.
  BX24.init(() => {
    BX24.userOption = {
      get: (name) => P.USER_OPTIONS?.[name],
      set(name, value) {
        if (P.USER_OPTIONS) P.USER_OPTIONS[name] = value;
        send('setUserOption', { name, value });
      },
    };
    BX24.appOption = {
      get: (name) => P.APP_OPTIONS?.[name],
      set: P.IS_ADMIN
        ? (name, value, cb) => {
            if (P.APP_OPTIONS) P.APP_OPTIONS[name] = value;
            send('setAppOption', { name, value }, cb);
          }
        : () => {},
    };
  });

  const [host = '', protocol, sid] = env.name ? env.name.split('|') : [];
  P.DOMAIN = host.replace(/:(80|443)$/, '');
  if (env.name) P.PROTOCOL = parseInt(protocol ?? '') || 0;
  P.APP_SID = sid ?? '';
  if (!P.DOMAIN || !P.APP_SID) return { BX24: BX24 as unknown as BX24Script, error: new Error('Unable to initialize Bitrix24 JS library!') };

  alive = true;
  env.listen(receive);
  send('getInitData', (answer: unknown) => {
    const d = (answer ?? {}) as Record<string, unknown>;
    // Only what the name did not give is taken, as there; missing keys stay undefined.
    P.PATH ||= d.PATH as string;
    P.LANG ||= d.LANG as string;
    P.PLACEMENT ||= d.PLACEMENT as string;
    P.PROTOCOL = Number(d.PROTOCOL);
    P.DOMAIN = P.DOMAIN.replace(/:(80|443)$/, '');
    if (d.AUTH_ID) {
      P.AUTH_ID = String(d.AUTH_ID);
      P.REFRESH_ID = String(d.REFRESH_ID);
      P.AUTH_EXPIRES = Date.now() + Number(d.AUTH_EXPIRES) * 1000;
      P.IS_ADMIN = !!d.IS_ADMIN;
      P.MEMBER_ID = String(d.MEMBER_ID ?? '');
    }
    P.USER_OPTIONS ||= d.USER_OPTIONS as Params['USER_OPTIONS'];
    P.APP_OPTIONS ||= d.APP_OPTIONS as Params['APP_OPTIONS'];
    P.PLACEMENT_OPTIONS ||= d.PLACEMENT_OPTIONS;
    initialised = true;
    // From now on init(cb) runs cb in its own timer; the queued ones too.
    BX24.init = (cb: () => void) => later(cb);
    if (!d.INSTALL) BX24.installFinish = () => {};
    waiting.splice(0).forEach((cb) => BX24.init(cb));
  });
  return { BX24: BX24 as unknown as BX24Script };
}

/** The real window's side: parent.postMessage, the message event, XMLHttpRequest. */
export function windowEnv(win: Window): BX24Env {
  return {
    name: win.name,
    post: (data, targetOrigin) => win.parent.postMessage(data, targetOrigin),
    listen: (handler) => win.addEventListener('message', (e) => handler({ origin: e.origin, data: e.data })),
    xhr(url, body, done, failed) {
      const x = new (win as Window & typeof globalThis).XMLHttpRequest();
      x.open('POST', url);
      x.onload = () => done(x.status, x.responseText);
      x.onerror = () => failed();
      x.send(body); // A string body with no Content-Type goes as text/plain.
    },
  };
}

/** What loading the script does to `win`: sets `win.BX24`, then throws outside a Bitrix24 frame. */
export function loadBX24(win: Window = window): BX24Script {
  const { BX24, error } = makeBX24(windowEnv(win));
  (win as Window & { BX24?: unknown }).BX24 = BX24;
  if (error) throw error;
  return BX24;
}
