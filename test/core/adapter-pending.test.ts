import { expect } from '@open-wc/testing';
import { adapterFor } from '../../src/core/adapters/index.js';
import { pendingAdapter } from '../../src/core/adapters/pending.js';
import type { HostAdapter } from '../../src/core/adapters/adapter.js';
import { withTimeout } from '../../src/core/time.js';
import { DOC_STATUS } from '../support/fake-portal.js';
import { createFrame } from '../support/frame-stand-in.js';
import { createPlain } from '../support/plain-stand-in.js';
import { CALLS, rejectionCode, sleep } from './support.js';

/** A promise the test settles by hand. */
function deferred<T = unknown>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('the pending adapter: a promise of a transport', () => {
  it('once the promise resolves, everything goes to the adapter of its value', async () => {
    const { frame, portal } = createFrame({ lang: 'fr' });
    const adapter = pendingAdapter(Promise.resolve(frame), adapterFor);
    await adapter.ready();
    expect(adapter.placement()).to.equal('CALL_CARD');
    expect(adapter.options()).to.have.property('CALL_ID', DOC_STATUS.CALL_ID);
    expect(adapter.lang()).to.equal('fr');
    expect(await adapter.call('getStatus', {})).to.have.property('CALL_STATE', 'idle');
    const seen: unknown[] = [];
    adapter.bind('CallCard::CallStateChanged', (p) => seen.push(p));
    portal.fire('CallCard::CallStateChanged', 'connected');
    adapter.openPath('/crm/contact/details/797/');
    await sleep(20);
    expect(seen).to.deep.equal(['connected']);
    expect(portal.opened).to.deep.equal(['/crm/contact/details/797/']);
  });

  it('until it settles, ready and call wait; placement, options, lang, bind and openPath do nothing', async () => {
    const later = deferred();
    const adapter = pendingAdapter(later.promise, adapterFor);
    expect([adapter.placement(), adapter.options(), adapter.lang()]).to.deep.equal([undefined, undefined, undefined]);
    expect(() => adapter.bind('CallCard::BeforeClose', () => {})).not.to.throw();
    expect(() => adapter.openPath('/crm/')).not.to.throw();
    let ready = false;
    void adapter.ready().then(() => (ready = true));
    const answer = adapter.call('getStatus', {});
    await sleep(20);
    expect(ready).to.equal(false);
    later.resolve(createPlain().transport);
    expect(await answer).to.have.property('CALL_ID', DOC_STATUS.CALL_ID);
    expect(ready).to.equal(true);
  });

  it('a promise that never settles: ready stays pending, bounded by the caller', async () => {
    const adapter = pendingAdapter(new Promise(() => {}), adapterFor);
    expect(await rejectionCode(withTimeout(adapter.ready(), 50))).to.equal('TIMEOUT');
    expect(await rejectionCode(withTimeout(adapter.batch!(CALLS), 50))).to.equal('TIMEOUT');
  });

  it('a rejected promise, or one of no known transport, is NO_APP_CONTEXT for ready, call and batch', async () => {
    for (const [what, pending] of [
      ['rejected', Promise.reject(new Error('no frame'))],
      ['of {}', Promise.resolve({})],
      ['of undefined', Promise.resolve(undefined)],
    ] as const) {
      const adapter = pendingAdapter(pending, adapterFor);
      expect(await rejectionCode(adapter.ready(), what), what).to.equal('NO_APP_CONTEXT');
      expect(await rejectionCode(adapter.call('getStatus', {}), what), what).to.equal('NO_APP_CONTEXT');
      expect(await rejectionCode(adapter.batch!(CALLS), what), what).to.equal('NO_APP_CONTEXT');
      expect(adapter.placement()).to.equal(undefined);
    }
  });

  it('ready(fresh) reaches the inner adapter', async () => {
    const asked: unknown[] = [];
    const inner = { ready: (fresh?: boolean) => (asked.push(fresh), Promise.resolve()) } as HostAdapter;
    const adapter = pendingAdapter(Promise.resolve('anything'), () => inner);
    await adapter.ready(true);
    await adapter.ready();
    expect(asked).to.deep.equal([true, undefined]);
  });

  it('always has batch: REST of the value once it settled, HOST_ERROR when the value has none', async () => {
    const { frame, portal } = createFrame();
    const answers = await pendingAdapter(Promise.resolve(frame), adapterFor).batch!(CALLS);
    expect(answers.contact).to.have.property('result');
    expect(portal.rest.count('batch')).to.equal(1);
    const noRest = pendingAdapter(Promise.resolve(createPlain().transport), adapterFor);
    expect(await rejectionCode(noRest.batch!(CALLS))).to.equal('HOST_ERROR');
  });
});
