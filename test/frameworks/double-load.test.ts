/**
 * Loading the package twice: the ES build, the ES bundle and the classic
 * script, in every order, and two copies of each. Each case gets a fresh frame,
 * since a page's custom element registry cannot be reset.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { B24CallStatus } from '../../src/index.js';
import { VERSION } from '../../src/b24-call-status.js';
import { createBX24 } from '../support/bx24-stand-in.js';

type Kind = 'es' | 'bundle' | 'iife';
type Frame = Window & typeof globalThis & { B24CallStatus?: unknown; loaded?: boolean };
const URLS: Record<Kind, string> = {
  es: '/dist/index.js',
  bundle: '/dist/b24-call-status.bundle.js',
  iife: '/dist/b24-call-status.iife.js',
};

async function frame() {
  const iframe = document.createElement('iframe');
  const ready = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = '<!doctype html><body></body>';
  document.body.append(iframe);
  await ready;
  const win = iframe.contentWindow as Frame;
  const problems: string[] = [];
  const warnings: string[] = [];
  win.addEventListener('error', (e) => problems.push(`error: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) => problems.push(`rejection: ${e.reason}`));
  // Only the package's own warnings count: the test server gives the ES build
  // Lit's development build, which notes dev mode and a second Lit on the page.
  win.console.warn = (...args: unknown[]) => {
    const text = args.join(' ');
    if (!text.includes('lit.dev/msg/')) warnings.push(text);
  };
  return { iframe, win, problems, warnings };
}

// A script tag, as a page would add it; a query string makes a second copy.
function load(win: Frame, kind: Kind, src: string = `${URLS[kind]}?copy=${Math.random()}`) {
  const script = win.document.createElement('script');
  if (kind !== 'iife') script.type = 'module';
  script.src = kind === 'es' && !src.startsWith('blob:') ? URLS.es : src;
  const done = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`${kind} did not load`)), { once: true });
  });
  win.document.head.append(script);
  return done;
}

async function expectWorking(win: Frame) {
  const { BX24 } = createBX24();
  const el = win.document.createElement('b24-call-status') as B24CallStatus;
  el.transport = BX24;
  win.document.body.append(el);
  await waitUntil(() => el.state === 'ready', `never ready, state ${el.state}`);
  await el.updateComplete;
  expect(el.shadowRoot!.querySelector('[part~="phone"]')?.textContent).to.equal('+19999999666');
}

// A copy of a self-contained build claiming another version.
async function otherVersion(kind: 'bundle' | 'iife') {
  const code = await (await fetch(URLS[kind])).text();
  const quoted = `"${VERSION}"`;
  expect(code.split(quoted).length - 1, 'the version appears once').to.equal(1);
  return URL.createObjectURL(new Blob([code.replace(quoted, '"9.9.9"')], { type: 'text/javascript' }));
}

afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

describe('loading the package twice', () => {
  const kinds: Kind[] = ['es', 'bundle', 'iife'];
  for (const first of kinds) {
    for (const second of kinds) {
      it(`${first} then ${second}: nothing throws, nothing warns, the element works`, async () => {
        const { win, problems, warnings } = await frame();
        await load(win, first);
        const defined = win.customElements.get('b24-call-status');
        await load(win, second);
        expect(problems).to.deep.equal([]);
        expect(warnings).to.deep.equal([]);
        expect(win.customElements.get('b24-call-status')).to.equal(defined);
        if (first === 'iife' || second === 'iife') expect(win.B24CallStatus).to.equal(defined);
        await expectWorking(win);
      });
    }
  }

  for (const kind of ['bundle', 'iife'] as const) {
    it(`warns once when a ${kind} of another version comes second`, async () => {
      const { win, problems, warnings } = await frame();
      await load(win, 'es');
      const url = await otherVersion(kind);
      await load(win, kind, url);
      await load(win, 'iife');
      expect(problems).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(VERSION).and.include('9.9.9');
      await expectWorking(win);
      URL.revokeObjectURL(url);
    });
  }
});

// The React wrapper in a React 18 app bundle (React 19 would set the props itself), with a drop-in bundle that defined the tag first:
// the wrapper's own copy of the class is never defined, yet its props must still become properties.
describe('the React wrapper after a drop-in bundle', () => {
  it('sets keepOpen and transport as properties on the element the bundle defined', async () => {
    const { win, problems } = await frame();
    await load(win, 'bundle');
    const app = (await new win.Function('return import("/__apps__/react18.js")')()) as {
      start(root: HTMLElement, t: { ok: unknown; broken: unknown }): void;
    };
    const ok = createBX24();
    const root = win.document.createElement('div');
    win.document.body.append(root);
    app.start(root, { ok: ok.BX24, broken: createBX24().BX24 });
    const el = root.querySelector('#ok') as B24CallStatus;
    await waitUntil(() => el.state === 'ready', `never ready, state ${el.state}`);
    root.querySelector<HTMLButtonElement>('.keep-open')!.click();
    await waitUntil(() => ok.portal.autoCloseBlocked, 'keep-open never reached the host');
    expect(el.hasAttribute('keepopen'), 'keepOpen must not become an attribute').to.equal(false);
    expect(problems).to.deep.equal([]);
  });
});
