/**
 * The host adapter: one interface over the client libraries the card accepts,
 * giving both the placement commands and REST, and the one place where a
 * transport's kind is told apart by its shape. No browser global is touched
 * at module top level, and no type is imported from a client library, so
 * published typings stand alone.
 */
import { CallCardError } from '../errors.js';
import type { BX24Like } from './bx24.js';
import type { B24FrameLike } from './b24-frame.js';
import type { PlainTransport } from './plain.js';

/** Anything `transport` accepts; a promise of one (e.g. `initializeB24Frame()`) too. */
export type Transport = BX24Like | B24FrameLike | PlainTransport;

/** The placement events CALL_CARD has. */
export const CALL_CARD_EVENTS = ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose'] as const;
export type CallCardEvent = (typeof CALL_CARD_EVENTS)[number];

/** One command's REST answer: its `result`, or its REST error code. */
export interface RestAnswer {
  result?: unknown;
  error?: string;
}

/** Named REST calls for one `batch`: key → [method, params]. */
export type RestCalls = Record<string, [method: string, params: object]>;

/** What the hub talks to, whatever the library. */
export interface HostAdapter {
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
  /** Sends a command; settles with the raw answer, or rejects with TIMEOUT when the host said it has none. */
  call(command: string, params: object): Promise<unknown>;
  bind(event: CallCardEvent, cb: (payload: unknown) => void): void;
  openPath(path: string): void;
  /**
   * REST: `calls` as one `batch` with halt off, unbounded (the caller bounds
   * it). Resolves with an entry per command that answered; rejects with a
   * CallCardError carrying the code of a whole-request failure, or
   * HOST_ERROR. Absent when the library has no REST.
   */
  batch?(calls: RestCalls): Promise<Record<string, RestAnswer>>;
}

export const isFn = (v: unknown): v is (...args: never[]) => unknown => typeof v === 'function';
export const get = (o: unknown, key: string): unknown => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[key] : undefined);
export const ignore = () => {};

/**
 * True when this page is not inside a frame. Both libraries then wait for a
 * parent that is not there, so the card says NO_APP_CONTEXT at once.
 */
export function unframed(): boolean {
  try {
    const w = globalThis as { top?: unknown; self?: unknown };
    return 'top' in w && w.top === w.self;
  } catch {
    return false; // A cross-origin top that throws is a frame.
  }
}

export const noContext = () => Promise.reject(new CallCardError('NO_APP_CONTEXT'));

/** The kind of a transport, told by its shape; undefined when it is none we know. */
export function kindOf(t: unknown): 'pending' | 'bx24' | 'b24-frame' | 'plain' | undefined {
  const placement = get(t, 'placement');
  if (isFn(get(t, 'then'))) return 'pending';
  if (isFn(get(placement, 'info')) && isFn(get(t, 'init'))) return 'bx24';
  if (isFn(get(placement, 'call')) && isFn(get(placement, 'bindEvent'))) return 'b24-frame';
  return isFn(get(t, 'call')) ? 'plain' : undefined;
}
