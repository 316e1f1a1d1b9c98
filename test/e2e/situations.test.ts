/**
 * Issue 10, in the demo across two origins: a BX24 script that loads late, a
 * page opened outside Bitrix24, a failed re-read after a client change, and a
 * keep-open widget moved in the DOM.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { bound, closeCards, openCard, rendered } from './support/card.js';

afterEach(closeCards);

const until = (test: () => boolean, message: string) => waitUntil(test, message, { timeout: 8000, interval: 10 });

describe('demo situations', () => {
  it('a BX24 script that loads after the widgets is found without a click', async () => {
    const card = await openCard('bx24', { late: '600', count: '1' });
    await rendered(card);
    expect(card.link.widgets[0].state).to.equal('ready');
    expect(card.link.named('b24-error')).to.deep.equal([]);
    expect(card.portal.count('getStatus')).to.equal(1);
  });

  it('a failed re-read after a client change: the new client stays shown, marked not up to date', async () => {
    const card = await openCard('bx24', { count: '1' });
    await rendered(card);
    await bound(card);
    card.portal.failure = 'QUERY_LIMIT_EXCEEDED';
    card.portal.setEntity({ PHONE_NUMBER: '+7 495 000-00-01', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 12 });
    await until(() => card.link.named('b24-error').length === 1, 'the re-read did not fail');
    await until(() => card.link.widgets[0].text.includes('+7 495 000-00-01'), 'the new number is not shown');
    const w = card.link.widgets[0];
    expect(w.state).to.equal('error');
    expect(w.stale, 'marked not up to date').to.equal(true);
  });

  for (const lib of ['bx24', 'b24jssdk'] as const) {
    it(`${lib}: moving a keep-open widget sends nothing to the card`, async () => {
      const card = await openCard(lib, { keep: '1' });
      await rendered(card, 1);
      await until(() => card.portal.count('disableAutoClose') === 1, 'keep-open was not sent');
      const reads = card.portal.count('getStatus');
      card.link.control({ move: true });
      card.link.control({ move: true });
      card.link.control({ move: true, snapshot: true });
      await new Promise((r) => setTimeout(r, 300));
      expect(card.portal.count('enableAutoClose')).to.equal(0);
      expect(card.portal.count('disableAutoClose')).to.equal(1);
      expect(card.portal.count('getStatus')).to.equal(reads);
      expect(card.link.widgets[1].keepOpen).to.equal(true);
      expect(card.portal.autoCloseBlocked).to.equal(true);
    });
  }
});
