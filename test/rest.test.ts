import { expect } from '@open-wc/testing';
import { crmKind, crmPath, entityTypeId, itemName, itemRequest, MAX_NAME } from '../src/core/crm.js';
import { crmPath as crmPathFromIndex } from '../src/index.js';
import { RestError, restFor, type Rest, type RestCalls } from '../src/rest.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { createFrame } from './support/frame-stand-in.js';
import { uncaughtDuring } from './support/mount.js';

const CALLS: RestCalls = {
  contact: ['crm.item.get', { entityTypeId: 3, id: 797 }],
  deal: ['crm.item.get', { entityTypeId: 2, id: 4615 }],
  gone: ['crm.item.get', { entityTypeId: 4, id: 999 }],
};

/** The error a promise rejects with (the test fails when it resolves). */
async function rejection(p: Promise<unknown>): Promise<RestError> {
  try {
    await p;
  } catch (e) {
    return e as RestError;
  }
  throw new Error('expected a rejection');
}

/**
 * Run `body` while the page's error handler swallows what the legacy script
 * throws inside its XHR handler ('Query error!', a TypeError), and return
 * what it swallowed: that throw is the real script's, not the test's.
 */
async function swallowingPageErrors(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const previous = window.onerror;
  window.onerror = (message, _src, _line, _col, error) => (seen.push(error ?? message), true);
  try {
    await body();
  } finally {
    window.onerror = previous;
  }
  return seen;
}

describe('crm: types, ids, paths and names', () => {
  it('gives each CRM type its entityTypeId, and DYNAMIC_<n> its n', () => {
    const ids = { LEAD: 1, DEAL: 2, CONTACT: 3, COMPANY: 4, QUOTE: 7, SMART_INVOICE: 31, DYNAMIC_128: 128, DYNAMIC_1035: 1035 };
    for (const [type, id] of Object.entries(ids)) expect(entityTypeId(type), type).to.equal(id);
    for (const none of ['lead', 'Deal', 'DYNAMIC_', 'DYNAMIC_0', 'DYNAMIC_-1', 'DYNAMIC_1e3', '__proto__', 'toString', '', 3, null, undefined, {}]) {
      expect(entityTypeId(none), String(none)).to.equal(undefined);
    }
  });

  it('has a word key for every type, one for all smart processes', () => {
    expect(['LEAD', 'DEAL', 'CONTACT', 'COMPANY', 'QUOTE', 'SMART_INVOICE', 'DYNAMIC_128', 'DYNAMIC_1044'].map(crmKind)).to.deep.equal([
      'LEAD', 'DEAL', 'CONTACT', 'COMPANY', 'QUOTE', 'SMART_INVOICE', 'DYNAMIC', 'DYNAMIC',
    ]);
    expect(crmKind('SMART')).to.equal(undefined);
    // Smart processes start at 128: DYNAMIC_1 must not pass for a lead.
    expect(['DYNAMIC_1', 'DYNAMIC_7', 'DYNAMIC_127'].map(crmKind)).to.deep.equal([undefined, undefined, undefined]);
  });

  it('links every type to its details page, and src/index still exports crmPath', () => {
    expect(crmPath('LEAD', 311)).to.equal('/crm/lead/details/311/');
    expect(crmPath('DEAL', 4615)).to.equal('/crm/deal/details/4615/');
    expect(crmPath('CONTACT', 797)).to.equal('/crm/contact/details/797/');
    expect(crmPath('COMPANY', 643)).to.equal('/crm/company/details/643/');
    expect(crmPath('QUOTE', 18)).to.equal('/crm/quote/show/18/');
    expect(crmPath('SMART_INVOICE', 25)).to.equal('/crm/type/31/details/25/');
    expect(crmPath('DYNAMIC_128', 7)).to.equal('/crm/type/128/details/7/');
    for (const [type, id] of [['DEAL', 0], ['DEAL', -1], ['DEAL', 1.5], ['DEAL', '5'], ['DEAL', 2 ** 53], ['SMART', 1], ['../DEAL', 1]] as const) {
      expect(crmPath(type, id), `${type} ${id}`).to.equal(undefined);
    }
    expect(crmPathFromIndex).to.equal(crmPath);
    expect(itemRequest('DYNAMIC_128', 7)).to.deep.equal({ entityTypeId: 128, id: 7 });
    expect(itemRequest('DEAL', 0)).to.equal(undefined);
  });

  it('names an item by its title, or a contact by its name parts', () => {
    expect(itemName({ item: { id: 4615, title: 'Website redesign' } })).to.equal('Website redesign');
    expect(itemName({ item: { name: 'Ivan', secondName: '', lastName: 'Petrov' } })).to.equal('Ivan Petrov');
    expect(itemName({ name: ' Ivan ', secondName: 'Ivanovich', lastName: ' Petrov\n' })).to.equal('Ivan Ivanovich Petrov');
    expect(itemName({ item: { title: '  Acme \t LLC ' } })).to.equal('Acme LLC');
    expect(itemName({ item: { title: '', name: 'Olga' } })).to.equal('Olga');
  });

  it('has no name for empty, non-string or hostile values, and caps a long one', () => {
    const hostile = { get item() { throw new Error('x'); } };
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const none of [undefined, null, 'Acme', 42, [], {}, { item: {} }, { item: { title: '   ' } }, { item: { title: 5, name: ['Ivan'] } }, { item: { name: { toString: () => 'x' } } }, hostile, revoked.proxy]) {
      expect(itemName(none), typeof none).to.equal(undefined);
    }
    expect(itemName({ item: { title: 'x'.repeat(100_000) } })).to.have.length(MAX_NAME);
  });
});

describe('restFor: which transports have REST', () => {
  it('none for things that are no transport, or have no REST method', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const t of [undefined, null, 0, 'BX24', {}, { call: () => 1 }, { placement: { info: () => ({}) }, init: () => {} }, revoked.proxy]) {
      expect(restFor(t), typeof t).to.equal(undefined);
    }
  });

  it('one Rest per transport', () => {
    const { BX24 } = createBX24();
    expect(restFor(BX24)).to.equal(restFor(BX24));
    expect(restFor(BX24)).not.to.equal(restFor(createBX24().BX24));
  });
});

// The same behaviour, counted on the portal side, for the legacy script and b24jssdk.
for (const kind of ['BX24', 'B24Frame'] as const) {
  const open = (o: Parameters<typeof createFrame>[0] = {}) => {
    const { portal, ...rest } = kind === 'BX24' ? createBX24(o) : createFrame({ retryMs: 20, ...o });
    const transport = 'BX24' in rest ? rest.BX24 : rest.frame;
    return { portal, rest: restFor(transport) as Rest };
  };

  describe(`Rest over ${kind}`, () => {
    it('sends one batch and reads each command: results, and per-command errors', async () => {
      const { portal, rest } = open();
      portal.rest.set({ denied: ['DEAL:4615'] });
      const answers = await rest.batch(CALLS, 2000);
      expect(answers.contact).to.deep.equal({ result: { item: { id: 797, name: 'Ivan', secondName: '', lastName: 'Petrov' } } });
      expect(answers.deal).to.deep.equal({ error: 'ACCESS_DENIED' });
      expect(answers.gone).to.deep.equal({ error: 'NOT_FOUND' });
      expect(portal.rest.count()).to.equal(1);
      expect(portal.rest.requests[0].commands).to.deep.equal([
        'crm.item.get?entityTypeId=3&id=797',
        'crm.item.get?entityTypeId=2&id=4615',
        'crm.item.get?entityTypeId=4&id=999',
      ]);
    });

    it('without the crm scope, every command answers insufficient_scope', async () => {
      const { portal, rest } = open();
      portal.rest.set({ noScope: true });
      const answers = await rest.batch(CALLS, 2000);
      expect(Object.values(answers).map((a) => a.error)).to.deep.equal(['insufficient_scope', 'insufficient_scope', 'insufficient_scope']);
    });

    it('expired_token: the library refreshes the token through the parent and sends again', async () => {
      const { portal, rest } = open();
      await rest.batch({}, 100).catch(() => {}); // init done, and a token handed out
      portal.rest.requests.length = 0;
      portal.rest.set({ expired: 'once' });
      const answers = await rest.batch(CALLS, 2000);
      expect(answers.deal).to.have.property('result');
      expect(portal.rest.requests.map((r) => r.status)).to.deep.equal([401, 200]);
    });

    it('a REST that never answers: TIMEOUT at the bound', async () => {
      const { portal, rest } = open();
      portal.rest.set({ hang: true });
      const start = performance.now();
      const e = await rejection(rest.batch(CALLS, 150));
      expect(e).to.be.instanceOf(RestError);
      expect(e.code).to.equal('TIMEOUT');
      expect(performance.now() - start).to.be.within(140, 1000);
    });
  });
}

describe('Rest over the legacy script: where it never calls back', () => {
  it('503 QUERY_LIMIT_EXCEEDED: the script throws in its handler; TIMEOUT, and the callback never ran', async () => {
    const { BX24, portal } = createBX24();
    portal.rest.set({ rateLimited: true });
    let called = false;
    const thrown = await swallowingPageErrors(async () => {
      BX24.callBatch(CALLS, () => (called = true));
      const e = await rejection(restFor(BX24)!.batch(CALLS, 200));
      expect(e.code).to.equal('TIMEOUT');
    });
    expect(called).to.equal(false);
    expect(thrown).to.include('Query error!');
    expect(portal.rest.count('batch')).to.equal(2);
  });

  it('a whole-request error answer to batch: a TypeError inside the script; TIMEOUT', async () => {
    const { BX24, portal } = createBX24();
    await new Promise((r) => setTimeout(r, 30)); // init done
    portal.rest.tokens.clear(); // 401 invalid_token: read as an answer, and the batch code trips on it
    const thrown = await swallowingPageErrors(async () => {
      const e = await rejection(restFor(BX24)!.batch(CALLS, 150));
      expect(e.code).to.equal('TIMEOUT');
    });
    expect(thrown.map((e) => (e as Error)?.constructor?.name)).to.deep.equal(['TypeError']);
    expect(portal.rest.requests.map((r) => r.status)).to.deep.equal([401]);
  });

  it('expired_token on every token: the script refreshes and resends without end; TIMEOUT', async () => {
    const { BX24, portal } = createBX24();
    portal.rest.set({ expired: 'always' });
    expect((await rejection(restFor(BX24)!.batch(CALLS, 150))).code).to.equal('TIMEOUT');
    expect(portal.rest.count('batch')).to.be.greaterThan(1);
  });

  it('the dead library (no frame) throws at callBatch: HOST_ERROR, never a throw', async () => {
    const { BX24, error } = createBX24({ name: '' });
    expect(error?.message).to.equal('Unable to initialize Bitrix24 JS library!');
    expect(() => BX24.callBatch(CALLS, () => {})).to.throw(TypeError);
    const rest = restFor(BX24)!;
    let p!: Promise<unknown>;
    expect(() => (p = rest.batch(CALLS, 100))).not.to.throw();
    expect((await rejection(p)).code).to.equal('HOST_ERROR');
  });

  it('callMethod("batch") when there is no callBatch', async () => {
    const { BX24, portal } = createBX24();
    const bare = { init: BX24.init, placement: BX24.placement, callMethod: BX24.callMethod };
    const answers = await restFor(bare)!.batch(CALLS, 2000);
    expect(answers.contact.result).to.have.nested.property('item.lastName', 'Petrov');
    expect(answers.gone).to.deep.equal({ error: 'NOT_FOUND' });
    expect(portal.rest.count('batch')).to.equal(1);
  });
});

describe('Rest over b24jssdk: retries and whole-request errors', () => {
  it('503: the SDK tries three times, then rejects with the REST code', async () => {
    const { frame, portal } = createFrame({ retryMs: 10 });
    portal.rest.set({ rateLimited: true });
    expect((await rejection(restFor(frame)!.batch(CALLS, 2000))).code).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(portal.rest.count('batch')).to.equal(3);
  });

  it('expired_token again after the refresh: rejects with expired_token', async () => {
    const { frame, portal } = createFrame();
    portal.rest.set({ expired: 'always' });
    expect((await rejection(restFor(frame)!.batch(CALLS, 2000))).code).to.equal('expired_token');
    expect(portal.rest.count('batch')).to.equal(2);
  });

  it('callBatch, then callMethod("batch"), when actions.v2 is missing', async () => {
    const { frame, portal } = createFrame();
    const viaCallBatch = { placement: frame.placement, callBatch: frame.callBatch };
    const viaCallMethod = { placement: frame.placement, callMethod: frame.callMethod };
    for (const t of [viaCallBatch, viaCallMethod]) {
      const answers = await restFor(t)!.batch(CALLS, 2000);
      expect(answers.deal.result).to.have.nested.property('item.title', 'Website redesign');
      expect(answers.gone).to.deep.equal({ error: 'NOT_FOUND' });
    }
    expect(portal.rest.count('batch')).to.equal(2);
  });
});

describe('Rest over a plain transport with callMethod', () => {
  const body = { result: { result: { contact: { item: { title: 'A' } } }, result_error: { deal: { error: 'ACCESS_DENIED', error_description: '' } } } };

  it('sends batch with cmd rows, and reads the raw answer body or its JSON string', async () => {
    const seen: unknown[] = [];
    for (const answer of [body, JSON.stringify(body), Promise.resolve(body)]) {
      const t = { call: () => ({}), callMethod: (m: string, p: object) => (seen.push([m, p]), answer) };
      expect(await restFor(t)!.batch(CALLS, 500)).to.deep.equal({ contact: { result: { item: { title: 'A' } } }, deal: { error: 'ACCESS_DENIED' } });
    }
    expect(seen[0]).to.deep.equal([
      'batch',
      { halt: 0, cmd: { contact: 'crm.item.get?entityTypeId=3&id=797', deal: 'crm.item.get?entityTypeId=2&id=4615', gone: 'crm.item.get?entityTypeId=4&id=999' } },
    ]);
  });

  it('rejects with the code of a whole-request error, and HOST_ERROR for anything else', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cases: Array<[() => unknown, string]> = [
      [() => ({ error: 'insufficient_scope', error_description: '' }), 'insufficient_scope'],
      [() => Promise.reject({ error: 'QUERY_LIMIT_EXCEEDED' }), 'QUERY_LIMIT_EXCEEDED'],
      [() => Promise.reject(Object.assign(new Error('x'), { code: 'expired_token' })), 'expired_token'],
      [() => Promise.reject('nope'), 'HOST_ERROR'],
      [() => Promise.reject(new Error('nope')), 'HOST_ERROR'],
      [() => 'not json', 'HOST_ERROR'],
      [() => 42, 'HOST_ERROR'],
      [() => revoked.proxy, 'HOST_ERROR'],
    ];
    const uncaught = await uncaughtDuring(async () => {
      for (const [answer, code] of cases) {
        const t = { callMethod: answer };
        expect((await rejection(restFor(t)!.batch(CALLS, 500))).code, String(code)).to.equal(code);
      }
      const throwing = { callMethod: () => { throw new Error('boom'); } };
      expect((await rejection(restFor(throwing)!.batch(CALLS, 500))).code).to.equal('HOST_ERROR');
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('bounds a callMethod that never settles, with garbage bounds taken as the default', async () => {
    const never = { callMethod: () => new Promise(() => {}) };
    expect((await rejection(restFor(never)!.batch(CALLS, 60))).code).to.equal('TIMEOUT');
    const answered = { callMethod: () => new Promise((r) => setTimeout(r, 100, body)) };
    for (const ms of [NaN, -1, 0, Infinity]) expect(await restFor(answered)!.batch(CALLS, ms)).to.have.property('contact');
  });

  it('waits for a promise of a transport within the same bound', async () => {
    const { frame } = createFrame();
    expect((await restFor(Promise.resolve(frame))!.batch(CALLS, 2000)).contact).to.have.property('result');
    expect((await rejection(restFor(Promise.reject(new Error('no frame')))!.batch(CALLS, 200))).code).to.equal('HOST_ERROR');
    expect((await rejection(restFor(new Promise(() => {}))!.batch(CALLS, 50))).code).to.equal('TIMEOUT');
    expect((await rejection(restFor(Promise.resolve({}))!.batch(CALLS, 200))).code).to.equal('HOST_ERROR');
  });
});
