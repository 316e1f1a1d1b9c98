/**
 * What every framework app does, and the one test that checks each of them. An app
 * renders two `<b24-call-status>` (`#ok`, `#broken`) with `transport` set as a
 * property, a `.keep-open` button bound to keep-open, and an `.log` list of
 * what its `b24-status-change` and `b24-error` listeners received:
 * `status <CALL_STATE> <PHONE_NUMBER>` and `error <code>`. Framework warnings
 * are logged as `warn <text>`. An app checked with `everyEvent` listens to the
 * other four events too: `state <state>`, `entity <PHONE_NUMBER>`, `close`,
 * and `open <path>`, which it cancels.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { B24CallStatus } from '../../src/index.js';
import { createBX24 } from '../support/bx24-stand-in.js';

import type { Transports } from './transports.js';

/** Mounts the app with these transports; resolves with the element the app rendered into. */

type MountApp = (transports: Transports) => Promise<ParentNode>;

interface Check {
  /** The app listens to all six events (see above). */
  everyEvent?: boolean;
  /** The React the app must have been bundled with (its `reactVersion` export). */
  react?: string;
}

/** Mounts a bundled app from /__apps__/<name>.js into a fresh div. */
function bundledApp(name: string, check: Check = {}): MountApp {
  return async (transports) => {
    const { start, reactVersion } = (await import(/* @vite-ignore */ `/__apps__/${name}.js`)) as {
      start(root: HTMLElement, t: Transports): void | Promise<void>;
      reactVersion?: string;
    };
    if (check.react) expect(reactVersion, 'the React the app was bundled with').to.match(new RegExp(`^${check.react}\\.`));
    const root = document.createElement('div');
    document.body.append(root);
    await start(root, transports);
    return root;
  };
}

function checkApp(name: string, mount: MountApp, { everyEvent }: Check = {}) {
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
      // The first status may come from the placement options, before getStatus answers.
      await waitUntil(() => el.state === 'ready', `${name}: the element never got ready (${el.state})`);
      expect(el.shadowRoot!.textContent, 'the rendered status').to.contain('+19999999666');

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
      if (everyEvent) {
        await seen('state connected');
        ok.portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+15550001', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 5 });
        await seen('entity +15550001');
        ok.portal.fire('CallCard::BeforeClose');
        await seen('close');
        el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="crm"]')!.click();
        await seen('open /crm/contact/details/797/');
        expect(ok.portal.opened, 'the app cancelled the open').to.deep.equal([]);
      }
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
checkApp('React 19 (bare tag)', bundledApp('react'));
checkApp('React 19 (wrapper)', bundledApp('react19-wrapper', { react: '19' }), { everyEvent: true });
checkApp('React 18 (wrapper)', bundledApp('react18', { react: '18' }), { everyEvent: true });
checkApp('Preact', bundledApp('preact'), { everyEvent: true });
checkApp('Svelte 5 (onevent attributes)', bundledApp('svelte'), { everyEvent: true });
checkApp('Svelte (legacy on: directives)', bundledApp('svelte-legacy'), { everyEvent: true });
checkApp('Angular', bundledApp('angular'));
checkApp('Plain HTML + iife', plainPage);
