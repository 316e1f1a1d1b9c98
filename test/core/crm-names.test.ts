import { expect } from '@open-wc/testing';
import { adapterFor, type HostAdapter, type RestAnswer, type RestCalls } from '../../src/core/adapters/index.js';
import { CrmNames, nameKey } from '../../src/core/crm-names.js';
import { CallCardError } from '../../src/core/errors.js';
import { createBX24 } from '../support/bx24-stand-in.js';
import { createFrame } from '../support/frame-stand-in.js';
import { uncaughtDuring } from '../support/mount.js';
import { sleep, until } from './support.js';

const DOC_ITEMS = [
  { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 797 },
  { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
  { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 },
];
const DOC_NAMES = { 'CONTACT:797': 'Ivan Petrov', 'DEAL:4615': 'Website redesign', 'COMPANY:643': 'Acme LLC' };

const settle = (ms = 60) => sleep(ms);

/** An `arrived` callback that counts its calls. */
function listener() {
  const f = Object.assign(() => void f.calls++, { calls: 0 });
  return f;
}

/** CrmNames over the legacy script's adapter, as a hub has it; the portal counts the batches. */
function legacy() {
  const { BX24, portal } = createBX24();
  const adapter = adapterFor(BX24)!;
  return {
    portal,
    adapter,
    names: new CrmNames(adapter),
    batches: () => portal.rest.count('batch'),
    rows: () => portal.rest.requests.flatMap((r) => r.commands ?? []),
  };
}

/** An adapter whose batch the test answers by hand. */
function manualRest() {
  const sent: Array<{ calls: RestCalls; answer(a: Record<string, RestAnswer>): void; fail(e: unknown): void }> = [];
  const adapter = {
    batch: (calls: RestCalls) => new Promise<Record<string, RestAnswer>>((answer, fail) => sent.push({ calls, answer, fail })),
  } as unknown as HostAdapter;
  return { sent, names: new CrmNames(adapter) };
}

describe('nameKey', () => {
  it('keys a name TYPE:id', () => {
    expect(nameKey('CONTACT', 797)).to.equal('CONTACT:797');
    expect(nameKey('DYNAMIC_128', 7)).to.equal('DYNAMIC_128:7');
  });
});

describe('CrmNames: reading names over REST, kept for the page', () => {
  it('reads the names of a status in one batch, and says when they arrived', async () => {
    const { portal, names, batches } = legacy();
    const arrived = listener();
    names.request(DOC_ITEMS, 2000, arrived);
    expect(names.known(DOC_ITEMS)).to.deep.equal({}); // nothing waits for the answer
    await until(() => arrived.calls > 0);
    expect(names.known(DOC_ITEMS)).to.deep.equal(DOC_NAMES);
    expect(batches()).to.equal(1);
    expect(portal.rest.count()).to.equal(1);
    expect(arrived.calls).to.equal(1);
  });

  it('names every type the status can carry, over b24jssdk too', async () => {
    const { frame, portal } = createFrame();
    const names = new CrmNames(adapterFor(frame)!);
    const arrived = listener();
    const items = [
      { ENTITY_TYPE: 'LEAD', ENTITY_ID: 311 },
      { ENTITY_TYPE: 'QUOTE', ENTITY_ID: 18 },
      { ENTITY_TYPE: 'SMART_INVOICE', ENTITY_ID: 25 },
      { ENTITY_TYPE: 'DYNAMIC_128', ENTITY_ID: 7 },
    ];
    names.request(items, 2000, arrived);
    await until(() => arrived.calls > 0);
    expect(names.known(items)).to.deep.equal({
      'LEAD:311': 'Callback request from the site',
      'QUOTE:18': 'Quote: support for 2027',
      'SMART_INVOICE:25': 'Invoice 25 for Acme LLC',
      'DYNAMIC_128:7': 'Onboarding: Acme LLC',
    });
    expect(portal.rest.count()).to.equal(1);
  });

  it('known() gives only the names asked for that the page has', async () => {
    const { names } = legacy();
    const arrived = listener();
    names.request(DOC_ITEMS, 2000, arrived);
    await until(() => arrived.calls > 0);
    expect(names.known([DOC_ITEMS[1], { ENTITY_TYPE: 'LEAD', ENTITY_ID: 1 }])).to.deep.equal({ 'DEAL:4615': 'Website redesign' });
    expect(names.known([])).to.deep.equal({});
  });

  it('never asks again for what the page knows: a new status costs a batch only for new items', async () => {
    const { names, batches, rows } = legacy();
    const a = listener();
    names.request(DOC_ITEMS, 2000, a);
    await until(() => a.calls > 0);
    names.request(DOC_ITEMS, 2000, a);
    // Another handle of the page on the same hub: the names are there at once, nothing is sent.
    const b = listener();
    names.request([...DOC_ITEMS].reverse(), 2000, b);
    expect(names.known(DOC_ITEMS)).to.deep.equal(DOC_NAMES);
    await settle();
    expect(batches()).to.equal(1);
    expect(b.calls, 'nothing new arrived for b').to.equal(0);
    names.request([...DOC_ITEMS, { ENTITY_TYPE: 'LEAD', ENTITY_ID: 311 }], 2000, a);
    await until(() => names.known([{ ENTITY_TYPE: 'LEAD', ENTITY_ID: 311 }])['LEAD:311'] !== undefined);
    expect(batches()).to.equal(2);
    expect(rows().slice(3)).to.deep.equal(['crm.item.get?entityTypeId=1&id=311']);
  });

  it('does not ask twice for items in flight; everyone waiting hears once', async () => {
    const { names, batches } = legacy();
    const a = listener();
    const b = listener();
    names.request(DOC_ITEMS, 2000, a);
    names.request(DOC_ITEMS.slice(0, 2), 2000, b);
    names.request(DOC_ITEMS, 2000, a);
    await until(() => a.calls > 0 && b.calls > 0);
    await settle();
    expect(names.known(DOC_ITEMS.slice(0, 1))).to.deep.equal({ 'CONTACT:797': 'Ivan Petrov' });
    expect(batches()).to.equal(1);
    expect([a.calls, b.calls]).to.deep.equal([1, 1]);
  });

  it('one batch per request, at most 50 items in it, ids that cannot be asked for skipped, duplicates once', async () => {
    const { names, batches, rows } = legacy();
    const many = Array.from({ length: 60 }, (_, i) => ({ ENTITY_TYPE: 'DEAL', ENTITY_ID: 10_000 + i }));
    names.request([{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 0 }, { ENTITY_TYPE: 'SMART', ENTITY_ID: 1 }, DOC_ITEMS[0], DOC_ITEMS[0], ...many], 2000, listener());
    await until(() => batches() === 1);
    await settle();
    expect(batches()).to.equal(1);
    expect(rows()).to.have.length(50);
    expect(rows()[0]).to.equal('crm.item.get?entityTypeId=3&id=797');
  });

  it('sends crm.item.get calls keyed n0, n1…, and reads each answer by its key', async () => {
    const { sent, names } = manualRest();
    const arrived = listener();
    names.request(DOC_ITEMS, 2000, arrived);
    expect(sent).to.have.length(1);
    expect(sent[0].calls).to.deep.equal({
      n0: ['crm.item.get', { entityTypeId: 3, id: 797 }],
      n1: ['crm.item.get', { entityTypeId: 2, id: 4615 }],
      n2: ['crm.item.get', { entityTypeId: 4, id: 643 }],
    });
    sent[0].answer({ n0: { result: { item: { title: 'Zero' } } }, n2: { result: { title: 'Two' } } });
    await settle(10);
    expect(names.known(DOC_ITEMS)).to.deep.equal({ 'CONTACT:797': 'Zero', 'COMPANY:643': 'Two' });
    expect(arrived.calls).to.equal(1);
    // n1 had no answer: it is asked for again, alone.
    names.request(DOC_ITEMS, 2000, arrived);
    expect(sent[1].calls).to.deep.equal({ n0: ['crm.item.get', { entityTypeId: 2, id: 4615 }] });
  });

  it('an answer with no name is kept as nameless: it tells nobody and is not asked for again', async () => {
    const { sent, names } = manualRest();
    const arrived = listener();
    names.request(DOC_ITEMS.slice(0, 1), 2000, arrived);
    sent[0].answer({ n0: { result: { item: { title: '   ' } } } });
    await settle(10);
    expect(arrived.calls).to.equal(0);
    names.request(DOC_ITEMS.slice(0, 1), 2000, arrived);
    expect(sent).to.have.length(1);
  });

  it('remembers ACCESS_DENIED and not-found items as nameless for the page', async () => {
    const { portal, names, batches } = legacy();
    portal.rest.set({ denied: ['DEAL:4615'] });
    const arrived = listener();
    const items = [...DOC_ITEMS, { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 999 }];
    names.request(items, 2000, arrived);
    await until(() => arrived.calls > 0);
    expect(names.known(items)).to.deep.equal({ 'CONTACT:797': 'Ivan Petrov', 'COMPANY:643': 'Acme LLC' });
    portal.rest.set({ denied: [] });
    names.request(items, 2000, arrived);
    await settle();
    expect(batches()).to.equal(1);
  });

  it('asks again for an item whose error says nothing about it (askAgain in the error table), not for one whose error does', async () => {
    const codes = ['TIMEOUT', 'HOST_ERROR', 'insufficient_scope', 'expired_token', 'invalid_token', 'NO_AUTH_FOUND', 'QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'OVERLOAD_LIMIT', 'INTERNAL_SERVER_ERROR', 'ERROR_UNEXPECTED_ANSWER'];
    const kept = ['ACCESS_DENIED', 'NOT_FOUND', 'WRONG_AUTH_TYPE', 'user_access_error', 'SOMETHING_NEW'];
    const items = [...codes, ...kept].map((_, i) => ({ ENTITY_TYPE: 'DEAL', ENTITY_ID: i + 1 }));
    const { sent, names } = manualRest();
    names.request(items, 2000, listener());
    sent[0].answer(Object.fromEntries([...codes, ...kept].map((error, i) => [`n${i}`, { error }])));
    await settle(10);
    names.request(items, 2000, listener());
    expect(Object.values(sent[1].calls).map(([, p]) => (p as { id: number }).id)).to.deep.equal(codes.map((_, i) => i + 1));
  });

  for (const [what, controls, ms] of [
    ['insufficient_scope (per command)', { noScope: true }, 2000],
    ['QUERY_LIMIT_EXCEEDED (503, no callback)', { rateLimited: true }, 150],
    ['a REST that never answers (TIMEOUT)', { hang: true }, 150],
    ['expired_token on every token', { expired: 'always' }, 150],
  ] as const) {
    it(`leaves items unnamed on ${what}, and asks again on a later status`, async () => {
      const { portal, adapter, names, batches } = legacy();
      await adapter.ready(); // init done, so that 'always' covers the first token
      portal.rest.set(controls);
      const arrived = listener();
      const previous = window.onerror;
      window.onerror = () => true; // the legacy script throws 'Query error!' in its XHR handler on a 503
      try {
        const uncaught = await uncaughtDuring(async () => {
          names.request(DOC_ITEMS, ms, arrived);
          await settle(ms + 100);
        });
        expect(uncaught.filter((e) => e !== 'Query error!')).to.deep.equal([]);
      } finally {
        window.onerror = previous;
      }
      expect(names.known(DOC_ITEMS)).to.deep.equal({});
      expect(arrived.calls).to.equal(0);
      expect(batches()).to.be.greaterThan(0);
      portal.rest.set({ noScope: false, rateLimited: false, hang: false, expired: false });
      for (const t of portal.rest.tokens.values()) t.expired = false;
      await settle(); // the legacy script's own endless refresh-and-resend ends now, on its own
      const before = batches();
      names.request(DOC_ITEMS, 2000, arrived);
      await until(() => names.known(DOC_ITEMS)['CONTACT:797'] === 'Ivan Petrov');
      expect(batches()).to.equal(before + 1);
    });
  }

  it('bounds each request by its ms: a batch that answers later is not waited for, and the items are asked again', async () => {
    const { sent, names } = manualRest();
    const arrived = listener();
    names.request(DOC_ITEMS.slice(0, 1), 40, arrived);
    await settle(80);
    names.request(DOC_ITEMS.slice(0, 1), 2000, arrived);
    expect(sent).to.have.length(2);
    // The late answer to the first finds nobody waiting for it.
    sent[0].answer({ n0: { result: { title: 'Late' } } });
    sent[1].answer({ n0: { result: { title: 'Current' } } });
    await settle(10);
    expect(names.known(DOC_ITEMS.slice(0, 1))).to.deep.equal({ 'CONTACT:797': 'Current' });
  });

  it('is a no-op without REST, and never throws on hostile input or a failing library', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const noRest = new CrmNames({} as HostAdapter);
    const badRest = new CrmNames({ batch: () => { throw new Error('boom'); } } as unknown as HostAdapter);
    const rejecting = new CrmNames({ batch: () => Promise.reject(new CallCardError('HOST_ERROR')) } as unknown as HostAdapter);
    const hostileAnswer = new CrmNames({ batch: () => Promise.resolve(revoked.proxy) } as unknown as HostAdapter);
    const arrived = listener();
    const uncaught = await uncaughtDuring(async () => {
      noRest.request(DOC_ITEMS, 100, arrived);
      for (const names of [badRest, rejecting, hostileAnswer]) {
        expect(() => names.request(DOC_ITEMS, 100, arrived)).not.to.throw();
      }
      await settle();
    });
    expect(uncaught).to.deep.equal([]);
    expect(arrived.calls).to.equal(0);
    for (const names of [noRest, badRest, rejecting, hostileAnswer]) expect(names.known(DOC_ITEMS)).to.deep.equal({});
  });

  it('never throws on hostile items either ("nothing here throws")', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const throwing = { get ENTITY_TYPE(): string { throw new Error('x'); }, ENTITY_ID: 1 };
    const { names, batches } = legacy();
    const arrived = listener();
    const uncaught = await uncaughtDuring(async () => {
      expect(() => names.request([null, undefined, 5, throwing, revoked.proxy] as never, 100, arrived)).not.to.throw();
      expect(() => names.request(revoked.proxy as never, 100, arrived)).not.to.throw();
      expect(() => names.known([null, throwing] as never)).not.to.throw();
      await settle();
    });
    expect(uncaught).to.deep.equal([]);
    expect(batches()).to.equal(0);
  });

  it('a listener that throws does not stop the others', async () => {
    const { sent, names } = manualRest();
    const a = listener();
    names.request(DOC_ITEMS.slice(0, 1), 2000, () => {
      throw new Error('listener');
    });
    names.request(DOC_ITEMS.slice(0, 1), 2000, a);
    const uncaught = await uncaughtDuring(async () => {
      sent[0].answer({ n0: { result: { title: 'Name' } } });
      await settle(10);
    });
    expect(uncaught).to.deep.equal([]);
    expect(a.calls).to.equal(1);
  });

  it('after cancel(arrived), an answer that comes calls it no more; the page still learns the names', async () => {
    const { portal, names } = legacy();
    portal.delay = 50;
    const gone = listener();
    const stays = listener();
    names.request(DOC_ITEMS, 2000, gone);
    names.request(DOC_ITEMS, 2000, stays);
    names.cancel(gone);
    await settle(150);
    expect(gone.calls).to.equal(0);
    expect(stays.calls).to.equal(1);
    expect(names.known(DOC_ITEMS)).to.deep.equal(DOC_NAMES);
  });
});
