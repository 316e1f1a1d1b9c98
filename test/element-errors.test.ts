/**
 * The element against each kind of host: the code every failure ends in, the
 * message and error-code part shown for it, and the Retry offered. The codes
 * themselves are unit-tested in test/core (errors, adapters, hub, status).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { en } from '../src/strings.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { createFrame } from './support/frame-stand-in.js';
import { mount, partText, place, removeAll, settled, uncaughtDuring } from './support/mount.js';

const WRONG_AUTH = { error: 'WRONG_AUTH_TYPE', error_description: 'Application context required' };
const plain = (answer: (command: string, params: object) => unknown) => ({ call: async (c: string, p: object) => answer(c, p) });

afterEach(removeAll);

describe('the element against each host: every error code, its message and its retry', () => {
  it('NO_APP_CONTEXT: no host object at all', async () => {
    for (const t of [{}, { placement: {} }, 42]) {
      const el = await mount(t);
      expect(el.error?.code).to.equal('NO_APP_CONTEXT');
      expect(partText(el, 'message')).to.contain('Open this page from a Bitrix24 call card.');
      expect(partText(el, 'error-code')).to.equal('NO_APP_CONTEXT');
    }
  });

  it('NO_APP_CONTEXT: a retry finds a BX24 that arrived late', async () => {
    const w = window as { BX24?: unknown };
    delete w.BX24;
    const el = await mount(undefined, { timeout: '150' });
    expect(el.error?.code).to.equal('NO_APP_CONTEXT');
    w.BX24 = createBX24().BX24;
    try {
      const changed = oneEvent(el, 'b24-status-change');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click();
      expect((await changed).detail.status.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    } finally {
      delete w.BX24;
    }
  });

  it('WRONG_PLACEMENT from a B24Frame, without calling getStatus', async () => {
    const { frame, portal } = createFrame({ placement: 'CRM_DEAL_DETAIL_TAB' });
    const el = await mount(frame);
    expect(el.error?.code).to.equal('WRONG_PLACEMENT');
    expect(el.error?.message).to.equal(en.errWrongPlacement);
    expect(portal.count('getStatus')).to.equal(0);
  });

  it('WRONG_AUTH_TYPE: the exact doc error object, from each kind of host', async () => {
    const hosts = [createBX24({ status: WRONG_AUTH }).BX24, createFrame({ status: WRONG_AUTH }).frame, plain(() => WRONG_AUTH), plain(() => JSON.stringify(WRONG_AUTH))];
    for (const host of hosts) {
      const el = await mount(host);
      // "Application context required" inside a card: not "open this from a call card".
      expect(el.error).to.deep.equal({ code: 'WRONG_AUTH_TYPE', retryable: false, message: en.errWrongAuthType });
      expect(el.shadowRoot!.querySelector('[part="retry"]'), 'no Retry: reopening the card helps, reading again does not').to.equal(null);
      expect(partText(el, 'message')).to.contain(en.errWrongAuthType);
      expect(en.errWrongAuthType).not.to.equal(en.errNoAppContext);
      expect(partText(el, 'error-code')).to.equal('WRONG_AUTH_TYPE');
      el.remove();
    }
  });

  it('TIMEOUT: the BX24 callback never fires, bounded by the timeout attribute', async () => {
    const { BX24, portal } = createBX24({ silent: true });
    const start = performance.now();
    const el = await mount(BX24, { timeout: '120' });
    const took = performance.now() - start;
    expect(el.error?.code).to.equal('TIMEOUT');
    expect(el.error?.message).to.equal(en.errTimeout);
    expect(portal.count('getStatus')).to.equal(1);
    expect(took).to.be.within(100, 2000);
    expect(partText(el, 'message')).to.contain(en.errTimeout);
  });

  it('TIMEOUT: b24jssdk resolves {isSafely: true}', async () => {
    const { frame } = createFrame({ silent: true, safelyMs: 20 });
    const el = await mount(frame, { timeout: '3000' });
    expect(el.error).to.deep.equal({ code: 'TIMEOUT', retryable: true, message: en.errTimeout });
    // Only the exact {isSafely: true} means silence; a status that carries the key is a status.
    const status = await mount(plain(() => ({ ...DOC_STATUS, isSafely: true })));
    expect(status.status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
  });

  it('TIMEOUT: BX24.init never completes, and initializeB24Frame() never settles', async () => {
    const { BX24, portal } = createBX24({ initDelay: Infinity });
    const never = new Promise(() => {});
    for (const t of [BX24, never]) {
      const el = await mount(t, { timeout: '80' });
      expect(el.error?.code).to.equal('TIMEOUT');
      el.remove();
    }
    // Nothing was sent: the wait for init timed out, not a command.
    expect(portal.received).to.deep.equal([]);
  });

  it('TIMEOUT bounds the whole read (init and getStatus), and an answer that comes after it is still shown', async () => {
    const ok = await mount(createBX24({ initDelay: 80, delay: 80 }).BX24, { timeout: '300' });
    expect(ok.state).to.equal('ready');
    // Init and the answer each take 150 ms: together over the 250 ms bound.
    const late = await mount(createBX24({ initDelay: 150, delay: 150 }).BX24, { timeout: '250' });
    expect(late.error?.code).to.equal('TIMEOUT');
    // What the placement options said is shown meanwhile, marked not up to date.
    expect(late.stale).to.equal(true);
    // No newer read was asked for: the data came, so it is shown.
    await waitUntil(() => late.state === 'ready', 'the late answer was not applied', { timeout: 1000 });
    expect(late.status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    expect(late.error).to.equal(undefined);
  });

  it('a timeout attribute that is not a positive number falls back to 5000 ms', async () => {
    for (const timeout of ['soon', '-5', '0']) {
      const el = await mount(createBX24({ delay: 30 }).BX24, { timeout });
      expect(el.state, timeout).to.equal('ready');
    }
  });

  it('BAD_RESPONSE: every answer that is not an object', async () => {
    for (const answer of [42, 'text', null, [], [DOC_STATUS], true, undefined, '[1,2]']) {
      const el = await mount(plain(() => answer));
      expect(el.error?.code, JSON.stringify(answer)).to.equal('BAD_RESPONSE');
      expect(partText(el, 'message')).to.contain(en.errOther);
      el.remove();
    }
    const fromBX24 = await mount(createBX24({ status: 'nonsense' }).BX24);
    expect(fromBX24.error?.code).to.equal('BAD_RESPONSE');
  });

  it('BAD_RESPONSE: an object with none of the documented keys is no status, not an empty call', async () => {
    for (const answer of [{}, { result: {} }, '{}', { call_id: 'lower case' }, Object.create({ CALL_ID: 'inherited' })]) {
      const el = await mount(plain(() => answer));
      expect(el.error?.code, JSON.stringify(answer)).to.equal('BAD_RESPONSE');
      el.remove();
    }
    // One documented key is enough: the rest is absent, as the docs allow.
    const one = await mount(plain(() => ({ CALL_STATE: 'idle' })));
    expect(one.state).to.equal('ready');
  });

  it('REST error codes pass through, each with the message for its kind, and a Retry only where reading again helps', async () => {
    const cases: Array<[string, string, string, boolean]> = [
      ['QUERY_LIMIT_EXCEEDED', 'Too many requests', en.errBusy, true],
      ['expired_token', 'The access token provided has expired.', en.errSession, true],
      ['insufficient_scope', 'The request requires higher privileges.', en.errAccess, false],
      ['ERROR_METHOD_NOT_FOUND', 'Method not found!', en.errOther, false],
      ['OPERATION_TIME_LIMIT', 'Method is blocked due to operation time limit.', en.errBusy, true],
      ['NO_AUTH_FOUND', 'Wrong authorization data', en.errWrongAuthType, false],
      ['ACCESS_DENIED', 'Access denied.', en.errAccess, false],
      ['SOMETHING_NEW', 'A code the card does not know', en.errOther, true],
    ];
    for (const [code, description, message, retryable] of cases) {
      const el = await mount(createBX24({ status: { error: code, error_description: description } }).BX24);
      expect(el.error).to.deep.equal({ code, retryable, message });
      expect(!!el.shadowRoot!.querySelector('[part="retry"]'), `Retry for ${code}`).to.equal(retryable);
      expect(partText(el, 'message')).to.contain(message);
      expect(partText(el, 'error-code')).to.equal(code);
      // The technical description is for logs, never shown to the agent.
      expect(el.shadowRoot!.textContent).not.to.contain(description);
      el.remove();
    }
  });

  it('a REST error with a malformed code is BAD_RESPONSE, so the code never shows raw', async () => {
    const el = await mount(plain(() => ({ error: '<img src=x onerror=alert(1)>', error_description: 'x' })));
    expect(el.error?.code).to.equal('BAD_RESPONSE');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
  });
});

describe('the element against a host that throws or rejects', () => {
  const boom = () => {
    throw new Error('host exploded');
  };

  it('become an error on the element, never an uncaught exception', async () => {
    const reject = (reason: unknown) => ({ call: () => Promise.reject(reason) });
    const bx24Init = createBX24().BX24;
    bx24Init.init = boom;
    const bx24Info = createBX24().BX24;
    bx24Info.placement.info = boom;
    const bx24Call = createBX24().BX24;
    bx24Call.placement.call = boom;
    const frameCall = createFrame().frame;
    frameCall.placement.call = boom;
    const hosts: Array<[string, unknown]> = [
      ['plain call throws', { call: boom }],
      ['plain call rejects an Error', reject(new Error('nope'))],
      ['plain call rejects a string', reject('nope')],
      ['plain call rejects undefined', reject(undefined)],
      ['plain call rejects an object with a throwing message', reject({ get message() { throw new Error('x'); } })],
      ['BX24.init throws', bx24Init],
      ['BX24.placement.info throws', bx24Info],
      ['BX24.placement.call throws', bx24Call],
      ['frame placement.call throws', frameCall],
    ];
    const uncaught = await uncaughtDuring(async () => {
      for (const [name, host] of hosts) {
        const failed = place(host);
        const ev = await oneEvent(failed, 'b24-error');
        expect(ev.detail.code, name).to.equal('HOST_ERROR');
        expect(ev.detail.message, name).to.be.a('string');
        await settled(failed);
        expect(failed.shadowRoot!.querySelector('[part="retry"]'), name).to.be.instanceOf(HTMLButtonElement);
        failed.remove();
      }
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('a throwing getLang or bindEvent does not stop the status from showing', async () => {
    const { BX24 } = createBX24();
    BX24.getLang = () => boom();
    BX24.placement.bindEvent = boom;
    const uncaught = await uncaughtDuring(async () => {
      const el = await mount(BX24);
      expect(el.state).to.equal('ready');
      expect(partText(el, 'state')).to.equal('Idle');
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('a hostile transport object (a revoked Proxy) is no host, not a page error', async () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const uncaught = await uncaughtDuring(async () => {
      const el = await mount(proxy);
      expect(el.error?.code).to.equal('NO_APP_CONTEXT');
    });
    expect(uncaught).to.deep.equal([]);
  });
});
