import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { CALL_CARD_EVENTS } from '../src/core/adapters/index.js';
import { hubFor, KEEP_OPEN_EVERY_MS } from '../src/core/hub.js';
import { createBX24 } from './support/bx24-stand-in.js';
import type { FakePortal, PortalOptions } from './support/fake-portal.js';
import { createFrame } from './support/frame-stand-in.js';
import { mount, parts, place, recordEvents, removeAll, settled } from './support/mount.js';

// The B24Frame stand-in's 900 ms windows, scaled down so the suite stays fast.
const SAFELY_MS = 30;

const flavours = [
  {
    name: 'BX24',
    make: (o: PortalOptions = {}) => {
      const { BX24, portal } = createBX24(o);
      return { transport: BX24 as object, portal };
    },
  },
  {
    name: 'B24Frame',
    make: (o: PortalOptions = {}) => {
      const { frame, portal } = createFrame({ safelyMs: SAFELY_MS, ...o });
      return { transport: frame as object, portal };
    },
  },
];

/** Wait for the page's one bind per event, then past the B24Frame's early-event window. */
async function bound(portal: FakePortal) {
  await waitUntil(() => CALL_CARD_EVENTS.every((e) => portal.bindCount(e) === 1), 'events never bound');
  await aTimeout(SAFELY_MS + 10);
}

afterEach(removeAll);

for (const { name, make } of flavours) {
  describe(`live updates with ${name}`, () => {
    it('applies CallStateChanged without a read, and drops a second argument', async () => {
      const { transport, portal } = make();
      const el = await mount(transport);
      await bound(portal);
      const events = recordEvents(el);
      portal.fire('CallCard::CallStateChanged', 'connecting', { failedCode: 0 });
      await waitUntil(() => el.getAttribute('call-state') === 'connecting', 'call-state not updated');
      expect(events.map((e) => e.type)).to.deep.equal(['b24-status-change', 'b24-call-state-change']);
      expect(events[1].detail).to.deep.equal({ state: 'connecting', previous: 'idle' });
      expect(el.callState).to.equal('connecting');
      expect(portal.count('getStatus')).to.equal(1);
    });

    it('binds as soon as the placement is right, so events flow while getStatus fails', async () => {
      const { transport, portal } = make({ status: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' } });
      const el = await mount(transport);
      expect(el.error?.code).to.equal('QUERY_LIMIT_EXCEEDED');
      await bound(portal);
      portal.status = { PHONE_NUMBER: '+15550002' };
      const entity = oneEvent(el, 'b24-entity-change');
      portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+15550002' });
      expect((await entity).detail.PHONE_NUMBER).to.equal('+15550002');
      await waitUntil(() => el.state === 'ready', 'the read after EntityChanged did not recover');
      expect(el.status?.PHONE_NUMBER).to.equal('+15550002');
    });

    it('on EntityChanged fires the normalised entity, then reads once and fires b24-status-change', async () => {
      const { transport, portal } = make();
      const el = await mount(transport);
      await bound(portal);
      portal.status = { ...(portal.status as object), PHONE_NUMBER: '+15550001', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 42 };
      const entity = oneEvent(el, 'b24-entity-change');
      const changed = oneEvent(el, 'b24-status-change');
      portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+15550001', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: '42' });
      expect((await entity).detail).to.deep.equal({ PHONE_NUMBER: '+15550001', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 42 });
      const { detail } = await changed;
      expect(detail.previous?.CRM_ENTITY_ID).to.equal(797);
      expect(detail.status.CRM_ENTITY_ID).to.equal(42);
      expect(portal.count('getStatus')).to.equal(2);
    });

    it('fires b24-before-close each time BeforeClose arrives', async () => {
      const { transport, portal } = make();
      const el = await mount(transport);
      await bound(portal);
      const events = recordEvents(el);
      portal.fire('CallCard::BeforeClose');
      portal.fire('CallCard::BeforeClose');
      // Events go out a microtask after the change.
      await Promise.resolve();
      expect(events.map((e) => e.type)).to.deep.equal(['b24-before-close', 'b24-before-close']);
    });

    it('delivers an event fired right after the bind', async () => {
      const { transport, portal } = make();
      const el = await mount(transport);
      await waitUntil(() => portal.bindCount('CallCard::CallStateChanged') === 1, 'never bound');
      const changed = oneEvent(el, 'b24-call-state-change');
      portal.fire('CallCard::CallStateChanged', 'connected');
      expect((await changed).detail.state).to.equal('connected');
    });

    it('gives a disconnected element nothing', async () => {
      const { transport, portal } = make();
      const kept = await mount(transport);
      const gone = await mount(transport);
      await bound(portal);
      gone.remove();
      const goneEvents = recordEvents(gone);
      const keptEvents = recordEvents(kept);
      portal.fire('CallCard::CallStateChanged', 'connected');
      portal.fire('CallCard::BeforeClose');
      portal.fire('CallCard::EntityChanged', { CRM_ENTITY_ID: 5 });
      await waitUntil(() => keptEvents.some((e) => e.type === 'b24-entity-change'), 'the connected one heard nothing');
      await aTimeout(20);
      expect(goneEvents).to.deep.equal([]);
      expect(gone.callState).to.equal('idle');
    });

    it('keeps listeners and binds at their baseline over 1000 mount/remove cycles', async () => {
      const { transport, portal } = make();
      await mount(transport);
      await bound(portal);
      const hub = hubFor(transport)!;
      const baseline = hub.clients.size;
      expect(baseline).to.equal(1);
      for (let i = 0; i < 1000; i++) place(transport).remove();
      const last = await mount(transport);
      last.remove();
      expect(hub.clients.size).to.equal(baseline);
      for (const event of CALL_CARD_EVENTS) {
        expect(portal.bindCount(event), event).to.equal(1);
      }
    });

    it('shares one getStatus among 25 elements mounted together', async () => {
      const { transport, portal } = make({ delay: 20 });
      const els = Array.from({ length: 25 }, () => place(transport));
      await Promise.all(els.map((el) => settled(el)));
      expect(els.every((el) => el.state === 'ready')).to.equal(true);
      expect(portal.count('getStatus')).to.equal(1);
      // The one shared status is frozen: no page code can change what the other elements show.
      const [first, second] = els;
      expect(first.status).to.equal(second.status);
      expect(() => ((first.status as { PHONE_NUMBER?: string }).PHONE_NUMBER = 'edited')).to.throw(TypeError);
      expect(() => first.status!.CRM_BINDINGS.push({ ENTITY_TYPE: 'LEAD', ENTITY_ID: 1 })).to.throw(TypeError);
      expect(second.status!.PHONE_NUMBER).to.equal('+19999999666');
      expect(second.status!.CRM_BINDINGS).to.have.length(2);
    });

    it('opens a CRM item through the host unless b24-entity-open is cancelled', async () => {
      const { transport, portal } = make();
      const el = await mount(transport);
      const [deal, company] = parts(el, 'binding');
      expect(deal.tagName).to.equal('BUTTON');
      el.addEventListener('b24-entity-open', (e) => e.preventDefault(), { once: true });
      const cancelled = oneEvent(el, 'b24-entity-open');
      deal.click();
      const ev = await cancelled;
      expect(ev.detail).to.deep.equal({ ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615, path: '/crm/deal/details/4615/' });
      expect(ev.defaultPrevented).to.equal(true);
      company.click();
      await waitUntil(() => portal.opened.length > 0, 'openPath never sent');
      expect(portal.opened).to.deep.equal(['/crm/company/details/643/']);
    });
  });
}

describe('keep-open', () => {
  // Captures the hub's repeat timer, so 50 s pass in no time.
  function fakeInterval() {
    const real = { set: globalThis.setInterval, clear: globalThis.clearInterval };
    const timers = new Map<number, { fn: () => void; ms: number }>();
    let next = 1;
    globalThis.setInterval = ((fn: () => void, ms: number) => (timers.set(next, { fn, ms }), next++)) as typeof setInterval;
    globalThis.clearInterval = ((id: number) => timers.delete(id)) as typeof clearInterval;
    return { timers, restore: () => ((globalThis.setInterval = real.set), (globalThis.clearInterval = real.clear)) };
  }

  for (const { name, make } of flavours) {
    it(`with ${name}: disables auto-close, repeats before 65 s and after BeforeClose, enables once at the last release`, async () => {
      const { transport, portal } = make();
      const clock = fakeInterval();
      try {
        const a = await mount(transport, { 'keep-open': '' });
        const b = await mount(transport);
        await waitUntil(() => portal.count('disableAutoClose') === 1, 'no disableAutoClose');
        expect(portal.autoCloseBlocked).to.equal(true);
        expect(clock.timers.size).to.equal(1);
        const [timer] = clock.timers.values();
        expect(timer.ms).to.be.below(65_000).and.to.equal(KEEP_OPEN_EVERY_MS);
        timer.fn();
        await waitUntil(() => portal.count('disableAutoClose') === 2, 'not repeated by the timer');
        await bound(portal);
        portal.fire('CallCard::BeforeClose');
        await waitUntil(() => portal.count('disableAutoClose') === 3, 'not repeated after BeforeClose');
        b.keepOpen = true;
        a.keepOpen = false;
        await b.updateComplete;
        await a.updateComplete;
        expect(portal.count('enableAutoClose')).to.equal(0);
        b.remove();
        await waitUntil(() => portal.count('enableAutoClose') === 1, 'no enableAutoClose');
        expect(clock.timers.size).to.equal(0);
        expect(portal.autoCloseBlocked).to.equal(false);
        portal.fire('CallCard::BeforeClose');
        await aTimeout(20);
        expect(portal.count('disableAutoClose')).to.equal(3);
        expect(portal.count('enableAutoClose')).to.equal(1);
      } finally {
        clock.restore();
      }
    });
  }
});

describe('keep-open attribute values', () => {
  it('reads keep-open="false" as off (what Vue writes for :keep-open="false"), and a bare attribute as on', async () => {
    const { BX24, portal } = createBX24();
    const off = await mount(BX24, { 'keep-open': 'false' });
    expect(off.keepOpen).to.equal(false);
    expect(portal.count('disableAutoClose')).to.equal(0);
    off.setAttribute('keep-open', '');
    expect(off.keepOpen).to.equal(true);
    await waitUntil(() => portal.count('disableAutoClose') === 1, 'a bare keep-open did not keep the card open');
    off.keepOpen = false;
    await off.updateComplete;
    expect(off.hasAttribute('keep-open')).to.equal(false);
    await waitUntil(() => portal.count('enableAutoClose') === 1, 'no enableAutoClose');
  });
});

describe('CRM items that cannot be opened', () => {
  it('are plain text for unknown types, and dropped for non-positive ids', async () => {
    const { BX24 } = createBX24({
      status: {
        CRM_ENTITY_TYPE: 'QUOTE',
        CRM_ENTITY_ID: 5,
        CRM_BINDINGS: [
          { ENTITY_TYPE: 'SMART_INVOICE', ENTITY_ID: 7 },
          { ENTITY_TYPE: 'DEAL', ENTITY_ID: 0 },
          { ENTITY_TYPE: 'DEAL', ENTITY_ID: -3 },
        ],
      },
    });
    const el: B24CallStatus = await mount(BX24);
    // Quotes and smart invoices have details pages now; only an unknown type would be plain text.
    expect(parts(el, 'crm').map((p) => p.localName)).to.deep.equal(['button']);
    expect(parts(el, 'binding').map((p) => p.localName)).to.deep.equal(['button']);
  });
});
