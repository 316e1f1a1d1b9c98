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
  it('a burst of refreshes costs one read in flight plus one after it; each resolves with a read made at or after its call', async () => {
    const manual = createManualHost();
    const el = await readyOn(manual);
    const log = recordEvents(el);
    const first = el.refresh();
    await nextTasks(1);
    // Asked while the first is in flight: they share one read, made after it.
    const burst = Array.from({ length: 10 }, () => el.refresh());
    await nextTasks(1);
    expect(manual.reads().length, 'reads after the burst started').to.equal(2);
    manual.reads()[1].answer(statusWith('in flight'));
    await nextTasks(1);
    expect(manual.reads().length, 'one more read, after the one in flight').to.equal(3);
    manual.reads()[2].answer(statusWith('after'));
    expect((await first)?.CALL_ID).to.equal('in flight');
    for (const p of burst) expect((await p)?.CALL_ID, 'a burst refresh got a read made after its call').to.equal('after');
    expect(manual.reads().length, 'no read per call').to.equal(3);
    expect(el.status?.CALL_ID).to.equal('after');
    // The first answer was superseded before it landed: only the last is shown and announced.
    expect(changes(log).map((e) => (e.detail as { status: { CALL_ID: string } }).status.CALL_ID)).to.deep.equal(['after']);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="call-id"]')!.textContent).to.equal('after');
  });

  it('a burst of EntityChanged events costs one read in flight plus one after it', async () => {
    const manual = createManualHost();
    const el = await readyOn(manual);
    // Each event a turn of its own, as messages from the portal are.
    for (let i = 0; i < 20; i++) {
      manual.fire('CallCard::EntityChanged', { PHONE_NUMBER: `+7${i}`, CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: i + 1 });
      await Promise.resolve();
    }
    await nextTasks(1);
    expect(manual.reads().length).to.equal(2);
    manual.reads()[1].answer(statusWith('for an older client'));
    await nextTasks(1);
    expect(manual.reads().length).to.equal(3);
    manual.reads()[2].answer({ ...statusWith('current'), PHONE_NUMBER: '+719', CRM_ENTITY_ID: 20 });
    await settled(el);
    await nextTasks(1);
    expect(manual.reads().length).to.equal(3);
    expect(el.status).to.include({ CALL_ID: 'current', PHONE_NUMBER: '+719' });
  });

  it('when a read outlives its bound, a refresh asks again; whichever answer comes last, the newest read wins', async () => {
    for (const newerFirst of [true, false]) {
      const manual = createManualHost();
      const el = await readyOn(manual);
      el.timeout = 60;
      const older = el.refresh();
      await nextTasks(1);
      expect(await older, 'the first read timed out').to.equal(undefined);
      expect(el.error?.code).to.equal('TIMEOUT');
      const newer = el.refresh();
      await nextTasks(1);
      const [, a, b] = manual.reads();
      expect(b, 'the retry asked the host again').to.not.equal(undefined);
      if (newerFirst) {
        b.answer(statusWith('new'));
        await nextTasks(1);
        a.answer(statusWith('old'));
      } else {
        a.answer(statusWith('old'));
        await nextTasks(1);
        b.answer(statusWith('new'));
      }
      expect((await newer)?.CALL_ID).to.equal('new');
      await nextTasks(2);
      expect(el.status?.CALL_ID, newerFirst ? 'newer first' : 'older first').to.equal('new');
      expect(el.state).to.equal('ready');
      el.remove();
    }
  });

  it('a failing read does not overwrite a newer success, nor a late success a newer failure', async () => {
    const manual = createManualHost();
    const el = await readyOn(manual);
    const log = recordEvents(el);
    const older = el.refresh();
    await nextTasks(1);
    const newer = el.refresh();
    manual.reads()[1].fail(new Error('failure of the older read'));
    await nextTasks(1);
    manual.reads()[2].answer(statusWith('new'));
    expect(await newer).to.deep.include({ CALL_ID: 'new' });
    expect(await older).to.equal(undefined);
    expect(el.state).to.equal('ready');
    expect(el.error).to.equal(undefined);
    expect(log.some((e) => e.type === 'b24-error')).to.equal(false);

    const olderOk = el.refresh();
    await nextTasks(1);
    const newerFail = el.refresh();
    manual.reads()[3].answer(statusWith('superseded'));
    await nextTasks(1);
    manual.reads()[4].answer({ error: 'QUERY_LIMIT_EXCEEDED', error_description: '' });
    expect(await newerFail).to.equal(undefined);
    expect((await olderOk)?.CALL_ID, 'the older refresh still got its own read').to.equal('superseded');
    expect(el.error?.code).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(el.status?.CALL_ID, 'a superseded answer is not shown').to.equal('new');
    expect(el.stale, 'what is shown is marked not up to date').to.equal(true);
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
