/**
 * callCard(): the call's data without the element, over the three kinds of
 * transport (the BX24 stand-in, the B24Frame stand-in, a plain transport).
 * The real b24jssdk across two origins is in test/e2e/call-card.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { callCard, type CallCard, type CallCardSnapshot } from '../src/core/index.js';
import { clock } from '../src/core/time.js';
import '../src/index.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { DOC_STATUS, type FakePortal, type PortalOptions } from './support/fake-portal.js';
import { createFrame } from './support/frame-stand-in.js';
import { nextTasks, place, removeAll, settled } from './support/mount.js';
import { createPlain } from './support/plain-stand-in.js';

function bx24(o?: PortalOptions) {
  const { BX24, portal } = createBX24(o);
  return { transport: BX24 as unknown, portal };
}

const KINDS: Array<[string, (o?: PortalOptions) => { transport: unknown; portal: FakePortal }]> = [
  ['BX24', bx24],
  ['B24Frame', (o) => {
    const { frame, portal } = createFrame(o);
    return { transport: frame, portal };
  }],
  ['plain', (o) => createPlain(o)],
];

const cards: CallCard[] = [];
const open = (transport: unknown, options?: Parameters<typeof callCard>[1]) => {
  const card = callCard(transport as never, options);
  cards.push(card);
  return card;
};
const ready = (card: CallCard) => waitUntil(() => card.getSnapshot().state !== 'loading', 'still loading', { timeout: 8000 });

afterEach(() => {
  cards.splice(0).forEach((c) => c.dispose());
  removeAll();
});

for (const [name, create] of KINDS) {
  describe(`callCard() over ${name}`, () => {
    it('reads the status: subscribe hears the snapshot at once, then each change; the snapshot is frozen and stable', async () => {
      const { transport, portal } = create();
      const card = open(transport);
      const heard: CallCardSnapshot[] = [];
      card.subscribe((s) => heard.push(s));
      expect(heard.length, 'called at once, exactly once').to.equal(1);
      await ready(card);
      const snapshot = card.getSnapshot();
      expect(snapshot.state).to.equal('ready');
      expect(snapshot.status).to.include({ CALL_ID: DOC_STATUS.CALL_ID, PHONE_NUMBER: DOC_STATUS.PHONE_NUMBER });
      expect(snapshot.stale).to.equal(false);
      expect(Object.isFrozen(snapshot)).to.equal(true);
      expect(card.getSnapshot(), 'the same object until something changes').to.equal(snapshot);
      expect(heard.at(-1)).to.equal(snapshot);
      expect(portal.count('getStatus')).to.equal(1);
    });

    it('fires the element events with the same classes and details, never inside callCard()', async () => {
      const { transport, portal } = create();
      const card = open(transport);
      const changes: Event[] = [];
      // Added in the same task as callCard(): must hear the first status.
      card.addEventListener('b24-status-change', (e) => changes.push(e));
      await ready(card);
      await waitUntil(() => changes.length > 0);
      const first = changes[0] as CustomEvent & { detail: { previous: unknown; status: { CALL_ID?: string } } };
      expect(first.constructor.name).to.equal('StatusChangeEvent');
      expect(first.detail.previous).to.equal(undefined);
      expect(first.detail.status.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
      const order: string[] = [];
      card.addEventListener('b24-call-state-change', (e) => order.push(`event ${e.detail.state}`));
      card.subscribe((s) => order.push(`snapshot ${s.status?.CALL_STATE}`));
      await waitUntil(() => portal.bindCount('CallCard::CallStateChanged') > 0);
      portal.fire('CallCard::CallStateChanged', 'connected');
      await waitUntil(() => order.length === 3);
      expect(order, 'subscribers at once, events a microtask later').to.deep.equal(['snapshot idle', 'snapshot connected', 'event connected']);
    });

    it('a handle made while the page status is current starts ready, costs no host call, and still fires its first status', async () => {
      const { transport, portal } = create();
      await ready(open(transport));
      const second = open(transport);
      expect(second.getSnapshot().state).to.equal('ready');
      let first: unknown = null;
      second.subscribe((s) => (first ??= s.status?.CALL_ID));
      expect(first, 'the first subscribe call has the status').to.equal(DOC_STATUS.CALL_ID);
      const heard: Array<{ previous: unknown }> = [];
      second.addEventListener('b24-status-change', (e) => heard.push(e.detail));
      await nextTasks(1);
      expect(heard.length).to.equal(1);
      expect(heard[0].previous).to.equal(undefined);
      expect(portal.count('getStatus'), 'one getStatus for the page').to.equal(1);
    });

    it('keepOpen(): disableAutoClose once for the page; enableAutoClose when the last hold, elements included, goes', async () => {
      const { transport, portal } = create();
      const card = open(transport);
      await ready(card);
      const release = card.keepOpen();
      const el = place(transport, { 'keep-open': '' });
      await settled(el);
      await waitUntil(() => portal.count('disableAutoClose') > 0);
      expect(portal.count('disableAutoClose')).to.equal(1);
      release();
      release();
      await nextTasks(3);
      expect(portal.count('enableAutoClose'), 'the element still holds it').to.equal(0);
      el.remove();
      await waitUntil(() => portal.count('enableAutoClose') === 1, 'released once the last hold is gone');
      expect(portal.autoCloseBlocked).to.equal(false);
    });

    it('dispose(): nothing more reaches its subscribers or listeners, and its holds are released', async () => {
      const { transport, portal } = create();
      const card = open(transport);
      await ready(card);
      card.keepOpen();
      await waitUntil(() => portal.count('disableAutoClose') > 0);
      let calls = 0;
      let events = 0;
      card.subscribe(() => calls++);
      card.addEventListener('b24-call-state-change', () => events++);
      const before = calls;
      await waitUntil(() => portal.bindCount('CallCard::CallStateChanged') > 0);
      card.dispose();
      portal.fire('CallCard::CallStateChanged', 'connected');
      await nextTasks(3);
      expect(calls).to.equal(before);
      expect(events).to.equal(0);
      await waitUntil(() => portal.count('enableAutoClose') === 1);
    });
  });
}

describe('callCard(): the rest of its contract', () => {
  it('a subscriber that throws stops neither the others nor the card, and its error is reported', async () => {
    const { transport } = createPlain();
    const card = open(transport);
    const reported: unknown[] = [];
    const onError = (e: ErrorEvent) => {
      reported.push(e.error);
      e.preventDefault();
    };
    const mochaOnError = window.onerror;
    window.onerror = null;
    window.addEventListener('error', onError);
    try {
      const boom = new Error('listener bug');
      card.subscribe(() => {
        throw boom;
      });
      const seen: string[] = [];
      card.subscribe((s) => seen.push(s.state));
      await ready(card);
      expect(seen.at(-1)).to.equal('ready');
      await nextTasks(1);
      expect(reported).to.include(boom);
    } finally {
      window.removeEventListener('error', onError);
      window.onerror = mochaOnError;
    }
  });

  it('CRM names: in the snapshot keyed TYPE:ID, one batch; none and no request with names: false', async () => {
    const { BX24, portal } = createBX24();
    const card = open(BX24);
    await waitUntil(() => card.getSnapshot().names['CONTACT:797'], 'no names');
    expect(card.getSnapshot().names).to.deep.equal({ 'CONTACT:797': 'Ivan Petrov', 'DEAL:4615': 'Website redesign', 'COMPANY:643': 'Acme LLC' });
    expect(portal.rest.count()).to.equal(1);
    const other = createBX24();
    const plainCard = open(other.BX24, { names: false });
    await ready(plainCard);
    await nextTasks(5);
    expect(plainCard.getSnapshot().names).to.deep.equal({});
    expect(other.portal.rest.count()).to.equal(0);
  });

  it('open(): the item opens in the portal; false for a type with no details page or no host', async () => {
    const { transport, portal } = createPlain();
    const card = open(transport);
    await ready(card);
    expect(card.open('CONTACT', 797)).to.equal(true);
    await waitUntil(() => portal.opened.length === 1);
    expect(portal.opened).to.deep.equal(['/crm/contact/details/797/']);
    expect(card.open('DYNAMIC_1', 5)).to.equal(false);
    expect(card.open('CONTACT', -1)).to.equal(false);
    expect(open({ nothing: true }).open('CONTACT', 797)).to.equal(false);
  });

  it('a silent host ends in TIMEOUT after options.timeout, with a b24-error; refresh() reads again', async () => {
    const { transport, portal } = createPlain({ silent: true });
    const card = open(transport, { timeout: 80 });
    const errors: Array<{ code: string; retryable: boolean }> = [];
    card.addEventListener('b24-error', (e) => errors.push(e.detail));
    await ready(card);
    expect(card.getSnapshot().error).to.deep.equal({ code: 'TIMEOUT', retryable: true });
    await nextTasks(1);
    expect(errors).to.deep.equal([{ code: 'TIMEOUT', retryable: true }]);
    portal.silent = false;
    const status = await card.refresh();
    expect(status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    expect(card.getSnapshot().state).to.equal('ready');
  });

  it('dispose() ends a read that waits for a silent host at once, not at its timeout', async () => {
    const { transport } = createPlain({ silent: true });
    const card = open(transport, { timeout: 60_000 });
    const start = performance.now();
    const reading = card.refresh();
    await nextTasks(1);
    card.dispose();
    expect(await reading).to.equal(undefined);
    expect(performance.now() - start, 'ms until the read let go').to.be.below(1000);
  });

  it('nothing the host does throws at the caller: hostile and missing transports give the element codes', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const hostile = [revoked.proxy, { call: () => Promise.reject(new Error('x')) }, null, 42];
    const codes: string[] = [];
    for (const t of hostile) {
      let card!: CallCard;
      expect(() => (card = open(t))).not.to.throw();
      await ready(card);
      codes.push(card.getSnapshot().error!.code);
    }
    expect(codes).to.deep.equal(['NO_APP_CONTEXT', 'HOST_ERROR', 'NO_APP_CONTEXT', 'NO_APP_CONTEXT']);
  });

  it('connectedAt while connected, talkTime after, the same for every handle of the page', async () => {
    const now = clock.now;
    let t = 1_000_000;
    clock.now = () => t;
    try {
      const { transport, portal } = createPlain({ status: { ...DOC_STATUS, CALL_STATE: 'connecting' } });
      const card = open(transport);
      await ready(card);
      await waitUntil(() => portal.bindCount('CallCard::CallStateChanged') > 0);
      expect(card.getSnapshot().connectedAt).to.equal(undefined);
      portal.fire('CallCard::CallStateChanged', 'connected');
      expect(card.getSnapshot().connectedAt).to.equal(1_000_000);
      t += 5000;
      const later = open(transport);
      expect(later.getSnapshot().connectedAt, 'a later handle agrees').to.equal(1_000_000);
      t += 7000;
      portal.fire('CallCard::CallStateChanged', 'idle');
      expect(card.getSnapshot().connectedAt).to.equal(undefined);
      expect(card.getSnapshot().talkTime).to.equal(12_000);
      expect(later.getSnapshot().talkTime).to.equal(12_000);
    } finally {
      clock.now = now;
    }
  });

  it('imports in a page with no import map, and touches no browser global at import', async () => {
    // The module graph of the core names only relative files (no bare package imports).
    const seen = new Set<string>();
    const queue = [new URL('../src/core/index.ts', import.meta.url).href];
    while (queue.length) {
      const url = queue.pop()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const source = await (await fetch(url)).text();
      for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]/g)) {
        expect(spec.startsWith('.'), `${url} imports ${spec}`).to.equal(true);
        queue.push(new URL(spec.replace(/\.js$/, '.ts'), url).href);
      }
    }
    expect(seen.size).to.be.above(10);
  });
});
