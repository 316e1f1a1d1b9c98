/**
 * `callCard()`: the call's data without the element. A handle reads the
 * status through the page hub of its transport (a BX24 script that loads late
 * included), bounds each wait by its own timeout, follows the card's events,
 * keeps what is known marked stale when a re-read fails, and asks for the CRM
 * names. It holds one frozen snapshot at a time, tells subscribers at once,
 * and fires its events a microtask later, so that a listener added in the
 * same task as `callCard()` (or as an element's `append`) hears the first one.
 */
import { unframed, type CallCardEvent, type Transport } from './adapters/index.js';
import { CallCardError, codeOf, errorFacts, type CardError, type ErrorCode } from './errors.js';
import {
  BeforeCloseEvent,
  CallStateChangeEvent,
  EntityChangeEvent,
  StatusChangeEvent,
  StatusErrorEvent,
  type CallCardEventMap,
} from './events.js';
import { crmPath } from './crm.js';
import { hubFor, type Hub, type HubClient } from './hub.js';
import { watchForBX24 } from './library-watch.js';
import { crmItems, normalizeCallState, normalizeEntity, withCallState, withEntity, type CallStatus } from './status.js';
import { boundMs, withTimeout } from './time.js';

/** Read at each use, so a getter may give the current value (the element passes its properties so). */
export interface CallCardOptions {
  /** ms to wait for the host, for init and for each read, as the element's `timeout`: garbage means 5000, more than 2^31−1 is clamped. */
  readonly timeout?: number;
  /** Read the CRM items' names over REST (default true). */
  readonly names?: boolean;
}

/** What a handle knows: one frozen object, replaced on every change. */
export interface CallCardSnapshot {
  /** Where the latest read stands. */
  readonly state: 'loading' | 'ready' | 'error';
  /** The status, normalised; kept (and marked `stale`) when a re-read fails. */
  readonly status?: CallStatus;
  /** Why the latest read failed, and whether reading again can help. */
  readonly error?: CardError;
  /** `status` is not up to date: the latest read failed. */
  readonly stale: boolean;
  /** The names known of the status's CRM items, keyed `"TYPE:ID"` (e.g. `"CONTACT:797"`); empty with `names: false`. */
  readonly names: Readonly<Record<string, string>>;
  /** While the call is connected: epoch ms it was first known connected (less any earlier talk on the same call). */
  readonly connectedAt?: number;
  /** Once a connected call is no longer connected: ms it was connected. */
  readonly talkTime?: number;
}

type Listener = (snapshot: CallCardSnapshot) => void;

const EMPTY: Readonly<Record<string, string>> = Object.freeze({});

/** What every handle starts with, and what a view shows before it has one (on the server, say). */
export const LOADING: CallCardSnapshot = Object.freeze({ state: 'loading', stale: false, names: EMPTY });

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** A listener's throw is reported, as an uncaught error would be, without stopping anyone else. */
function report(error: unknown) {
  const g = globalThis as { reportError?: (e: unknown) => void };
  if (typeof g.reportError === 'function') g.reportError(error);
  else
    queueMicrotask(() => {
      throw error;
    });
}

// The typed addEventListener of an EventTarget subclass, as lib.dom types its own targets.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface CallCard {
  addEventListener<K extends keyof CallCardEventMap>(
    type: K,
    listener: (this: CallCard, event: CallCardEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof CallCardEventMap>(
    type: K,
    listener: (this: CallCard, event: CallCardEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void;
}

/**
 * A handle on the call card. Every handle and element of a page that use one
 * transport share its hub: one `getStatus` in flight, one bind per card
 * event, keep-open counted across all of them. Nothing the host does throws
 * at the caller.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class CallCard extends EventTarget {
  #snapshot: CallCardSnapshot = LOADING;
  readonly #listeners = new Set<Listener>();
  readonly #transport: unknown;
  readonly #options?: CallCardOptions;
  #hub?: Hub;
  #disposed = false;
  // Aborted by dispose: a read's wait ends at once instead of at its timeout.
  readonly #life = new AbortController();
  // Bumped by each read and by dispose: only the latest read may land.
  #seq = 0;
  #stopWatch?: () => void;
  readonly #holds = new Set<object>();
  #queue: Event[] = [];
  readonly #client: HubClient = {
    onEvent: (event, payload) => this.#onEvent(event, payload),
    onOptions: (status) => {
      if (!this.#snapshot.status) this.#show(status);
    },
  };
  readonly #namesArrived = () => this.#set({ names: this.#knownNames(this.#snapshot.status) });

  constructor(transport?: Transport | PromiseLike<Transport> | null, options?: CallCardOptions) {
    super();
    this.#transport = transport;
    this.#options = options;
    this.#attach();
    // A page whose status is current costs no host call.
    const current = this.#hub?.current;
    if (current) this.#settle(current);
    else {
      const early = this.#hub?.early;
      if (early) this.#show(early);
      void this.#read();
    }
  }

  /** The current snapshot: the same object until something changes. */
  getSnapshot(): CallCardSnapshot {
    return this.#snapshot;
  }

  /**
   * Calls `listener` with the snapshot at once, then after every change,
   * until the returned function is called. A Svelte store, and what React's
   * `useSyncExternalStore` takes as is.
   */
  subscribe(listener: Listener): () => void {
    if (this.#disposed) {
      this.#call(listener);
      return () => {};
    }
    const mine = (snapshot: CallCardSnapshot) => listener(snapshot);
    this.#listeners.add(mine);
    this.#call(mine);
    return () => void this.#listeners.delete(mine);
  }

  /**
   * Read the status again. Resolves with a status read at or after this call,
   * or undefined when that read failed (see the snapshot's `error`); never
   * rejects. Calls in a burst share reads: at most one in flight and one after it.
   */
  refresh(): Promise<CallStatus | undefined> {
    return this.#read(true);
  }

  /**
   * Hold the card open after the call ends (`disableAutoClose`) until the
   * returned function is called. `enableAutoClose` goes out when the last
   * hold on the page (the elements' `keep-open` included) is released.
   */
  keepOpen(): () => void {
    const hold = {};
    if (this.#disposed) return () => {};
    this.#holds.add(hold);
    this.#hub?.keepOpen(hold, true);
    return () => {
      if (this.#holds.delete(hold)) this.#hub?.keepOpen(hold, false);
    };
  }

  /** Open a CRM item's details in the portal. False when the type has no details page or the host cannot open one. */
  open(entityType: string, entityId: number): boolean {
    const path = crmPath(entityType, entityId);
    const hub = this.#hub;
    if (!path || !hub || this.#disposed) return false;
    try {
      hub.adapter.openPath(path);
      return true;
    } catch {
      return false; // A broken host opens nothing, and does not break the page.
    }
  }

  /** Let go of the holds and listeners; nothing more reaches this handle's subscribers or listeners. The hub stays for the others. */
  dispose(): void {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#seq++;
    this.#life.abort();
    this.#listeners.clear();
    this.#queue = [];
    this.#stopWatch?.();
    this.#stopWatch = undefined;
    const hub = this.#hub;
    hub?.clients.delete(this.#client);
    hub?.names.cancel(this.#namesArrived);
    for (const hold of this.#holds) hub?.keepOpen(hold, false);
    this.#holds.clear();
  }

  /** The host's language, once it can tell. */
  hostLang(): unknown {
    try {
      return this.#hub?.adapter.lang();
    } catch {
      return undefined;
    }
  }

  get #ms(): number {
    return boundMs(this.#option('timeout'));
  }

  get #names(): boolean {
    return this.#option('names') !== false;
  }

  // A hostile options object (a throwing getter) means the defaults.
  #option(key: keyof CallCardOptions): unknown {
    try {
      return this.#options?.[key];
    } catch {
      return undefined;
    }
  }

  #attach() {
    const transport = this.#transport === undefined ? (globalThis as { BX24?: unknown }).BX24 : this.#transport;
    try {
      this.#hub = hubFor(transport);
    } catch {
      // A hostile transport (a throwing getter, a revoked Proxy) is no host, not a page error.
    }
    this.#hub?.clients.add(this.#client);
    for (const hold of this.#holds) this.#hub?.keepOpen(hold, true);
  }

  async #read(fresh = false): Promise<CallStatus | undefined> {
    const seq = ++this.#seq;
    if (this.#disposed) return undefined;
    const before = this.#snapshot;
    // A background re-read of a current status stays `ready`: nothing flickers and nothing is announced busy.
    if ((before.error || !before.status) && before.state !== 'loading') this.#set({ state: 'loading' });
    const ms = this.#ms;
    let status: CallStatus | undefined;
    let code: ErrorCode = 'NO_APP_CONTEXT';
    let answer: Promise<CallStatus> | undefined;
    try {
      // No host yet (a BX24 script loading late, say): look again, and wait for it up to the bound.
      if (!this.#hub) this.#attach();
      if (!this.#hub && this.#transport === undefined) await this.#library(ms, seq);
      if (seq !== this.#seq) return undefined;
      const hub = this.#hub;
      if (hub) {
        answer = hub.read(ms, fresh);
        status = await withTimeout(answer, ms, this.#life.signal);
      } else {
        // Without a host, fail a task later: not inside callCard() or a connect.
        await new Promise((resolve) => setTimeout(resolve));
      }
    } catch (e) {
      code = codeOf(e);
      // The data came after all, and nothing newer was asked for: show it.
      if (code === 'TIMEOUT') answer?.then((late) => seq === this.#seq && this.#settle(late), () => {});
    }
    // A newer read, or a dispose, took over: this one still answers its caller.
    if (seq !== this.#seq) return status;
    if (status) this.#settle(status);
    else this.#fail(code);
    return status;
  }

  // Resolves once window.BX24 exists, or rejects with NO_APP_CONTEXT when `ms` ends first.
  #library(ms: number, seq: number): Promise<void> {
    this.#stopWatch?.();
    return new Promise<void>((resolve, reject) => {
      const stop = watchForBX24(() => {
        clearTimeout(limit);
        if (seq === this.#seq) this.#attach();
        resolve();
      });
      const limit = setTimeout(() => {
        stop();
        reject(new CallCardError('NO_APP_CONTEXT'));
      }, ms);
      this.#stopWatch = () => {
        clearTimeout(limit);
        stop();
      };
    });
  }

  #settle(status: CallStatus) {
    this.#show(status, { state: 'ready', error: undefined, stale: false });
  }

  #fail(code: ErrorCode) {
    const snapshot = this.#snapshot;
    // No library found (yet) may still arrive, so a retry looks again; a dead one, a rejected
    // promise, or a page that is not framed (no portal can answer it) will not.
    const retryable = errorFacts(code).retry || (code === 'NO_APP_CONTEXT' && !this.#hub && !unframed());
    const error: CardError = Object.freeze({ code, retryable });
    this.#set({ state: 'error', error, stale: !!snapshot.status });
    this.#emit(new StatusErrorEvent<CardError>(error));
  }

  // Shows a status, with whatever else changes with it; a stale mark stays unless `also` clears it.
  #show(status: CallStatus, also: Partial<CallCardSnapshot> = {}) {
    const previous = this.#snapshot.status;
    const hub = this.#hub;
    const times = hub ? hub.talk.track(status.CALL_ID, status.CALL_STATE) : {};
    this.#set({ ...also, status, connectedAt: times.connectedAt, talkTime: times.talkTime, names: this.#knownNames(status) });
    if (!same(previous, status)) {
      this.#emit(new StatusChangeEvent({ status, previous }));
      this.#askNames(status);
    }
  }

  #knownNames(status: CallStatus | undefined): Readonly<Record<string, string>> {
    if (!status || !this.#names || !this.#hub) return EMPTY;
    const { primary, bindings } = crmItems(status);
    const known = this.#hub.names.known(primary ? [primary, ...bindings] : bindings);
    const current = this.#snapshot.names;
    // The same names keep the same object.
    return same(current, known) ? current : Object.keys(known).length ? Object.freeze(known) : EMPTY;
  }

  // Names are an enhancement: asked for after the status is known, never waited for.
  #askNames(status: CallStatus) {
    if (!this.#names || !this.#hub) return;
    const { primary, bindings } = crmItems(status);
    try {
      this.#hub.names.request(primary ? [primary, ...bindings] : bindings, this.#ms, this.#namesArrived);
    } catch {
      // No names this time.
    }
  }

  #onEvent(event: CallCardEvent, payload: unknown) {
    const previous = this.#snapshot.status;
    if (event === 'CallCard::CallStateChanged') {
      const state = normalizeCallState(payload);
      if (!state || !previous || state === previous.CALL_STATE) return;
      this.#show(withCallState(previous, state));
      this.#emit(new CallStateChangeEvent({ state, previous: previous.CALL_STATE }));
    } else if (event === 'CallCard::EntityChanged') {
      const change = normalizeEntity(payload);
      this.#emit(new EntityChangeEvent(change));
      // The new client at once, from the event; the rest comes with the re-read.
      if (previous) this.#show(withEntity(previous, change));
      void this.#read(true);
    } else {
      this.#emit(new BeforeCloseEvent());
    }
  }

  // A new frozen snapshot when something changed; subscribers hear it at once.
  #set(change: Partial<CallCardSnapshot>) {
    if (this.#disposed) return;
    const current = this.#snapshot as unknown as Record<string, unknown>;
    const next: Record<string, unknown> = { ...current, ...change };
    if (Object.keys(next).every((key) => next[key] === current[key])) return;
    for (const key in next) if (next[key] === undefined) delete next[key];
    this.#snapshot = Object.freeze(next) as unknown as CallCardSnapshot;
    for (const listener of [...this.#listeners]) this.#call(listener);
  }

  #call(listener: Listener) {
    try {
      listener(this.#snapshot);
    } catch (e) {
      report(e);
    }
  }

  // Events go out a microtask later, in order: never inside callCard(), subscribe(), a connect or a setter.
  #emit(event: Event) {
    if (this.#disposed) return;
    this.#queue.push(event);
    if (this.#queue.length > 1) return;
    queueMicrotask(() => {
      const queue = this.#queue;
      this.#queue = [];
      for (const e of queue) if (!this.#disposed) this.dispatchEvent(e);
    });
  }
}

/**
 * A handle on the call card the page runs in. `transport` is a BX24-like
 * object, a b24jssdk `B24Frame` (or the promise `initializeB24Frame()`
 * returns), or `{call(command, params), bindEvent?}`; unset, `window.BX24`,
 * looked up now and waited for a while.
 */
export function callCard(transport?: Transport | PromiseLike<Transport> | null, options?: CallCardOptions): CallCard {
  return new CallCard(transport, options);
}


