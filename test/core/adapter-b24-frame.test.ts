import { expect } from '@open-wc/testing';
import { adapterFor, kindOf } from '../../src/core/adapters/index.js';
import { codeOf } from '../../src/core/errors.js';
import { withTimeout } from '../../src/core/time.js';
import { asOptions, DOC_STATUS } from '../support/fake-portal.js';
import { createFrame } from '../support/frame-stand-in.js';
import { CALL_ROWS, CALLS, rejection, rejectionCode, sleep } from './support.js';

// Through adapterFor, as the hub makes it (batch's rejections are CallCardErrors there), checked to be this kind.
const adapt = (frame: unknown) => {
  expect(kindOf(frame)).to.equal('b24-frame');
  return adapterFor(frame)!;
};

function open(o: Parameters<typeof createFrame>[0] = {}) {
  const { frame, portal } = createFrame({ retryMs: 20, ...o });
  return { frame, portal, adapter: adapt(frame) };
}

describe('the B24Frame adapter: placement commands', () => {
  it('is ready at once (a B24Frame exists only once its init resolved); placement, options and lang from the frame', async () => {
    const { adapter } = open({ lang: 'de' });
    await adapter.ready();
    await adapter.ready(true);
    expect(adapter.placement()).to.equal('CALL_CARD');
    expect(adapter.options()).to.deep.equal(asOptions(DOC_STATUS));
    expect(adapter.lang()).to.equal('de');
    expect(open({ placement: 'CRM_DEAL_DETAIL_TAB' }).adapter.placement()).to.equal('CRM_DEAL_DETAIL_TAB');
  });

  it('call sends through placement.call and settles with the raw answer', async () => {
    const { adapter, portal } = open();
    expect(await adapter.call('getStatus', {})).to.deep.equal(DOC_STATUS);
    expect(portal.received).to.deep.equal([{ command: 'getStatus', params: { isRawValue: false } }]);
  });

  it('b24jssdk\'s {isSafely: true} (a silent portal) is TIMEOUT; a status that carries the key is an answer', async () => {
    const { adapter } = open({ silent: true, safelyMs: 20 });
    expect(await rejectionCode(adapter.call('getStatus', {}))).to.equal('TIMEOUT');
    const carrying = open({ status: { ...DOC_STATUS, isSafely: true } }).adapter;
    expect(await carrying.call('getStatus', {})).to.have.property('CALL_ID', DOC_STATUS.CALL_ID);
  });

  it('an event fired while the bind is still waiting reaches the callback through the bind promise, once', async () => {
    const { adapter, portal } = open({ safelyMs: 100 });
    const seen: unknown[] = [];
    adapter.bind('CallCard::CallStateChanged', (p) => seen.push(p));
    portal.fire('CallCard::CallStateChanged', 'connecting');
    await sleep(10);
    expect(seen).to.deep.equal(['connecting']);
    portal.fire('CallCard::CallStateChanged', 'connected');
    await sleep(10);
    expect(seen).to.deep.equal(['connecting', 'connected']);
  });

  it('a bind whose promise resolves {isSafely: true} (no early event) calls nothing then, and later events arrive', async () => {
    const { adapter, portal } = open({ safelyMs: 20 });
    const seen: unknown[] = [];
    adapter.bind('CallCard::BeforeClose', (p) => seen.push(p));
    await sleep(50);
    expect(seen).to.deep.equal([]);
    portal.fire('CallCard::BeforeClose', { any: 1 });
    expect(seen).to.deep.equal(['']);
  });

  it('openPath opens the slider at the portal path; a failing slider is swallowed', async () => {
    const { frame, portal, adapter } = open();
    adapter.openPath('/crm/deal/details/4615/');
    await sleep(20);
    expect(portal.opened).to.deep.equal(['/crm/deal/details/4615/']);
    frame.slider.openPath = () => Promise.reject(new Error('no slider'));
    expect(() => adapter.openPath('/crm/')).not.to.throw();
  });

  it('what the frame throws passes through: the hub reads it as HOST_ERROR', async () => {
    const { frame, adapter } = open();
    frame.placement.call = () => {
      throw new Error('host exploded');
    };
    expect(codeOf(await rejection(adapter.call('getStatus', {})))).to.equal('HOST_ERROR');
  });
});

describe('the B24Frame adapter: REST', () => {
  it('has batch with actions.v2.batch.make, callBatch or callMethod, and none without', () => {
    const { frame } = createFrame();
    const { placement, slider, getLang } = frame;
    expect(adapt(frame).batch).to.be.a('function');
    expect(adapt({ placement, slider, getLang, callBatch: frame.callBatch }).batch).to.be.a('function');
    expect(adapt({ placement, slider, getLang, callMethod: frame.callMethod }).batch).to.be.a('function');
    expect(adapt({ placement, slider, getLang, actions: frame.actions }).batch).to.be.a('function');
    expect(adapt({ placement, slider, getLang }).batch).to.equal(undefined);
    expect(adapt({ placement, slider, getLang, actions: { v2: { batch: {} } } }).batch).to.equal(undefined);
  });

  it('sends one batch (actions.v2, halt off) and reads each command: results, and per-command errors', async () => {
    const { frame, portal } = createFrame();
    const made: unknown[] = [];
    const make = frame.actions.v2.batch.make;
    frame.actions.v2.batch.make = (o) => (made.push(o), make(o));
    const adapter = adapt(frame);
    portal.rest.set({ denied: ['DEAL:4615'] });
    const answers = await adapter.batch!(CALLS);
    expect(answers).to.deep.equal({
      contact: { result: { item: { id: 797, name: 'Ivan', secondName: '', lastName: 'Petrov' } } },
      deal: { error: 'ACCESS_DENIED' },
      gone: { error: 'NOT_FOUND' },
    });
    expect(made).to.deep.equal([{ calls: CALLS, options: { isHaltOnError: false, returnAjaxResult: true } }]);
    expect(portal.rest.count()).to.equal(1);
    expect(portal.rest.requests[0].commands).to.deep.equal(CALL_ROWS);
  });

  it('without the crm scope, every command answers insufficient_scope', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ noScope: true });
    const answers = await adapter.batch!(CALLS);
    expect(Object.values(answers).map((a) => a.error)).to.deep.equal(['insufficient_scope', 'insufficient_scope', 'insufficient_scope']);
  });

  it('expired_token: the SDK takes a new token and sends again', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ expired: 'once' });
    const answers = await adapter.batch!(CALLS);
    expect(answers.deal).to.have.property('result');
    expect(portal.rest.requests.map((r) => r.status)).to.deep.equal([401, 200]);
  });

  it('expired_token again after the refresh: rejects with expired_token', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ expired: 'always' });
    expect(await rejectionCode(adapter.batch!(CALLS))).to.equal('expired_token');
    expect(portal.rest.count('batch')).to.equal(2);
  });

  it('503: the SDK tries three times, then rejects with the REST code', async () => {
    const { portal, adapter } = open({ retryMs: 10 });
    portal.rest.set({ rateLimited: true });
    expect(await rejectionCode(adapter.batch!(CALLS))).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(portal.rest.count('batch')).to.equal(3);
  });

  it('a REST that never answers stays pending: TIMEOUT at the caller\'s bound', async () => {
    const { portal, adapter } = open();
    portal.rest.set({ hang: true });
    const start = performance.now();
    expect(await rejectionCode(withTimeout(adapter.batch!(CALLS), 150))).to.equal('TIMEOUT');
    expect(performance.now() - start).to.be.within(140, 1000);
  });

  it('callBatch, then callMethod("batch"), when actions.v2 is missing', async () => {
    const { frame, portal } = createFrame();
    const { placement, slider, getLang } = frame;
    const viaCallBatch = { placement, slider, getLang, callBatch: frame.callBatch, callMethod: frame.callMethod };
    const viaCallMethod = { placement, slider, getLang, callMethod: frame.callMethod };
    for (const t of [viaCallBatch, viaCallMethod]) {
      const answers = await adapt(t).batch!(CALLS);
      expect(answers.deal.result).to.have.nested.property('item.title', 'Website redesign');
      expect(answers.gone).to.deep.equal({ error: 'NOT_FOUND' });
    }
    expect(portal.rest.count('batch')).to.equal(2);
    expect(portal.rest.requests.map((r) => r.commands)).to.deep.equal([CALL_ROWS, CALL_ROWS]);
  });

  it('callMethod("batch"): a whole-request error rejects with its code', async () => {
    const { frame, portal } = createFrame();
    const viaCallMethod = adapt({ placement: frame.placement, slider: frame.slider, getLang: frame.getLang, callMethod: frame.callMethod });
    portal.rest.set({ expired: 'always' });
    expect(await rejectionCode(viaCallMethod.batch!(CALLS))).to.equal('expired_token');
  });

  it('a library that throws at once, or rejects with no code: batch rejects with HOST_ERROR, never throws', async () => {
    const { frame } = createFrame();
    const { placement, slider, getLang } = frame;
    const boom = () => {
      throw new Error('boom');
    };
    const cases: Array<[string, unknown]> = [
      ['actions.v2.batch.make throws', { placement, slider, getLang, actions: { v2: { batch: { make: boom } } } }],
      ['callBatch throws', { placement, slider, getLang, callBatch: boom }],
      ['callMethod throws', { placement, slider, getLang, callMethod: boom }],
      ['make rejects an Error', { placement, slider, getLang, actions: { v2: { batch: { make: () => Promise.reject(new Error('x')) } } } }],
      ['make rejects a string', { placement, slider, getLang, actions: { v2: { batch: { make: () => Promise.reject('x') } } } }],
    ];
    for (const [what, t] of cases) {
      let p!: Promise<unknown>;
      expect(() => (p = adapt(t).batch!(CALLS)), what).not.to.throw();
      expect(await rejectionCode(p, what), what).to.equal('HOST_ERROR');
    }
  });
});
