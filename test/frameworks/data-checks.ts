/**
 * The check every "data in your own UI" app passes (see ./data-probe.ts for what an app
 * renders): run from the built package by ./data.test.ts, and from the packed tarball in a
 * consumer project by test/package/installed.test.ts.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { createBX24 } from '../support/bx24-stand-in.js';

export interface DataAppModule {
  start(root: HTMLElement, transports: { ok: unknown; broken: unknown }): { stop(): void | Promise<void> } | Promise<{ stop(): void | Promise<void> }>;
  liveCards(): number;
  reactVersion?: string;
}

export interface DataCheck {
  /** The app loaded (bundled as its users would). */
  load(): Promise<DataAppModule>;
  /** `<b24-call-status>` elements the app renders (each holds a handle of its own). */
  elements?: number;
  /** The app can give a mounted call another transport (`.swap`). */
  swap?: boolean;
  /** The React the app must have been bundled with. */
  react?: string;
  /**
   * The app also renders `<b24-call-status id="el" class="card" theme="dark">` on the working
   * transport (the React wrapper, or the bare tag in Vue), logging `status <PHONE_NUMBER>`
   * into `.log` from its b24-status-change.
   */
  element?: boolean;
}

const text = (root: ParentNode, label: string, part: 'line' | 'first') => root.querySelector(`#call-${label} .${part}`)?.textContent?.trim();

export function checkDataApp(name: string, { load, elements = 0, swap, react, element }: DataCheck) {
  describe(`${name}: the call's data in the app's own components`, () => {
    it('shows the snapshot and follows it; a component mounted later shows the status in its first render, with no host call; unmounting disposes every handle', async () => {
      // An element counts when this app's copy of the package defined the tag, that is, when
      // no app loaded before it on this page did.
      if (customElements.get('b24-call-status')) elements = 0;
      const app = await load();
      if (react) expect(app.reactVersion, 'the React the app was bundled with').to.match(new RegExp(`^${react}\\.`));
      const ok = createBX24();
      const broken = createBX24({ placement: 'DEFAULT' });
      const root = document.createElement('div');
      document.body.append(root);
      const before = app.liveCards();
      const { stop } = await app.start(root, { ok: ok.BX24, broken: broken.BX24 });
      const shows = (label: string, want: string) =>
        waitUntil(() => text(root, label, 'line') === want, `${name}: "${label}" shows "${text(root, label, 'line')}", not "${want}"`, { timeout: 5000 });

      await shows('ok', 'ready idle +19999999666 -');
      await shows('broken', 'error - - WRONG_PLACEMENT');
      // One handle per component and element, whatever the framework ran twice (React's StrictMode).
      expect(app.liveCards() - before, 'handles alive: one per call and per element').to.equal(2 + elements);

      if (element) {
        const el = root.querySelector<HTMLElement & { transport?: unknown; state?: string }>('b24-call-status#el.card');
        expect(el, 'the element, with its id and class').to.not.equal(null);
        expect(el!.getAttribute('theme'), 'theme, an attribute with no property').to.equal('dark');
        expect(el!.transport, 'transport set as a property').to.equal(ok.BX24);
        expect(el!.hasAttribute('transport')).to.equal(false);
        await waitUntil(() => el!.state === 'ready' && el!.shadowRoot?.textContent?.includes('+19999999666'), `${name}: the element never showed the status`);
        await waitUntil(() => [...root.querySelectorAll('.log li')].some((li) => li.textContent === 'status +19999999666'), `${name}: no b24-status-change heard`);
      }

      ok.portal.fire('CallCard::CallStateChanged', 'connected');
      await shows('ok', 'ready connected +19999999666 -');

      const reads = () => ok.portal.received.filter((r) => r.command === 'getStatus').length;
      const readsBefore = reads();
      root.querySelector<HTMLButtonElement>('.late')!.click();
      await shows('late', 'ready connected +19999999666 -');
      expect(text(root, 'late', 'first'), 'the late component\'s first render').to.equal('ready +19999999666');
      expect(reads(), 'getStatus sent for the late component').to.equal(readsBefore);
      expect(app.liveCards() - before).to.equal(3 + elements);

      if (swap) {
        root.querySelector<HTMLButtonElement>('.swap')!.click();
        await shows('ok', 'error - - WRONG_PLACEMENT');
        expect(app.liveCards() - before, 'the old transport\'s handle is disposed').to.equal(3 + elements);
      }

      await stop();
      expect(app.liveCards() - before, 'handles alive after unmounting').to.equal(0);
      root.remove();
    });
  });
}
