/**
 * The end-to-end live-update suite, run once per client library: the demo
 * portal on one origin, the demo app with the real library on another.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bound, closeCards, EVENTS, openCard, rendered, widgetText, type Lib } from './card.js';

const WIRE: Record<Lib, { init: RegExp; status: RegExp }> = {
  // BX24 keeps the empty params slot; b24jssdk drops it and adds isRawValue.
  bx24: { init: /^getInitData::[^:]+:(\w+)$/, status: /^getStatus:\{\}:[^:]+:(\w+)$/ },
  b24jssdk: { init: /^getInitData:[0-9a-f-]{36}:(\w+)$/, status: /^getStatus:\{"isRawValue":false\}:[0-9a-f-]{36}:(\w+)$/ },
};

export function liveSuite(lib: Lib): void {
  describe(`the emulated call card with ${lib}`, () => {
    afterEach(closeCards);

    it('renders the status on first load, over the documented wire format', async () => {
      const card = await openCard(lib);
      await rendered(card);
      expect(card.link.widgets[0].state).to.equal('ready');
      // The CRM names come from REST a moment after the status.
      await waitUntil(() => widgetText(card).includes('Ivan Petrov'), 'no CRM name shown', { timeout: 8000 });
      expect(widgetText(card)).to.contain('+19999999666').and.contain('Website redesign');
      const sent = card.log.filter((e) => e.dir === 'in').map((e) => String(e.data));
      expect(sent[0]).to.match(WIRE[lib].init);
      expect(sent.find((s) => s.startsWith('getStatus'))).to.match(WIRE[lib].status);
      expect(sent[0].match(WIRE[lib].init)![1]).to.equal(card.portal.appSid);
    });

    it('applies CallStateChanged at once, without a new getStatus', async () => {
      const card = await openCard(lib);
      await rendered(card);
      await bound(card);
      const reads = card.portal.count('getStatus');
      card.portal.setCallState('connecting');
      await waitUntil(() => card.link.widgets[0].callState === 'connecting', 'the state was not applied');
      card.portal.setCallState('connected');
      await waitUntil(() => card.link.widgets[0].callState === 'connected', 'the second state was not applied');
      const changes = card.link.named('b24-call-state-change').filter((e) => e.index === 0);
      expect(changes.map((e) => e.detail)).to.deep.equal([
        { state: 'connecting', previous: 'idle' },
        { state: 'connected', previous: 'connecting' },
      ]);
      expect(widgetText(card)).to.contain('Connected');
      expect(card.portal.count('getStatus')).to.equal(reads);
    });

    it('on EntityChanged fires b24-entity-change, then reads once and shows the new client', async () => {
      const card = await openCard(lib, { count: '3' });
      await rendered(card);
      await bound(card);
      const reads = card.portal.count('getStatus');
      card.portal.setEntity({ PHONE_NUMBER: '+15550001', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 42, CRM_BINDINGS: [] });
      await waitUntil(() => widgetText(card).includes('Deal #42'), 'the new client was not shown');
      expect(card.link.named('b24-entity-change')[0].detail).to.deep.equal({ PHONE_NUMBER: '+15550001', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 42 });
      const status = card.link.named('b24-status-change').filter((e) => e.index === 0).at(-1)!.detail as { status: { PHONE_NUMBER: string } };
      expect(status.status.PHONE_NUMBER).to.equal('+15550001');
      // Three widgets, one shared read.
      expect(card.portal.count('getStatus')).to.equal(reads + 1);
    });

    it('fires b24-before-close for each BeforeClose, twice included', async () => {
      const card = await openCard(lib);
      await rendered(card);
      await bound(card);
      card.portal.fire('CallCard::BeforeClose');
      card.portal.fire('CallCard::BeforeClose');
      await waitUntil(() => card.link.named('b24-before-close').filter((e) => e.index === 0).length === 2, 'two closes expected');
    });

    it('delivers an event fired right after the bind (b24jssdk resolves the bind with it)', async () => {
      const card = await openCard(lib);
      await bound(card, false);
      card.portal.setCallState('connected');
      await waitUntil(() => card.link.widgets[0]?.callState === 'connected', 'the early event was lost', { timeout: 3000 });
      expect(card.link.named('b24-call-state-change')[0].detail).to.deep.equal({ state: 'connected', previous: 'idle' });
    });

    it('25 widgets share one getStatus and one bind per event, also after an EntityChanged', async () => {
      const card = await openCard(lib, { count: '25' });
      await waitUntil(() => card.link.widgets.length === 25 && card.link.widgets.every((w) => w.state === 'ready'), '25 ready widgets', { timeout: 10000 });
      expect(card.portal.count('getStatus')).to.equal(1);
      await bound(card);
      card.portal.setEntity({ CRM_ENTITY_ID: 798 });
      await waitUntil(() => card.link.widgets.every((w) => w.text.includes('Contact #798')), 'all 25 updated');
      expect(card.portal.count('getStatus')).to.equal(2);
      for (const event of EVENTS) expect(card.portal.bindCount(event), event).to.equal(1);
    });

    it('keep-open: disableAutoClose at once and after BeforeClose, enableAutoClose once when unset', async () => {
      const card = await openCard(lib, { keep: '1' });
      await waitUntil(() => card.portal.count('disableAutoClose') === 1, 'no disableAutoClose');
      expect(card.portal.autoCloseBlocked).to.equal(true);
      await bound(card);
      card.portal.setCallState('connected');
      card.portal.setCallState('idle'); // the call ends: BeforeClose, and the card is held
      await waitUntil(() => card.portal.count('disableAutoClose') === 2, 'not repeated after BeforeClose');
      expect(card.portal.closed).to.equal(false);
      expect(card.portal.count('enableAutoClose')).to.equal(0);
      card.link.control({ keepOpen: false });
      await waitUntil(() => card.portal.count('enableAutoClose') === 1, 'no enableAutoClose');
      // Auto-close allowed again after the call ended: the card closes at once.
      expect(card.portal.closed).to.equal(true);
      card.link.control({ snapshot: true });
      await waitUntil(() => card.link.widgets[1]?.keepOpen === false);
      expect(card.portal.count('enableAutoClose')).to.equal(1);
    });

    it('opens a CRM item through openPath unless b24-entity-open is cancelled', async () => {
      const card = await openCard(lib);
      await rendered(card);
      card.link.control({ cancelOpen: true, click: { index: 0, part: 'binding', nth: 0 } });
      await waitUntil(() => card.link.named('b24-entity-open').length === 1, 'no b24-entity-open');
      const cancelled = card.link.named('b24-entity-open')[0];
      expect(cancelled.defaultPrevented).to.equal(true);
      expect(cancelled.detail).to.deep.equal({ ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615, path: '/crm/deal/details/4615/' });
      card.link.control({ cancelOpen: false, click: { index: 0, part: 'crm' } });
      await waitUntil(() => card.portal.opened.length === 1, 'openPath never reached the portal');
      // Messages from one window arrive in order: the cancelled click sent nothing.
      expect(card.portal.opened).to.deep.equal(['/crm/contact/details/797/']);
      expect(card.portal.count('openPath')).to.equal(1);
      card.portal.closeSlider();
      expect(card.portal.slider).to.equal(undefined);
    });

    it('shows WRONG_PLACEMENT when the placement is DEFAULT, and the portal stays silent', async () => {
      const card = await openCard(lib, {}, { placement: 'DEFAULT' });
      await rendered(card);
      expect(card.link.widgets[0].state).to.equal('error');
      expect(widgetText(card)).to.contain('WRONG_PLACEMENT');
      expect(card.portal.count('getStatus')).to.equal(0);
    });

    for (const [failure, code] of [
      ['WRONG_AUTH_TYPE', 'WRONG_AUTH_TYPE'],
      ['QUERY_LIMIT_EXCEEDED', 'QUERY_LIMIT_EXCEEDED'],
      ['not an object', 'BAD_RESPONSE'],
    ] as const) {
      it(`shows ${code} when getStatus answers ${failure}`, async () => {
        const card = await openCard(lib, { timeout: '1500' }, { failure });
        await rendered(card);
        expect(card.link.widgets[0].state).to.equal('error');
        expect(widgetText(card)).to.contain(code);
        expect(card.portal.count('getStatus')).to.equal(1);
      });
    }

    it('shows TIMEOUT when the portal is silent', async () => {
      const card = await openCard(lib, { timeout: '300' }, { silent: true });
      await rendered(card);
      expect(widgetText(card)).to.contain('TIMEOUT');
      expect(card.portal.count('getInitData')).to.equal(1);
      expect(card.log.filter((e) => e.dir === 'out' && !e.note)).to.deep.equal([]);
    });

    it('ignores, without an answer, a command with a wrong APP_SID or from another origin', async () => {
      const card = await openCard(lib, { timeout: '300' });
      await rendered(card);
      card.portal.appSid = 'not-the-app';
      card.link.control({ click: { index: 0, part: 'crm' } });
      await waitUntil(() => card.log.some((e) => e.note === 'ignored: wrong APP_SID'), 'the wrong APP_SID was not refused');
      const sid = card.log.find((e) => e.note === 'ignored: wrong APP_SID')!;
      expect(String(sid.data)).to.match(/^openPath:/);
      // Posted to the app's real origin first; the portal then expects another one.
      card.link.control({ click: { index: 0, part: 'crm' } });
      card.portal.appUrl = `${location.origin}/demo/app.html`;
      await waitUntil(() => card.log.some((e) => e.note?.startsWith('ignored: origin http://127.0.0.1:')), 'the foreign origin was not refused');
      expect(card.portal.opened).to.deep.equal([]);
      expect(card.log.filter((e) => e.dir === 'out' && String(e.data).includes('"result"'))).to.deep.equal([]);
    });
  });
}
