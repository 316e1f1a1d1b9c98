import { expect } from '@open-wc/testing';
import { adapterFor, kindOf } from '../../src/core/adapters/index.js';
import { attempts } from '../../src/core/adapters/bx24.js';
import { CallCardError, codeOf } from '../../src/core/errors.js';
import { withTimeout } from '../../src/core/time.js';
import { createBX24 } from '../support/bx24-stand-in.js';
import { asOptions, DOC_STATUS } from '../support/fake-portal.js';
import { CALL_ROWS, CALLS, rejection, rejectionCode, sleep, swallowingPageErrors } from './support.js';

// Through adapterFor, as the hub makes it (batch's rejections are CallCardErrors there), checked to be this kind.
const adapt = (bx: unknown) => {
  expect(kindOf(bx)).to.equal('bx24');
  return adapterFor(bx)!;
};

function open(o: Parameters<typeof createBX24>[0] = {}) {
  const { BX24, portal, error } = createBX24(o);
  return { BX24, portal, error, adapter: adapt(BX24) };
}

/** A BX24 whose init the test completes by hand, counting the inits asked for. */
function manualInit(domain: () => string = () => 'portal.example') {
  const waiting: Array<() => void> = [];
  const bx = {
    inits: 0,
    init(cb: () => void) {
      bx.inits++;
      waiting.push(cb);
    },
    getDomain: domain,
    placement: { info: () => ({ placement: 'CALL_CARD' }), call() {}, bindEvent() {} },
    fire: () => waiting.splice(0).forEach((cb) => cb()),
  };
  return bx;
}

const state = (p: Promise<unknown>) => Promise.race([p.then(() => 'resolved', () => 'rejected'), sleep(20).then(() => 'pending')]);

describe('the BX24 adapter: placement commands', () => {
  it('ready waits for init; then placement, options, lang and getStatus through placement.call with a callback', async () => {
    const { adapter, portal } = open({ initDelay: 30 });
    // Before init the script knows no placement yet.
    expect(adapter.placement()).to.equal(null);
    const start = performance.now();
    await adapter.ready();
    expect(performance.now() - start).to.be.at.least(25);
    expect(adapter.placement()).to.equal('CALL_CARD');
    expect(adapter.options()).to.deep.equal(asOptions(DOC_STATUS));
    expect(adapter.lang()).to.equal('en');
    expect(await adapter.call('getStatus', {})).to.deep.equal(DOC_STATUS);
    // BX24 sends {} as is (the frame stand-in adds b24jssdk's isRawValue).
    expect(portal.received).to.deep.equal([{ command: 'getStatus', params: {} }]);
  });

  it('the dead library (no Bitrix24 frame, empty domain) is NO_APP_CONTEXT at once, init never asked', async () => {
    const { BX24, error, adapter } = open({ name: '' });
    expect(error?.message).to.equal('Unable to initialize Bitrix24 JS library!');
    expect(BX24.getDomain()).to.equal('');
    expect(await rejectionCode(adapter.ready())).to.equal('NO_APP_CONTEXT');
  });

  it('an init that never completes stays pending: the caller bounds it', async () => {
    const { adapter, portal } = open({ initDelay: Infinity });
    expect(await rejectionCode(withTimeout(adapter.ready(), 60))).to.equal('TIMEOUT');
    expect(portal.received).to.deep.equal([]);
  });

  it('outside CALL_CARD the callback never fires: call stays pending, bounded by the caller', async () => {
    const { adapter, portal } = open({ silent: true });
    await adapter.ready();
    expect(await rejectionCode(withTimeout(adapter.call('getStatus', {}), 80))).to.equal('TIMEOUT');
    expect(portal.count('getStatus')).to.equal(1);
  });

  it('bind hands each event payload to the callback; openPath goes to BX24.openPath', async () => {
    const { adapter, portal } = open();
    await adapter.ready();
    const seen: unknown[] = [];
    adapter.bind('CallCard::CallStateChanged', (p) => seen.push(p));
    await sleep(20);
    expect(portal.bindCount('CallCard::CallStateChanged')).to.equal(1);
    portal.fire('CallCard::CallStateChanged', 'connected');
    await sleep(20);
    expect(seen).to.deep.equal(['connected']);
    adapter.openPath('/crm/contact/details/797/');
    await sleep(20);
    expect(portal.opened).to.deep.equal(['/crm/contact/details/797/']);
    // Without openPath in the library, opening does nothing and throws nothing.
    const bare = adapt({ init: (cb: () => void) => cb(), placement: { info: () => ({}), call() {}, bindEvent() {} } });
    expect(() => bare.openPath('/crm/')).not.to.throw();
    expect(bare.lang()).to.equal(undefined);
  });

  it('what the library throws passes through: the hub reads it as HOST_ERROR', async () => {
    const boom = () => {
      throw new Error('host exploded');
    };
    const init = open().BX24;
    init.init = boom;
    const call = open().BX24;
    call.placement.call = boom;
    const info = open().BX24;
    info.placement.info = boom;
    expect(codeOf(await rejection(adapt(init).ready()))).to.equal('HOST_ERROR');
    expect(codeOf(await rejection(adapt(call).call('getStatus', {})))).to.equal('HOST_ERROR');
    expect(() => adapt(info).placement()).to.throw('host exploded');
  });
});

describe('the BX24 adapter: ready is asked again until it succeeds', () => {
  it('one init for every ready() while it waits; a fresh ready() asks the library again', async () => {
    const bx = manualInit();
    const ready = attempts(() => new Promise<void>((resolve) => bx.init(resolve)));
    const a = ready();
    expect(ready()).to.equal(a);
    expect(bx.inits).to.equal(1);
    const b = ready(true);
    expect(b).not.to.equal(a);
    expect(bx.inits).to.equal(2);
    bx.fire();
    await Promise.all([a, b]);
    // Success is kept for good: fresh or not, nothing is asked again.
    expect(ready()).to.equal(b);
    expect(ready(true)).to.equal(b);
    expect(bx.inits).to.equal(2);
  });

  it('a failure is not kept: the next ready() asks again', async () => {
    let domain = '';
    const bx = manualInit(() => domain);
    const adapter = adapt(bx);
    expect(await rejectionCode(adapter.ready())).to.equal('NO_APP_CONTEXT');
    expect(bx.inits).to.equal(0);
    domain = 'portal.example';
    const again = adapter.ready();
    expect(bx.inits).to.equal(1);
    expect(await state(again)).to.equal('pending');
    bx.fire();
    expect(await state(again)).to.equal('resolved');
  });

  it('a failure that comes after a fresh attempt started does not drop the fresh one', async () => {
    let fail!: (e: unknown) => void;
    let pass!: () => void;
    const made: Array<Promise<void>> = [
      new Promise<void>((_, reject) => (fail = reject)),
      new Promise<void>((resolve) => (pass = resolve)),
    ];
    let n = 0;
    const ready = attempts(() => made[n++]);
    const first = ready();
    const fresh = ready(true);
    fail(new CallCardError('TIMEOUT'));
    await rejection(first);
    expect(ready()).to.equal(fresh);
    pass();
    await fresh;
    expect(n).to.equal(2);
  });
});

describe('the BX24 adapter: REST', () => {
  it('has batch when the script has callBatch or callMethod, and none without', () => {
    const placement = { info: () => ({}), call() {}, bindEvent() {} };
    const init = () => {};
    expect(open().adapter.batch).to.be.a('function');
    expect(adapt({ init, placement, callMethod() {} }).batch).to.be.a('function');
    expect(adapt({ init, placement, callBatch() {} }).batch).to.be.a('function');
    expect(adapt({ init, placement }).batch).to.equal(undefined);
    expect(adapt({ init, placement, callBatch: 'no' }).batch).to.equal(undefined);
  });

  it('sends one batch and reads each command: results, and per-command errors', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ denied: ['DEAL:4615'] });
    const answers = await adapter.batch!(CALLS);
    expect(answers).to.deep.equal({
      contact: { result: { item: { id: 797, name: 'Ivan', secondName: '', lastName: 'Petrov' } } },
      deal: { error: 'ACCESS_DENIED' },
      gone: { error: 'NOT_FOUND' },
    });
    expect(portal.rest.count()).to.equal(1);
    expect(portal.rest.requests[0].commands).to.deep.equal(CALL_ROWS);
  });

  it('without the crm scope, every command answers insufficient_scope', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ noScope: true });
    const answers = await adapter.batch!(CALLS);
    expect(Object.values(answers).map((a) => a.error)).to.deep.equal(['insufficient_scope', 'insufficient_scope', 'insufficient_scope']);
  });

  it('expired_token: the library refreshes the token through the parent and sends again', async () => {
    const { portal, adapter } = open();
    await adapter.ready();
    portal.rest.set({ expired: 'once' });
    const answers = await adapter.batch!(CALLS);
    expect(answers.deal).to.have.property('result');
    expect(portal.rest.requests.map((r) => r.status)).to.deep.equal([401, 200]);
  });

  it('callMethod("batch") when there is no callBatch', async () => {
    const { BX24, portal } = createBX24();
    const answers = await adapt({ init: BX24.init, placement: BX24.placement, callMethod: BX24.callMethod }).batch!(CALLS);
    expect(answers.contact.result).to.have.nested.property('item.lastName', 'Petrov');
    expect(answers.gone).to.deep.equal({ error: 'NOT_FOUND' });
    expect(portal.rest.count('batch')).to.equal(1);
    expect(portal.rest.requests[0].commands).to.deep.equal(CALL_ROWS);
  });

  it('callMethod("batch"): a whole-request error that reaches the callback rejects with its code', async () => {
    const fake = (error: unknown) =>
      adapt({
        init: (cb: () => void) => cb(),
        placement: { info: () => ({}), call() {}, bindEvent() {} },
        callMethod: (_m: string, _p: object, cb: (r: { data(): unknown; error(): unknown }) => void) => cb({ data: () => undefined, error: () => error }),
      });
    expect(await rejectionCode(fake({ error: 'insufficient_scope', error_description: '' }).batch!(CALLS))).to.equal('insufficient_scope');
    expect(await rejectionCode(fake('QUERY_LIMIT_EXCEEDED: Too many requests').batch!(CALLS))).to.equal('QUERY_LIMIT_EXCEEDED');
  });

  it('a REST that never answers stays pending: TIMEOUT at the caller\'s bound', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ hang: true });
    const start = performance.now();
    expect(await rejectionCode(withTimeout(adapter.batch!(CALLS), 150))).to.equal('TIMEOUT');
    expect(performance.now() - start).to.be.within(140, 1000);
  });
});

describe('the BX24 adapter: REST where the script never calls back', () => {
  it('503 QUERY_LIMIT_EXCEEDED: the script throws in its handler, the callback never runs; TIMEOUT at the bound', async () => {
    const { BX24, portal, adapter } = open();
    portal.rest.set({ rateLimited: true });
    let called = false;
    const thrown = await swallowingPageErrors(async () => {
      BX24.callBatch(CALLS, () => (called = true));
      expect(await rejectionCode(withTimeout(adapter.batch!(CALLS), 200))).to.equal('TIMEOUT');
    });
    expect(called).to.equal(false);
    expect(thrown).to.include('Query error!');
    expect(portal.rest.count('batch')).to.equal(2);
  });

  it('a whole-request error answer to batch: a TypeError inside the script; TIMEOUT', async () => {
    const { portal, adapter } = open();
    await adapter.ready();
    portal.rest.tokens.clear(); // 401 invalid_token: read as an answer, and the batch code trips on it
    const thrown = await swallowingPageErrors(async () => {
      expect(await rejectionCode(withTimeout(adapter.batch!(CALLS), 150))).to.equal('TIMEOUT');
    });
    expect(thrown.map((e) => (e as Error)?.constructor?.name)).to.deep.equal(['TypeError']);
    expect(portal.rest.requests.map((r) => r.status)).to.deep.equal([401]);
  });

  it('expired_token on every token: the script refreshes and resends without end; TIMEOUT', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ expired: 'always' });
    expect(await rejectionCode(withTimeout(adapter.batch!(CALLS), 150))).to.equal('TIMEOUT');
    expect(portal.rest.count('batch')).to.be.greaterThan(1);
  });

  it('the dead library (no frame) throws at callBatch: batch rejects with HOST_ERROR, never throws', async () => {
    const { BX24, adapter } = open({ name: '' });
    expect(() => BX24.callBatch(CALLS, () => {})).to.throw(TypeError);
    let p!: Promise<unknown>;
    expect(() => (p = adapter.batch!(CALLS))).not.to.throw();
    expect(await rejectionCode(p)).to.equal('HOST_ERROR');
    const bare = adapt({ init: BX24.init, placement: BX24.placement, callMethod: BX24.callMethod });
    expect(() => (p = bare.batch!(CALLS))).not.to.throw();
    expect(await rejectionCode(p)).to.equal('HOST_ERROR');
  });
});
