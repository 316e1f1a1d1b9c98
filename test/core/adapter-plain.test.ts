import { expect } from '@open-wc/testing';
import { adapterFor, kindOf } from '../../src/core/adapters/index.js';
import { codeOf } from '../../src/core/errors.js';
import { withTimeout } from '../../src/core/time.js';
import { DOC_STATUS } from '../support/fake-portal.js';
import { createPlain } from '../support/plain-stand-in.js';
import { uncaughtDuring } from '../support/mount.js';
import { CALLS, rejection, rejectionCode, sleep } from './support.js';

// Through adapterFor, as the hub makes it (batch's rejections are CallCardErrors there), checked to be this kind.
const adapt = (t: unknown) => {
  expect(kindOf(t)).to.equal('plain');
  return adapterFor(t)!;
};

describe('the plain adapter: placement commands', () => {
  it('is ready at once and cannot tell the placement or options; lang from getLang', async () => {
    const { transport } = createPlain({ lang: 'ru' });
    const adapter = adapt(transport);
    await adapter.ready();
    expect(adapter.placement()).to.equal(undefined);
    expect(adapter.options()).to.equal(undefined);
    expect(adapter.lang()).to.equal('ru');
    expect(adapt({ call: () => 1 }).lang()).to.equal(undefined);
  });

  it('call passes command and params through, and settles as the host does (a plain value too)', async () => {
    const seen: unknown[] = [];
    const adapter = adapt({ call: (c: string, p: object) => (seen.push([c, p]), DOC_STATUS) });
    expect(await adapter.call('getStatus', {})).to.equal(DOC_STATUS);
    expect(seen).to.deep.equal([['getStatus', {}]]);
    expect(await adapt({ call: async () => 'later' }).call('x', {})).to.equal('later');
  });

  it('what the host throws or rejects passes through as a rejection: the hub reads it as HOST_ERROR', async () => {
    const thrower = adapt({
      call: () => {
        throw new Error('host exploded');
      },
    });
    let p!: Promise<unknown>;
    expect(() => (p = thrower.call('getStatus', {}))).not.to.throw();
    expect(codeOf(await rejection(p))).to.equal('HOST_ERROR');
    expect(await rejection(adapt({ call: () => Promise.reject('nope') }).call('getStatus', {}))).to.equal('nope');
  });

  it('bind goes to bindEvent when there is one', () => {
    const { transport, portal } = createPlain();
    const seen: unknown[] = [];
    adapt(transport).bind('CallCard::EntityChanged', (p) => seen.push(p));
    portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+1' });
    expect(seen).to.deep.equal([{ PHONE_NUMBER: '+1' }]);
    expect(() => adapt({ call: () => 1 }).bind('CallCard::BeforeClose', () => {})).not.to.throw();
  });

  it('openPath: the host\'s own, else the portal\'s openPath command; a failing command is swallowed', async () => {
    const opened: string[] = [];
    adapt({ call: () => expect.fail('the command was sent'), openPath: (path: string) => opened.push(path) }).openPath('/crm/lead/details/1/');
    expect(opened).to.deep.equal(['/crm/lead/details/1/']);
    const { transport, portal } = createPlain();
    adapt(transport).openPath('/crm/deal/details/2/');
    await sleep(10);
    expect(portal.opened).to.deep.equal(['/crm/deal/details/2/']);
    const uncaught = await uncaughtDuring(async () => {
      adapt({ call: () => Promise.reject(new Error('no')) }).openPath('/crm/');
      adapt({ call: async () => { throw new Error('no'); } }).openPath('/crm/');
    });
    expect(uncaught).to.deep.equal([]);
  });
});

describe('the plain adapter: REST through callMethod', () => {
  const body = { result: { result: { contact: { item: { title: 'A' } } }, result_error: { deal: { error: 'ACCESS_DENIED', error_description: '' } } } };

  it('has batch only with a callMethod', () => {
    expect(adapt({ call: () => 1, callMethod: () => body }).batch).to.be.a('function');
    expect(adapt({ call: () => 1 }).batch).to.equal(undefined);
    expect(adapt({ call: () => 1, callMethod: 'batch' }).batch).to.equal(undefined);
  });

  it('sends batch with halt off and cmd rows, and reads the raw answer body, its JSON string, or a promise of it', async () => {
    const seen: unknown[] = [];
    for (const answer of [body, JSON.stringify(body), Promise.resolve(body)]) {
      const t = { call: () => ({}), callMethod: (m: string, p: object) => (seen.push([m, p]), answer) };
      expect(await adapt(t).batch!(CALLS)).to.deep.equal({ contact: { result: { item: { title: 'A' } } }, deal: { error: 'ACCESS_DENIED' } });
    }
    expect(seen[0]).to.deep.equal([
      'batch',
      { halt: 0, cmd: { contact: 'crm.item.get?entityTypeId=3&id=797', deal: 'crm.item.get?entityTypeId=2&id=4615', gone: 'crm.item.get?entityTypeId=4&id=999' } },
    ]);
    expect(seen).to.have.length(3);
  });

  it('rejects with the code of a whole-request error, and HOST_ERROR for anything else', async () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const cases: Array<[() => unknown, string]> = [
      [() => ({ error: 'insufficient_scope', error_description: '' }), 'insufficient_scope'],
      [() => JSON.stringify({ error: 'expired_token', error_description: '' }), 'expired_token'],
      [() => Promise.reject({ error: 'QUERY_LIMIT_EXCEEDED' }), 'QUERY_LIMIT_EXCEEDED'],
      [() => Promise.reject(Object.assign(new Error('x'), { code: 'expired_token' })), 'expired_token'],
      [() => Promise.reject('nope'), 'HOST_ERROR'],
      [() => Promise.reject(new Error('nope')), 'HOST_ERROR'],
      [() => 'not json', 'HOST_ERROR'],
      [() => 42, 'HOST_ERROR'],
      [() => undefined, 'HOST_ERROR'],
      [() => ({ result: 'not a batch' }), 'HOST_ERROR'],
      [() => revoked.proxy, 'HOST_ERROR'],
    ];
    const uncaught = await uncaughtDuring(async () => {
      for (const [answer, code] of cases) {
        expect(await rejectionCode(adapt({ call: () => 1, callMethod: answer }).batch!(CALLS), code), code).to.equal(code);
      }
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('a callMethod that throws at once: batch rejects with HOST_ERROR, never throws', async () => {
    const throwing = adapt({
      call: () => 1,
      callMethod: () => {
        throw new Error('boom');
      },
    });
    let p!: Promise<unknown>;
    expect(() => (p = throwing.batch!(CALLS))).not.to.throw();
    expect(await rejectionCode(p)).to.equal('HOST_ERROR');
  });

  it('a callMethod that never settles stays pending: TIMEOUT at the caller\'s bound', async () => {
    const never = adapt({ call: () => 1, callMethod: () => new Promise(() => {}) });
    expect(await rejectionCode(withTimeout(never.batch!(CALLS), 60))).to.equal('TIMEOUT');
    const answered = adapt({ call: () => 1, callMethod: () => new Promise((r) => setTimeout(r, 100, body)) });
    expect(await withTimeout(answered.batch!(CALLS), 500)).to.have.property('contact');
  });
});
