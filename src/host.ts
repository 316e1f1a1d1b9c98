/**
 * Host adapters: one small interface over the three kinds of transport the
 * element accepts (legacy BX24, a b24jssdk B24Frame, a plain object), plus
 * the bounded read of `getStatus`. No browser global is touched here.
 */
import type { B24Frame } from '@bitrix24/b24jssdk';
import { asRestError, isStatusLike, normalizeStatus, type CallStatus } from './status.js';

/** The error codes of the element itself; REST codes pass through as they are. */
export type ErrorCode =
  | 'NO_APP_CONTEXT'
  | 'WRONG_PLACEMENT'
  | 'WRONG_AUTH_TYPE'
  | 'TIMEOUT'
  | 'BAD_RESPONSE'
  | 'HOST_ERROR'
  | (string & {});

/** What `error` and `b24-error` carry. `message` is technical, for logs, not for agents. */
export interface StatusError {
  code: ErrorCode;
  message: string;
}

/** A failure with a code, thrown inside the package and caught before the page. */
export class HostError extends Error implements StatusError {
  constructor(
    readonly code: ErrorCode,
    message: string
  ) {
    super(message);
    this.name = 'HostError';
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
  placement(): string | undefined;
  lang(): string | undefined;
  /** Sends a command; settles with the raw answer, or NO_ANSWER when the host said nothing. */
  call(command: string, params?: object): Promise<unknown>;
  bind(event: CallCardEvent, cb: (payload: unknown) => void): void;
  openPath(path: string): void;
}

/** The answer of a host that stayed silent (b24jssdk's `{isSafely: true}`). */
export const NO_ANSWER = Symbol('no answer');

const isFn = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function';
const get = (o: unknown, key: string): unknown => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined);
const isSafely = (v: unknown) => get(v, 'isSafely') === true && Object.keys(v as object).length === 1;
const ignore = () => {};

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
}

function bx24Host(bx: BX24Like): Host {
  return {
    ready: once(() => new Promise<void>((resolve) => bx.init(() => resolve()))),
    placement: () => text(get(bx.placement.info(), 'placement')),
    lang: () => text(bx.getLang?.()),
    // Outside CALL_CARD the callback never fires; the caller's timeout bounds it.
    call: (command, params = {}) => new Promise((resolve) => bx.placement.call(command, params, resolve)),
    bind: (event, cb) => bx.placement.bindEvent(event, cb),
    openPath: (path) => bx.openPath?.(path, ignore),
  };
}

function frameHost(frame: B24Frame): Host {
  return {
    ready: () => Promise.resolve(),
    placement: () => text(frame.placement.placement),
    lang: () => text(frame.getLang()),
    call: async (command, params = {}) => {
      const answer: unknown = await frame.placement.call(command, params);
      return isSafely(answer) ? NO_ANSWER : answer;
    },
    bind: (event, cb) => {
      // An event fired within ~900 ms of the bind resolves this promise
      // instead of reaching cb; anything but {isSafely: true} is that event.
      frame.placement.bindEvent(event, cb).then((early: unknown) => {
        if (!isSafely(early)) cb(early);
      }, ignore);
    },
    openPath: (path) => void frame.slider.openPath(frame.slider.getUrl(path)).catch(ignore),
  };
}

function plainHost(t: PlainTransport): Host {
  return {
    ready: () => Promise.resolve(),
    placement: () => undefined,
    lang: () => text(t.getLang?.()),
    call: async (command, params = {}) => t.call(command, params),
    bind: (event, cb) => t.bindEvent?.(event, cb),
    openPath: (path) => (t.openPath ? t.openPath(path) : void Promise.resolve(t.call('openPath', { path })).catch(ignore)),
  };
}

// A promise of a transport (e.g. `initializeB24Frame()`): its rejection means no app context.
function laterHost(pending: PromiseLike<unknown>): Host {
  let inner: Host | undefined;
  const ready = once(async () => {
    let t: unknown;
    try {
      t = await pending;
    } catch (e) {
      throw new HostError('NO_APP_CONTEXT', `The transport promise rejected: ${describe(e)}`);
    }
    inner = toHost(t);
    if (!inner) throw new HostError('NO_APP_CONTEXT', 'The transport promise resolved to no known host');
    await inner.ready();
  });
  const need = () => inner ?? { ...plainHost({ call: () => NO_ANSWER }), ready };
  return {
    ready,
    placement: () => need().placement(),
    lang: () => need().lang(),
    call: (c, p) => need().call(c, p),
    bind: (e, cb) => need().bind(e, cb),
    openPath: (p) => need().openPath(p),
  };
}

/** Tell the transport kinds apart by shape; undefined when it is none of them. */
export function toHost(t: unknown): Host | undefined {
  if (t === null || (typeof t !== 'object' && typeof t !== 'function')) return undefined;
  if (isFn(get(t, 'then'))) return laterHost(t as PromiseLike<unknown>);
  const placement = get(t, 'placement');
  if (isFn(get(placement, 'info')) && isFn(get(t, 'init'))) return bx24Host(t as BX24Like);
  if (isFn(get(placement, 'call')) && isFn(get(placement, 'bindEvent'))) return frameHost(t as B24Frame);
  if (isFn(get(t, 'call'))) return plainHost(t as PlainTransport);
  return undefined;
}

function text(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** A readable line for anything thrown. */
export function describe(e: unknown): string {
  if (e instanceof Error) return e.message;
  try {
    return String(get(e, 'message') ?? e);
  } catch {
    return 'unknown error';
  }
}

/** Race a promise against a timer; the timer is always cleared. */
export function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HostError('TIMEOUT', `${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

const REST_CODE = /^[A-Za-z0-9_]{1,64}$/;

/** Classify a getStatus answer: a status, or a HostError. */
export function toStatus(answer: unknown): CallStatus {
  if (answer === NO_ANSWER) throw new HostError('TIMEOUT', 'getStatus: the host did not answer');
  const rest = asRestError(answer);
  if (rest) {
    if (!REST_CODE.test(rest.error)) throw new HostError('BAD_RESPONSE', 'getStatus: malformed error code');
    throw new HostError(rest.error, rest.error_description.slice(0, 500));
  }
  if (!isStatusLike(answer)) throw new HostError('BAD_RESPONSE', `getStatus: expected an object, got ${kind(answer)}`);
  return normalizeStatus(answer);
}

function kind(v: unknown): string {
  try {
    return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v;
  } catch {
    return 'a revoked proxy'; // Array.isArray throws on one.
  }
}

/**
 * Wait for the host, check the placement (then `onPlaced`), then read
 * getStatus; every wait bounded by `ms`.
 */
export async function readStatus(host: Host, ms: number, onPlaced?: () => void): Promise<CallStatus> {
  try {
    await withTimeout(host.ready(), ms, 'init');
    const placement = host.placement();
    if (placement !== undefined && placement !== 'CALL_CARD') {
      throw new HostError('WRONG_PLACEMENT', `The placement is ${placement.slice(0, 64)}, not CALL_CARD`);
    }
    onPlaced?.();
    return toStatus(await withTimeout(host.call('getStatus', {}), ms, 'getStatus'));
  } catch (e) {
    throw e instanceof HostError ? e : new HostError('HOST_ERROR', describe(e));
  }
}
