/**
 * The page-level hub: one per transport, shared by every card handle (and so
 * every element) using it. Neither client library can unbind an event, so
 * each event is bound at most once per page and fanned out to the handles.
 * Reads share one host call (at most one in flight plus one queued after it),
 * the page's current status is kept so that a new handle costs no host call,
 * keep-open is counted across handles, and CRM names and the talk time are
 * kept for the page.
 */
import { adapterFor, CALL_CARD_EVENTS, type CallCardEvent, type HostAdapter } from './adapters/index.js';
import { CrmNames } from './crm-names.js';
import { CallCardError } from './errors.js';
import { isStatusLike, normalizeCallState, normalizeStatus, toStatus, withCallState, type CallStatus } from './status.js';
import { TalkTime } from './talk-time.js';

/** What a card handle hears from the hub. */
export interface HubClient {
  /** A card event, after the hub has applied it to `current`. */
  onEvent(event: CallCardEvent, payload: unknown): void;
  /** The placement options, normalised: what the card said at open time, before getStatus answers. */
  onOptions(status: CallStatus): void;
}

/** Auto-close restarts a 65 s countdown on each disableAutoClose; repeat well before it ends. */
export const KEEP_OPEN_EVERY_MS = 50_000;

interface Read {
  promise: Promise<CallStatus>;
  /** ms since epoch after which the hub stops waiting for it (an element still may). */
  until: number;
  /** Started in the current turn, so it answers anyone asking now. */
  fresh: boolean;
  timer?: ReturnType<typeof setTimeout>;
}

interface Queued {
  promise: Promise<CallStatus>;
  start(): void;
  ms: number;
}

export class Hub {
  /** The live card handles (each element holds one while connected). */
  readonly clients = new Set<HubClient>();
  /** The page's status as last read and kept current by events; undefined when not known to be current. */
  current?: CallStatus;
  /** The placement options, normalised, until the first status is read; undefined when it has none. */
  early?: CallStatus;
  // Options describe the call as the card opened: once a status was read, they are out of date.
  #read = false;
  #bound = false;
  #inflight?: Read;
  #queued?: Queued;
  // Bumped by each read started and by EntityChanged: only the latest read sets `current`.
  #generation = 0;
  #keepers = new Set<object>();
  #holding = false;
  #timer?: ReturnType<typeof setInterval>;
  #release?: ReturnType<typeof setTimeout>;

  readonly names: CrmNames;
  readonly talk = new TalkTime();

  constructor(readonly adapter: HostAdapter) {
    this.names = new CrmNames(adapter);
  }

  /**
   * Read getStatus. A plain read joins the one in flight; a `fresh` one (a
   * refresh, a changed client) wants an answer given after it was asked, so
   * it joins the read queued after the one in flight, or starts one. The hub
   * waits at most the longest `ms` of those who joined; each caller bounds its
   * own wait.
   */
  read(ms: number, fresh = false): Promise<CallStatus> {
    const inflight = this.#inflight;
    // A read started in this same turn was asked after any caller of this turn: fresh callers share it too.
    if (inflight && (!fresh || inflight.fresh)) return this.#extend(inflight, ms).promise;
    if (!inflight) return this.#start(ms, fresh).promise;
    if (this.#queued) {
      this.#queued.ms = Math.max(this.#queued.ms, ms);
      return this.#queued.promise;
    }
    let start!: () => void;
    const promise = new Promise<CallStatus>((resolve, reject) => {
      start = () => {
        this.#queued = undefined;
        this.#start(queued.ms, true).promise.then(resolve, reject);
      };
    });
    const queued: Queued = (this.#queued = { promise, start, ms });
    return promise;
  }

  #start(ms: number, fresh: boolean): Read {
    const generation = ++this.#generation;
    const promise = readStatus(this.adapter, fresh, (options) => {
      this.#bind();
      this.#early(options);
    });
    const read: Read = { promise, until: 0, fresh: true };
    queueMicrotask(() => (read.fresh = false));
    this.#inflight = read;
    this.#extend(read, ms);
    const done = () => this.#done(read);
    promise.then((status) => {
      if (generation === this.#generation) this.current = status;
      this.#read = true;
      this.early = undefined;
      done();
    }, done);
    return read;
  }

  // Waits no longer than the longest bound asked for, so a host that never answers cannot block the queue.
  #extend(read: Read, ms: number): Read {
    const until = Date.now() + ms;
    if (until > read.until) {
      read.until = until;
      clearTimeout(read.timer);
      read.timer = setTimeout(() => this.#done(read), ms);
    }
    return read;
  }

  #done(read: Read) {
    clearTimeout(read.timer);
    if (this.#inflight !== read) return;
    this.#inflight = undefined;
    this.#queued?.start();
  }

  #early(options: unknown) {
    if (this.early || this.#read || !isStatusLike(options)) return;
    const status = (this.early = normalizeStatus(options));
    this.#fanOut((client) => client.onOptions(status));
  }

  /** Mark `owner` as wanting the card kept open (or not); the host sees only the edges: the first hold and the last release. */
  keepOpen(owner: object, on: boolean): void {
    const keepers = this.#keepers;
    if (on) keepers.add(owner);
    else keepers.delete(owner);
    if (keepers.size) {
      clearTimeout(this.#release);
      if (!this.#holding) {
        this.#holding = true;
        this.#keep();
        this.#timer = setInterval(() => this.#keep(), KEEP_OPEN_EVERY_MS);
      }
    } else if (this.#holding) {
      // Let go a task later: an element moved in the DOM (removed and put back,
      // re-parented by a framework) comes back first, and enableAutoClose would
      // close an ended call's card at once.
      clearTimeout(this.#release);
      this.#release = setTimeout(() => {
        if (this.#keepers.size || !this.#holding) return;
        this.#holding = false;
        clearInterval(this.#timer);
        this.#send('enableAutoClose');
      });
    }
  }

  #keep() {
    this.#send('disableAutoClose');
  }

  // Fire-and-forget: the answer is `[]`, and a silent host must not leak a rejection.
  #send(command: string) {
    this.adapter
      .ready()
      .then(() => this.adapter.call(command, {}))
      .catch(() => {});
  }

  #fanOut(tell: (client: HubClient) => void) {
    for (const client of [...this.clients]) {
      try {
        tell(client);
      } catch {
        // One element's failure must not starve the others.
      }
    }
  }

  #bind() {
    if (this.#bound) return;
    this.#bound = true;
    for (const event of CALL_CARD_EVENTS) {
      try {
        this.adapter.bind(event, (payload) => {
          if (event === 'CallCard::EntityChanged') {
            // Another client: what was read before is no longer current, nor is any read in flight.
            this.current = undefined;
            this.#generation++;
          } else if (event === 'CallCard::CallStateChanged') {
            const state = normalizeCallState(payload);
            if (this.current && state) this.current = withCallState(this.current, state);
          }
          // After BeforeClose the countdown restarts; block it again at once.
          if (event === 'CallCard::BeforeClose' && this.#holding) this.#keep();
          this.#fanOut((client) => client.onEvent(event, payload));
        });
      } catch {
        // Without events the widget still shows the status it read.
      }
    }
  }
}

/**
 * Wait for the host, check the placement (then `onPlaced`, with the placement
 * options), then read getStatus. Unbounded: each handle bounds its own wait.
 * Rejects with a CallCardError, or with whatever the host threw (HOST_ERROR).
 */
async function readStatus(adapter: HostAdapter, fresh: boolean, onPlaced: (options: unknown) => void): Promise<CallStatus> {
  await adapter.ready(fresh);
  const placement = adapter.placement();
  if (placement && placement !== 'CALL_CARD') throw new CallCardError('WRONG_PLACEMENT');
  let options: unknown;
  try {
    options = adapter.options();
  } catch {
    // Options only speed up the first paint; getStatus still answers.
  }
  onPlaced(options);
  return toStatus(await adapter.call('getStatus', {}));
}

// Keyed by the transport object, so a hub dies with its transport.
const hubs = new WeakMap<object, Hub>();

/** The page's hub for a transport, or undefined when it is no known host. May throw on a hostile transport. */
export function hubFor(transport: unknown): Hub | undefined {
  let hub = hubs.get(transport as object);
  const adapter = hub ? undefined : adapterFor(transport);
  if (adapter) hubs.set(transport as object, (hub = new Hub(adapter)));
  return hub;
}
