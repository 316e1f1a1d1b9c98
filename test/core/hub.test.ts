import { expect } from '@open-wc/testing';
import type { CallCardEvent, HostAdapter } from '../../src/core/adapters/index.js';
import { CallCardError, codeOf } from '../../src/core/errors.js';
import { Hub, hubFor, type HubClient } from '../../src/core/hub.js';
import type { CallStatus } from '../../src/core/status.js';
import { createBX24 } from '../support/bx24-stand-in.js';
import { DOC_STATUS } from '../support/fake-portal.js';
import { createFrame } from '../support/frame-stand-in.js';
import { createManualHost } from '../support/manual-host.js';
import { createPlain } from '../support/plain-stand-in.js';
import { rejection, rejectionCode, sleep } from './support.js';

const WRONG_AUTH = { error: 'WRONG_AUTH_TYPE', error_description: 'Application context required' };
const plain = (answer: (command: string, params: object) => unknown) => ({ call: async (c: string, p: object) => answer(c, p) });

/** A hub client that records what it hears. */
function client() {
  const heard: Array<[string, unknown]> = [];
  const c: HubClient = {
    onEvent: (event: CallCardEvent, payload: unknown) => heard.push([event, payload]),
    onOptions: (status: CallStatus) => heard.push(['options', status]),
  };
  return { c, heard };
}

/** A hub over an adapter made of `parts` (the rest answers as a plain host with the doc status would). */
function hubWith(parts: Partial<HostAdapter>) {
  const sent: string[] = [];
  const adapter: HostAdapter = {
    ready: () => Promise.resolve(),
    placement: () => undefined,
    options: () => undefined,
    lang: () => 'en',
    call: async (command) => (sent.push(command), command === 'getStatus' ? DOC_STATUS : []),
    bind: () => {},
    openPath: () => {},
    ...parts,
  };
  return { hub: new Hub(adapter), sent };
}

describe('hubFor: one hub per transport', () => {
  it('gives the same hub for a transport, another for another, none for what is no transport', () => {
    const { BX24 } = createBX24();
    expect(hubFor(BX24)).to.be.instanceOf(Hub);
    expect(hubFor(BX24)).to.equal(hubFor(BX24));
    expect(hubFor(BX24)).not.to.equal(hubFor(createBX24().BX24));
    for (const none of [undefined, null, {}, 'BX24', 42]) expect(hubFor(none), String(none)).to.equal(undefined);
  });
});

describe('the hub\'s read: wait for the host, check the placement, read getStatus', () => {
  it('reads over a BX24, a B24Frame, a plain host and a promise of one, and keeps the status as current', async () => {
    const { BX24, portal: p1 } = createBX24({ initDelay: 30 });
    const { frame, portal: p2 } = createFrame();
    const { transport, portal: p3 } = createPlain();
    for (const [t, portal] of [[BX24, p1], [frame, p2], [transport, p3], [Promise.resolve(createFrame().frame), undefined]] as const) {
      const hub = hubFor(t)!;
      const status = await hub.read(2000);
      expect(status.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
      expect(status.CRM_ENTITY_ID).to.equal(797);
      expect(hub.current).to.equal(status);
      if (portal) expect(portal.count('getStatus')).to.equal(1);
    }
  });

  it('WRONG_PLACEMENT when the host tells another placement, without calling getStatus', async () => {
    for (const make of [() => createFrame({ placement: 'CRM_DEAL_DETAIL_TAB' }), () => createBX24({ placement: 'CRM_DEAL_DETAIL_TAB' })]) {
      const { portal, ...lib } = make();
      const hub = hubFor('frame' in lib ? lib.frame : lib.BX24)!;
      expect(await rejectionCode(hub.read(2000))).to.equal('WRONG_PLACEMENT');
      expect(portal.count('getStatus')).to.equal(0);
      expect(hub.current).to.equal(undefined);
    }
  });

  it('passes a rejected init through (the card calls it HOST_ERROR), and sends nothing', async () => {
    const { hub, sent } = hubWith({ ready: () => Promise.reject(new TypeError('bad init')) });
    const error = await rejection(hub.read(2000));
    expect(error).to.be.instanceOf(TypeError).and.have.property('message', 'bad init');
    expect(codeOf(error)).to.equal('HOST_ERROR');
    expect(sent).to.deep.equal([]);
  });

  it('passes on a ready() NO_APP_CONTEXT, and asks for a fresh ready on a fresh read', async () => {
    const asked: unknown[] = [];
    const { hub } = hubWith({ ready: (fresh) => (asked.push(fresh), Promise.reject(new CallCardError('NO_APP_CONTEXT'))) });
    expect(await rejectionCode(hub.read(2000))).to.equal('NO_APP_CONTEXT');
    expect(await rejectionCode(hub.read(2000, true))).to.equal('NO_APP_CONTEXT');
    expect(asked).to.deep.equal([false, true]);
  });

  it('classifies the answer: REST codes, BAD_RESPONSE, and b24jssdk\'s silence as TIMEOUT', async () => {
    const hosts = [createBX24({ status: WRONG_AUTH }).BX24, createFrame({ status: WRONG_AUTH }).frame, plain(() => WRONG_AUTH), plain(() => JSON.stringify(WRONG_AUTH))];
    for (const t of hosts) expect(await rejectionCode(hubFor(t)!.read(2000))).to.equal('WRONG_AUTH_TYPE');
    expect(await rejectionCode(hubFor(plain(() => ({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' })))!.read(2000))).to.equal('QUERY_LIMIT_EXCEEDED');
    for (const answer of [42, 'text', null, [], {}, { call_id: 'x' }]) {
      expect(await rejectionCode(hubFor(plain(() => answer))!.read(2000)), JSON.stringify(answer)).to.equal('BAD_RESPONSE');
    }
    expect(await rejectionCode(hubFor(createBX24({ status: 'nonsense' }).BX24)!.read(2000))).to.equal('BAD_RESPONSE');
    expect(await rejectionCode(hubFor(createFrame({ silent: true, safelyMs: 20 }).frame)!.read(2000))).to.equal('TIMEOUT');
  });

  it('what the host throws passes through as it is (HOST_ERROR for the card)', async () => {
    const boom = () => {
      throw new Error('host exploded');
    };
    const bx24Info = createBX24().BX24;
    bx24Info.placement.info = boom;
    const frameCall = createFrame().frame;
    frameCall.placement.call = boom;
    for (const t of [{ call: boom }, { call: () => Promise.reject('nope') }, bx24Info, frameCall]) {
      expect(codeOf(await rejection(hubFor(t)!.read(2000)))).to.equal('HOST_ERROR');
    }
  });

  it('once placed: binds each card event once, and hands the placement options to its clients before getStatus answers', async () => {
    const host = createManualHost();
    const binds: string[] = [];
    const { hub } = hubWith({
      options: () => ({ ...DOC_STATUS, CRM_ENTITY_ID: '797', CALL_LIST_MODE: 'false' }),
      call: (command, params) => host.transport.call(command, params),
      bind: (event) => void binds.push(event),
    });
    const { c, heard } = client();
    hub.clients.add(c);
    const read = hub.read(2000);
    await sleep(5);
    expect(binds).to.deep.equal(['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose']);
    expect(hub.early?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    expect(heard).to.deep.equal([['options', hub.early]]);
    expect(hub.current).to.equal(undefined);
    host.reads()[0].answer(DOC_STATUS);
    await read;
    // A second read binds nothing more and tells no options again.
    const second = hub.read(2000, true);
    await sleep(5);
    host.reads()[1].answer(DOC_STATUS);
    await second;
    expect(binds).to.have.length(3);
    expect(heard).to.have.length(1);
  });

  it('placement options that are no status, or a throwing options(), are no early status; getStatus still answers', async () => {
    for (const options of [() => ({}), () => undefined, () => 'garbage', () => {
      throw new Error('options');
    }]) {
      const { hub } = hubWith({ options });
      expect((await hub.read(2000)).CALL_ID).to.equal(DOC_STATUS.CALL_ID);
      expect(hub.early).to.equal(undefined);
    }
  });

  it('a throwing bind does not stop the read; the other events are still bound', async () => {
    const bound: string[] = [];
    const { hub } = hubWith({
      bind: (event) => {
        if (event === 'CallCard::CallStateChanged') throw new Error('bind');
        bound.push(event);
      },
    });
    expect((await hub.read(2000)).CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    expect(bound).to.deep.equal(['CallCard::EntityChanged', 'CallCard::BeforeClose']);
  });
});

describe('the hub\'s reads are shared: one in flight, one queued after it', () => {
  it('plain reads join the one in flight: one getStatus', async () => {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    const a = hub.read(2000);
    const b = hub.read(500);
    await sleep(5);
    expect(host.reads()).to.have.length(1);
    host.reads()[0].answer(DOC_STATUS);
    expect(await a).to.equal(await b);
  });

  it('fresh reads while one is in flight share one read queued after it', async () => {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    const first = hub.read(2000);
    await sleep(5);
    const fresh = [hub.read(2000, true), hub.read(2000, true), hub.read(2000)];
    await sleep(5);
    expect(host.reads()).to.have.length(1);
    host.reads()[0].answer({ ...DOC_STATUS, CALL_STATE: 'connecting' });
    expect((await first).CALL_STATE).to.equal('connecting');
    await sleep(5);
    expect(host.reads()).to.have.length(2);
    host.reads()[1].answer({ ...DOC_STATUS, CALL_STATE: 'connected' });
    const [x, y, plainRead] = await Promise.all(fresh);
    expect(x).to.equal(y);
    expect(x.CALL_STATE).to.equal('connected');
    // The plain read joined the first, in flight when it was asked.
    expect(plainRead.CALL_STATE).to.equal('connecting');
    expect(hub.current).to.equal(x);
  });

  it('a fresh read in the same turn as the read it would queue behind shares that read', async () => {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    const a = hub.read(2000);
    const b = hub.read(2000, true);
    await sleep(5);
    expect(host.reads()).to.have.length(1);
    host.reads()[0].answer(DOC_STATUS);
    expect(await a).to.equal(await b);
  });

  it('a host that never answers does not block the queue: the queued read starts once the longest bound passed', async () => {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    void hub.read(60).catch(() => {});
    await sleep(5);
    const queued = hub.read(2000, true);
    await sleep(20);
    expect(host.reads()).to.have.length(1);
    await sleep(80);
    expect(host.reads()).to.have.length(2);
    host.reads()[1].answer(DOC_STATUS);
    expect((await queued).CALL_ID).to.equal(DOC_STATUS.CALL_ID);
  });
});

describe('the hub\'s events: applied to the current status, then fanned out', () => {
  async function readHub() {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    const read = hub.read(2000);
    await sleep(5);
    host.reads()[0].answer(DOC_STATUS);
    await read;
    return { host, hub };
  }

  it('CallStateChanged sets the state of the current status; every client hears the event after that', async () => {
    const { host, hub } = await readHub();
    const before = hub.current!;
    let seenCurrent: unknown;
    const a = client();
    hub.clients.add({ ...a.c, onEvent: (e, p) => ((seenCurrent = hub.current?.CALL_STATE), a.c.onEvent(e, p)) });
    host.fire('CallCard::CallStateChanged', 'connected');
    expect(hub.current).not.to.equal(before);
    expect(hub.current!.CALL_STATE).to.equal('connected');
    expect(seenCurrent).to.equal('connected');
    expect(a.heard).to.deep.equal([['CallCard::CallStateChanged', 'connected']]);
    // A payload that is no state changes nothing, and is still told.
    host.fire('CallCard::CallStateChanged', '');
    expect(hub.current!.CALL_STATE).to.equal('connected');
    expect(a.heard).to.have.length(2);
  });

  it('EntityChanged: the current status is no longer current, and a read in flight does not make it so', async () => {
    const { host, hub } = await readHub();
    const inFlight = hub.read(2000, true);
    await sleep(5);
    host.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+1' });
    expect(hub.current).to.equal(undefined);
    host.reads()[1].answer(DOC_STATUS);
    await inFlight;
    expect(hub.current).to.equal(undefined);
  });

  it('a client that throws does not starve the others', async () => {
    const { host, hub } = await readHub();
    const b = client();
    hub.clients.add({ onEvent: () => { throw new Error('client'); }, onOptions: () => {} });
    hub.clients.add(b.c);
    host.fire('CallCard::BeforeClose');
    expect(b.heard).to.deep.equal([['CallCard::BeforeClose', undefined]]);
  });
});

describe('the hub\'s keep-open: counted across owners, only the edges reach the host', () => {
  it('disableAutoClose on the first hold, enableAutoClose a task after the last release', async () => {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    const commands = () => host.calls.map((c) => c.command).filter((c) => c !== 'getStatus');
    const [a, b] = [{}, {}];
    hub.keepOpen(a, true);
    hub.keepOpen(b, true);
    await sleep(5);
    expect(commands()).to.deep.equal(['disableAutoClose']);
    hub.keepOpen(a, false);
    hub.keepOpen(b, false);
    expect(commands()).to.deep.equal(['disableAutoClose']);
    await sleep(10);
    expect(commands()).to.deep.equal(['disableAutoClose', 'enableAutoClose']);
  });

  it('a release and a hold in the same task (an element moved in the DOM) send nothing', async () => {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    const owner = {};
    hub.keepOpen(owner, true);
    await sleep(5);
    hub.keepOpen(owner, false);
    hub.keepOpen(owner, true);
    await sleep(10);
    expect(host.calls.map((c) => c.command)).to.deep.equal(['disableAutoClose']);
    hub.keepOpen(owner, false);
    await sleep(10);
  });

  it('BeforeClose while held blocks the restarted countdown again at once', async () => {
    const host = createManualHost();
    const hub = hubFor(host.transport)!;
    void hub.read(2000).catch(() => {});
    await sleep(5);
    host.reads()[0].answer(DOC_STATUS);
    const owner = {};
    hub.keepOpen(owner, true);
    await sleep(5);
    host.fire('CallCard::BeforeClose');
    await sleep(5);
    expect(host.calls.filter((c) => c.command === 'disableAutoClose')).to.have.length(2);
    hub.keepOpen(owner, false);
    await sleep(10);
  });
});
