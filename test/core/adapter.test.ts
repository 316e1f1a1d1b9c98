import { expect } from '@open-wc/testing';
import { adapterFor, CALL_CARD_EVENTS, get, isFn, kindOf, unframed } from '../../src/core/adapters/index.js';
import { createBX24 } from '../support/bx24-stand-in.js';
import { DOC_STATUS } from '../support/fake-portal.js';
import { createFrame } from '../support/frame-stand-in.js';
import { createPlain } from '../support/plain-stand-in.js';
import { CALLS } from './support.js';

describe('kindOf and adapterFor: the transport kinds, told apart by shape', () => {
  it('a BX24-like object, a B24Frame, a plain {call} object, and a promise of any of them', () => {
    expect(kindOf(createBX24().BX24)).to.equal('bx24');
    expect(kindOf(createFrame().frame)).to.equal('b24-frame');
    expect(kindOf(createPlain().transport)).to.equal('plain');
    expect(kindOf({ call: () => 1 })).to.equal('plain');
    expect(kindOf(Promise.resolve(createFrame().frame))).to.equal('pending');
    expect(kindOf({ then: () => {} })).to.equal('pending');
    // A function is no transport: every function has a call (Function.prototype.call), which is no host's.
    expect(kindOf(Object.assign(() => {}, { call: () => 1 }))).to.equal(undefined);
    expect(kindOf(() => {})).to.equal(undefined);
  });

  it('only BX24 has placement.info() and init: a frame is not taken for BX24, nor BX24 for a frame', () => {
    const { BX24 } = createBX24();
    const { frame } = createFrame();
    expect(kindOf({ ...frame, init: () => {} })).to.equal('b24-frame');
    // BX24 also has placement.call and bindEvent: info and init win.
    expect(kindOf(BX24)).to.equal('bx24');
    expect(kindOf({ placement: BX24.placement })).to.equal('b24-frame');
  });

  it('anything else is no transport: no adapter', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const t of [null, undefined, 0, 'BX24', {}, { placement: {} }, { call: 'getStatus' }, { placement: { info: 1 } }, { placement: { info: () => ({}) } }, { then: 1 }, []]) {
      expect(kindOf(t), JSON.stringify(t)).to.equal(undefined);
      expect(adapterFor(t), JSON.stringify(t)).to.equal(undefined);
    }
    // A hostile object may throw: callers guard (CallCard's attach does).
    expect(() => adapterFor(revoked.proxy)).to.throw(TypeError);
  });

  it('a bare function is no transport: the call it inherits (Function.prototype.call) is no host\'s call', async () => {
    let called = 0;
    const fn = () => void called++;
    for (const t of [fn, class {}, async () => {}]) {
      expect(kindOf(t), String(t)).to.equal(undefined);
      expect(adapterFor(t), String(t)).to.equal(undefined);
    }
    // Taken for a plain transport, reading the status would call the page's function.
    await adapterFor(fn)?.call('getStatus', {});
    expect(called).to.equal(0);
  });

  it('each kind gets its adapter, with REST where the library has it', async () => {
    const { BX24, portal: p1 } = createBX24();
    const { frame, portal: p2 } = createFrame();
    const plain = createPlain();
    for (const [t, portal] of [[BX24, p1], [frame, p2], [plain.transport, plain.portal], [Promise.resolve(createFrame().frame), undefined]] as const) {
      const adapter = adapterFor(t)!;
      await adapter.ready();
      expect(await adapter.call('getStatus', {})).to.deep.equal(DOC_STATUS);
      if (portal) expect(portal.count('getStatus')).to.equal(1);
    }
    expect(adapterFor(BX24)!.batch).to.be.a('function');
    expect(adapterFor(frame)!.batch).to.be.a('function');
    expect(adapterFor(plain.transport)!.batch).to.equal(undefined);
    expect(await adapterFor({ call: () => 1, callMethod: () => ({ result: { result: { contact: 1 } } }) })!.batch!(CALLS)).to.deep.equal({ contact: { result: 1 } });
  });
});

describe('the adapter helpers', () => {
  it('CALL_CARD_EVENTS lists the three card events', () => {
    expect([...CALL_CARD_EVENTS]).to.deep.equal(['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose']);
  });

  it('get reads a key of an object, and undefined of anything else (a function included)', () => {
    const fn = Object.assign(() => {}, { k: 1 });
    expect([get({ k: 1 }, 'k'), get(fn, 'k'), get(null, 'k'), get('str', 'length'), get(5, 'k'), get(undefined, 'k')]).to.deep.equal([1, undefined, undefined, undefined, undefined, undefined]);
    expect([isFn(() => {}), isFn(class {}), isFn({}), isFn('f')]).to.deep.equal([true, true, false, false]);
  });

  it('unframed: false in the test page, which runs in a frame as in Bitrix24', () => {
    expect(window.top === window.self).to.equal(false);
    expect(unframed()).to.equal(false);
  });
});
