import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import '../src/index.js';
import { clock } from '../src/core/time.js';
import { CallTimerController, formatDuration } from '../src/internal/call-timer.js';
import { createManualHost } from './support/manual-host.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { mount, part, removeAll } from './support/mount.js';

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

const ticker = () => (globalThis as Record<symbol, { handle?: unknown; running: Set<unknown> } | undefined>)[Symbol.for('b24-call-status.ticker')];

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

describe('CallTimerController: the repaint while a talk runs', () => {
  beforeEach(useFakeClock);
  afterEach(() => {
    hosts.splice(0).forEach((h) => h.disconnect());
    Object.assign(clock, real);
  });

  it('runs nothing until it follows a connectedAt', () => {
    const { host, t } = timer();
    t.follow(undefined);
    advance(5000);
    expect(pending.size).to.equal(0);
    expect(host.updates).to.equal(0);
  });

  it('asks for one update a second while it follows a connectedAt', () => {
    const { host, t } = timer();
    t.follow(now);
    advance(10_100);
    expect(host.updates).to.equal(10);
  });

  it('stops when the talk ends (connectedAt unset): no ticker, no updates', () => {
    const { host, t } = timer();
    t.follow(now);
    advance(3100);
    t.follow(undefined);
    expect(pending.size, 'no ticker after the call').to.equal(0);
    const updates = host.updates;
    advance(60_000);
    expect(host.updates, 'no updates after the call').to.equal(updates);
  });

  it('ticks just past each whole second of the count, so a late tick skips no second', () => {
    const { host, t } = timer();
    advance(300);
    const connectedAt = now;
    t.follow(connectedAt);
    const shown: string[] = [];
    host.requestUpdate = () => shown.push(formatDuration(now - connectedAt));
    // Each tick fires 150 ms late, as on a busy page: the next one is still aimed at the next whole second.
    advance(10_000, 150);
    expect(shown).to.deep.equal(['0:01', '0:02', '0:03', '0:04', '0:05', '0:06', '0:07', '0:08', '0:09']);
  });

  it('aligns to a connectedAt in the past: the first tick comes just past its next whole second', () => {
    const { host, t } = timer();
    const connectedAt = now - 65_300;
    t.follow(connectedAt);
    const shown: string[] = [];
    host.requestUpdate = () => shown.push(formatDuration(now - connectedAt));
    advance(700);
    expect(shown).to.deep.equal([]);
    advance(100);
    expect(shown).to.deep.equal(['1:06']);
  });

  it('a new connectedAt (a second stretch) is followed without a second ticker', () => {
    const { host, t } = timer();
    t.follow(now);
    advance(2500);
    t.follow(now - 4000);
    expect(pending.size).to.equal(1);
    advance(2000);
    expect(host.updates).to.be.within(3, 5);
  });

  it('shares one ticker between every running timer on the page', () => {
    const a = timer();
    const b = timer();
    a.t.follow(now);
    advance(400);
    b.t.follow(now);
    expect(pending.size).to.equal(1);
    advance(5000);
    expect(pending.size).to.equal(1);
    expect([a.host.updates, b.host.updates]).to.deep.equal([5, 5]);
    a.t.follow(undefined);
    expect(pending.size, 'b still runs').to.equal(1);
    b.t.follow(undefined);
    expect(pending.size).to.equal(0);
  });

  it('leaves nothing running after removal, and ticks again when put back', () => {
    const { host, t } = timer();
    t.follow(now);
    advance(2000);
    host.disconnect();
    expect(pending.size).to.equal(0);
    const updates = host.updates;
    advance(3000);
    expect(host.updates).to.equal(updates);
    host.connect();
    expect(pending.size).to.equal(1);
    advance(1100);
    expect(host.updates).to.equal(updates + 1);
  });

  it('a timer that follows while disconnected starts only once connected', () => {
    const host = new Host();
    hosts.push(host);
    const t = new CallTimerController(host);
    t.follow(now);
    expect(pending.size).to.equal(0);
    host.connect();
    expect(pending.size).to.equal(1);
  });
});

// The same controller on a real element and the real clock: the shown time moves, and removal stops it.
class TimerHost extends LitElement {
  timer = new CallTimerController(this);
  connectedAt?: number;
  override render() {
    return html`${this.connectedAt === undefined ? '' : formatDuration(Date.now() - this.connectedAt)}`;
  }
}
customElements.define('timer-host', TimerHost);

describe('CallTimerController on an element', () => {
  it('re-renders each second while connected, and stops when removed', async () => {
    const el = document.createElement('timer-host') as TimerHost;
    document.body.append(el);
    el.connectedAt = Date.now();
    el.timer.follow(el.connectedAt);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('0:00');
    await new Promise((r) => setTimeout(r, 1100));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('0:01');
    expect(ticker()?.handle).not.to.equal(undefined);
    el.remove();
    expect(ticker()?.handle, 'a ticker left after removal').to.equal(undefined);
  });
});

describe('the talk time in <b24-call-status>', () => {
  afterEach(removeAll);

  it('counts while the call is connected, keeps the measured time after it, and stops its ticker', async () => {
    const host = createManualHost();
    const el = mount(host.transport);
    await waitUntil(() => host.reads().length === 1);
    host.reads()[0].answer({ ...DOC_STATUS, CALL_ID: 'timer-call-1', CALL_STATE: 'connected' });
    const shown = await el;
    const timer = () => part(shown, 'timer');
    // The duration shown, whatever label the part carries beside it.
    const time = () => /\d+:\d{2}(?::\d{2})?/.exec(timer()!.textContent!)?.[0];
    expect(time()).to.equal('0:00');
    expect(timer()!.classList.contains('running')).to.equal(true);
    await waitUntil(() => time() === '0:01', 'the timer did not tick', { timeout: 2500 });
    expect(ticker()?.handle).not.to.equal(undefined);
    host.fire('CallCard::CallStateChanged', 'idle');
    await waitUntil(() => !timer()!.classList.contains('running'), 'the timer still runs');
    expect(time()).to.equal('0:01');
    expect(ticker()?.handle, 'a ticker left after the call').to.equal(undefined);
    // Removed while connected: nothing left running either.
    host.fire('CallCard::CallStateChanged', 'connected');
    await waitUntil(() => timer()!.classList.contains('running'), 'the timer did not run again');
    expect(ticker()?.handle).not.to.equal(undefined);
    shown.remove();
    expect(ticker()?.handle, 'a ticker left after removal').to.equal(undefined);
  });

  it('shows no timer before the call was connected', async () => {
    const host = createManualHost();
    const el = mount(host.transport);
    await waitUntil(() => host.reads().length === 1);
    host.reads()[0].answer({ ...DOC_STATUS, CALL_ID: 'timer-call-2', CALL_STATE: 'connecting' });
    expect(part(await el, 'timer')).to.equal(null);
    expect(ticker()?.handle).to.equal(undefined);
  });
});
