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
  /** The connected elements' event handlers. */
  readonly listeners = new Set<HubListener>();
  #bound = false;
  #read?: Promise<CallStatus>;
  #keepers = new Set<object>();
  #timer?: ReturnType<typeof setInterval>;

  constructor(readonly host: Host) {}

  /**
   * Read getStatus, joining a read already in flight; `fresh` starts a new
   * one (an explicit refresh wants an answer given after it was asked).
   */
  read(ms: number, fresh?: boolean): Promise<CallStatus> {
    if (fresh || !this.#read) {
      // Bound as soon as the placement is known to be CALL_CARD, so events flow even while getStatus fails.
      const read = (this.#read = readStatus(this.host, ms, () => this.#bind()));
      const clear = () => {
        if (this.#read === read) this.#read = undefined;
      };
      read.then(clear, clear);
    }
    return this.#read;
  }

  /** Mark `owner` as wanting the card kept open (or not); the host sees only the edges. */
  keepOpen(owner: object, on: boolean): void {
    const keepers = this.#keepers;
    const before = keepers.size;
    if (on) keepers.add(owner);
    else keepers.delete(owner);
    if (!before && keepers.size) {
      this.#keep();
      this.#timer = setInterval(() => this.#keep(), KEEP_OPEN_EVERY_MS);
    } else if (before && !keepers.size) {
      clearInterval(this.#timer);
      this.#send('enableAutoClose');
    }
  }

  #keep() {
    this.#send('disableAutoClose');
  }

  // Fire-and-forget: the answer is `[]`, and a silent host must not leak a rejection.
  #send(command: string) {
    this.host
      .ready()
      .then(() => this.host.call(command, {}))
      .catch(() => {});
  }

  #bind() {
    if (this.#bound) return;
    this.#bound = true;
    for (const event of CALL_CARD_EVENTS) {
      try {
        this.host.bind(event, (payload) => {
          // A changed entity makes any read in flight stale: the next read starts afresh.
          if (event === 'CallCard::EntityChanged') this.#read = undefined;
          // After BeforeClose the countdown restarts; block it again at once.
          if (event === 'CallCard::BeforeClose' && this.#keepers.size) this.#keep();
          for (const listener of [...this.listeners]) {
            try {
              listener(event, payload);
            } catch {
              // One element's failure must not starve the others.
            }
          }
        });
      } catch {
        // Without events the widget still shows the status it read.
      }
    }
  }
}

// Keyed by the transport object, so a hub dies with its transport.
const hubs = new WeakMap<object, Hub>();

/** The page's hub for a transport, or undefined when it is no known host. */
export function hubFor(transport: unknown): Hub | undefined {
  let hub = hubs.get(transport as object);
  const host = hub ? undefined : toHost(transport);
  if (host) hubs.set(transport as object, (hub = new Hub(host)));
  return hub;
}
