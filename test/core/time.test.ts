import { expect } from '@open-wc/testing';
import { CallCardError } from '../../src/core/errors.js';
import { boundMs, clock, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS, withTimeout } from '../../src/core/time.js';

/** The error a promise rejects with (the test fails when it resolves). */
async function rejection(p: PromiseLike<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

const later = <T>(ms: number, value: T) => new Promise<T>((r) => setTimeout(r, ms, value));

describe('boundMs: a usable wait from whatever `timeout` holds', () => {
  it('keeps positive numbers and numeric strings', () => {
    expect(boundMs(120)).to.equal(120);
    expect(boundMs('250')).to.equal(250);
    expect(boundMs(' 80 ')).to.equal(80);
    expect(boundMs(0.5)).to.equal(0.5);
  });

  it('falls back to 5000 ms for anything that is not a positive number', () => {
    expect(DEFAULT_TIMEOUT_MS).to.equal(5000);
    for (const bad of ['soon', '-5', '0', '', '  ', 0, -1, NaN, -Infinity, null, undefined, true, {}, [], ['100'], '1e', Symbol('x')]) {
      expect(boundMs(bad), String(bad)).to.equal(DEFAULT_TIMEOUT_MS);
    }
  });

  it('clamps what setTimeout cannot keep (it would read it as 0) to 2^31−1', () => {
    expect(MAX_TIMEOUT_MS).to.equal(2 ** 31 - 1);
    for (const huge of [Infinity, 'Infinity', 2 ** 31, 1e20, '1e20']) expect(boundMs(huge), String(huge)).to.equal(MAX_TIMEOUT_MS);
    expect(boundMs(MAX_TIMEOUT_MS)).to.equal(MAX_TIMEOUT_MS);
  });
});

describe('withTimeout: the one bound every wait goes through', () => {
  it('settles as the work does when it is in time', async () => {
    expect(await withTimeout(later(10, 'done'), 500)).to.equal('done');
    const boom = new Error('boom');
    expect(await rejection(withTimeout(Promise.reject(boom), 500))).to.equal(boom);
    // A thenable that is no Promise counts too.
    expect(await withTimeout({ then: (r: (v: string) => void) => r('thenable') } as PromiseLike<string>, 500)).to.equal('thenable');
  });

  it('rejects with a CallCardError TIMEOUT at the bound when the work never settles', async () => {
    const start = performance.now();
    const e = await rejection(withTimeout(new Promise(() => {}), 120));
    expect(e).to.be.instanceOf(CallCardError).and.have.property('code', 'TIMEOUT');
    expect(performance.now() - start).to.be.within(110, 1000);
  });

  it('ends at once when its signal aborts: rejects with the reason, the timer cleared', async () => {
    const stop = new AbortController();
    const start = performance.now();
    const waiting = rejection(withTimeout(new Promise(() => {}), 60_000, stop.signal));
    stop.abort(new Error('gone'));
    expect(((await waiting) as Error).message).to.equal('gone');
    expect(performance.now() - start).to.be.below(500);
    const aborted = new AbortController();
    aborted.abort(new Error('already'));
    expect(((await rejection(withTimeout(new Promise(() => {}), 60_000, aborted.signal))) as Error).message).to.equal('already');
    // A signal that never aborts changes nothing.
    expect(await withTimeout(later(10, 'done'), 500, new AbortController().signal)).to.equal('done');
  });

  it('takes a garbage bound as the default, not as 0', async () => {
    for (const ms of [NaN, -1, 0, Infinity]) expect(await withTimeout(later(60, 'in time'), ms), String(ms)).to.equal('in time');
  });

  it('always clears its timer, whether the work settled or the bound passed', async () => {
    const set = window.setTimeout;
    const clear = window.clearTimeout;
    const live = new Set<unknown>();
    window.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
      const id = set(fn, ms, ...args);
      live.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => (live.delete(id), clear(id))) as typeof window.clearTimeout;
    try {
      await withTimeout(Promise.resolve(1), 60_000);
      await rejection(withTimeout(Promise.reject(new Error('x')), 60_000));
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
    }
    expect(live.size, 'a timer left running').to.equal(0);
  });
});

describe('clock: epoch time and timers, swappable by tests', () => {
  it('reads epoch ms and runs real timers by default', async () => {
    const before = Date.now();
    expect(clock.now()).to.be.within(before, Date.now());
    let ran = false;
    clock.set(() => (ran = true), 1);
    const cancelled = clock.set(() => expect.fail('a cleared timer ran'), 1);
    clock.clear(cancelled);
    await later(30, 0);
    expect(ran).to.equal(true);
  });
});
