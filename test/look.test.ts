/**
 * The Air look: b24ui's tokens come through with no setup, our own properties and the theme
 * attribute win over them, the glass themes keep the state coloured, and a narrow frame costs
 * little height. Contrast in every state and scheme is in a11y.test.ts.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { parseAnyColor } from './support/contrast.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { part, place, removeAll, settled } from './support/mount.js';
import { resetPageStyle, usePageStyle } from './support/page-style.js';

const withStatus = (status: unknown, lang = 'en') => ({
  call: async () => status,
  getLang: () => lang,
  // CRM names, so the headline is a name as in a real card.
  callMethod: async () => ({ result: { result: { n0: { item: { name: 'Konstantin', lastName: 'Konstantinopolsky' } } }, result_error: {} } }),
});
const CONNECTED = { ...DOC_STATUS, LINE_NAME: 'Sales', CALL_STATE: 'connected', CALL_DIRECTION: 'incoming', CALL_LIST_MODE: true };

const boxes: HTMLElement[] = [];
async function mountIn(width: number, transport: unknown, attrs: Record<string, string> = {}) {
  const box = document.body.appendChild(document.createElement('div'));
  box.style.width = `${width}px`;
  boxes.push(box);
  const el = await settled(place(transport, attrs, box));
  await new Promise((r) => setTimeout(r, 30)); // the names batch
  await el.updateComplete;
  return el;
}

afterEach(async () => {
  removeAll();
  boxes.splice(0).forEach((b) => b.remove());
  await resetPageStyle();
});

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${n >> 16}, ${(n >> 8) & 255}, ${n & 255})`;
};
const look = (el: B24CallStatus) => {
  const base = getComputedStyle(part(el, 'base')!);
  return {
    text: getComputedStyle(el).color,
    background: base.backgroundColor,
    border: base.borderTopColor,
    radius: base.borderTopLeftRadius,
    link: getComputedStyle(part(el, 'crm')!).color,
    font: getComputedStyle(el).fontFamily,
  };
};

describe('look: b24ui tokens, with no setup', () => {
  it('a b24ui page in light, then dark (a live switch): the widget takes its values', async () => {
    await usePageStyle('b24ui-light');
    const el = await mountIn(440, withStatus(CONNECTED));
    expect(look(el)).to.deep.include({ text: rgb('#333333'), background: rgb('#ffffff'), border: rgb('#edeef0'), radius: '10px', link: rgb('#0154c8') });
    expect(look(el).font).to.match(/^system-ui/);
    // b24ui switches theme by a class on <html>; the tokens inherit into the shadow root.
    document.documentElement.classList.replace('light', 'dark');
    expect(look(el)).to.deep.include({ text: rgb('#f8f8f8'), background: rgb('#262626'), border: rgb('#373838') });
    // Links in dark: b24ui's link colour, mixed toward the text for contrast (still blue).
    const [r, g, b] = parseAnyColor(look(el).link);
    expect(b).to.be.above(r + 60);
    expect(b).to.be.above(g);
  });

  it('the page’s own token values come through, whatever they are', async () => {
    await usePageStyle('b24ui-light');
    const root = document.documentElement.style;
    root.setProperty('--ui-color-base-1', '#102030');
    root.setProperty('--ui-color-bg-content-primary', '#fffff0');
    root.setProperty('--ui-color-accent-main-link', '#0000c0');
    root.setProperty('--ui-border-radius-md', '6px');
    root.setProperty('--ui-font-family-primary', 'monospace');
    try {
      const el = await mountIn(440, withStatus(CONNECTED));
      expect(look(el)).to.deep.include({ text: rgb('#102030'), background: rgb('#fffff0'), link: rgb('#0000c0'), radius: '6px', font: 'monospace' });
    } finally {
      for (const p of ['--ui-color-base-1', '--ui-color-bg-content-primary', '--ui-color-accent-main-link', '--ui-border-radius-md', '--ui-font-family-primary']) root.removeProperty(p);
    }
  });

  it('our own properties win over the tokens', async () => {
    await usePageStyle('b24ui-dark');
    const el = await mountIn(440, withStatus(CONNECTED));
    el.style.setProperty('--b24-call-status-background', 'rgb(1, 2, 3)');
    el.style.setProperty('--b24-call-status-color', 'rgb(4, 5, 6)');
    el.style.setProperty('--b24-call-status-accent', 'rgb(7, 8, 9)');
    el.style.setProperty('--b24-call-status-radius', '3px');
    expect(look(el)).to.deep.include({ background: 'rgb(1, 2, 3)', text: 'rgb(4, 5, 6)', link: 'rgb(7, 8, 9)', radius: '3px' });
  });

  it('an explicit theme wins over the page’s tokens: theme="dark" on a light b24ui page is dark, and the reverse', async () => {
    await usePageStyle('b24ui-light');
    const el = await mountIn(440, withStatus(CONNECTED), { theme: 'dark' });
    expect(look(el)).to.deep.include({ text: rgb('#f8f8f8'), background: rgb('#262626') });
    el.setAttribute('theme', 'light');
    document.documentElement.classList.replace('light', 'dark');
    expect(look(el)).to.deep.include({ text: rgb('#333333'), background: rgb('#ffffff') });
    el.removeAttribute('theme');
    expect(look(el), 'without the attribute, the page again').to.deep.include({ background: rgb('#262626') });
  });

  it('the glass themes keep the state readable and coloured: the dot takes Air’s main accents', async () => {
    for (const scheme of ['b24ui-edge-light', 'b24ui-edge-dark'] as const) {
      await usePageStyle(scheme);
      const el = await mountIn(440, withStatus(CONNECTED));
      const dot = getComputedStyle(part(el, 'state')!.querySelector('.dot')!).backgroundColor;
      expect(dot, scheme).to.equal(rgb('#1cae6a'));
      const connecting = await mountIn(440, withStatus({ ...CONNECTED, CALL_STATE: 'connecting' }));
      expect(getComputedStyle(part(connecting, 'state')!.querySelector('.dot')!).backgroundColor, scheme).to.equal(rgb('#f2a100'));
    }
  });

  it('with no tokens on the page, Air’s own values: light, and dark on a dark page', async () => {
    const el = await mountIn(440, withStatus(CONNECTED));
    expect(look(el)).to.deep.include({ text: rgb('#333333'), background: rgb('#ffffff'), border: rgb('#edeef0'), radius: '10px', link: rgb('#0154c8') });
    await usePageStyle('dark');
    expect(look(el)).to.deep.include({ text: rgb('#f8f8f8'), background: rgb('#262626'), border: rgb('#373838') });
  });
});

describe('look: a 320 px frame', () => {
  const STATES: Array<[string, unknown]> = [
    ['idle', { ...CONNECTED, CALL_STATE: 'idle', CALL_LIST_MODE: false }],
    ['connecting', { ...CONNECTED, CALL_STATE: 'connecting' }],
    ['connected, call list', CONNECTED],
    ['not in CRM', { ...CONNECTED, PHONE_NUMBER: 'hidden', CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0, CRM_BINDINGS: [] }],
    ['a long line name', { ...CONNECTED, LINE_NAME: 'Key account support line for enterprise clients (priority queue)' }],
  ];
  for (const lang of ['en', 'ru']) {
    it(`the same status is at most 1.25× as tall as at 440 px (${lang})`, async () => {
      const ratios: Record<string, number> = {};
      for (const [name, status] of STATES) {
        const narrow = await mountIn(320, withStatus(status, lang));
        const wide = await mountIn(440, withStatus(status, lang));
        expect(narrow.status?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
        ratios[name] = narrow.getBoundingClientRect().height / wide.getBoundingClientRect().height;
      }
      for (const [name, ratio] of Object.entries(ratios)) expect(ratio, `${name}: ${ratio.toFixed(2)}×`).to.be.at.most(1.25);
    });
  }
});
