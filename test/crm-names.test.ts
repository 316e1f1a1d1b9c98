import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CrmNamesController } from '../src/internal/crm-names.js';
import { restFor, type Rest } from '../src/rest.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { createFrame } from './support/frame-stand-in.js';
import { uncaughtDuring } from './support/mount.js';

const DOC_ITEMS = [
  { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 797 },
  { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
  { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 },
];

/** The least a controller needs from its element: it counts the updates asked for. */
class TinyHost implements ReactiveControllerHost {
  controllers: ReactiveController[] = [];
  updates = 0;
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
    return this;
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

function names() {
  const host = new TinyHost();
  const ctrl = new CrmNamesController(host);
  host.connect();
  return { host, ctrl };
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
};
const settle = (ms = 60) => new Promise((r) => setTimeout(r, ms));

function legacy() {
  const { BX24, portal } = createBX24();
  return { portal, rest: restFor(BX24)!, batches: () => portal.rest.count('batch'), rows: () => portal.rest.requests.flatMap((r) => r.commands ?? []) };
}

describe('CrmNamesController', () => {
  it('reads the names of a status in one batch, and asks the host to render them', async () => {
    const { portal, rest, batches } = legacy();
    const { host, ctrl } = names();
    ctrl.request(rest, DOC_ITEMS, 2000);
    expect(ctrl.name('CONTACT', 797)).to.equal(undefined); // nothing waits for the answer
    await until(() => host.updates > 0);
    expect(ctrl.name('CONTACT', 797)).to.equal('Ivan Petrov');
    expect(ctrl.name('DEAL', 4615)).to.equal('Website redesign');
    expect(ctrl.name('COMPANY', 643)).to.equal('Acme LLC');
    expect(batches()).to.equal(1);
    expect(portal.rest.count()).to.equal(1);
    expect(host.updates).to.equal(1);
  });

  it('names every type the status can carry, over b24jssdk too', async () => {
    const { frame, portal } = createFrame();
    const { host, ctrl } = names();
    const items = [
      { ENTITY_TYPE: 'LEAD', ENTITY_ID: 311 },
      { ENTITY_TYPE: 'QUOTE', ENTITY_ID: 18 },
      { ENTITY_TYPE: 'SMART_INVOICE', ENTITY_ID: 25 },
      { ENTITY_TYPE: 'DYNAMIC_128', ENTITY_ID: 7 },
    ];
    ctrl.request(restFor(frame), items, 2000);
    await until(() => host.updates > 0);
    expect(items.map((i) => ctrl.name(i.ENTITY_TYPE, i.ENTITY_ID))).to.deep.equal([
      'Callback request from the site',
      'Quote: support for 2027',
      'Invoice 25 for Acme LLC',
      'Onboarding: Acme LLC',
    ]);
    expect(portal.rest.count()).to.equal(1);
  });

  it('never asks again for what the page knows: a new status costs a batch only for new items', async () => {
    const { rest, batches, rows } = legacy();
    const a = names();
    a.ctrl.request(rest, DOC_ITEMS, 2000);
    await until(() => a.host.updates > 0);
    a.ctrl.request(rest, DOC_ITEMS, 2000);
    // Another element of the page on the same transport: the names are there at once.
    const b = names();
    b.ctrl.request(rest, [...DOC_ITEMS].reverse(), 2000);
    expect(b.ctrl.name('DEAL', 4615)).to.equal('Website redesign');
    await settle();
    expect(batches()).to.equal(1);
    a.ctrl.request(rest, [...DOC_ITEMS, { ENTITY_TYPE: 'LEAD', ENTITY_ID: 311 }], 2000);
    await until(() => a.ctrl.name('LEAD', 311) !== undefined);
    expect(batches()).to.equal(2);
    expect(rows().slice(3)).to.deep.equal(['crm.item.get?entityTypeId=1&id=311']);
  });

  it('does not ask twice for items in flight; every element waiting gets its update', async () => {
    const { rest, batches } = legacy();
    const a = names();
    const b = names();
    a.ctrl.request(rest, DOC_ITEMS, 2000);
    b.ctrl.request(rest, DOC_ITEMS.slice(0, 2), 2000);
    a.ctrl.request(rest, DOC_ITEMS, 2000);
    await until(() => a.host.updates > 0 && b.host.updates > 0);
    expect(b.ctrl.name('CONTACT', 797)).to.equal('Ivan Petrov');
    expect(batches()).to.equal(1);
    expect([a.host.updates, b.host.updates]).to.deep.equal([1, 1]);
  });

  it('one batch per request, at most 50 items in it, ids that cannot be asked for skipped, duplicates once', async () => {
    const { rest, batches, rows } = legacy();
    const { ctrl } = names();
    const many = Array.from({ length: 60 }, (_, i) => ({ ENTITY_TYPE: 'DEAL', ENTITY_ID: 10_000 + i }));
    ctrl.request(rest, [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 0 }, { ENTITY_TYPE: 'SMART', ENTITY_ID: 1 }, DOC_ITEMS[0], DOC_ITEMS[0], ...many], 2000);
    await until(() => batches() === 1);
    await settle();
    expect(batches()).to.equal(1);
    expect(rows()).to.have.length(50);
    expect(rows()[0]).to.equal('crm.item.get?entityTypeId=3&id=797');
  });

  it('remembers ACCESS_DENIED and not-found items as nameless for the page', async () => {
    const { portal, rest, batches } = legacy();
    portal.rest.set({ denied: ['DEAL:4615'] });
    const { host, ctrl } = names();
    const items = [...DOC_ITEMS, { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 999 }];
    ctrl.request(rest, items, 2000);
    await until(() => host.updates > 0);
    expect(ctrl.name('DEAL', 4615)).to.equal(undefined);
    expect(ctrl.name('COMPANY', 999)).to.equal(undefined);
    expect(ctrl.name('CONTACT', 797)).to.equal('Ivan Petrov');
    portal.rest.set({ denied: [] });
    ctrl.request(rest, items, 2000);
    await settle();
    expect(batches()).to.equal(1);
  });

  for (const [what, controls, ms] of [
    ['insufficient_scope (per command)', { noScope: true }, 2000],
    ['QUERY_LIMIT_EXCEEDED (503, no callback)', { rateLimited: true }, 150],
    ['a REST that never answers (TIMEOUT)', { hang: true }, 150],
    ['expired_token on every token', { expired: 'always' }, 150],
  ] as const) {
    it(`leaves items unnamed on ${what}, and asks again on a later status`, async () => {
      const { portal, rest, batches } = legacy();
      await new Promise((r) => setTimeout(r, 30)); // init done, so that 'always' covers the first token
      portal.rest.set(controls);
      const { host, ctrl } = names();
      const previous = window.onerror;
      window.onerror = () => true; // the legacy script throws 'Query error!' in its XHR handler on a 503
      try {
        const uncaught = await uncaughtDuring(async () => {
          ctrl.request(rest, DOC_ITEMS, ms);
          await settle(ms + 100);
        });
        expect(uncaught.filter((e) => e !== 'Query error!')).to.deep.equal([]);
      } finally {
        window.onerror = previous;
      }
      expect(ctrl.name('CONTACT', 797)).to.equal(undefined);
      expect(host.updates).to.equal(0);
      expect(batches()).to.be.greaterThan(0);
      portal.rest.set({ noScope: false, rateLimited: false, hang: false, expired: false });
      for (const t of portal.rest.tokens.values()) t.expired = false;
      await settle(); // the legacy script's own endless refresh-and-resend ends now, on its own
      const before = batches();
      ctrl.request(rest, DOC_ITEMS, 2000);
      await until(() => ctrl.name('CONTACT', 797) === 'Ivan Petrov');
      expect(batches()).to.equal(before + 1);
    });
  }

  it('is a no-op without REST, and never throws on hostile input', async () => {
    const { host, ctrl } = names();
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = { get ENTITY_TYPE(): string { throw new Error('x'); }, ENTITY_ID: 1 };
    const badRest = { batch: () => { throw new Error('boom'); } } as unknown as Rest;
    const rejecting = { batch: () => Promise.reject(new Error('boom')) } as unknown as Rest;
    const uncaught = await uncaughtDuring(async () => {
      ctrl.request(undefined, DOC_ITEMS, 100);
      ctrl.request(legacy().rest, [null, undefined, 5, throwing, revoked.proxy] as never, 100);
      ctrl.request(legacy().rest, revoked.proxy as never, 100);
      ctrl.request(badRest, DOC_ITEMS, 100);
      ctrl.request(rejecting, DOC_ITEMS, 100);
      await settle();
    });
    expect(uncaught).to.deep.equal([]);
    expect(host.updates).to.equal(0);
    expect(ctrl.name('CONTACT', 797)).to.equal(undefined);
  });

  it('after hostDisconnected, an answer that comes asks nothing of the host', async () => {
    const { rest, portal } = legacy();
    portal.delay = 50;
    const { host, ctrl } = names();
    ctrl.request(rest, DOC_ITEMS, 2000);
    host.disconnect();
    await settle(150);
    expect(host.updates).to.equal(0);
    // The page still learned the names: a later element has them at once.
    const other = names();
    other.ctrl.request(rest, DOC_ITEMS, 2000);
    expect(other.ctrl.name('CONTACT', 797)).to.equal('Ivan Petrov');
  });
});
