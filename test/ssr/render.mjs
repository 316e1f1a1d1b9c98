// `npm test`'s server-rendering step: `<b24-call-status>` rendered in Node by @lit-labs/ssr
// gives declarative shadow DOM for the loading state, and the package touches no browser
// global while it is imported and rendered (Lit's own look-ups are not ours to judge).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { html } from 'lit';
import { renderCard } from './render-card.mjs';

const BROWSER_GLOBALS = [
  'window', 'document', 'navigator', 'location', 'self', 'top', 'parent', 'BX24', 'localStorage', 'sessionStorage',
  'matchMedia', 'getComputedStyle', 'requestAnimationFrame', 'MutationObserver', 'ResizeObserver', 'IntersectionObserver',
];
const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const touched = [];

// Each global reads as absent (as on a server), and a read from the package's own files is noted with where it came from.
before(() => {
  for (const name of BROWSER_GLOBALS) {
    const own = Object.getOwnPropertyDescriptor(globalThis, name);
    if (own && !own.configurable) continue;
    Object.defineProperty(globalThis, name, {
      configurable: true,
      get() {
        const stack = new Error().stack.split('\n').slice(2);
        const ours = stack.find((line) => line.includes(dist));
        if (ours) touched.push(`${name} ${ours.trim()}`);
        return undefined;
      },
    });
  }
});

describe('server rendering with @lit-labs/ssr', () => {
  it('renders the loading state into declarative shadow DOM, with the styles', async () => {
    const out = await renderCard();
    const root = /<b24-call-status\s+id="card"[^>]*><template shadowroot(?:mode)?="open"[^>]*>([\s\S]*)<\/template><\/b24-call-status>/.exec(out);
    assert.ok(root, `no open declarative shadow root in:\n${out.slice(0, 500)}`);
    const shadow = root[1];
    assert.match(out, /shadowrootmode="open"/);
    assert.match(shadow, /<style>[\s\S]*:host[\s\S]*<\/style>/, 'the element styles');
    assert.match(shadow, /part="message"[^>]*>(<!--[^>]*-->)*Loading call status…/, 'the loading message');
    assert.match(shadow, /role="status"[^>]*aria-busy="true"/, 'a busy live region');
    assert.doesNotMatch(shadow, /part="retry"|part="phone"/, 'nothing but the loading state');
  });

  it('takes lang and strings from the server template', async () => {
    const ru = await renderCard(html`<b24-call-status lang="ru"></b24-call-status>`);
    assert.match(ru, /Загрузка статуса звонка…/);
    const own = await renderCard(html`<b24-call-status .strings=${{ loading: 'Asking the card…' }}></b24-call-status>`);
    assert.match(own, /Asking the card…/);
  });

  // The element's own props (lang, transport, …) are set on the client, by @lit/react's effect.
  it('the React wrapper imports and renders its tag on the server', async () => {
    const [{ createElement }, { renderToString }, { B24CallStatus }] = await Promise.all([
      import('react'),
      import('react-dom/server'),
      import('b24-call-status/react'),
    ]);
    assert.match(renderToString(createElement(B24CallStatus, { lang: 'ru', id: 'card' })), /^<b24-call-status id="card"><\/b24-call-status>$/);
  });

  after(() => assert.deepEqual(touched, [], `browser globals read on the server:\n${touched.join('\n')}`));
});
