import { expect } from '@open-wc/testing';
import { LitElement, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { CallTimerController, clock, formatDuration } from '../src/internal/call-timer.js';

// A fake clock: time moves only when a test says so, and every pending timer is visible.
const real = { ...clock };
let now = 0;
let nextId = 0;
const pending = new Map<number, { at: number; fn: () => void }>();
function useFakeClock() {
  now = 1_000_000;
  pending.clear();
  clock.now = () => now;
  clock.set = (fn, ms) => {
    pending.set(++nextId, { at: now + ms, fn });
    return nextId;
  };
  clock.clear = (handle) => pending.delete(handle as number);
}
/** Moves time on, firing each timer at the moment it was due; `late` delays each firing, as a busy page does. */
function advance(ms: number, late = 0) {
  const end = now + ms;
  for (;;) {
    const [id, next] = [...pending].sort((a, b) => a[1].at - b[1].at)[0] ?? [];
    if (!next || next.at + late > end) break;
    now = next.at + late;
    pending.delete(id!);
    next.fn();
  }
  now = end;
}

// The smallest host: counts the updates it was asked for.
class Host implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  get updateComplete() {
    return Promise.resolve(true);
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

const hosts: Host[] = [];
function timer() {
  const host = new Host();
  hosts.push(host);
  const t = new CallTimerController(host);
  host.connect();
  return { host, t };
}

describe('formatDuration', () => {
  it('is m:ss under an hour, then h:mm:ss, in whole seconds', () => {
    const cases: Array<[number, string]> = [
      [0, '0:00'],
      [999, '0:00'],
      [1000, '0:01'],
      [59_999, '0:59'],
      [60_000, '1:00'],
      [605_000, '10:05'],
      [3_599_999, '59:59'],
      [3_600_000, '1:00:00'],
      [3_661_000, '1:01:01'],
      [36_000_000, '10:00:00'],
    ];
    for (const [ms, shown] of cases) expect(formatDuration(ms), String(ms)).to.equal(shown);
  });

  it('reads bad input as 0:00 and never throws', () => {
    for (const bad of [NaN, -5, -Infinity, Infinity, undefined as unknown as number]) expect(formatDuration(bad), String(bad)).to.equal('0:00');
  });
});

describe('CallTimerController', () => {
  beforeEach(useFakeClock);
  afterEach(() => {
    hosts.splice(0).forEach((h) => h.disconnect());
    Object.assign(clock, real);
  });

  it('is undefined and runs nothing until the call is connected', () => {
    const { t } = timer();
    t.track('c1', 'idle');
    t.track('c1', 'connecting');
    advance(5000);
    expect(t.elapsed).to.equal(undefined);
    expect(t.running).to.equal(false);
    expect(pending.size).to.equal(0);
  });

  it('counts from the first connected, then keeps the measured talk time', () => {
    const { host, t } = timer();
    t.track('c1', 'connecting');
    advance(3000);
    t.track('c1', 'connected');
    expect(t.elapsed).to.equal(0);
    expect(t.running).to.equal(true);
    advance(65_000);
    expect(formatDuration(t.elapsed!)).to.equal('1:05');
    // A repeated connected (a re-read mid-call) does not restart the count.
    t.track('c1', 'connected');
    advance(1000);
    expect(formatDuration(t.elapsed!)).to.equal('1:06');
    t.track('c1', 'idle');
    expect(t.running).to.equal(false);
    expect(pending.size, 'no ticker after the call').to.equal(0);
    const updates = host.updates;
    advance(60_000);
    expect(t.elapsed).to.equal(66_000);
    expect(host.updates, 'no updates after the call').to.equal(updates);
  });

  it('asks for one update a second while connected', () => {
    const { host, t } = timer();
    t.track('c1', 'connected');
    advance(10_100);
    expect(host.updates).to.equal(10);
  });

  it('starts over on a new CALL_ID, and not on an empty or unknown one', () => {
    const { t } = timer();
    t.track('c1', 'connected');
    advance(5000);
    t.track('', 'connected');
    t.track(undefined, undefined);
    advance(1000);
    expect(t.elapsed).to.equal(6000);
    t.track('c2', 'idle');
    expect(t.elapsed).to.equal(undefined);
    t.track('c2', 'connected');
    advance(2000);
    expect(t.elapsed).to.equal(2000);
  });

  it('adds a second stretch of the same call to the first', () => {
    const { t } = timer();
    t.track('c1', 'connected');
    advance(4000);
    t.track('c1', 'connecting');
    advance(10_000);
    t.track('c1', 'connected');
    advance(3000);
    expect(t.elapsed).to.equal(7000);
  });

  it('ticks just past each whole second of the count, so a late tick skips no second', () => {
    const { host, t } = timer();
    advance(300);
    t.track('c1', 'connected');
    const shown: string[] = [];
    host.requestUpdate = () => shown.push(formatDuration(t.elapsed!));
    // Each tick fires 150 ms late, as on a busy page: the next one is still aimed at the next whole second.
    advance(10_000, 150);
    expect(shown).to.deep.equal(['0:01', '0:02', '0:03', '0:04', '0:05', '0:06', '0:07', '0:08', '0:09']);
  });

  it('shares one ticker between every running timer on the page', () => {
    const a = timer();
    const b = timer();
    a.t.track('a', 'connected');
    advance(400);
    b.t.track('b', 'connected');
    expect(pending.size).to.equal(1);
    advance(5000);
    expect(pending.size).to.equal(1);
    expect([a.host.updates, b.host.updates]).to.deep.equal([5, 5]);
    a.t.track('a', 'idle');
    expect(pending.size, 'b still runs').to.equal(1);
    b.t.track('b', 'idle');
    expect(pending.size).to.equal(0);
  });

  it('leaves nothing running after removal, and counts on when put back', () => {
    const { host, t } = timer();
    t.track('c1', 'connected');
    advance(2000);
    host.disconnect();
    expect(pending.size).to.equal(0);
    const updates = host.updates;
    advance(3000);
    expect(host.updates).to.equal(updates);
    host.connect();
    expect(pending.size).to.equal(1);
    expect(t.elapsed).to.equal(5000);
  });
});

// The same controller on a real element and the real clock: the shown time moves, and removal stops it.
class TimerHost extends LitElement {
  timer = new CallTimerController(this);
  override render() {
    return html`${this.timer.elapsed === undefined ? '' : formatDuration(this.timer.elapsed)}`;
  }
}
customElements.define('timer-host', TimerHost);

describe('CallTimerController on an element', () => {
  const handle = () => (globalThis as Record<symbol, { handle?: unknown }>)[Symbol.for('b24-call-status.ticker')]?.handle;

  it('re-renders each second while connected, and stops when removed', async () => {
    const el = document.createElement('timer-host') as TimerHost;
    document.body.append(el);
    el.timer.track('c1', 'connected');
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('0:00');
    await new Promise((r) => setTimeout(r, 1100));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('0:01');
    expect(handle()).not.to.equal(undefined);
    el.remove();
    expect(handle(), 'a ticker left after removal').to.equal(undefined);
  });
});
