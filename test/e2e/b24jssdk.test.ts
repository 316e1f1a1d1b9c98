import { expect } from '@open-wc/testing';
import { closeCards, openCard, rendered } from './support/card.js';
import { liveSuite } from './support/live-suite.js';

liveSuite('b24jssdk');

describe('the emulated portal with b24jssdk', () => {
  afterEach(closeCards);

  it('answers setInstall on FIRST_RUN, so initializeB24Frame() settles', async () => {
    const card = await openCard('b24jssdk', {}, { firstRun: true });
    await rendered(card);
    expect(card.portal.count('setInstall')).to.equal(1);
    expect(card.link.widgets[0].state).to.equal('ready');
  });
});
