/**
 * What every framework app does, and the one test that checks each of them. An app
 * renders two `<b24-call-status>` (`#ok`, `#broken`) with `transport` set as a
 * property, a `.keep-open` button bound to keep-open, and an `.log` list of
 * what its `b24-status-change` and `b24-error` listeners received:
 * `status <CALL_STATE> <PHONE_NUMBER>` and `error <code>`. Framework warnings
 * are logged as `warn <text>`.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { B24CallStatus } from '../../src/index.js';
import { createBX24 } from '../support/bx24-stand-in.js';

import type { Transports } from './transports.js';

/** Mounts the app with these transports; resolves with the element the app rendered into. */

type MountApp = (transports: Transports) => Promise<ParentNode>;

/** Mounts a bundled app from /__apps__/<name>.js into a fresh div. */
function bundledApp(name: string): MountApp {
  return async (transports) => {
    const { start } = (await import(/* @vite-ignore */ `/__apps__/${name}.js`)) as {
      start(root: HTMLElement, t: Transports): void | Promise<void>;
    };
    const root = document.createElement('div');
    document.body.append(root);
    await start(root, transports);
    return root;
  };
}

function checkApp(name: string, mount: MountApp) {
  describe(`${name} app`, () => {
    it('sets transport as a property, toggles keep-open, and hears b24-status-change and b24-error', async () => {
      const ok = createBX24();
      const broken = createBX24({ placement: 'DEFAULT' });
      const root = await mount({ ok: ok.BX24, broken: broken.BX24 });
      const log = () => [...root.querySelectorAll('.log li')].map((li) => li.textContent!.trim());
      const seen = (line: string) => waitUntil(() => log().includes(line), `${name} never logged "${line}": ${log().join('; ')}`);

      await seen('status idle +19999999666');
      await seen('error WRONG_PLACEMENT');
      const el = root.querySelector<B24CallStatus>('#ok')!;
      expect(el.transport, 'transport set as a property').to.equal(ok.BX24);
      expect(el.hasAttribute('transport'), 'transport must not become an attribute').to.equal(false);
      expect(el.state).to.equal('ready');

      const button = root.querySelector<HTMLButtonElement>('.keep-open')!;
      button.click();
      await waitUntil(() => ok.portal.autoCloseBlocked, 'keep-open on never reached the host');
      expect(el.keepOpen).to.equal(true);
      expect(el.hasAttribute('keep-open')).to.equal(true);
      button.click();
      await waitUntil(() => !ok.portal.autoCloseBlocked, 'keep-open off never reached the host');
      expect(el.keepOpen).to.equal(false);

      // The listener stays bound after the first event.
      ok.portal.fire('CallCard::CallStateChanged', 'connected');
      await seen('status connected +19999999666');
      expect(log().filter((l) => l.startsWith('warn')), 'framework warnings').to.deep.equal([]);
      expect(log().filter((l) => l.startsWith('error'))).to.deep.equal(['error WRONG_PLACEMENT']);
    });
  });
}

// The page runs in a frame of its own, as it would on a site.
const plainPage: MountApp = async (transports) => {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = new URL('./plain/index.html', import.meta.url).href;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { start(t: unknown): void; B24CallStatus?: unknown };
  if (win.B24CallStatus !== win.customElements.get('b24-call-status')) throw new Error('window.B24CallStatus is not the element class');
  win.start(transports);
  return frame.contentDocument!.body;
};

checkApp('Vue 3', bundledApp('vue'));
checkApp('React 19', bundledApp('react'));
checkApp('Angular', bundledApp('angular'));
checkApp('Plain HTML + iife', plainPage);
