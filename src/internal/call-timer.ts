/**
 * The call timer: how long the agent has talked on this call. A Lit
 * ReactiveController that counts from the moment its element first learned
 * `connected`, keeps the measured talk time after the call, and starts over
 * on a new CALL_ID. Every running timer on the page shares one 1 s ticker,
 * which exists only while some timer runs.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Time and timers, looked up when used (never at import), and swappable by tests. */
export const clock = {
  now: (): number => performance.now(),
  set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clear: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Ticking {
  /** When its count started: ticks are aligned to it, so shown seconds never skip. */
  origin(): number;
  tick(): void;
}
interface Ticker {
  running: Set<Ticking>;
  handle?: unknown;
}

// One ticker per page, shared by every copy of the package (a drop-in bundle and the npm build, say).
const ticker = (): Ticker => ((globalThis as Record<symbol, Ticker>)[Symbol.for('b24-call-status.ticker')] ??= { running: new Set() });

// Just past the next whole second of the oldest running count: late timers do not skip a second.
function schedule(t: Ticker) {
  if (t.handle !== undefined) return;
  const first = t.running.values().next().value;
  if (!first) return;
  const delay = 1000 - ((((clock.now() - first.origin()) % 1000) + 1000) % 1000) + 20;
  t.handle = clock.set(() => {
    t.handle = undefined;
    for (const timer of t.running) timer.tick();
    schedule(t);
  }, delay);
}

function stopIfIdle(t: Ticker) {
  if (t.running.size || t.handle === undefined) return;
  clock.clear(t.handle);
  t.handle = undefined;
}

export class CallTimerController implements ReactiveController {
  #callId?: string;
  // Talk time measured before the current stretch; the current stretch began at #since.
  #talked?: number;
  #since?: number;
  #connected = false;
  #ticking: Ticking;

  constructor(host: ReactiveControllerHost) {
    // What the shared ticker holds: a small stable shape, the same in every copy of the package.
    this.#ticking = { origin: () => this.#since ?? 0, tick: () => host.requestUpdate() };
    host.addController(this);
  }

  /** Feed what the element knows now; call on every status/state change. */
  track(callId: string | undefined, state: string | undefined): void {
    // A new call id starts a new count; an empty or unknown id is no news.
    if (callId && callId !== this.#callId) {
      if (this.#callId !== undefined) this.#reset();
      this.#callId = callId;
    }
    // An unknown state is no news either; any known state but connected stops the count.
    if (state === undefined) return;
    const now = clock.now();
    if (state === 'connected') {
      if (this.#since === undefined) {
        this.#since = now;
        this.#talked ??= 0;
      }
    } else if (this.#since !== undefined) {
      this.#talked = (this.#talked ?? 0) + now - this.#since;
      this.#since = undefined;
    }
    this.#sync();
  }

  /** ms talked so far while connected, the measured talk time after; undefined if never connected. */
  get elapsed(): number | undefined {
    if (this.#talked === undefined) return undefined;
    return this.#talked + (this.#since === undefined ? 0 : clock.now() - this.#since);
  }

  /** Whether it is counting now (the call is connected). */
  get running(): boolean {
    return this.#since !== undefined;
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    // Removal leaves nothing running; the count itself survives a move to another place in the page.
    this.#connected = false;
    this.#sync();
  }

  #reset() {
    this.#talked = this.#since = undefined;
  }

  #sync() {
    const t = ticker();
    if (this.#connected && this.#since !== undefined) {
      t.running.add(this.#ticking);
      schedule(t);
    } else {
      t.running.delete(this.#ticking);
      stopIfIdle(t);
    }
  }
}

/** `m:ss` under an hour, then `h:mm:ss`; whole seconds, rounded down. Bad input reads as 0:00. */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
