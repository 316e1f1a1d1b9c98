/**
 * The two BX24 stand-ins against what the real script does (demo/bx24-wire.ts
 * lists it): the in-memory one over a FakePortal, and the wire-level one
 * loaded by a real page (test/support/bx24-page.html) in an iframe that the
 * demo portal (demo/portal.ts) names and answers, with REST served for real by the test server (demo/rest-server.mjs).
 */
import { expect } from '@open-wc/testing';
import type { BX24Result, BX24Script } from '../demo/bx24-wire.js';
import { Portal, type Placement } from '../demo/portal.js';
import type { RestControls, RestRequest } from '../demo/rest-api.js';
import { createBX24 } from './support/bx24-stand-in.js';

interface Opened {
  BX24: BX24Script;
  /** Placement commands the portal accepted (init and refreshAuth left out). */
  commands(): string[];
  rest(): Promise<Array<RestRequest & { contentType?: string }>>;
  setRest(c: Partial<RestControls>): Promise<unknown>;
  /** The portal forgets every token it handed out: a whole-request error follows. */
  forgetTokens(): Promise<unknown>;
  refreshes(): number;
  close(): void;
}
interface Harness {
  name: string;
  open(placement?: Placement): Promise<Opened>;
  /** The library loaded where there is no Bitrix24 bootstrap. */
  outside(): Promise<{ BX24: BX24Script; error: unknown }>;
}

const HANDSHAKE = ['getInitData', 'refreshAuth'];
const inits = (BX24: BX24Script) => new Promise<void>((r) => BX24.init(r));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const until = async (check: () => boolean | Promise<boolean>, what: string, ms = 3000) => {
  const end = performance.now() + ms;
  while (!(await check())) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await sleep(10);
  }
};

const inMemory: Harness = {
  name: 'the in-memory stand-in',
  async open(placement = 'CALL_CARD') {
    const { BX24, portal } = createBX24({ placement, initDelay: 20 });
    return {
      BX24,
      commands: () => portal.received.map((r) => r.command),
      rest: async () => portal.rest.requests,
      setRest: async (c) => portal.rest.set(c),
      forgetTokens: async () => portal.rest.tokens.clear(),
      refreshes: () => portal.rest.tokens.size - 1,
      close() {},
    };
  },
  async outside() {
    const { BX24, error } = createBX24({ name: '' });
    return { BX24, error };
  },
};

const frames: HTMLElement[] = [];
const wire: Harness = {
  name: 'the wire-level stand-in in a real iframe',
  async open(placement = 'CALL_CARD') {
    const box = document.body.appendChild(document.createElement('div'));
    frames.push(box);
    const portal = new Portal(box, { appUrl: '/test/support/bx24-page.html', placement });
    await portal.load();
    const BX24 = (portal.iframe!.contentWindow as Window & { BX24: BX24Script }).BX24;
    return {
      BX24,
      commands: () => portal.received.map((r) => r.command).filter((c) => !HANDSHAKE.includes(c)),
      rest: async () => (await portal.restState()).requests,
      setRest: (c) => portal.rest(c),
      forgetTokens: () => fetch(`/_emulator/rest/${portal.restSession}/reset`, { method: 'POST' }),
      refreshes: () => portal.count('refreshAuth'),
      close: () => portal.dispose(),
    };
  },
  async outside() {
    // An iframe without the bootstrap name, as a page opened outside Bitrix24.
    const iframe = Object.assign(document.createElement('iframe'), { src: '/test/support/bx24-page.html' });
    frames.push(iframe);
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    const win = iframe.contentWindow as Window & { BX24: BX24Script; bx24LoadError?: unknown };
    return { BX24: win.BX24, error: win.bx24LoadError };
  },
};

/** Run `body` while the page's (and the app frame's) error handler swallows what the script throws in its handlers; return that. */
async function pageErrors(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const windows = [window, ...[...document.querySelectorAll('iframe')].map((f) => f.contentWindow!)];
  const previous = windows.map((w) => w.onerror);
  for (const w of windows) w.onerror = (message, _s, _l, _c, error) => (seen.push(error ?? message), true);
  try {
    await body();
  } finally {
    windows.forEach((w, i) => (w.onerror = previous[i]));
  }
  return seen;
}

const MEMBERS = [
  'init', 'install', 'installFinish', 'callMethod', 'callBatch', 'callBind', 'callUnbind', 'callUnBind', 'canUse', 'isAdmin',
  'getAuth', 'getLang', 'getDomain', 'refreshAuth', 'resizeWindow', 'fitWindow', 'reloadWindow', 'setTitle', 'scrollParentWindow',
  'isReady', 'ready', 'proxy', 'proxyContext', 'bind', 'unbind', 'getScrollSize', 'selectAccess', 'selectUser', 'selectUsers',
  'selectCRM', 'openApplication', 'openPath', 'closeApplication', 'loadScript',
];

for (const h of [inMemory, wire]) {
  describe(`BX24 stand-ins: ${h.name}`, () => {
    let open: Opened[] = [];
    const card = async (placement?: Placement) => {
      const o = await h.open(placement);
      open.push(o);
      return o;
    };
    afterEach(() => {
      open.forEach((o) => o.close());
      open = [];
      frames.splice(0).forEach((f) => f.remove());
    });

    it('outside a frame: a full BX24, the load error, init never, empty domain and language, nulls from info()', async () => {
      const { BX24, error } = await h.outside();
      expect((error as Error)?.message).to.equal('Unable to initialize Bitrix24 JS library!');
      for (const m of MEMBERS) expect(typeof BX24[m], m).to.equal('function');
      for (const m of ['info', 'getInterface', 'call', 'bindEvent']) expect(typeof (BX24.placement as Record<string, unknown>)[m], m).to.equal('function');
      for (const m of ['callTo', 'phoneTo', 'openMessenger', 'openHistory']) expect(typeof (BX24.im as Record<string, unknown>)[m], m).to.equal('function');
      expect(BX24.getDomain()).to.equal('');
      expect(BX24.getLang()).to.equal('');
      expect(BX24.placement.info()).to.deep.equal({ placement: null, options: null });
      let ran = false;
      BX24.init(() => (ran = true));
      await sleep(100);
      expect(ran).to.equal(false);
      // Commands go to the target origin "https://", which postMessage refuses; REST finds no rate limiter.
      // (Names, not classes: the wire-level library lives in another realm.)
      expect(() => BX24.placement.call('getStatus', {}, () => {})).to.throw().with.property('name', 'SyntaxError');
      expect(() => BX24.callMethod('crm.item.get', {}, () => {})).to.throw().with.property('name', 'TypeError');
    });

    it('placement.info() never throws: nulls before init, the placement and its string options after', async () => {
      const { BX24 } = await card();
      expect(BX24.placement.info()).to.deep.equal({ placement: null, options: null });
      expect(BX24.getLang()).to.equal('');
      expect(BX24.getDomain()).to.not.equal('');
      await inits(BX24);
      const info = BX24.placement.info() as { placement: string; options: Record<string, string> };
      expect(info.placement).to.equal('CALL_CARD');
      expect(info.options).to.include({ CRM_ENTITY_ID: '797', CALL_LIST_MODE: 'false' });
      expect(BX24.getLang()).to.equal('en');
    });

    it('init callbacks wait for the init answer; init(cb) after init runs cb in a ~10 ms timer', async () => {
      const { BX24 } = await card();
      const order: string[] = [];
      BX24.init(() => order.push('queued'));
      await inits(BX24);
      expect(order).to.deep.equal(['queued']);
      const start = performance.now();
      let at = 0;
      BX24.init(() => (at = performance.now()));
      expect(at).to.equal(0); // not at once
      await until(() => at > 0, 'init(cb) after init never ran');
      expect(at - start).to.be.at.least(8);
    });

    it('placement.call silently ignores the names of BX24 members; other commands go out', async () => {
      const { BX24, commands } = await card();
      await inits(BX24);
      let answered = 0;
      for (const name of ['openPath', 'resizeWindow', 'getLang', 'callMethod', 'init', 'placement']) BX24.placement.call(name, { path: '/x/' }, () => answered++);
      BX24.placement.call('getStatus', {}, () => answered++);
      await until(() => answered === 1, 'getStatus was not answered');
      await sleep(50);
      expect(commands()).to.deep.equal(['getStatus']);
      expect(answered).to.equal(1);
    });

    it('callMethod: a form POST with auth and no Content-Type, answered with data(), error(), error_description()', async () => {
      const { BX24, rest, setRest } = await card();
      await inits(BX24);
      const token = (BX24.getAuth() as { access_token: string }).access_token;
      const ok = await new Promise<BX24Result>((r) => BX24.callMethod('crm.item.get', { entityTypeId: 3, id: 797 }, r));
      expect(ok.data()).to.deep.equal({ item: { id: 797, name: 'Ivan', secondName: '', lastName: 'Petrov' } });
      expect(ok.error()).to.equal(undefined);
      await setRest({ noScope: true });
      const denied = await new Promise<BX24Result>((r) => BX24.callMethod('crm.item.get', { entityTypeId: 3, id: 797 }, r));
      expect(denied.data()).to.equal(undefined);
      expect(denied.error()?.getError().error).to.equal('insufficient_scope');
      expect(String(denied.error())).to.match(/^insufficient_scope: .+ \(401\)$/);
      expect(denied.error_description()).to.be.a('string');
      const requests = await rest();
      expect(requests.map((r) => [r.method, r.kind, r.auth, r.status])).to.deep.equal([
        ['crm.item.get', 'legacy', token, 200],
        ['crm.item.get', 'legacy', token, 401],
      ]);
      // The real server sees what XHR makes of a string body with no header set.
      if (h === wire) expect(requests[0].contentType).to.equal('text/plain;charset=UTF-8');
    });

    it('expired_token: asks the parent for refreshAuth, then sends the call again', async () => {
      const { BX24, rest, setRest, refreshes } = await card();
      await inits(BX24);
      await setRest({ expired: 'once' });
      const res = await new Promise<BX24Result>((r) => BX24.callMethod('crm.item.get', { entityTypeId: 2, id: 4615 }, r));
      expect(res.data()).to.deep.equal({ item: { id: 4615, title: 'Website redesign' } });
      expect(refreshes()).to.equal(1);
      expect((await rest()).map((r) => r.status)).to.deep.equal([401, 200]);
    });

    it('a 5xx answer or a network error: "Query error!" thrown in the XHR handler, and no callback', async () => {
      const { BX24, rest, setRest } = await card();
      await inits(BX24);
      let called = 0;
      const thrown = await pageErrors(async () => {
        await setRest({ rateLimited: true });
        BX24.callMethod('crm.item.get', { entityTypeId: 3, id: 797 }, () => called++);
        await until(async () => (await rest()).some((r) => r.status === 503), 'no 503');
        await sleep(60);
        // The connection cut before an answer: the XHR's error handler.
        await setRest({ rateLimited: false, dropped: true });
        BX24.callMethod('crm.item.get', { entityTypeId: 3, id: 797 }, () => called++);
        await until(async () => (await rest()).length >= 2, 'the second request never arrived');
        await sleep(100);
      });
      expect(called).to.equal(0);
      expect(thrown).to.deep.equal(['Query error!', 'Query error!']);
    });

    it('callBatch: one REST batch of method?query rows, a result per command, errors per command', async () => {
      const { BX24, rest, setRest } = await card();
      await inits(BX24);
      await setRest({ denied: ['COMPANY:643'] });
      const results = await new Promise<Record<string, BX24Result>>((r) =>
        BX24.callBatch(
          { contact: ['crm.item.get', { entityTypeId: 3, id: 797 }], company: { method: 'crm.item.get', params: { entityTypeId: 4, id: 643 } }, skipped: null },
          (res) => r(res as Record<string, BX24Result>)
        )
      );
      expect(Object.keys(results)).to.deep.equal(['contact', 'company']);
      expect(results.contact.data()).to.have.nested.property('item.lastName', 'Petrov');
      expect(results.company.error()?.getError()).to.include({ error: 'ACCESS_DENIED' });
      const requests = await rest();
      expect(requests).to.have.length(1);
      expect(requests[0].method).to.equal('batch');
      expect(requests[0].commands).to.deep.equal(['crm.item.get?entityTypeId=3&id=797', 'crm.item.get?entityTypeId=4&id=643']);
    });

    it('callBatch: a whole-request error throws inside the script, and the callback never runs', async () => {
      const { BX24, rest, forgetTokens } = await card();
      await inits(BX24);
      await forgetTokens();
      let called = 0;
      const thrown = await pageErrors(async () => {
        BX24.callBatch({ a: ['crm.item.get', { entityTypeId: 3, id: 797 }] }, () => called++);
        await sleep(h === wire ? 200 : 60);
      });
      expect(called).to.equal(0);
      expect(thrown.map((e) => (e as Error)?.name)).to.deep.equal(['TypeError']);
      if (h === inMemory) expect((await rest()).map((r) => r.status)).to.deep.equal([401]);
      // No valid command at all: nothing is sent, and no callback.
      BX24.callBatch({ a: null, b: [] }, () => called++);
      await sleep(60);
      expect(called).to.equal(0);
    });
  });
}
