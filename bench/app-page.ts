/**
 * The bench's app page, loaded by the emulated portal into its call card from
 * another origin (`?lib=b24jssdk|bx24`). Every measurement runs here, in the
 * frame, and is started by bench/browser.mjs through `window.bench`; the
 * portal's side (echo, firing events, counting host calls) is portal-page.ts.
 */
import { initializeB24Frame, type B24Frame } from '@bitrix24/b24jssdk';
import { define, type B24CallStatus, type BX24Like } from '../src/index.js';
import { callCard, type CallCard, type Transport } from '../src/core/index.js';
import { hubFor } from '../src/core/hub.js';
import { loadBX24 } from '../demo/bx24-wire.js';

/** Times of one kind of run, in ms: when the answer was in, and when it was painted. */
export interface Runs {
  answered: number[];
  painted: number[];
}

// When the latest message reached this window, and the first frame after it.
// Registered before either library listens, so it sees each message first.
let arrived = 0;
let arrivalFrame: Promise<number> = Promise.resolve(0);
window.addEventListener('message', () => {
  arrived = performance.now();
  arrivalFrame = nextFrame().then((f) => f.stamp);
});

// Timers pending on this page, so churn can tell whether any were left running.
const timers = new Set<number>();
const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
Object.assign(window, {
  setTimeout: (fn: () => void, ms?: number, ...args: unknown[]) => {
    const id: number = set(() => (timers.delete(id), fn(...(args as []))), ms);
    timers.add(id);
    return id;
  },
  clearTimeout: (id: number) => (timers.delete(id), clear(id)),
  setInterval: (fn: () => void, ms?: number, ...args: unknown[]) => {
    const id = every(fn, ms, ...args);
    timers.add(id);
    return id;
  },
  clearInterval: (id: number) => (timers.delete(id), stop(id)),
});

define();
const lib = new URLSearchParams(location.search).get('lib') === 'bx24' ? 'bx24' : 'b24jssdk';
const [domain, protocol] = window.name.split('|');
const portalOrigin = `${protocol === '1' ? 'https' : 'http'}://${domain}`;
const box = document.body.appendChild(document.createElement('div'));
const plainOut = document.body.appendChild(document.createElement('p'));

/** Resolves in the next animation frame: when its callback ran, and the frame's own time, which tells frames apart. */
function nextFrame(): Promise<{ at: number; stamp: number }> {
  return new Promise((resolve) => requestAnimationFrame((stamp) => resolve({ at: performance.now(), stamp })));
}
const frame = () => nextFrame().then((f) => f.at);

// A run started at a random point of the frame, so waiting for the next one is sampled fairly.
function jitter(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 16.7));
}

function gcHeap(): number {
  const w = window as { gc?: () => void };
  if (!w.gc) throw new Error('no gc(): start Chromium with --js-flags=--expose-gc');
  w.gc();
  w.gc();
  return (performance as { memory?: { usedJSHeapSize: number } }).memory!.usedJSHeapSize;
}

async function connect(): Promise<{ transport: B24Frame | BX24Like; getStatus: () => Promise<unknown> }> {
  if (lib === 'bx24') {
    const bx = loadBX24();
    await new Promise<void>((resolve) => bx.init(resolve));
    return { transport: bx, getStatus: () => new Promise((resolve) => bx.placement.call('getStatus', {}, resolve)) };
  }
  const $b24 = await initializeB24Frame();
  return { transport: $b24, getStatus: () => $b24.placement.call('getStatus', {}) };
}
const ready = connect();

/**
 * The same library under a new object: the page hub is per transport and keeps
 * the page's current status, so a copy makes each run read cold, as a freshly
 * opened card does.
 */
function coldCopy(transport: B24Frame | BX24Like): unknown {
  // Only BX24 has placement.info(); a B24Frame keeps its state in private fields, so it is delegated to.
  if (typeof (transport as BX24Like).placement.info === 'function') return { ...transport };
  const $b24 = transport as B24Frame;
  return {
    getLang: () => $b24.getLang(),
    placement: $b24.placement,
    slider: $b24.slider,
    // REST for the CRM names: the same library's batch, under the copy (so names are read cold too).
    actions: $b24.actions,
  };
}

function mount(transport: unknown, names = false): B24CallStatus {
  const el = document.createElement('b24-call-status');
  // Names cost a REST batch per cold transport: only the names bench asks (the libraries throttle REST).
  el.noCrmNames = !names;
  el.transport = transport as B24Frame;
  box.append(el);
  return el;
}

/** Resolves once `el` reflects state="ready" (set after its render). */
function readyState(el: HTMLElement): Promise<void> {
  return within(
    new Promise<void>((resolve) => {
      if (el.getAttribute('state') === 'ready') return resolve();
      const observer = new MutationObserver(() => {
        if (el.getAttribute('state') !== 'ready') return;
        observer.disconnect();
        resolve();
      });
      observer.observe(el, { attributes: true, attributeFilter: ['state'] });
    }),
    'never ready'
  );
}

/** `p`, or a rejection naming `what` after 10 s: a bench that stalls says where. */
function within<T>(p: Promise<T>, what: string): Promise<T> {
  let timer = 0;
  const limit = new Promise<never>((_, reject) => (timer = window.setTimeout(() => reject(new Error(`${what} (10 s)`)), 10_000)));
  return Promise.race([p, limit]).finally(() => clearTimeout(timer));
}

/** Resolves once `el` fired `name`; rejects on a b24-error, so a failed read cannot pass for a fast one. */
function once(el: EventTarget, name: string): Promise<void> {
  return within(
    new Promise((resolve, reject) => {
      el.addEventListener(name, () => resolve(), { once: true });
      el.addEventListener('b24-error', (e) => reject(new Error(`b24-error ${JSON.stringify((e as CustomEvent).detail)}`)), { once: true });
    }),
    `no ${name}`
  );
}

function echo(): Promise<void> {
  const id = `bench-echo:${Math.random()}`;
  return new Promise((resolve) => {
    const back = (e: MessageEvent) => {
      if (e.data !== id) return;
      window.removeEventListener('message', back);
      resolve();
    };
    window.addEventListener('message', back);
    window.parent.postMessage(id, portalOrigin);
  });
}

// Times `runs` runs of `start`, after 5 unrecorded warm-up ones: answered, then painted in the next frame.
async function time(runs: number, start: () => Promise<unknown>, after: () => void = () => {}): Promise<Runs> {
  const out: Runs = { answered: [], painted: [] };
  for (let i = -5; i < runs; i++) {
    await jitter();
    const t0 = performance.now();
    await start();
    const t1 = performance.now();
    const t2 = await frame();
    after();
    if (i < 0) continue;
    out.answered.push(t1 - t0);
    out.painted.push(t2 - t0);
  }
  return out;
}

/** A fresh element per run on a cold copy of the transport, until `answered`; each run checks it painted the status. */
async function coldRuns(runs: number, answered: (el: B24CallStatus) => Promise<unknown>, ok: (el: B24CallStatus) => boolean): Promise<Runs> {
  const { transport } = await ready;
  let el: B24CallStatus | undefined;
  return time(
    runs,
    async () => {
      el = mount(coldCopy(transport));
      await answered(el);
    },
    () => {
      if (!el || !ok(el) || !el.shadowRoot?.textContent?.includes('+19999999666')) throw new Error('not painted');
      el.remove();
    }
  );
}

const bench = {
  lib,
  ready: ready.then(() => true),

  /** The median time between two animation frames. */
  async frameInterval(n = 60): Promise<number> {
    const t = [await frame()];
    for (let i = 0; i < n; i++) t.push(await frame());
    const d = t.slice(1).map((v, i) => v - t[i]).sort((a, b) => a - b);
    return d[d.length >> 1];
  },

  /** The floor: a bare postMessage to the portal and back. */
  roundTrip: (runs: number) => time(runs, echo),

  /** The client library alone: getStatus, its answer written to the page. */
  async plainCall(runs: number): Promise<Runs> {
    const { getStatus } = await ready;
    return time(runs, async () => {
      const status = (await getStatus()) as { CALL_STATE?: string; PHONE_NUMBER?: string };
      plainOut.textContent = `${status.CALL_STATE} ${status.PHONE_NUMBER}`;
    });
  },

  /** A fresh element per run, on the transport already initialised; answered = getStatus applied. */
  firstStatus: (runs: number) =>
    // When getStatus says what the options said there is no second b24-status-change: watch `state` instead.
    coldRuns(runs, readyState, (el) => el.getAttribute('state') === 'ready'),

  /**
   * The core alone: `callCard()` on a cold copy of the transport per run, until
   * its first snapshot with state 'ready' (which the subscriber writes to the
   * page, as plainCall does); painted = the next frame. Each run checks the text.
   */
  async coreReady(runs: number): Promise<Runs> {
    const { transport } = await ready;
    let card: CallCard | undefined;
    return time(
      runs,
      () => {
        plainOut.textContent = '';
        card = callCard(coldCopy(transport) as Transport, { names: false });
        const c = card;
        return within(
          new Promise<void>((resolve, reject) =>
            c.subscribe((snapshot) => {
              if (snapshot.state === 'error') reject(new Error(`error snapshot ${JSON.stringify(snapshot.error)}`));
              if (snapshot.state !== 'ready') return;
              plainOut.textContent = `${snapshot.status?.CALL_STATE} ${snapshot.status?.PHONE_NUMBER}`;
              resolve();
            })
          ),
          'no ready snapshot'
        );
      },
      () => {
        if (!plainOut.textContent?.includes('+19999999666')) throw new Error('core: status not written');
        card?.dispose();
      }
    );
  },

  /** As firstStatus, but answered = the placement options applied: the first paint, before getStatus answers. */
  firstPaint: (runs: number) =>
    coldRuns(
      runs,
      async (el) => {
        await once(el, 'b24-status-change');
        await el.updateComplete;
      },
      () => true
    ),

  /**
   * From getStatus painted (state="ready") to the CRM name painted: one REST
   * batch to the portal origin per run, on a cold transport copy.
   */
  async namesPaint(runs: number): Promise<Runs> {
    const { transport } = await ready;
    const out: Runs = { answered: [], painted: [] };
    for (let i = -3; i < runs; i++) {
      await jitter();
      const copy = coldCopy(transport);
      const el = mount(copy, true);
      await readyState(el);
      const t0 = performance.now();
      await within(
        new Promise<void>((resolve) => {
          const seen = () => el.shadowRoot?.textContent?.includes('Ivan Petrov');
          if (seen()) return resolve();
          const observer = new MutationObserver(() => seen() && (observer.disconnect(), resolve()));
          observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
        }),
        `no CRM name in: ${el.shadowRoot?.textContent?.replace(/\s+/g, ' ')}`
      );
      const t1 = performance.now();
      const t2 = await frame();
      el.remove();
      if (i < 0) continue;
      out.answered.push(t1 - t0);
      out.painted.push(t2 - t0);
    }
    return out;
  },

  /** One element with its status, past b24jssdk's bind window, for eventToPaint. */
  async eventSetup(): Promise<void> {
    const { transport } = await ready;
    box.replaceChildren();
    const el = mount(transport);
    await once(el, 'b24-status-change');
    // b24jssdk hands an event fired within ~900 ms of the bind to the bind's promise; wait it out.
    await new Promise((r) => setTimeout(r, 1000));
  },

  /**
   * CallStateChanged, asked of the portal after a random wait: from its arrival
   * here to the new state painted, and whether that was the first frame after it.
   */
  async eventToPaint(events: number): Promise<{ rendered: number[]; painted: number[]; sameFrame: number }> {
    const el = box.firstElementChild as B24CallStatus;
    const out = { rendered: [] as number[], painted: [] as number[], sameFrame: 0 };
    for (let i = -5; i < events; i++) {
      const state = el.callState === 'connected' ? 'connecting' : 'connected';
      const changed = once(el, 'b24-call-state-change');
      await jitter();
      window.parent.postMessage({ benchFire: state }, portalOrigin);
      await changed;
      await el.updateComplete;
      const t0 = arrived;
      const t1 = performance.now();
      const [first, painted] = await Promise.all([arrivalFrame, nextFrame()]);
      if (el.getAttribute('call-state') !== state) throw new Error('state not painted');
      if (i < 0) continue;
      out.rendered.push(t1 - t0);
      out.painted.push(painted.at - t0);
      if (first === painted.stamp) out.sameFrame++;
    }
    return out;
  },

  /** `n` elements on a fresh page: time until all are painted, heap per element, then one event fanned out to all. */
  async scale(n: number): Promise<{ painted: number; heapPerElement: number; eventPainted: number }> {
    const { transport } = await ready;
    const before = gcHeap();
    let shown = 0;
    const all = new Promise<void>((resolve) =>
      box.addEventListener('b24-status-change', () => ++shown === n && resolve())
    );
    const t0 = performance.now();
    const els = Array.from({ length: n }, () => mount(transport));
    await within(all, 'not every element got its status');
    await Promise.all(els.map((e) => e.updateComplete));
    const painted = (await frame()) - t0;
    const heapPerElement = (gcHeap() - before) / n;
    await new Promise((r) => setTimeout(r, 1000));
    let changed = 0;
    const fanned = new Promise<void>((resolve) =>
      box.addEventListener('b24-call-state-change', () => ++changed === n && resolve())
    );
    // The portal outlives the page, and its call state with it: ask for another one.
    const state = els[0].callState === 'connected' ? 'connecting' : 'connected';
    window.parent.postMessage({ benchFire: state }, portalOrigin);
    await within(fanned, 'the event reached not every element');
    await Promise.all(els.map((e) => e.updateComplete));
    const eventPainted = (await frame()) - arrived;
    if (els.some((e) => e.getAttribute('call-state') !== state)) throw new Error('not all painted');
    return { painted, heapPerElement, eventPainted };
  },

  /** Mount, first render, remove, `cycles` times; then the heap after GC, and the subscriptions and timers left. */
  async churn(cycles: number): Promise<{ perCycle: number; heapGrowth: number; listeners: number; timers: number }> {
    const { transport } = await ready;
    const hub = hubFor(transport)!;
    const cycle = async () => {
      const el = mount(transport);
      await el.updateComplete;
      el.remove();
    };
    // The status read, not the first b24-status-change (the placement options give that a microtask
    // after connect): the loop never yields a task, so a read still in flight would be joined by every
    // cycle and hold each disposed handle (and its time bound) until it answers.
    const settle = async () => {
      await readyState(mount(transport));
      box.replaceChildren();
    };
    // Chromium keeps a removed <details> (and its element) until a task has run: the heap is read after one.
    const task = () => new Promise((resolve) => set(resolve));
    await settle();
    for (let i = 0; i < 200; i++) await cycle();
    await settle();
    await task();
    const before = gcHeap();
    const listeners = hub.clients.size;
    const pending = timers.size;
    const t0 = performance.now();
    for (let i = 0; i < cycles; i++) await cycle();
    const perCycle = (performance.now() - t0) / cycles;
    await settle();
    // Counted before any task runs, so nothing the cycles started has had a chance to run out; then
    // nothing of them may stay reachable.
    const left = { listeners: hub.clients.size - listeners, timers: timers.size - pending };
    await task();
    return { perCycle, heapGrowth: gcHeap() - before, ...left };
  },
};

export type AppBench = typeof bench;
(window as unknown as { bench: AppBench }).bench = bench;
