import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { B24CallStatus } from '../../src/index.js';
import { hubFor, type Hub } from '../../src/core/hub.js';
import type { CallCardEvent } from '../../src/core/adapters/index.js';
import { DOC_STATUS } from '../support/fake-portal.js';

// Run with --js-flags=--expose-gc and --enable-precise-memory-info (the gc group).
const { gc } = window as { gc?: () => void };
const heap = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;

/** Forced GC after the current task, so WeakRef targets may go too. */
async function collect() {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => setTimeout(r));
    gc!();
  }
}

/** A plain host whose events the test fires; like the real ones, it keeps every callback. */
function eventHost() {
  const handlers = new Map<string, (payload?: unknown) => void>();
  let n = 0;
  const host = {
    /** The last auto-close command the hub sent. */
    autoClose: '',
    call: async (command: string) => {
      if (command.endsWith('AutoClose')) host.autoClose = command;
      return command === 'getStatus' ? { ...DOC_STATUS, CALL_ID: `c${n++}` } : [];
    },
    bindEvent: (event: string, cb: (payload?: unknown) => void) => void handlers.set(event, cb),
    openPath: () => {},
    fire: (event: CallCardEvent, payload?: unknown) => handlers.get(event)?.(payload),
  };
  return host;
}

const BATCH = 100;

/**
 * Mounts `count` elements in batches, fires every card event at each batch,
 * then removes it. Returns a WeakRef to the last element and the most
 * listeners the hub held at once.
 */
async function churn(host: ReturnType<typeof eventHost>, hub: Hub, count: number) {
  let last: WeakRef<B24CallStatus> | undefined;
  let peak = 0;
  const box = document.createElement('div');
  document.body.append(box);
  for (let done = 0; done < count; done += BATCH) {
    const batch = Array.from({ length: BATCH }, (_, i) => {
      const el = document.createElement('b24-call-status');
      el.transport = host;
      el.keepOpen = i % 2 === 0;
      return el;
    });
    // Events, not waitUntil: its pending timeout would keep the elements alive for a while.
    const ready = batch.map((el) => new Promise((r) => el.addEventListener('b24-status-change', r, { once: true })));
    box.append(...batch);
    await Promise.all(ready);
    peak = Math.max(peak, hub.clients.size);
    host.fire('CallCard::CallStateChanged', done % 2 ? 'idle' : 'connected');
    host.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+100', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: done + 1 });
    host.fire('CallCard::BeforeClose');
    // Half leave at once, with the read the EntityChanged started still in flight.
    batch.slice(0, BATCH / 2).forEach((el) => el.remove());
    await Promise.all(batch.map((el) => el.updateComplete));
    last = new WeakRef(batch[BATCH - 1]);
    box.replaceChildren();
  }
  box.remove();
  return { last: last!, peak };
}

describe('leaks', () => {
  it('5000 elements mounted and removed with events firing: heap grows < 2 MB, the hub keeps none', async () => {
    expect(gc, 'run in the gc group (--expose-gc)').to.be.a('function');
    const host = eventHost();
    const hub = hubFor(host)!;

    // Warm up first: Lit's template caches and the JIT are not leaks.
    await churn(host, hub, 300);
    await collect();
    const baseHeap = heap();
    const baseListeners = hub.clients.size;

    const { last, peak } = await churn(host, hub, 5000);
    await collect();
    const growth = heap() - baseHeap;

    expect(peak, 'the hub really served the elements').to.equal(BATCH);
    expect(hub.clients.size, 'listeners left in the hub').to.equal(baseListeners);
    // The hub sends enableAutoClose only when its last keep-open owner leaves.
    expect(host.autoClose, 'keep-open owners left in the hub').to.equal('enableAutoClose');
    expect(last.deref() === undefined, 'a removed element survived GC').to.equal(true);
    expect(growth, `heap grew ${(growth / 1024).toFixed(0)} KB`).to.be.below(2 * 1024 * 1024);
  });
});
