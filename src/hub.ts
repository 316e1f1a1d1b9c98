/**
 * The page-level hub: one per transport. Neither client library can unbind
 * an event, so each event is bound at most once per page and fanned out to
 * whichever elements are connected. Reads made at the same moment share one
 * host call, and keep-open is counted across elements.
 */
import { CALL_CARD_EVENTS, readStatus, toHost, type CallCardEvent, type Host } from './host.js';
import type { CallStatus } from './status.js';

export type HubListener = (event: CallCardEvent, payload: unknown) => void;

/** Auto-close restarts a 65 s countdown on each disableAutoClose; repeat well before it ends. */
export const KEEP_OPEN_EVERY_MS = 50_000;

export class Hub {
  readonly host: Host;
  readonly listeners = new Set<HubListener>();
  /** Host calls made, by command; bench and tests read it. */
  readonly calls = new Map<string, number>();
  #bound = false;
  #read?: Promise<CallStatus>;
  #keepers = new Set<object>();
  #keepTimer?: ReturnType<typeof setInterval>;

  constructor(host: Host) {
    this.host = host;
  }

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Read getStatus, joining a read already in flight; `fresh` starts a new
   * one (an explicit refresh wants an answer given after it was asked).
   */
  read(ms: number, fresh = false): Promise<CallStatus> {
    if (fresh || !this.#read) {
      // Bound as soon as the placement is known to be CALL_CARD, so events flow even while getStatus fails.
      const read = readStatus(this.#counting(), ms, () => this.#bind());
      const clear = () => {
        if (this.#read === read) this.#read = undefined;
      };
      read.then(clear, clear);
      this.#read = read;
    }
    return this.#read;
  }

  /** Mark `owner` as wanting the card kept open (or not); the host sees only the edges. */
  keepOpen(owner: object, on: boolean): void {
    const before = this.#keepers.size;
    if (on) this.#keepers.add(owner);
    else this.#keepers.delete(owner);
    const after = this.#keepers.size;
    if (before === 0 && after > 0) {
      this.#disableAutoClose();
      this.#keepTimer = setInterval(() => this.#disableAutoClose(), KEEP_OPEN_EVERY_MS);
    } else if (before > 0 && after === 0) {
      clearInterval(this.#keepTimer);
      this.#keepTimer = undefined;
      this.#send('enableAutoClose');
    }
  }

  get keepingOpen(): boolean {
    return this.#keepers.size > 0;
  }

  openPath(path: string): void {
    this.#count('openPath');
    try {
      this.host.openPath(path);
    } catch {
      // A broken host must not break the page; the click simply does nothing.
    }
  }

  #disableAutoClose() {
    this.#send('disableAutoClose');
  }

  // Fire-and-forget: the answer is `[]`, and a silent host must not leak a rejection.
  #send(command: string) {
    this.#count(command);
    this.host.ready().then(() => this.host.call(command, {})).catch(() => {});
  }

  #bind() {
    if (this.#bound) return;
    this.#bound = true;
    for (const event of CALL_CARD_EVENTS) {
      this.#count(`bind ${event}`);
      try {
        this.host.bind(event, (payload) => this.#emit(event, payload));
      } catch {
        // Without events the widget still shows the status it read.
      }
    }
  }

  #emit(event: CallCardEvent, payload: unknown) {
    // A changed entity makes any read in flight stale: the next read starts afresh.
    if (event === 'CallCard::EntityChanged') this.#read = undefined;
    // After BeforeClose the countdown restarts; block it again at once.
    if (event === 'CallCard::BeforeClose' && this.keepingOpen) this.#disableAutoClose();
    for (const listener of [...this.listeners]) {
      try {
        listener(event, payload);
      } catch {
        // One element's failure must not starve the others.
      }
    }
  }

  #count(what: string) {
    this.calls.set(what, (this.calls.get(what) ?? 0) + 1);
  }

  #counting(): Host {
    return { ...this.host, call: (c, p) => (this.#count(c), this.host.call(c, p)) };
  }
}

// Keyed by the transport object, so a hub dies with its transport.
const hubs = new WeakMap<object, Hub>();

/** The page's hub for a transport, or undefined when it is no known host. */
export function hubFor(transport: unknown): Hub | undefined {
  if (transport === null || (typeof transport !== 'object' && typeof transport !== 'function')) return undefined;
  let hub = hubs.get(transport);
  if (!hub) {
    const host = toHost(transport);
    if (!host) return undefined;
    hub = new Hub(host);
    hubs.set(transport, hub);
  }
  return hub;
}
