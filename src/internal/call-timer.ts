/**
 * The call timer's repaint: while a talk runs (the snapshot's `connectedAt`),
 * the host re-renders just past each whole second of it, so the shown
 * seconds never skip. Every running timer on the page shares one ticker,
 * which exists only while some timer runs. The time itself is the core's.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { clock } from '../core/time.js';

interface Ticking {
  /** Epoch ms the count is aligned to. */
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
  #since?: number;
  #connected = false;
  #ticking: Ticking;

  constructor(host: ReactiveControllerHost) {
    // What the shared ticker holds: a small stable shape, the same in every copy of the package.
    this.#ticking = { origin: () => this.#since ?? 0, tick: () => host.requestUpdate() };
    host.addController(this);
  }

  /** Tick while `connectedAt` is set; call with each snapshot. */
  follow(connectedAt: number | undefined): void {
    this.#since = connectedAt;
    this.#sync();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#sync();
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
