import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { crmPath } from '../src/core/crm.js';

const CRM_TYPES = ['LEAD', 'DEAL', 'CONTACT', 'COMPANY'] as const;
import { SEED } from './support/answers.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { part } from './support/mount.js';

type Pwned = { __pwned?: number };
const PWN = 'window.__pwned=(window.__pwned||0)+1';

const HOSTILE: Record<string, string> = {
  img: `<img src=x onerror="${PWN}">`,
  script: `<script>${PWN}</script>`,
  svg: `"><svg onload=${PWN}><a href="javascript:${PWN}">x</a>`,
  js: `javascript:${PWN}`,
  template: '${alert(1)}{{constructor.constructor("alert(1)")()}}<!--',
  entity: '&lt;b&gt;&amp;<b24-call-status></b24-call-status>',
  rtl: '\u202Egnp.exe\u202C+1 555 0100',
  long: '9'.repeat(10_000),
  longWords: 'word '.repeat(2_000).trim(),
};

// Every element the template itself can make; a hostile value must add none.
// SLOT: the empty actions and footer slots the page may fill.
const OWN_TAGS = new Set(['DIV', 'SPAN', 'P', 'CODE', 'DL', 'DT', 'DD', 'UL', 'LI', 'BUTTON', 'BDI', 'SLOT', 'DETAILS', 'SUMMARY', 'svg', 'path', 'circle']);

function statusWith(value: string) {
  return {
    CALL_ID: value,
    PHONE_NUMBER: value,
    LINE_NUMBER: value,
    LINE_NAME: value,
    CRM_ENTITY_TYPE: value,
    CRM_ENTITY_ID: 5,
    CRM_ACTIVITY_ID: 9,
    CRM_BINDINGS: [{ ENTITY_TYPE: value, ENTITY_ID: 6 }],
    CALL_DIRECTION: value,
    CALL_STATE: value,
    CALL_LIST_MODE: true,
  };
}

let box: HTMLElement;
beforeEach(() => {
  box = document.createElement('div');
  box.style.cssText = 'width: 320px; font: 16px sans-serif';
  document.body.append(box);
});
afterEach(() => box.remove());

async function mount(transport: object, setup?: (el: B24CallStatus) => void) {
  const el = document.createElement('b24-call-status');
  el.transport = transport as B24CallStatus['transport'];
  setup?.(el);
  box.append(el);
  await waitUntil(() => el.state !== 'loading', 'never left loading');
  await el.updateComplete;
  return el;
}

// Time for an <img onerror> to have fired, had one been made (no rAF: a background page gets none).
const settle = () => new Promise((r) => setTimeout(r, 50));

function expectInert(el: B24CallStatus) {
  const all = [...el.shadowRoot!.querySelectorAll('*')];
  expect(all.map((e) => e.tagName).filter((t) => !OWN_TAGS.has(t))).to.deep.equal([]);
  const attrs = all.flatMap((e) => e.getAttributeNames()).filter((a) => /^on|^href$|^src$/i.test(a));
  expect(attrs).to.deep.equal([]);
  expect(el.children.length, 'light DOM children').to.equal(0);
}

/** Checks that `part` boxes stay inside the container and, for host values, cannot grow without bound. */
function expectContained(el: B24CallStatus, maxHeight = 200) {
  const outer = box.getBoundingClientRect();
  const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
  expect(el.getBoundingClientRect().width).to.be.at.most(outer.width + 0.5);
  expect(base.scrollWidth, 'horizontal overflow inside the element').to.be.at.most(base.clientWidth + 1);
  for (const part of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
    const r = part.getBoundingClientRect();
    const name = part.getAttribute('part');
    expect(r.left, `${name} left`).to.be.at.least(outer.left - 0.5);
    expect(r.right, `${name} right`).to.be.at.most(outer.right + 0.5);
    if (name !== 'base') expect(r.height, `${name} height`).to.be.below(maxHeight);
  }
}

describe('hostile strings in every text field', () => {
  after(() => expect((window as Pwned).__pwned).to.equal(undefined));

  for (const [name, value] of Object.entries(HOSTILE)) {
    it(`${name}: rendered as text, nothing created or run, layout contained`, async () => {
      const el = await mount({ call: async () => statusWith(value) });
      expect(el.state).to.equal('ready');
      expectInert(el);
      const shown = (part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)!.textContent;
      for (const part of ['phone', 'call-id', 'state', 'direction']) expect(shown(part), part).to.equal(value);
      expect(shown('line')).to.contain(value);
      expect(shown('crm')).to.equal(`${value} #5`);
      expect(shown('binding')).to.equal(`${value} #6`);
      expect(el.shadowRoot!.querySelector('button'), 'an unknown CRM type became a link').to.equal(null);
      expectContained(el);
      await settle();
      expect((window as Pwned).__pwned).to.equal(undefined);
    });
  }

  it('in the strings property and the lang attribute too', async () => {
    const all = Object.values(HOSTILE).join(' ');
    const el = await mount({ call: async () => ({ error: 'QUERY_LIMIT_EXCEEDED' }) }, (e) => {
      e.strings = { errBusy: all, retry: HOSTILE.img, region: HOSTILE.svg };
      e.lang = HOSTILE.script;
    });
    expect(el.state).to.equal('error');
    expectInert(el);
    expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain(all);
    expect(el.shadowRoot!.querySelector('[part="retry"]')!.textContent).to.equal(HOSTILE.img);
    // The page's own strings may be long (its choice), but never wider than the element.
    expectContained(el, Infinity);
  });

  it('a hostile REST error code is not shown; a malformed answer is', async () => {
    const el = await mount({ call: async () => ({ error: HOSTILE.img, error_description: HOSTILE.script }) });
    expect(el.error?.code).to.equal('BAD_RESPONSE');
    expect(el.shadowRoot!.querySelector('[part="error-code"]')!.textContent).to.equal('BAD_RESPONSE');
    expectInert(el);
  });

  it('an RTL override in one value does not reorder the text after it', async () => {
    // The number (host text, with an override) and, after it on its line, the direction.
    const el = await mount({
      call: async () => ({ ...DOC_STATUS, PHONE_NUMBER: '\u202Eevil', CALL_DIRECTION: 'incoming' }),
      callMethod: async () => ({ result: { result: { n0: { item: { name: 'Ivan' } } }, result_error: {} } }),
    });
    await waitUntil(() => part(el, 'phone') && !part(el, 'phone')!.part.contains('name'), `no CRM name: ${el.shadowRoot!.textContent}`);
    const direction = el.shadowRoot!.querySelector('[part="direction"]')!;
    const node = [...direction.querySelector('bdi')!.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('Incoming'))!;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(node, i);
      r.setEnd(node, i + 1);
      return r.getBoundingClientRect().left;
    };
    const first = node.textContent!.indexOf('I');
    expect(at(first), 'the words read left to right').to.be.below(at(first + 4));
  });
});

describe('CRM links (openPath)', () => {
  it('crmPath accepts only known CRM types and positive integer ids, and builds only the documented paths', () => {
    const anyId = fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constantFrom(0, -1, 1.5, 2 ** 53, NaN, Infinity, '5', null, undefined));
    const known = [...CRM_TYPES, 'QUOTE', 'SMART_INVOICE', 'DYNAMIC_128', 'DYNAMIC_1044'];
    const anyType = fc.oneof(
      fc.constantFrom(...known, 'lead', 'Deal', 'DEAL ', 'DYNAMIC_1', 'DYNAMIC_127', 'DYNAMIC_', 'DYNAMIC_0128', 'dynamic_128', '__proto__', 'toString', '../DEAL'),
      fc.string()
    );
    // An oracle written apart from src/crm.ts, from call-card-host.md's list of details pages.
    const expected = (type: string, id: number) =>
      (CRM_TYPES as readonly string[]).includes(type)
        ? `/crm/${type.toLowerCase()}/details/${id}/`
        : type === 'QUOTE'
          ? `/crm/quote/show/${id}/`
          : type === 'SMART_INVOICE'
            ? `/crm/type/31/details/${id}/`
            : `/crm/type/${type.slice('DYNAMIC_'.length)}/details/${id}/`;
    fc.assert(
      fc.property(anyType, anyId, (type, id) => {
        const path = crmPath(type, id);
        const valid = known.includes(type as string) && Number.isSafeInteger(id) && (id as number) > 0;
        if (!valid) return path === undefined;
        return path === expected(type as string, id as number) && /^\/crm\/((lead|deal|contact|company)\/details|quote\/show|type\/[1-9]\d*\/details)\/[1-9]\d*\/$/.test(path);
      }),
      { seed: SEED, numRuns: 1000 }
    );
  });

  it('renders a link only for a known type and a positive integer id', async () => {
    const opened: string[] = [];
    const transport = (status: object) => ({ call: async () => status, openPath: (p: string) => void opened.push(p) });
    const bad = [
      { CRM_ENTITY_TYPE: 'lead', CRM_ENTITY_ID: 5 },
      { CRM_ENTITY_TYPE: 'DEAL ', CRM_ENTITY_ID: 5 },
      { CRM_ENTITY_TYPE: 'DYNAMIC_1', CRM_ENTITY_ID: 5 },
      { CRM_ENTITY_TYPE: '../../admin', CRM_ENTITY_ID: 5 },
      { CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 0 },
      { CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: -3 },
      { CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 1.5 },
      { CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: '5/../../x' },
      { CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 2 ** 53 },
      { CRM_BINDINGS: [{ ENTITY_TYPE: 'Contact', ENTITY_ID: 1 }, { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 'x' }, { ENTITY_TYPE: 'javascript:alert(1)', ENTITY_ID: 2 }] },
    ];
    for (const status of bad) {
      const el = await mount(transport({ CALL_STATE: 'idle', ...status }));
      expect(el.shadowRoot!.querySelector('button'), JSON.stringify(status)).to.equal(null);
      el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="crm"], [part~="binding"]').forEach((e) => e.click());
      el.remove();
    }
    expect(opened).to.deep.equal([]);

    // The same markup with valid values does link, so the checks above can fail.
    const el = await mount(transport({ CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: '5', CRM_BINDINGS: [{ ENTITY_TYPE: 'COMPANY', ENTITY_ID: 7 }] }));
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('part'))).to.deep.equal(['crm', 'binding']);
    buttons.forEach((b) => b.click());
    expect(opened).to.deep.equal(['/crm/deal/details/5/', '/crm/company/details/7/']);
  });
});
