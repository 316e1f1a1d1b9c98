/**
 * The server's HTML (render-card.mjs, served by ssr-pages.mjs) hydrated in the
 * browser: the declarative shadow root shows the loading state before any script,
 * then the element adopts that DOM instead of rendering anew, and reads the status
 * from the call card's BX24 as it would without the server.
 */
// First: the hydrate support must be in place before Lit's element module runs.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect, waitUntil } from '@open-wc/testing';
import type { B24CallStatus } from '../../src/index.js';
import { createBX24 } from '../support/bx24-stand-in.js';

const PACKAGE = '/dist/index.js';

describe('hydrating the server-rendered element', () => {
  it('shows the loading state before the script, keeps its DOM, then reads the status', async () => {
    const problems: string[] = [];
    const onError = (e: ErrorEvent) => problems.push(String(e.message));
    window.addEventListener('error', onError);
    expect(customElements.get('b24-call-status'), 'not defined before hydration').to.equal(undefined);

    const host = document.createElement('div');
    document.body.append(host);
    host.setHTMLUnsafe(await (await fetch('/__ssr__/card.html')).text());
    const el = host.querySelector('b24-call-status') as B24CallStatus;
    const root = el.shadowRoot!;
    expect(root, 'a declarative shadow root').to.not.equal(null);
    expect(root.textContent).to.contain('Loading call status…');
    const base = root.querySelector('[part="base"]');
    expect(base, 'the server DOM').to.not.equal(null);
    expect(getComputedStyle(el).display, 'the server styles apply').to.equal('block');

    const { BX24, portal } = createBX24();
    (globalThis as { BX24?: unknown }).BX24 = BX24;
    try {
      await import(/* @vite-ignore */ PACKAGE);
      await waitUntil(() => el.state === 'ready', `never ready, state ${el.state}`);
      await el.updateComplete;
      expect(root.querySelector('[part~="phone"]')?.textContent).to.equal('+19999999666');
      expect(root.querySelector('[part="base"]'), 'hydrated: the server DOM kept, not rendered anew').to.equal(base);
      expect(root.querySelectorAll('[part="base"]')).to.have.length(1);
      expect(portal.count('getStatus')).to.be.greaterThan(0);
      portal.fire('CallCard::CallStateChanged', 'connected');
      await waitUntil(() => el.getAttribute('call-state') === 'connected', 'the card events after hydration');
      expect(problems).to.deep.equal([]);
    } finally {
      delete (globalThis as { BX24?: unknown }).BX24;
      window.removeEventListener('error', onError);
    }
  });
});
