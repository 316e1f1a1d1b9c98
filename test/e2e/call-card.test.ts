/**
 * callCard() end to end: the demo portal (this page, http://localhost:PORT)
 * and the app page (http://127.0.0.1:PORT) with the real b24jssdk (the
 * B24Frame and its promise) or the wire-level BX24 stand-in; REST (CRM names)
 * from demo/rest-server.mjs. Commands are counted by the portal.
 */
import { expect } from '@open-wc/testing';
import { closeProbeCards, openProbeCard, until } from './support/probe-card.js';

interface Probe {
  snapshot?: { state: string; status?: { CALL_ID?: string; CALL_STATE?: string }; names: Record<string, string>; connectedAt?: number; error?: { code: string } };
  event?: string;
  detail?: { previous?: unknown; state?: string };
  opened?: boolean;
}

afterEach(closeProbeCards);

async function open(query: Record<string, string>) {
  const { portal, received: probes, post } = await openProbeCard<Probe>('core-frame.html', query, 'coreProbe');
  const send = (coreCommand: string) => post({ coreCommand });
  const last = () => probes.filter((p) => p.snapshot).at(-1)?.snapshot;
  return { portal, probes, send, last };
}

const SETUPS: Array<[string, Record<string, string>]> = [
  ['b24jssdk', { lib: 'b24jssdk' }],
  ['b24jssdk, the promise of initializeB24Frame()', { lib: 'b24jssdk', promise: '1' }],
  ['the wire-level BX24', { lib: 'bx24' }],
];

for (const [name, query] of SETUPS) {
  describe(`callCard() across two origins: ${name}`, () => {
    it('reads the status and the CRM names, follows the card, keeps it open, and lets go on dispose', async () => {
      const { portal, probes, send, last } = await open(query);
      await until(() => last()?.state === 'ready', 'never ready');
      expect(probes[0].snapshot?.state, 'the first subscribe call').to.equal('loading');
      await until(() => !!last()?.names['CONTACT:797'], 'no CRM names');
      expect(last()!.names['CONTACT:797']).to.equal('Ivan Petrov');
      const first = probes.find((p) => p.event === 'b24-status-change');
      expect(first?.detail?.previous, 'the first b24-status-change was heard').to.equal(undefined);
      expect(portal.count('getStatus')).to.equal(1);

      await until(() => portal.bindCount('CallCard::CallStateChanged') > 0, 'never bound');
      // b24jssdk hands an event fired within ~900 ms of its bind to the bind's promise; either way it arrives.
      portal.setCallState('connected');
      await until(() => last()?.status?.CALL_STATE === 'connected', 'the state change never arrived');
      expect(last()!.connectedAt).to.be.a('number');
      await until(() => probes.some((p) => p.event === 'b24-call-state-change' && p.detail?.state === 'connected'), 'no b24-call-state-change');

      send('keepOpen');
      await until(() => portal.count('disableAutoClose') === 1, 'keepOpen sent nothing');
      send('open');
      await until(() => probes.some((p) => p.opened !== undefined), 'open() never answered');
      expect(probes.find((p) => p.opened !== undefined)!.opened).to.equal(true);
      send('dispose');
      await until(() => portal.count('enableAutoClose') === 1, 'dispose did not release the hold');
      const count = probes.length;
      portal.setCallState('idle');
      await new Promise((r) => setTimeout(r, 200));
      expect(probes.length, 'nothing after dispose').to.equal(count);
    });
  });
}
