/**
 * Reading the call status for one element: finding the host (a BX24 script
 * that loads late included), sharing reads through the page hub, bounding
 * each wait by the element's own timeout, following the card's events, and
 * keeping what is known on screen, marked stale, when a re-read fails.
 * The element renders what this holds; events go out on the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  BeforeCloseEvent,
  CallStateChangeEvent,
  EntityChangeEvent,
  StatusChangeEvent,
  StatusErrorEvent,
} from '../events.js';
import { HostError, unframed, type CallCardEvent, type StatusError } from '../host.js';
import { hubFor, type Hub, type HubClient } from '../hub.js';
import { normalizeCallState, normalizeEntity, withCallState, withEntity, type CallStatus } from '../status.js';
import { canRetry } from '../strings.js';
import { watchForBX24 } from './library-watch.js';

/** Where the latest read stands. */
export type Phase = 'loading' | 'ready' | 'error';

export interface StatusSource {
  /** The `transport` property as set; undefined means `window.BX24`. */
  transport(): unknown;
  /** The element's own bound for each wait, in ms. */
  timeout(): number;
  keepOpen(): boolean;
  /** The shown message for an error code. */
  message(code: string): string;
}

type Host = ReactiveControllerHost & EventTarget;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

function safely<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** The code of a failure; anything not ours (even a revoked Proxy, which `instanceof` throws on) is HOST_ERROR. */
function codeOf(e: unknown): string {
  try {
    return e instanceof HostError ? e.code : 'HOST_ERROR';
  } catch {
    return 'HOST_ERROR';
  }
}

/** Rejects with TIMEOUT after `ms`; the timer is always cleared. */
function bounded<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => (timer = setTimeout(reject, ms, new HostError('TIMEOUT'))));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

export class StatusController implements ReactiveController {
  phase: Phase = 'loading';
  /** What is shown: the last status read, kept current by the card's events. */
  status?: CallStatus;
  /** Set while the latest read failed, also when `status` is still shown. */
  error?: StatusError;
  /** `status` is shown but not current: the latest read failed. Cleared only by a read that succeeds. */
  stale = false;
  /** A retry asked for by the agent is running. */
  retrying = false;
  /** Reading again may help with the current error (no BX24 yet may still arrive; a dead one will not). */
  retryable = false;
  /** The host's language, once it could tell. */
  hostLang?: unknown;
  hub?: Hub;
  #connected = false;
  // Bumped by each read and by disconnect: only the latest read may land.
  #seq = 0;
  #stopWatch?: () => void;
  #client: HubClient = {
    onEvent: (event, payload) => this.#onEvent(event, payload),
    onOptions: (status) => {
      if (!this.status) this.#show(status);
    },
  };

  constructor(
    private readonly host: Host,
    private readonly source: StatusSource
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#connect();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#disconnect();
  }

  /** The transport changed: start over with the new one. */
  reconnect(): void {
    if (!this.#connected) return;
    this.#disconnect();
    this.#connect();
  }

  /** Read anew; resolves with a status read at or after this call, or undefined when that read failed. */
  refresh(): Promise<CallStatus | undefined> {
    return this.#read(true);
  }

  /** The agent's retry: one at a time; clicks while it runs send nothing. */
  async retry(): Promise<CallStatus | undefined> {
    if (this.retrying) return undefined;
    this.retrying = true;
    this.host.requestUpdate();
    try {
      return await this.refresh();
    } finally {
      this.retrying = false;
      this.host.requestUpdate();
    }
  }

  /** Keep the card open while the element wants it and is connected. */
  keepOpen(on: boolean): void {
    this.hub?.keepOpen(this.host, on && this.#connected);
  }

  #connect() {
    this.#attach();
    // A moved element, or one joining a page whose status is current, costs no host call.
    const current = this.hub?.current;
    if (current) return this.#settle(current);
    const early = this.hub?.early;
    if (early && !this.status) this.#show(early);
    void this.#read();
  }

  #attach() {
    const set = this.source.transport();
    const transport = set === undefined ? (globalThis as { BX24?: unknown }).BX24 : set;
    // A hostile transport (a throwing getter, a revoked Proxy) is no host, not a page error.
    const hub = (this.hub = safely(() => hubFor(transport)));
    hub?.clients.add(this.#client);
    if (this.source.keepOpen()) hub?.keepOpen(this.host, true);
  }

  #disconnect() {
    this.#seq++;
    this.#stopWatch?.();
    this.#stopWatch = undefined;
    this.hub?.clients.delete(this.#client);
    this.hub?.keepOpen(this.host, false);
    this.hub = undefined;
  }

  async #read(fresh = false): Promise<CallStatus | undefined> {
    const seq = ++this.#seq;
    if (!this.#connected) return undefined;
    // A background re-read of a current status stays `ready`: nothing flickers and nothing is announced busy.
    if ((this.error || !this.status) && this.phase !== 'loading') {
      this.phase = 'loading';
      this.host.requestUpdate();
    }
    const ms = this.source.timeout();
    let status: CallStatus | undefined;
    let code = 'NO_APP_CONTEXT';
    let retryable = true;
    let answer: Promise<CallStatus> | undefined;
    try {
      // No host yet (the BX24 script loading late, say): look again, and wait for it up to the bound.
      if (!this.hub) this.#attach();
      if (!this.hub && this.source.transport() === undefined) await this.#library(ms, seq);
      if (seq !== this.#seq) return undefined;
      const hub = this.hub;
      if (hub) {
        answer = hub.read(ms, fresh);
        status = await bounded(answer, ms);
      } else {
        // Without a host, fail after a render: an error already in the live region when it appears is not announced.
        await this.host.updateComplete;
      }
    } catch (e) {
      // Anything else the host threw or rejected with is HOST_ERROR.
      code = codeOf(e);
      // No library found (yet) may still arrive, so a retry looks again; a dead one, a rejected promise, or a page
      // that is not framed (no portal can answer it) will not.
      retryable = canRetry(code) || (code === 'NO_APP_CONTEXT' && !this.hub && !unframed());
      // The data came after all, and nothing newer was asked for: show it.
      if (code === 'TIMEOUT') answer?.then((late) => seq === this.#seq && this.#settle(late), () => {});
    }
    // A newer read, or a disconnect, took over: this one still answers its caller.
    if (seq !== this.#seq) return status;
    this.hostLang = safely(() => this.hub?.host.lang());
    if (status) this.#settle(status);
    else this.#fail(code, retryable);
    return status;
  }

  // Resolves once window.BX24 exists, or rejects with NO_APP_CONTEXT when `ms` ends first.
  #library(ms: number, seq: number): Promise<void> {
    this.#stopWatch?.();
    return new Promise<void>((resolve, reject) => {
      const limit = setTimeout(() => {
        stop();
        reject(new HostError('NO_APP_CONTEXT'));
      }, ms);
      const stop = watchForBX24(() => {
        clearTimeout(limit);
        if (seq === this.#seq) this.#attach();
        resolve();
      });
      this.#stopWatch = () => {
        clearTimeout(limit);
        stop();
      };
    });
  }

  #settle(status: CallStatus) {
    this.phase = 'ready';
    this.error = undefined;
    this.stale = false;
    this.#show(status);
  }

  #fail(code: string, retryable: boolean) {
    const error = { code, message: this.source.message(code) };
    this.retryable = retryable;
    this.phase = 'error';
    this.error = error;
    this.stale = !!this.status;
    this.host.requestUpdate();
    this.host.dispatchEvent(new StatusErrorEvent(error));
  }

  // Shows a status without touching where the read stands (a stale mark stays).
  #show(status: CallStatus) {
    const previous = this.status;
    this.status = status;
    this.host.requestUpdate();
    if (!same(previous, status)) this.host.dispatchEvent(new StatusChangeEvent({ status, previous }));
  }

  #onEvent(event: CallCardEvent, payload: unknown) {
    const previous = this.status;
    if (event === 'CallCard::CallStateChanged') {
      const state = normalizeCallState(payload);
      if (!state || !previous || state === previous.CALL_STATE) return;
      this.#show(withCallState(previous, state));
      this.host.dispatchEvent(new CallStateChangeEvent({ state, previous: previous.CALL_STATE }));
    } else if (event === 'CallCard::EntityChanged') {
      const change = normalizeEntity(payload);
      this.host.dispatchEvent(new EntityChangeEvent(change));
      // The new client at once, from the event; the rest comes with the re-read.
      if (previous) this.#show(withEntity(previous, change));
      void this.#read(true);
    } else {
      this.host.dispatchEvent(new BeforeCloseEvent());
    }
  }
}
