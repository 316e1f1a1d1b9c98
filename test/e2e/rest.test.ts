/**
 * REST end to end: the demo portal (this page, http://localhost:PORT) serves
 * /rest/ for real (demo/rest-server.mjs); the app page (http://127.0.0.1:PORT)
 * runs the core's adapter (batch) and CrmNames over the wire-level BX24
 * stand-in or the real b24jssdk. Requests are counted on the server.
 */
import { expect } from '@open-wc/testing';
import type { Portal, RestState } from '../../demo/portal.js';
import type { Probe, ProbeResult } from './support/rest-frame.js';
import { closeProbeCards, openProbeCard, until } from './support/probe-card.js';

const DOC_ITEMS = [
  { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 797 },
  { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
  { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 },
];
const CALLS = {
  contact: ['crm.item.get', { entityTypeId: 3, id: 797 }],
  deal: ['crm.item.get', { entityTypeId: 2, id: 4615 }],
  quote: ['crm.item.get', { entityTypeId: 7, id: 18 }],
} as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Lib = 'bx24' | 'b24jssdk';

interface Card {
  portal: Portal;
  probe(p: Omit<Extract<Probe, { kind: 'batch' }>, 'id'> | Omit<Extract<Probe, { kind: 'names' }>, 'id'>): Promise<ProbeResult>;
  requests(): Promise<RestState['requests']>;
}

afterEach(closeProbeCards);

async function openCard(lib: Lib): Promise<Card> {
  const { portal, received, post } = await openProbeCard<ProbeResult | { ready: true }>('rest-frame.html', { lib }, 'restProbeResult');
  await until(() => received.some((r) => 'ready' in r), 'the library never became ready');
  const answer = (id: number) => received.find((r): r is ProbeResult => !('ready' in r) && r.id === id);
  let seq = 0;
  return {
    portal,
    async probe(p) {
      const id = ++seq;
      post({ restProbe: { ...p, id } });
      await until(() => !!answer(id), `no answer to probe ${id}`, p.ms + 5000);
      return answer(id)!;
    },
    requests: async () => (await portal.restState()).requests,
  };
}

for (const lib of ['bx24', 'b24jssdk'] as const) {
  // What each library sends: the legacy form body to /rest/m.json, or b24jssdk's JSON to /rest/m.
  const wire = lib === 'bx24' ? { kind: 'legacy', type: 'text/plain;charset=UTF-8' } : { kind: 'json', type: 'application/json' };

  describe(`REST from the call card frame with ${lib}`, () => {
    it('reads CRM names in one cross-origin batch, authorised by the token from getInitData', async () => {
      const card = await openCard(lib);
      const r = await card.probe({ kind: 'names', items: DOC_ITEMS, ms: 3000 });
      expect(r.names).to.deep.equal({ 'CONTACT:797': 'Ivan Petrov', 'DEAL:4615': 'Website redesign', 'COMPANY:643': 'Acme LLC' });
      expect(r.updates).to.equal(1);
      const requests = await card.requests();
      expect(requests.map((q) => [q.method, q.kind, q.status, q.origin])).to.deep.equal([['batch', wire.kind, 200, card.portal.appOrigin]]);
      expect(requests[0].contentType).to.contain(wire.type);
      expect(requests[0].commands).to.deep.equal([
        'crm.item.get?entityTypeId=3&id=797',
        'crm.item.get?entityTypeId=2&id=4615',
        'crm.item.get?entityTypeId=4&id=643',
      ]);
      // Known names are not asked for again.
      await card.probe({ kind: 'names', items: DOC_ITEMS, ms: 300 });
      expect(await card.requests()).to.have.length(1);
    });

    it('reports per-command errors: ACCESS_DENIED for one item, insufficient_scope for all', async () => {
      const card = await openCard(lib);
      await card.portal.rest({ denied: ['DEAL:4615'] });
      const denied = await card.probe({ kind: 'batch', calls: CALLS as never, ms: 3000 });
      expect(denied.answers).to.deep.include({ deal: { error: 'ACCESS_DENIED' } });
      expect(denied.answers).to.have.nested.property('quote.result.item.title', 'Quote: support for 2027');
      await card.portal.rest({ denied: [], noScope: true });
      const scope = await card.probe({ kind: 'batch', calls: CALLS as never, ms: 3000 });
      expect(scope.answers).to.deep.equal({ contact: { error: 'insufficient_scope' }, deal: { error: 'insufficient_scope' }, quote: { error: 'insufficient_scope' } });
      expect((await card.requests()).map((q) => q.status)).to.deep.equal([200, 200]);
    });

    it('expired_token: the library gets a new token through refreshAuth and sends again', async () => {
      const card = await openCard(lib);
      await card.portal.rest({ expired: 'once' });
      const r = await card.probe({ kind: 'batch', calls: CALLS as never, ms: 5000 });
      expect(r.answers).to.have.nested.property('contact.result.item.lastName', 'Petrov');
      expect(card.portal.count('refreshAuth')).to.equal(1);
      const requests = await card.requests();
      expect(requests.map((q) => q.status)).to.deep.equal([401, 200]);
      expect(requests[0].auth).to.not.equal(requests[1].auth);
    });

    it('a REST that never answers: TIMEOUT at the bound, one request', async () => {
      const card = await openCard(lib);
      await card.portal.rest({ hang: true });
      const start = performance.now();
      const r = await card.probe({ kind: 'batch', calls: CALLS as never, ms: 400 });
      expect(r.code).to.equal('TIMEOUT');
      expect(performance.now() - start).to.be.within(380, 3000);
      expect((await card.requests()).map((q) => q.status)).to.deep.equal([undefined]);
    });

    it('QUERY_LIMIT_EXCEEDED (503): TIMEOUT at the bound; names stay unknown and are asked for again later', async () => {
      const card = await openCard(lib);
      await card.portal.rest({ rateLimited: true });
      const r = await card.probe({ kind: 'names', items: DOC_ITEMS, ms: 400 });
      expect(r.names).to.deep.equal({ 'CONTACT:797': undefined, 'DEAL:4615': undefined, 'COMPANY:643': undefined });
      expect((await card.requests())[0].status).to.equal(503);
      await card.portal.rest({ rateLimited: false });
      const later = await card.probe({ kind: 'names', items: DOC_ITEMS, ms: 3000 });
      expect(later.names).to.include({ 'CONTACT:797': 'Ivan Petrov' });
      const statuses = (await card.requests()).map((q) => q.status);
      expect(statuses[0]).to.equal(503);
      expect(statuses.at(-1)).to.equal(200);
      // bx24 sent one request per ask; b24jssdk may have retried the first in between.
      if (lib === 'bx24') expect(statuses).to.deep.equal([503, 200]);
    });

    it(lib === 'bx24' ? 'QUERY_LIMIT_EXCEEDED: the legacy script never sends the call again' : 'QUERY_LIMIT_EXCEEDED: b24jssdk sends the call three times in all, on its own', async () => {
      const card = await openCard(lib);
      await card.portal.rest({ rateLimited: true });
      expect((await card.probe({ kind: 'batch', calls: CALLS as never, ms: 300 })).code).to.equal('TIMEOUT');
      let count = 0;
      const expected = lib === 'bx24' ? 1 : 3;
      await until(() => count >= expected, `${expected} requests`, 12000, async () => (count = (await card.requests()).length));
      await sleep(lib === 'bx24' ? 1500 : 3000);
      expect((await card.requests()).map((q) => q.status)).to.deep.equal(Array(expected).fill(503));
    });
  });
}
