/**
 * Issue 10: the element in real host situations. Every point runs against the
 * BX24 stand-in, a B24Frame stand-in (and its promise) and a plain transport
 * unless it names one. The page is framed (test/support/framed-runner.mjs).
 */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { boundMs, DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from '../src/core/time.js';
import { watching } from '../src/core/library-watch.js';
import { matchLocale } from '../src/strings.js';
import { loadBX24 } from '../demo/bx24-wire.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { DOC_STATUS, type FakePortal, type PortalOptions } from './support/fake-portal.js';
import { createFrame } from './support/frame-stand-in.js';
import { createManualHost } from './support/manual-host.js';
import { mount, nextTasks, part, partText, place, recordEvents, removeAll, settled, uncaughtDuring } from './support/mount.js';
import { createPlain } from './support/plain-stand-in.js';

type Kind = (o?: PortalOptions) => { transport: unknown; portal: FakePortal };
const KINDS: Record<string, Kind> = {
  BX24: (o) => {
    const { BX24, portal } = createBX24(o);
    return { transport: BX24, portal };
  },
  B24Frame: (o) => {
    const { frame, portal } = createFrame(o);
    return { transport: frame, portal };
  },
  'B24Frame promise': (o) => {
    const { frame, portal } = createFrame(o);
    return { transport: Promise.resolve(frame), portal };
  },
  plain: (o) => createPlain(o),
};
const LIBRARIES = Object.fromEntries(Object.entries(KINDS).filter(([name]) => name !== 'plain'));

const w = window as { BX24?: unknown };
afterEach(() => {
  removeAll();
  delete w.BX24;
});

const until = (test: () => boolean, message: string, timeout = 3000) => waitUntil(test, message, { timeout, interval: 5 });

describe('outside Bitrix24, say so at once', () => {
  // The first element on a page pays for Lit's first render; time what the element does, not that.
  before(async () => (await mount(createPlain().transport)).remove());

  it('the real script in a page with no Bitrix24 bootstrap: NO_APP_CONTEXT within 100 ms, whatever timeout is', async () => {
    const { BX24, error } = createBX24({ name: '' });
    expect(error?.message, 'the script threw at load').to.contain('Unable to initialize Bitrix24 JS library!');
    expect(BX24.getDomain?.(), 'what it leaves behind').to.equal('');
    const t0 = performance.now();
    const el = place(BX24, { timeout: '60000' });
    const failedAt = new Promise<number>((r) => el.addEventListener('b24-error', () => r(performance.now()), { once: true }));
    await until(() => el.state === 'error', 'never failed');
    expect((await failedAt) - t0).to.be.below(100);
    expect(el.error?.code).to.equal('NO_APP_CONTEXT');
    await el.updateComplete;
    expect(part(el, 'retry'), 'a retry cannot help a dead library').to.equal(null);
  });

  it('the wire-level script loaded in this page (not named by a portal) leaves window.BX24, and the element sees it is dead', async () => {
    expect(() => loadBX24(window)).to.throw('Unable to initialize Bitrix24 JS library!');
    expect(w.BX24, 'a full object is left behind').to.be.an('object');
    const t0 = performance.now();
    const el = place(undefined, { timeout: '60000' });
    const failedAt = new Promise<number>((r) => el.addEventListener('b24-error', () => r(performance.now()), { once: true }));
    await until(() => el.state === 'error', 'never failed');
    expect((await failedAt) - t0).to.be.below(100);
    expect(el.error?.code).to.equal('NO_APP_CONTEXT');
  });
});

describe('a library that arrives late is found without a click', () => {
  it('no transport and no window.BX24 at connect: keeps looking, and uses a BX24 that appears at once', async () => {
    const el = place(undefined, { timeout: '3000' });
    const log = recordEvents(el);
    await nextTasks(4);
    expect(el.state).to.equal('loading');
    const t0 = performance.now();
    w.BX24 = createBX24().BX24;
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(performance.now() - t0, 'found by the short poll').to.be.below(400);
    expect(log.filter((e) => e.type === 'b24-error')).to.deep.equal([]);
    expect(watching()).to.deep.equal({ waiting: 0, polling: false });
  });

  it('shows NO_APP_CONTEXT only when the timeout ends, offers a retry, and the retry looks again', async () => {
    const el = place(undefined, { timeout: '300' });
    await new Promise((r) => setTimeout(r, 150));
    expect(el.state, 'still looking at 150 ms').to.equal('loading');
    await settled(el);
    expect(el.error?.code).to.equal('NO_APP_CONTEXT');
    expect(watching(), 'nothing left running').to.deep.equal({ waiting: 0, polling: false });
    w.BX24 = createBX24().BX24;
    part(el, 'retry')!.click();
    await until(() => el.state === 'ready', 'the retry did not find it');
  });

  it('a removed element stops looking', async () => {
    const el = place(undefined, { timeout: '5000' });
    await nextTasks(2);
    expect(watching().waiting).to.equal(1);
    el.remove();
    expect(watching()).to.deep.equal({ waiting: 0, polling: false });
  });

  it('a retry really retries: a BX24 whose init never answered is asked again', async () => {
    const inits: Array<() => void> = [];
    const BX24 = {
      init: (cb: () => void) => void inits.push(cb),
      getDomain: () => 'portal.example',
      placement: {
        info: () => ({ placement: 'CALL_CARD', options: null }),
        call: (_: string, __: object, cb: (r: unknown) => void) => setTimeout(cb, 1, DOC_STATUS),
        bindEvent: () => {},
      },
    };
    const el = await mount(BX24, { timeout: '80' });
    expect(el.error?.code).to.equal('TIMEOUT');
    expect(inits.length).to.equal(1);
    part(el, 'retry')!.click();
    await nextTasks(1);
    expect(inits.length, 'init asked again').to.equal(2);
    inits[1]();
    await until(() => el.state === 'ready', 'the second init was not used');
  });
});

describe('never show a stale client as current', () => {
  for (const [name, make] of Object.entries(KINDS)) {
    it(`${name}: EntityChanged shows the event's client at once, then the re-read; a failed re-read is marked stale and stays so`, async () => {
      const { transport, portal } = make();
      const el = await mount(transport);
      await nextTasks(2);
      portal.delay = 150;
      portal.status = { error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' };
      portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+7 999 000-11-22', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 55 });
      // At once, before getStatus answers (b24jssdk hands an early event over a microtask later).
      await until(() => el.status?.CRM_ENTITY_ID === 55, 'the payload was not shown', 100);
      await el.updateComplete;
      expect(el.status).to.include({ PHONE_NUMBER: '+7 999 000-11-22', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 55 });
      expect(el.status?.CRM_BINDINGS, "the old client's bindings are gone").to.deep.equal([]);
      expect(el.shadowRoot!.textContent).to.contain('+7 999 000-11-22');
      expect(el.shadowRoot!.textContent).not.to.contain(DOC_STATUS.PHONE_NUMBER);
      // The re-read fails: what is known stays, marked, with the message and the retry.
      await until(() => el.state === 'error', 'the re-read did not fail');
      await el.updateComplete;
      expect(el.stale).to.equal(true);
      expect(el.hasAttribute('stale')).to.equal(true);
      expect(el.error?.code).to.equal('QUERY_LIMIT_EXCEEDED');
      expect(el.shadowRoot!.textContent).to.contain('+7 999 000-11-22');
      expect(part(el, 'retry')).not.to.equal(null);
      // A later event updates the state shown, and does not make it current.
      portal.fire('CallCard::CallStateChanged', 'connected');
      await until(() => el.callState === 'connected', 'the state change was lost', 100);
      await el.updateComplete;
      expect(el.getAttribute('call-state')).to.equal('connected');
      expect(el.stale && el.hasAttribute('stale')).to.equal(true);
      expect(el.state).to.equal('error');
      expect(el.error?.code).to.equal('QUERY_LIMIT_EXCEEDED');
      // Only a read that succeeds clears the mark.
      portal.delay = 1;
      portal.status = { ...DOC_STATUS, PHONE_NUMBER: '+7 999 000-11-22', CALL_STATE: 'connected' };
      expect((await el.refresh())?.PHONE_NUMBER).to.equal('+7 999 000-11-22');
      await el.updateComplete;
      expect(el.stale || el.hasAttribute('stale')).to.equal(false);
      expect(el.error).to.equal(undefined);
      expect(el.state).to.equal('ready');
    });
  }

  it('an answer that arrives after its TIMEOUT, with no newer read asked for, is applied', async () => {
    const manual = createManualHost();
    const el = place(manual.transport, { timeout: '60' });
    await settled(el);
    expect(el.error?.code).to.equal('TIMEOUT');
    manual.reads()[0].answer(DOC_STATUS);
    await until(() => el.state === 'ready', 'the late answer was dropped');
    expect(el.status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    expect(el.error).to.equal(undefined);
  });
});

describe('keep-open survives moves', () => {
  for (const [name, make] of Object.entries(KINDS)) {
    it(`${name}: moving sends nothing; only the last keep-open element really gone lets go`, async () => {
      const { transport, portal } = make();
      const a = await mount(transport, { 'keep-open': '' });
      await until(() => portal.count('disableAutoClose') === 1, 'keep-open was not sent');
      const reads = portal.count('getStatus');
      const box = document.body.appendChild(document.createElement('section'));
      // The only keeper, re-inserted in the same task, then re-parented a microtask later, as frameworks do.
      a.remove();
      document.body.append(a);
      a.remove();
      await Promise.resolve();
      box.append(a);
      await nextTasks(4);
      const b = await mount(transport, { 'keep-open': '' });
      expect(portal.count('enableAutoClose'), 'a move let keep-open go').to.equal(0);
      expect(portal.count('disableAutoClose')).to.equal(1);
      expect(portal.count('getStatus'), 'a move read the status again').to.equal(reads);
      expect(a.state).to.equal('ready');
      a.remove();
      await nextTasks(4);
      expect(portal.count('enableAutoClose'), 'one keeper is still there').to.equal(0);
      b.remove();
      await until(() => portal.count('enableAutoClose') === 1, 'the last keeper left, and keep-open stayed');
      box.remove();
    });
  }

  it('a new element on a page whose status is current costs no host call', async () => {
    const { transport, portal } = KINDS.BX24();
    await mount(transport);
    const reads = portal.count('getStatus');
    const late = await mount(transport);
    expect(late.status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    expect(portal.count('getStatus')).to.equal(reads);
    // After the client changed, the page status is no longer current: it is read.
    portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0 });
    await nextTasks(2);
    const after = portal.count('getStatus');
    expect(after).to.be.above(reads);
  });
});

describe('events no listener misses', () => {
  for (const [name, make] of Object.entries(KINDS)) {
    it(`${name}: a second element hears its first b24-status-change from a listener added after append`, async () => {
      const { transport, portal } = make();
      await mount(transport);
      const reads = portal.count('getStatus');
      const second = place(transport);
      const heard: Array<{ previous: unknown; status: { CALL_ID?: string } }> = [];
      // The line after append, as a page (or @lit/react) adds it: the page's status is already known.
      second.addEventListener('b24-status-change', (e) => heard.push(e.detail));
      await until(() => heard.length > 0, 'the second element fired no b24-status-change that a listener could hear');
      expect(heard).to.have.length(1);
      expect(heard[0].previous).to.equal(undefined);
      expect(heard[0].status.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
      expect(portal.count('getStatus'), 'no host call').to.equal(reads);
    });
  }

  it('a re-mounted element (removed, then appended again) fires its status again to a listener added after append', async () => {
    const { transport } = KINDS.plain();
    const el = await mount(transport);
    el.remove();
    document.body.append(el);
    const heard: Array<{ previous: unknown }> = [];
    el.addEventListener('b24-status-change', (e) => heard.push(e.detail));
    await until(() => heard.length > 0, 'no b24-status-change after the re-mount');
    expect(heard[0].previous).to.equal(undefined);
    expect(el.state).to.equal('ready');
  });

  it('nothing is dispatched inside connectedCallback, the transport setter or callCard()', async () => {
    const { transport } = KINDS.plain();
    await mount(transport);
    const el = document.createElement('b24-call-status');
    const during: string[] = [];
    let sync = true;
    for (const type of ['b24-status-change', 'b24-call-state-change', 'b24-error', 'b24-entity-change'])
      el.addEventListener(type, () => sync && during.push(type));
    el.transport = transport as B24CallStatus['transport'];
    document.body.append(el);
    el.transport = createPlain().transport as B24CallStatus['transport'];
    sync = false;
    expect(during).to.deep.equal([]);
    await settled(el);
  });
});

describe('each element its own bounds, and sane inputs', () => {
  it('elements sharing a read keep their own timeout: 300 ms errors at 300 ms, 5000 ms gets the answer at 1.2 s', async () => {
    const { transport, portal } = createPlain({ delay: 1200 });
    const t0 = performance.now();
    const short = place(transport, { timeout: '300' });
    const long = place(transport, { timeout: '5000' });
    const failed = oneEvent(short, 'b24-error');
    await failed;
    const at = performance.now() - t0;
    expect(at).to.be.within(250, 800);
    expect(short.error?.code).to.equal('TIMEOUT');
    expect(long.state).to.equal('loading');
    await settled(long);
    expect(long.state).to.equal('ready');
    expect(performance.now() - t0).to.be.above(1100);
    expect(portal.count('getStatus'), 'one shared read').to.equal(1);
  });

  it('timeout garbage falls back to the default or is clamped, and never makes a working host look dead', async () => {
    expect([NaN, 'abc', -5, 0, null, undefined, {}].map(boundMs)).to.deep.equal(Array(7).fill(DEFAULT_TIMEOUT_MS));
    expect([Infinity, 2 ** 31, 1e12].map(boundMs)).to.deep.equal(Array(3).fill(MAX_TIMEOUT_MS));
    expect(boundMs(250)).to.equal(250);
    for (const value of ['NaN', '-1', '0', 'Infinity', String(2 ** 31), '1e12', 'soon']) {
      const el = await mount(createPlain({ delay: 30 }).transport, { timeout: value });
      expect(el.state, `timeout="${value}"`).to.equal('ready');
    }
    const el = place(createPlain({ delay: 30 }).transport);
    el.timeout = 2 ** 31 + 5;
    await settled(el);
    expect(el.state).to.equal('ready');
  });

  it('strings overrides: only non-empty strings count', async () => {
    const hostile = {
      get callList() {
        throw new Error('getter');
      },
      retry: undefined,
      loading: null,
      region: 42,
      phone: {},
      line: Symbol('x'),
      callId: '',
      connected: { toString: () => { throw new Error('toString'); } },
      idle: 'Nobody on the line',
    } as unknown as B24CallStatus['strings'];
    const uncaught = await uncaughtDuring(async () => {
      const el = place(createPlain().transport);
      el.strings = hostile;
      await settled(el);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-label')).to.equal('Call status');
      expect(el.shadowRoot!.textContent).to.contain('Nobody on the line');
    });
    expect(uncaught).to.deep.equal([]);
  });

  it('lang: matched in time linear in its length; a value longer than any real tag is ignored', async () => {
    expect(matchLocale('ru-RU')).to.equal('ru');
    expect(matchLocale(`ru-${'x'.repeat(97)}`), '100 characters').to.equal(undefined);
    const huge = 'ru-'.repeat(300_000);
    const t0 = performance.now();
    expect(matchLocale(huge)).to.equal(undefined);
    expect(performance.now() - t0).to.be.below(20);
    const el = await mount(createPlain().transport, { lang: `ru-${'a-'.repeat(60)}` });
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en');
  });

  it('whatever the host throws or rejects with ends in the error state with a b24-error, never stuck, never unhandled', async () => {
    const { proxy: revoked, revoke } = Proxy.revocable({}, {});
    revoke();
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, has: () => { throw new Error('trap'); } });
    const transports: unknown[] = [
      { call: () => { throw revoked; } },
      { call: () => Promise.reject(revoked) },
      { call: () => Promise.reject(trap) },
      { call: async () => trap },
      { call: async () => revoked },
      trap,
      revoked,
      { init: (cb: () => void) => cb(), getDomain: () => 'p', placement: { info: () => { throw revoked; }, call: () => { throw trap; }, bindEvent: () => { throw trap; } } },
      { getLang: () => 'en', placement: { get placement() { throw revoked; }, options: {}, call: () => Promise.reject(trap), bindEvent: () => Promise.reject(trap) }, slider: {} },
      // Made when placed: a rejection made earlier would be unhandled by the test itself.
      () => Promise.reject(revoked),
    ];
    const uncaught = await uncaughtDuring(async () => {
      for (const [i, t] of transports.entries()) {
        const el = place(typeof t === 'function' ? t() : t, { timeout: '200' });
        const failed = oneEvent(el, 'b24-error');
        await waitUntil(() => el.state !== 'loading', `transport ${i} stayed loading`, { timeout: 2000 });
        expect(el.state).to.equal('error');
        await failed;
        el.remove();
      }
    });
    // Described safely: a revoked Proxy cannot even be printed.
    const describe = (e: unknown) => {
      try {
        return String((e as Error)?.stack ?? e);
      } catch {
        return 'a revoked Proxy';
      }
    };
    expect(uncaught.map(describe)).to.deep.equal([]);
  });

  it('only string call states are taken from CallStateChanged; unknown strings are shown as they are', async () => {
    const manual = createManualHost();
    const el = place(manual.transport);
    await nextTasks(1);
    manual.reads()[0].answer(DOC_STATUS);
    await settled(el);
    for (const junk of [42, {}, null, true, ['connected'], '', 'undefined']) manual.fire('CallCard::CallStateChanged', junk);
    await el.updateComplete;
    expect(el.callState).to.equal('idle');
    manual.fire('CallCard::CallStateChanged', 'ringing');
    await el.updateComplete;
    expect(el.callState).to.equal('ringing');
    expect(el.getAttribute('call-state')).to.equal('ringing');
    expect(el.shadowRoot!.textContent).to.contain('ringing');
  });
});

describe('another document: an element created in one and connected in another', () => {
  it('moved into a same-origin child frame: keeps its styles and theming, keeps working, sends nothing', async () => {
    const { transport, portal } = KINDS.BX24();
    const el = await mount(transport, { 'keep-open': '' });
    await until(() => portal.count('disableAutoClose') === 1, 'keep-open');
    const before = getComputedStyle(part(el, 'base')!);
    const radius = before.borderTopLeftRadius;
    expect(radius).not.to.equal('0px');
    const frame = document.body.appendChild(document.createElement('iframe'));
    const doc = frame.contentDocument!;
    doc.body.style.setProperty('--b24-call-status-radius', '7px');
    doc.body.append(el);
    await el.updateComplete;
    expect(el.ownerDocument).to.equal(doc);
    const after = frame.contentWindow!.getComputedStyle(part(el, 'base')!);
    expect(after.display, 'styles went along').to.equal(before.display);
    expect(after.borderTopLeftRadius, 'theming from the new document').to.equal('7px');
    portal.fire('CallCard::CallStateChanged', 'connected');
    await el.updateComplete;
    expect(el.getAttribute('call-state')).to.equal('connected');
    await nextTasks(3);
    expect(portal.count('enableAutoClose')).to.equal(0);
    // And adopted back, styles still apply.
    document.body.append(document.adoptNode(el));
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'base')!).borderTopLeftRadius).to.equal(radius);
    frame.remove();
  });

  it('created in one document and first connected in another: styles apply, no error at the page', async () => {
    const frame = document.body.appendChild(document.createElement('iframe'));
    const uncaught = await uncaughtDuring(async () => {
      const el = document.createElement('b24-call-status');
      el.transport = createPlain().transport as B24CallStatus['transport'];
      frame.contentDocument!.body.append(el);
      await settled(el);
      expect(frame.contentWindow!.getComputedStyle(part(el, 'base')!).display).to.equal('flex');
      expect(partText(el, 'phone')).to.contain(DOC_STATUS.PHONE_NUMBER);
    });
    expect(uncaught).to.deep.equal([]);
    frame.remove();
  });
});

describe('first paint from the placement options', () => {
  for (const [name, make] of Object.entries(LIBRARIES)) {
    it(`${name}: paints the options before getStatus answers; getStatus wins; each real change fires once`, async () => {
      const { transport, portal } = make({ delay: 300 });
      portal.status = { ...DOC_STATUS, CALL_STATE: 'connected' };
      portal.options = Object.fromEntries(Object.entries({ ...DOC_STATUS, CALL_STATE: 'connecting' }).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
      const el = place(transport);
      const log = recordEvents(el);
      await until(() => el.status !== undefined, 'nothing painted from the options', 250);
      expect(portal.count('getStatus') <= 1 && el.state).to.equal('loading');
      expect(el.status).to.include({ CALL_STATE: 'connecting', CRM_ENTITY_ID: 797, CALL_LIST_MODE: false });
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain(DOC_STATUS.PHONE_NUMBER);
      await settled(el);
      await until(() => el.state === 'ready', 'getStatus did not land');
      expect(el.callState).to.equal('connected');
      const changes = log.filter((e) => e.type === 'b24-status-change');
      expect(changes.map((e) => (e.detail as { status: { CALL_STATE: string } }).status.CALL_STATE)).to.deep.equal(['connecting', 'connected']);
    });

    it(`${name}: the options stay on screen, marked stale, when getStatus fails`, async () => {
      const { transport } = make({ status: { error: 'QUERY_LIMIT_EXCEEDED', error_description: '' }, options: { ...Object.fromEntries(Object.entries(DOC_STATUS).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)])) } });
      const el = await mount(transport);
      expect(el.error?.code).to.equal('QUERY_LIMIT_EXCEEDED');
      expect(el.status?.PHONE_NUMBER).to.equal(DOC_STATUS.PHONE_NUMBER);
      expect(el.stale).to.equal(true);
    });
  }

  it('options with none of the documented keys paint nothing', async () => {
    const { transport, portal } = KINDS.BX24({ delay: 200, options: { SOMETHING: 'else' } });
    const el = place(transport);
    await nextTasks(6);
    expect(el.status).to.equal(undefined);
    await settled(el);
    expect(portal.count('getStatus')).to.equal(1);
  });
});
