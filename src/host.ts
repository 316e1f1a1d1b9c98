/**
 * Host adapters: one small interface over the three kinds of transport the
 * element accepts (legacy BX24, a b24jssdk B24Frame, a plain object), plus
 * the bounded read of `getStatus`. No browser global is touched here.
 */
import type { B24Frame } from '@bitrix24/b24jssdk';
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

/** The legacy BX24 library, as much of it as the element uses. */
export interface BX24Like {
  init(cb: () => void): void;
  getLang?(): string;
  openPath?(path: string, cb?: () => void): void;
  placement: {
    info(): { placement?: string; options?: unknown };
    call(command: string, params: object, cb: (result: unknown) => void): void;
    bindEvent(event: string, cb: (payload?: unknown) => void): void;
  };
}

/** A host we have not foreseen: any object with a promise-returning `call`. */
export interface PlainTransport {
  call(command: string, params: object): Promise<unknown> | unknown;
  bindEvent?(event: string, cb: (payload?: unknown) => void): void;
  openPath?(path: string): void;
  getLang?(): string;
}

/** Anything `transport` accepts; a promise of one (e.g. `initializeB24Frame()`) too. */
export type Transport = BX24Like | B24Frame | PlainTransport;

/** The placement events CALL_CARD has. */
export const CALL_CARD_EVENTS = ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose'] as const;
export type CallCardEvent = (typeof CALL_CARD_EVENTS)[number];

/** The one interface the hub talks to. */
export interface Host {
  /** Settles once the library can be used; cached, so call freely. */
  ready(): Promise<void>;
  /** The placement code, or undefined when the host cannot tell. */
  placement(): unknown;
  lang(): unknown;
  /** Sends a command; settles with the raw answer, or rejects with TIMEOUT when the host said it has none. */
  call(command: string, params: object): Promise<unknown>;
  bind(event: CallCardEvent, cb: (payload: unknown) => void): void;
  openPath(path: string): void;
}

const isFn = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function';
const get = (o: unknown, key: string): unknown => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined);
const isSafely = (v: unknown) => get(v, 'isSafely') === true && Object.keys(v as object).length === 1;
const ignore = () => {};
// Libraries that need no init, and hosts that cannot tell their placement.
const base = { ready: () => Promise.resolve(), placement: ignore };

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
}

const bx24Host = (bx: BX24Like): Host => ({
  ready: once(() => new Promise<void>((resolve) => bx.init(() => resolve()))),
  placement: () => get(bx.placement.info(), 'placement'),
  lang: () => bx.getLang?.(),
  // Outside CALL_CARD the callback never fires; the caller's timeout bounds it.
  call: (command, params) => new Promise((resolve) => bx.placement.call(command, params, resolve)),
  bind: (event, cb) => bx.placement.bindEvent(event, cb),
  openPath: (path) => bx.openPath?.(path, ignore),
});

const frameHost = (frame: B24Frame): Host => ({
  ...base,
  placement: () => frame.placement.placement,
  lang: () => frame.getLang(),
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
    ...base,
    lang: () => t.getLang?.(),
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
  const ready = once(async () => {
    inner = toHost(await Promise.resolve(pending).catch(ignore));
    if (!inner) throw new HostError('NO_APP_CONTEXT');
    await inner.ready();
  });
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
        ? frameHost(t as B24Frame)
        : isFn(get(t, 'call'))
          ? plainHost(t as PlainTransport)
          : undefined;
}

/** Race a promise against a timer; the timer is always cleared. */
function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(reject, ms, new HostError('TIMEOUT'))));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
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
 * Wait for the host, check the placement (then `onPlaced`), then read
 * getStatus; every wait bounded by `ms`. Rejects with a HostError, or with
 * whatever the host threw (the element calls that HOST_ERROR).
 */
export async function readStatus(host: Host, ms: number, onPlaced?: () => void): Promise<CallStatus> {
  await withTimeout(host.ready(), ms);
  const placement = host.placement();
  if (placement && placement !== 'CALL_CARD') throw new HostError('WRONG_PLACEMENT');
  onPlaced?.();
  return toStatus(await withTimeout(host.call('getStatus', {}), ms));
}
