import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { B24CallStatus, define, en } from '../src/index.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { createFrame } from './support/frame-stand-in.js';
import { mount, partText as text, removeAll } from './support/mount.js';

afterEach(removeAll);

describe('<b24-call-status> definition', () => {
  it('is defined on import, and defining or loading it again never throws', async () => {
    expect(customElements.get('b24-call-status')).to.equal(B24CallStatus);
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      expect(() => define()).not.to.throw();
      // The entry evaluated a second time runs its define() again.
      const again = '../src/index.ts?evaluated-twice';
      const copy = (await import(again)) as typeof import('../src/index.js');
      expect(copy.TAG).to.equal('b24-call-status');
      expect(customElements.get('b24-call-status')).to.equal(B24CallStatus);
    } finally {
      console.warn = warn;
    }
    // Same version: nothing to warn about.
    expect(warnings).to.deep.equal([]);
  });
});

describe('<b24-call-status> with BX24', () => {
  it('is accessible while loading, then shows every field of getStatus', async () => {
    const { BX24 } = createBX24({ delay: 50 });
    const el = await fixture<B24CallStatus>(html`<b24-call-status no-crm-names .transport=${BX24}></b24-call-status>`);
    expect(el.getAttribute('state') ?? el.state).to.equal('loading');
    await expect(el).to.be.accessible();
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    await expect(el).to.be.accessible();
    expect(text(el, 'state')).to.equal('Idle');
    expect(text(el, 'direction')).to.equal('Outgoing call');
    expect(text(el, 'phone')).to.equal('+19999999666');
    expect(text(el, 'line')).to.equal('reg151083');
    expect(text(el, 'crm')).to.equal('Contact #797');
    const bindings = [...el.shadowRoot!.querySelectorAll('[part~="binding"]')].map((b) => b.textContent);
    expect(bindings).to.deep.equal(['Deal #4615', 'Company #643']);
    expect(text(el, 'call-id')).to.equal('E45D40253D1C2D2F.1774588815.822533');
    expect(el.shadowRoot!.querySelector('[part~="call-list"]')).to.equal(null);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.getAttribute('call-state')).to.equal('idle');
    expect(el.status?.CRM_ENTITY_ID).to.equal(797);
  });

  it('fires b24-status-change with the normalised status', async () => {
    const { BX24 } = createBX24();
    const el = document.createElement('b24-call-status');
    el.transport = BX24;
    const changed = oneEvent(el, 'b24-status-change');
    document.body.append(el);
    const ev = await changed;
    expect(ev.detail.previous).to.equal(undefined);
    expect(ev.detail.status.CALL_DIRECTION).to.equal('outgoing');
    expect(ev.bubbles && ev.composed).to.equal(true);
  });

  it('fails at once with WRONG_PLACEMENT outside CALL_CARD and calls nothing', async () => {
    const { BX24, portal } = createBX24({ placement: 'DEFAULT' });
    const el = await mount(BX24);
    expect(el.error?.code).to.equal('WRONG_PLACEMENT');
    expect(portal.count('getStatus')).to.equal(0);
    expect(text(el, 'error-code')).to.equal('WRONG_PLACEMENT');
    await expect(el).to.be.accessible();
  });

  it('gives NO_APP_CONTEXT when window.BX24 is absent or null', async () => {
    const w = window as { BX24?: unknown };
    for (const value of [undefined, null]) {
      w.BX24 = value;
      const el = document.createElement('b24-call-status');
      const failed = oneEvent(el, 'b24-error');
      document.body.append(el);
      expect((await failed).detail.code).to.equal('NO_APP_CONTEXT');
      await el.updateComplete;
      expect(text(el, 'message')).to.contain('Open this page from a Bitrix24 call card');
      el.remove();
    }
    delete w.BX24;
  });

  it('uses window.BX24 looked up on connect', async () => {
    const { BX24 } = createBX24();
    (window as { BX24?: unknown }).BX24 = BX24;
    try {
      const el = document.createElement('b24-call-status');
      document.body.append(el);
      await waitUntil(() => el.state === 'ready');
      expect(el.status?.PHONE_NUMBER).to.equal('+19999999666');
    } finally {
      delete (window as { BX24?: unknown }).BX24;
    }
  });

  it('retries after an error and recovers', async () => {
    const { BX24, portal } = createBX24({ status: { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' } });
    const el = await mount(BX24);
    expect(el.error).to.deep.equal({ code: 'QUERY_LIMIT_EXCEEDED', retryable: true, message: en.errBusy });
    portal.status = { CALL_STATE: 'connected', PHONE_NUMBER: '+100' };
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!;
    retry.focus();
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    retry.click();
    await waitUntil(() => el.state === 'ready');
    expect(el.error).to.equal(undefined);
    expect(el.getAttribute('call-state')).to.equal('connected');
  });
});

describe('<b24-call-status> with a B24Frame', () => {
  it('reads placement.call and shows the status', async () => {
    const { frame } = createFrame();
    const el = await mount(frame);
    expect(el.state).to.equal('ready');
    expect(text(el, 'phone')).to.equal('+19999999666');
  });

  it('turns {isSafely: true} into TIMEOUT', async () => {
    const { frame } = createFrame({ silent: true, safelyMs: 30 });
    const el = await mount(frame);
    expect(el.error?.code).to.equal('TIMEOUT');
  });

  it('turns a rejected initializeB24Frame() into NO_APP_CONTEXT', async () => {
    const rejected = Promise.reject(new Error('Unable to initialize Bitrix24 JS library!'));
    rejected.catch(() => {});
    const el = await mount(rejected);
    expect(el.error?.code).to.equal('NO_APP_CONTEXT');
  });
});
