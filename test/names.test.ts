/**
 * Issue 11 §1 in the element: CRM names through the host's REST, one batch per
 * status at most, cached per page, never an error, off with no-crm-names.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { createFrame } from './support/frame-stand-in.js';
import { mount, nextTasks, recordEvents, removeAll } from './support/mount.js';

afterEach(removeAll);

const hosts = {
  BX24: () => {
    const { BX24, portal } = createBX24();
    return { transport: BX24 as unknown, portal };
  },
  B24Frame: () => {
    const { frame, portal } = createFrame();
    return { transport: frame as unknown, portal };
  },
};

describe('CRM names in the element', () => {
  for (const [name, make] of Object.entries(hosts)) {
    it(`${name}: shows "Ivan Petrov" for contact 797, in one REST batch, shared by every element and every later read`, async () => {
      const { transport, portal } = make();
      const el = await mount(transport);
      const log = recordEvents(el);
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Ivan Petrov'), 'no name shown', { timeout: 4000 });
      expect(portal.rest.count('batch')).to.equal(1);
      expect(portal.rest.count()).to.equal(1);
      const second = await mount(transport);
      await el.refresh();
      await nextTasks(3);
      expect(second.shadowRoot!.textContent).to.contain('Ivan Petrov');
      expect(portal.rest.count(), 'known names are not fetched again').to.equal(1);
      expect(log.filter((e) => e.type === 'b24-error')).to.deep.equal([]);
    });
  }

  it('names are host text: inert and bidi-isolated, however hostile', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"> \u202Eevil\u202C';
    const transport = {
      call: async () => ({ CALL_ID: 'c1', PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'DEAL', CRM_ENTITY_ID: 5, CRM_BINDINGS: [{ ENTITY_TYPE: 'CONTACT', ENTITY_ID: 6 }] }),
      // The REST answer body a plain transport hands back (see PlainTransport.callMethod in src/core/adapters/plain.ts).
      callMethod: async (_: string, params: { cmd: Record<string, string> }) => ({
        result: {
          result: Object.fromEntries(Object.entries(params.cmd).map(([key, row]) => [key, { item: row.includes('entityTypeId=3') ? { name: hostile } : { title: hostile } }])),
          result_error: {},
        },
      }),
    };
    const el = await mount(transport);
    await waitUntil(() => el.shadowRoot!.textContent!.includes('evil'), 'no name shown', { timeout: 3000 });
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelector('img'), 'markup from a name was parsed').to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    const holders = [...root.querySelectorAll('bdi, [dir="auto"]')].filter((n) => n.textContent!.includes('evil'));
    expect(holders.length, 'every name sits in an isolating element').to.be.at.least(1);
    for (const n of root.querySelectorAll('*')) {
      if (n.childNodes.length && [...n.childNodes].some((c) => c.nodeType === 3 && c.textContent!.includes('\u202E'))) {
        expect(n.localName === 'bdi' || n.getAttribute('dir') === 'auto' || !!n.closest('bdi, [dir="auto"]'), n.outerHTML).to.equal(true);
      }
    }
  });

  it('no-crm-names: no REST request at all, and the items show as "Contact #797"', async () => {
    const { BX24, portal } = createBX24();
    const el = await mount(BX24, { 'no-crm-names': '' });
    await nextTasks(10);
    expect(portal.rest.count()).to.equal(0);
    expect(el.shadowRoot!.textContent).to.contain('#797');
    expect(el.shadowRoot!.textContent).not.to.contain('Ivan Petrov');
  });
});
