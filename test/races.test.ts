import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { createManualHost } from './support/manual-host.js';
import { nextTasks, place, recordEvents, removeAll, settled, uncaughtDuring } from './support/mount.js';

const statusWith = (CALL_ID: string) => ({ ...DOC_STATUS, CALL_ID });
const changes = (log: ReturnType<typeof recordEvents>) => log.filter((e) => e.type === 'b24-status-change');

afterEach(removeAll);

async function readyOn(manual: ReturnType<typeof createManualHost>): Promise<B24CallStatus> {
  const el = place(manual.transport);
  await nextTasks(1);
  manual.reads()[0].answer(statusWith('first'));
  return settled(el);
}

describe('races: rapid refresh()', () => {
  // Every order in which three answers can arrive.
  const ORDERS = [
    [0, 1, 2],
    [0, 2, 1],
    [1, 0, 2],
    [1, 2, 0],
    [2, 0, 1],
    [2, 1, 0],
  ];
  for (const order of ORDERS) {
    it(`the latest refresh wins when answers arrive in the order ${order.join(', ')}`, async () => {
      const manual = createManualHost();
      const el = await readyOn(manual);
      const log = recordEvents(el);
      const results = [el.refresh(), el.refresh(), el.refresh()];
      await nextTasks(1);
      const reads = manual.reads().slice(1);
      expect(reads.length, 'each refresh() asks the host anew').to.equal(3);
      for (const i of order) {
        reads[i].answer(statusWith(`answer ${i}`));
        await nextTasks(1);
      }
      expect(el.status?.CALL_ID).to.equal('answer 2');
      expect((await results[2])?.CALL_ID).to.equal('answer 2');
      await Promise.all(results);
      // Only the winning answer is ever shown or announced.
      expect(changes(log).map((e) => (e.detail as { status: { CALL_ID: string } }).status.CALL_ID)).to.deep.equal(['answer 2']);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part="call-id"]')!.textContent).to.equal('answer 2');
    });
  }

  it('a failing older read does not overwrite a newer success, nor the reverse', async () => {
    const manual = createManualHost();
    const el = await readyOn(manual);
    const log = recordEvents(el);
    const older = el.refresh();
    const newer = el.refresh();
    await nextTasks(1);
    const [a, b] = manual.reads().slice(1);
    b.answer(statusWith('new'));
    await nextTasks(1);
    a.fail(new Error('late failure'));
    expect(await newer).to.deep.include({ CALL_ID: 'new' });
    await older;
    expect(el.state).to.equal('ready');
    expect(el.error).to.equal(undefined);
    expect(log.some((e) => e.type === 'b24-error')).to.equal(false);

    const olderOk = el.refresh();
    const newerFail = el.refresh();
    await nextTasks(1);
    const [c, d] = manual.reads().slice(3);
    d.answer({ error: 'QUERY_LIMIT_EXCEEDED', error_description: '' });
    await nextTasks(1);
    c.answer(statusWith('stale'));
    expect(await newerFail).to.equal(undefined);
    await olderOk;
    expect(el.error?.code).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(el.status?.CALL_ID).to.equal('new');
  });
});

describe('races: lifecycle', () => {
  it('removed while a read is in flight: no event, no render, no error afterwards', async () => {
    for (const settle of ['answer', 'fail', 'error object'] as const) {
      const manual = createManualHost();
      const el = place(manual.transport);
      await nextTasks(1);
      expect(manual.reads().length).to.equal(1);
      const log = recordEvents(document);
      const before = el.shadowRoot!.innerHTML;
      el.remove();
      let renders = 0;
      el.addController({ hostUpdated: () => void renders++ });
      const uncaught = await uncaughtDuring(async () => {
        const [read] = manual.reads();
        if (settle === 'answer') read.answer(DOC_STATUS);
        else if (settle === 'fail') read.fail(new Error('too late'));
        else read.answer({ error: 'expired_token', error_description: '' });
        await nextTasks(3);
      });
      expect(uncaught, settle).to.deep.equal([]);
      expect(log, settle).to.deep.equal([]);
      expect(renders, settle).to.equal(0);
      expect(el.isUpdatePending, settle).to.equal(false);
      expect(el.shadowRoot!.innerHTML, settle).to.equal(before);
      expect(el.state, settle).to.equal('loading');
      expect(el.status, settle).to.equal(undefined);
    }
  });

  it('removed while the TIMEOUT timer runs: no error event when it fires', async () => {
    const { BX24 } = createBX24({ silent: true });
    const el = place(BX24, { timeout: '40' });
    await el.updateComplete;
    const log = recordEvents(document);
    el.remove();
    await new Promise((r) => setTimeout(r, 80));
    expect(log).to.deep.equal([]);
    expect(el.error).to.equal(undefined);
  });

  it('moved in the DOM in one task while a read is in flight: ends ready after one host read', async () => {
    const { BX24, portal } = createBX24({ delay: 30 });
    const el = place(BX24);
    await el.updateComplete;
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el); // one task: disconnect, then connect
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(portal.count('getStatus')).to.equal(1);
    expect(el.status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    other.remove();
  });

  it('a transport swapped while a read is in flight: the old answer is ignored, whenever it comes', async () => {
    for (const oldFirst of [true, false]) {
      const oldHost = createManualHost();
      const newHost = createManualHost();
      const el = place(oldHost.transport);
      await nextTasks(1);
      const log = recordEvents(el);
      el.transport = newHost.transport;
      await nextTasks(1);
      const settleOld = () => oldHost.reads()[0].answer(statusWith('old'));
      const settleNew = () => newHost.reads()[0].answer(statusWith('new'));
      if (oldFirst) settleOld();
      await nextTasks(1);
      expect(el.status, 'the old answer never lands').to.equal(undefined);
      settleNew();
      await settled(el);
      if (!oldFirst) settleOld();
      await nextTasks(2);
      expect(el.status?.CALL_ID).to.equal('new');
      expect(changes(log).length).to.equal(1);
      // Events from the old host no longer reach the element.
      oldHost.fire('CallCard::CallStateChanged', 'connected');
      expect(el.status?.CALL_STATE).to.equal('idle');
      el.remove();
    }
  });

  it('a host that answers twice to one call: the second answer is ignored', async () => {
    const { BX24, portal } = createBX24();
    const call = BX24.placement.call;
    BX24.placement.call = (command, params, cb) =>
      call(command, params, (result) => {
        cb(result);
        setTimeout(() => cb({ ...DOC_STATUS, CALL_STATE: 'connected', CALL_ID: 'second' }), 5);
        setTimeout(() => cb({ error: 'expired_token', error_description: '' }), 10);
      });
    const el = place(BX24);
    const log = recordEvents(el);
    await settled(el);
    await nextTasks(5);
    expect(el.status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    expect(el.state).to.equal('ready');
    expect(log.map((e) => e.type)).to.deep.equal(['b24-status-change']);
    expect(portal.count('getStatus')).to.equal(1);
  });

  it('BX24.init calling back twice still gives one read', async () => {
    const { BX24, portal } = createBX24();
    const init = BX24.init;
    BX24.init = (cb) => init(() => (cb(), cb()));
    const el = place(BX24);
    await settled(el);
    await nextTasks(3);
    expect(el.state).to.equal('ready');
    expect(portal.count('getStatus')).to.equal(1);
  });
});
