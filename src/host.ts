/**
 * Host adapters: one small interface over the three kinds of transport the
 * element accepts (legacy BX24, a b24jssdk B24Frame, a plain object), plus
 * the read of `getStatus`. No browser global is touched at module top level,
 * and no type is imported from a client library: published typings stand alone.
 */
import { asRestError, isStatusLike, normalizeStatus, parseAnswer, type CallStatus } from './status.js';

/** The error codes of the element itself; REST codes pass through as they are. */
export type ErrorCode =
  | 'NO_APP_CONTEXT'
  | 'WRONG_PLACEMENT'
  | 'WRONG_AUTH_TYPE'
  | 'TIMEOUT'
  | 'BAD_RESPONSE'
  | 'HOST_ERROR'
  | (string & {});

/** What `error` and `b24-error` carry: the code, and the message shown for it. */
export interface StatusError {
  code: ErrorCode;
  message: string;
}

/** A failure with a code, thrown inside the package and caught before the page. */
export class HostError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/** The default wait, and the longest one `setTimeout` can keep (a larger one it reads as 0). */
export const DEFAULT_TIMEOUT_MS = 5000;
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A usable wait from whatever `timeout` holds: garbage falls back to the default, huge values are clamped. */
export function boundMs(value: unknown): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (ms === Infinity) return MAX_TIMEOUT_MS;
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

/** The legacy BX24 library, as much of it as the element uses. */
export interface BX24Like {
  init(cb: () => void): void;
  getLang?(): string;
  /** The portal host from the frame bootstrap; `''` when the script found none (it is then dead). */
  getDomain?(): string;
  openPath?(path: string, cb?: () => void): void;
  callMethod?(method: string, params: object, cb: (result: unknown) => void): void;
  callBatch?(calls: object, cb: (results: unknown) => void, haltOnError?: boolean): void;
  placement: {
    info(): { placement?: string | null; options?: unknown };
    call(command: string, params: object, cb: (result: unknown) => void): void;
    bindEvent(event: string, cb: (payload?: unknown) => void): void;
  };
}

/**
 * A b24jssdk `B24Frame` (`await initializeB24Frame()`), as much of it as the
 * element uses: a structural type, so users need not have b24jssdk installed.
 */
export interface B24FrameLike {
  getLang(): string;
  placement: {
    readonly placement: string;
    readonly options: unknown;
    call(command: string, params?: object): Promise<unknown>;
    bindEvent(event: string, cb: (payload?: unknown) => void): Promise<unknown>;
  };
  slider: {
    getUrl(path: string): URL;
    openPath(url: URL, width?: number): Promise<unknown>;
  };
  callMethod?(method: string, params?: object): Promise<unknown>;
  callBatch?(calls: object, isHaltOnError?: boolean): Promise<unknown>;
}

/** A host we have not foreseen: any object with a promise-returning `call`. */
export interface PlainTransport {
  call(command: string, params: object): Promise<unknown> | unknown;
  bindEvent?(event: string, cb: (payload?: unknown) => void): void;
  openPath?(path: string): void;
  getLang?(): string;
  /** REST, for CRM names: returns (or resolves to) the REST answer body, `{result}` or `{error, error_description}` (see `PlainRest` in rest.ts). */
  callMethod?(method: string, params: object): Promise<unknown>;
}

/** Anything `transport` accepts; a promise of one (e.g. `initializeB24Frame()`) too. */
export type Transport = BX24Like | B24FrameLike | PlainTransport;

/** The placement events CALL_CARD has. */
export const CALL_CARD_EVENTS = ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose'] as const;
export type CallCardEvent = (typeof CALL_CARD_EVENTS)[number];

/** The one interface the hub talks to. */
export interface Host {
  /**
   * Settles once the library can be used. A success is kept; a failure or a
   * wait in progress is not kept for good: `fresh` asks the library again.
   */
  ready(fresh?: boolean): Promise<void>;
  /** The placement code, or undefined when the host cannot tell. */
  placement(): unknown;
  /** The placement options handed over at open time (every value a string), if any. */
  options(): unknown;
  lang(): unknown;
  /** The library object itself (a promise's value once it settled), for REST. */
  transport(): unknown;
  /** Sends a command; settles with the raw answer, or rejects with TIMEOUT when the host said it has none. */
  call(command: string, params: object): Promise<unknown>;
  bind(event: CallCardEvent, cb: (payload: unknown) => void): void;
  openPath(path: string): void;
}

const isFn = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function';
const get = (o: unknown, key: string): unknown => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined);
const isSafely = (v: unknown) => get(v, 'isSafely') === true && Object.keys(v as object).length === 1;
const ignore = () => {};

/**
 * True when this page is not inside a frame. Both libraries then wait for a
 * parent that is not there, so the element says NO_APP_CONTEXT at once.
 */
export function unframed(): boolean {
  try {
    const w = globalThis as { top?: unknown; self?: unknown };
    return 'top' in w && w.top === w.self;
  } catch {
    return false; // A cross-origin top that throws is a frame.
  }
}

const noContext = () => Promise.reject(new HostError('NO_APP_CONTEXT'));

/**
 * A library's init, asked again after a failure or on `fresh`, and kept once
 * it succeeded: nothing from a failed attempt is cached for good.
 */
function attempts(make: () => Promise<void>): Host['ready'] {
  let kept: Promise<void> | undefined;
  let done = false;
  return (fresh) => {
    if (!kept || (fresh && !done)) {
      const mine = (kept = make());
      mine.then(
        () => void (kept === mine && (done = true)),
        () => void (kept === mine && (kept = undefined))
      );
    }
    return kept;
  };
}

const bx24Host = (bx: BX24Like): Host => ({
  // The real script, loaded outside a Bitrix24 frame, leaves a full BX24 whose
  // init never fires; what tells is the empty domain it read from window.name.
  ready: attempts(() => (unframed() || bx.getDomain?.() === '' ? noContext() : new Promise<void>((resolve) => bx.init(() => resolve())))),
  placement: () => get(bx.placement.info(), 'placement'),
  options: () => get(bx.placement.info(), 'options'),
  lang: () => bx.getLang?.(),
  transport: () => bx,
  // Outside CALL_CARD the callback never fires; the caller's timeout bounds it.
  call: (command, params) => new Promise((resolve) => bx.placement.call(command, params, resolve)),
  bind: (event, cb) => bx.placement.bindEvent(event, cb),
  openPath: (path) => bx.openPath?.(path, ignore),
});

const frameHost = (frame: B24FrameLike): Host => ({
  // A B24Frame exists only once its init resolved; outside a frame nothing answers it.
  ready: (() => (unframed() ? noContext() : Promise.resolve())) as Host['ready'],
  placement: () => frame.placement.placement,
  options: () => frame.placement.options,
  lang: () => frame.getLang(),
  transport: () => frame,
  // b24jssdk resolves {isSafely: true} when the portal stayed silent for ~900 ms.
  call: async (command, params) => {
    const answer: unknown = await frame.placement.call(command, params);
    if (isSafely(answer)) throw new HostError('TIMEOUT');
    return answer;
  },
  // An event fired within ~900 ms of the bind resolves this promise
  // instead of reaching cb; anything but {isSafely: true} is that event.
  bind: (event, cb) => void frame.placement.bindEvent(event, cb).then((early: unknown) => isSafely(early) || cb(early), ignore),
  openPath: (path) => void frame.slider.openPath(frame.slider.getUrl(path)).catch(ignore),
});

const plainHost = (t: PlainTransport): Host => {
  const call = async (command: string, params: object) => t.call(command, params);
  return {
    ready: () => Promise.resolve(),
    placement: ignore,
    options: ignore,
    lang: () => t.getLang?.(),
    transport: () => t,
    call,
    bind: (event, cb) => t.bindEvent?.(event, cb),
    // Without an openPath of its own, the host may know the portal's `openPath` command.
    openPath: (path) => void (t.openPath ? t.openPath(path) : call('openPath', { path }).catch(ignore)),
  };
};

// A promise of a transport (e.g. `initializeB24Frame()`): its rejection means
// no app context. Until it settles, every method but ready() is a no-op.
function laterHost(pending: PromiseLike<unknown>): Host {
  let inner: Host | undefined;
  const settled = Promise.resolve(pending).then(
    (value) => (inner = toHost(value)),
    () => undefined
  );
  const ready = async (fresh?: boolean) => {
    if (!(await settled)) throw new HostError('NO_APP_CONTEXT');
    await inner!.ready(fresh);
  };
  return new Proxy({} as Host, {
    get: (_, key: keyof Host) => (key === 'ready' ? ready : (...args: never[]) => (inner?.[key] as (...a: never[]) => unknown)?.(...args)),
  });
}

/** Tell the transport kinds apart by shape; undefined when it is none of them. */
export function toHost(t: unknown): Host | undefined {
  const placement = get(t, 'placement');
  return isFn(get(t, 'then'))
    ? laterHost(t as PromiseLike<unknown>)
    : isFn(get(placement, 'info')) && isFn(get(t, 'init'))
      ? bx24Host(t as BX24Like)
      : isFn(get(placement, 'call')) && isFn(get(placement, 'bindEvent'))
        ? frameHost(t as B24FrameLike)
        : isFn(get(t, 'call'))
          ? plainHost(t as PlainTransport)
          : undefined;
}

/** Classify a getStatus answer: a status, or a HostError. */
export function toStatus(answer: unknown): CallStatus {
  // Parsed once here; the readers below take the parsed value as it is.
  const raw = parseAnswer(answer);
  const rest = asRestError(raw);
  // A REST code is shown to the agent: only a plain identifier is taken as one.
  if (rest) throw new HostError(/^\w{1,64}$/.test(rest.error) ? rest.error : 'BAD_RESPONSE');
  if (!isStatusLike(raw)) throw new HostError('BAD_RESPONSE');
  return normalizeStatus(raw);
}

/**
 * Wait for the host, check the placement (then `onPlaced`, with the placement
 * options), then read getStatus. Unbounded: each element bounds its own wait.
 * Rejects with a HostError, or with whatever the host threw (HOST_ERROR).
 */
export async function readStatus(host: Host, fresh: boolean, onPlaced: (options: unknown) => void): Promise<CallStatus> {
  await host.ready(fresh);
  const placement = host.placement();
  if (placement && placement !== 'CALL_CARD') throw new HostError('WRONG_PLACEMENT');
  let options: unknown;
  try {
    options = host.options();
  } catch {
    // Options only speed up the first paint; getStatus still answers.
  }
  onPlaced(options);
  return toStatus(await host.call('getStatus', {}));
}
