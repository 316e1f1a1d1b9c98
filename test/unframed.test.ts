/**
 * Issue 10 §2: a page that is not framed at all (window.top === window), as
 * when the app's URL is opened in a tab. Runs in the unframed `top` group.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { unframed } from '../src/core/adapters/index.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { createFrame } from './support/frame-stand-in.js';
import { mount, part, place, removeAll } from './support/mount.js';
import { createPlain } from './support/plain-stand-in.js';

afterEach(removeAll);

describe('a page that is not framed: no host can answer, said at once', () => {
  before(async () => (await mount(createPlain().transport)).remove());

  it('runs unframed (the check below means something), and the adapters\' unframed() sees it', () => {
    expect(window.top === window).to.equal(true);
    expect(unframed()).to.equal(true);
  });

  const hosts: Record<string, () => unknown> = {
    'BX24 (even one that looks alive)': () => createBX24().BX24,
    B24Frame: () => createFrame().frame,
    'B24Frame promise': () => Promise.resolve(createFrame().frame),
  };
  for (const [name, make] of Object.entries(hosts)) {
    it(`${name}: NO_APP_CONTEXT within 100 ms, whatever timeout is, and no retry`, async () => {
      const t0 = performance.now();
      const el = place(make(), { timeout: '60000' });
      const failedAt = new Promise<number>((r) => el.addEventListener('b24-error', () => r(performance.now()), { once: true }));
      await waitUntil(() => el.state === 'error', 'never failed', { timeout: 1000, interval: 5 });
      expect((await failedAt) - t0).to.be.below(100);
      expect(el.error?.code).to.equal('NO_APP_CONTEXT');
      await el.updateComplete;
      expect(part(el, 'retry')).to.equal(null);
    });
  }

  it('no library at all on an unframed page: NO_APP_CONTEXT, and no retry (none could reach a portal)', async () => {
    delete (window as { BX24?: unknown }).BX24;
    const el = place(undefined, { timeout: '100' });
    await waitUntil(() => el.state === 'error', 'never failed', { timeout: 2000 });
    await el.updateComplete;
    expect(el.error?.code).to.equal('NO_APP_CONTEXT');
    expect(part(el, 'retry')).to.equal(null);
  });

  it('a plain transport still works unframed (a server proxy, a test host)', async () => {
    const el = await mount(createPlain().transport);
    expect(el.state).to.equal('ready');
  });
});
