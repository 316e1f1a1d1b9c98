import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { createPlain } from './support/plain-stand-in.js';
import { luminance, parseColor, textContrast } from './support/contrast.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { mount, nextTasks, part, place, region, removeAll, settled } from './support/mount.js';
import { SCHEMES, resetPageStyle, usePageStyle } from './support/page-style.js';

interface AXNode {
  role: string;
  name?: string;
  live?: string;
  busy?: boolean;
  atomic?: boolean;
  children?: AXNode[];
}
const statusNode = async () => {
  const tree = (await a11ySnapshot({})) as unknown as AXNode & { children: AXNode[] };
  return findAccessibilityNode<AXNode>(tree, (n) => n.role === 'status');
};
const allText = (n: AXNode | null): string => (n ? [n.name ?? '', ...(n.children ?? []).map(allText)].join(' ') : '');
const withStatus = (status: unknown) => ({ call: async () => status });

afterEach(async () => {
  removeAll();
  await resetPageStyle();
});

describe('a11y: the status region', () => {
  it('is a polite, named role=status region in the accessibility tree', async () => {
    const { transport } = createPlain({ delay: 1500 });
    const el = place(transport);
    await el.updateComplete;
    const loading = await statusNode();
    expect(loading, 'status region while loading').not.to.equal(null);
    expect(loading).to.include({ name: 'Call status', live: 'polite', busy: true });

    await settled(el);
    const ready = await statusNode();
    expect(ready).to.include({ name: 'Call status', live: 'polite', atomic: true });
    expect(ready!.busy ?? false).to.equal(false);
    expect(allText(ready)).to.contain('Idle').and.to.contain('Outgoing call');
  });

  it('carries the error, so it is announced, and keeps the retry button out of it', async () => {
    const el = await mount({}, { lang: 'ru' });
    const node = await statusNode();
    expect(node).to.include({ name: 'Статус звонка', live: 'polite' });
    expect(allText(node)).to.contain('Откройте эту страницу из карточки звонка Битрикс24.');
    expect(region(el).contains(part(el, 'retry'))).to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('[role="status"], [aria-live]').length).to.equal(1);
  });

  it('exists from the first render, busy, and the error arrives in it afterwards', async () => {
    const el = document.createElement('b24-call-status');
    el.transport = {} as B24CallStatus['transport'];
    const renders: Array<{ busy: string | null; text: string }> = [];
    el.addController({ hostUpdated: () => renders.push({ busy: region(el).getAttribute('aria-busy'), text: region(el).textContent!.trim() }) });
    document.body.append(el);
    await settled(el);
    expect(renders[0]).to.deep.equal({ busy: 'true', text: 'Loading call status…' });
    expect(renders.at(-1)!.busy).to.equal('false');
    expect(renders.at(-1)!.text).to.contain('Open this page from a Bitrix24 call card.');
  });

  it('announces a state change once, not on every re-render', async () => {
    const { transport, portal } = createPlain();
    const el = await mount(transport);
    const live = region(el);
    const batches: string[] = [];
    const observer = new MutationObserver(() => batches.push(live.textContent!.replace(/\s+/g, ' ').trim()));
    observer.observe(live, { subtree: true, childList: true, characterData: true, attributes: true });

    // Re-renders that change nothing the agent hears.
    el.strings = { retry: 'Try again' };
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    portal.fire('CallCard::CallStateChanged', 'idle');
    portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: DOC_STATUS.PHONE_NUMBER });
    await waitUntil(() => portal.count('getStatus') === 2);
    await el.refresh();
    await el.updateComplete;
    await nextTasks();
    expect(batches, 'unrelated re-renders').to.deep.equal([]);

    portal.status = { ...DOC_STATUS, CALL_STATE: 'connecting' };
    portal.fire('CallCard::CallStateChanged', 'connecting');
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    await el.refresh();
    await nextTasks();
    observer.disconnect();
    // The region holds who is calling and the call's state: one change, one announcement.
    expect(batches).to.deep.equal(['+19999999666 Outgoing call Connecting']);
  });
});

describe('a11y: keyboard', () => {
  // Focus a button just before the element, then Tab into it as a user would.
  async function tabInto(el: B24CallStatus) {
    // Built by hand: fixture() waits for a frame, and a background test tab paints none.
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    before.remove();
  }
  const outline = (e: Element) => {
    const css = getComputedStyle(e);
    return { style: css.outlineStyle, width: parseFloat(css.outlineWidth), color: css.outlineColor };
  };

  it('reaches retry with Tab, activates it with Enter and Space, focus visible and kept', async () => {
    const { transport, portal } = createPlain({ status: { error: 'QUERY_LIMIT_EXCEEDED', error_description: '' } });
    const el = await mount(transport);
    await tabInto(el);
    const retry = part(el, 'retry')!;
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    expect(retry.matches(':focus-visible')).to.equal(true);
    const ring = outline(retry);
    expect(ring.style).to.equal('solid');
    expect(ring.width).to.be.at.least(2);
    expect(parseColor(ring.color)[3]).to.equal(1);

    for (const key of ['Enter', ' ']) {
      const reads = portal.count('getStatus');
      await sendKeys({ press: key === ' ' ? 'Space' : key });
      await waitUntil(() => portal.count('getStatus') === reads + 1, `${key} did not retry`);
      await settled(el);
      // Failed again: the same button still has focus, nothing was lost to <body>.
      expect(el.shadowRoot!.activeElement, key).to.equal(retry);
    }
    portal.status = DOC_STATUS;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.state === 'ready');
    // The Retry button is gone: keyboard focus went to the status region, not to <body>.
    await waitUntil(() => el.shadowRoot!.activeElement === region(el), 'focus was lost');
    expect(document.activeElement).to.equal(el);
  });

  it('a busy retry sends nothing more, and says so (aria-disabled)', async () => {
    const { transport, portal } = createPlain({ status: { error: 'QUERY_LIMIT_EXCEEDED', error_description: '' } });
    const el = await mount(transport);
    portal.delay = 300;
    const reads = portal.count('getStatus');
    const retry = part(el, 'retry')!;
    retry.click();
    await el.updateComplete;
    expect(part(el, 'retry')!.getAttribute('aria-disabled')).to.equal('true');
    for (let i = 0; i < 5; i++) part(el, 'retry')!.click();
    await settled(el);
    await nextTasks(4);
    expect(portal.count('getStatus')).to.equal(reads + 1);
    expect(part(el, 'retry')!.getAttribute('aria-disabled')).to.equal('false');
  });

  it('opens CRM items from the keyboard', async () => {
    const { transport, portal } = createPlain();
    const el = await mount(transport);
    await tabInto(el);
    const crm = part(el, 'crm')!;
    expect(el.shadowRoot!.activeElement).to.equal(crm);
    expect(outline(crm).style).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'binding'));
    await sendKeys({ press: 'Space' });
    await waitUntil(() => portal.opened.length === 2);
    expect(portal.opened).to.deep.equal(['/crm/contact/details/797/', '/crm/deal/details/4615/']);
  });
});

describe('a11y: motion and colour', () => {
  it('stops the animation under prefers-reduced-motion', async () => {
    const el = await mount(withStatus({ ...DOC_STATUS, CALL_STATE: 'connecting' }));
    const animation = () => getComputedStyle(part(el, 'state')!.querySelector('.dot')!).animationName;
    expect(animation()).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(animation()).to.equal('none');
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(animation()).to.equal('pulse');
  });

  for (const scheme of SCHEMES) {
    it(`keeps every text at 4.5:1 or more against what is painted behind it (${scheme})`, async () => {
      await usePageStyle(scheme);
      const ratios: Record<string, number> = {};
      const open = async (el: B24CallStatus) => {
        (part(el, 'details') as HTMLDetailsElement).open = true;
        await el.updateComplete;
        return el;
      };
      for (const state of ['idle', 'connecting', 'connected']) {
        const el = await open(await mount(withStatus({ ...DOC_STATUS, LINE_NAME: 'Sales', CALL_STATE: state, CALL_LIST_MODE: true, CRM_ACTIVITY_ID: 5 })));
        const bg = parseColor(getComputedStyle(part(el, 'base')!).backgroundColor);
        expect(bg[3], 'an opaque default background').to.equal(1);
        expect(luminance(bg) < 0.05, 'the background follows the scheme').to.equal(scheme.endsWith('dark'));
        // Badges have their own tint: each text is measured against what is behind it.
        ratios[state] = textContrast(part(el, 'state')!);
        if (state !== 'connected') continue;
        for (const name of ['name', 'phone', 'direction', 'call-list', 'timer', 'crm', 'binding', 'label', 'line', 'line-id', 'activity', 'call-id'])
          ratios[name] = textContrast(part(el, name)!);
        ratios.details = textContrast(part(el, 'details')!.querySelector('summary')!);
      }
      const unbound = await mount(withStatus({ ...DOC_STATUS, CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0, CRM_BINDINGS: [] }));
      ratios.notInCrm = textContrast(part(unbound, 'not-in-crm')!);
      let answer: unknown = DOC_STATUS;
      const stale = await mount({ call: async () => answer });
      answer = { error: 'QUERY_LIMIT_EXCEEDED', error_description: '' };
      await stale.refresh();
      await stale.updateComplete;
      await open(stale);
      ratios.stale = textContrast(part(stale, 'stale')!);
      ratios.staleMessage = textContrast(part(stale, 'message')!);
      ratios.staleRetry = textContrast(part(stale, 'retry')!);
      // Dimmed, not below 4.5:1.
      ratios.staleCrm = textContrast(part(stale, 'crm')!);
      ratios.staleState = textContrast(part(stale, 'state')!);
      ratios.staleCode = textContrast(part(stale, 'error-code')!);
      // A warning (passes on its own) and an alert (only an administrator can fix it).
      for (const code of ['expired_token', 'BAD_RESPONSE', 'insufficient_scope']) {
        const failed = await mount(withStatus({ error: code, error_description: '' }));
        ratios[`${code} message`] = textContrast(part(failed, 'message')!);
        // The raw code is quiet; what reaches the eye must still pass.
        ratios[`${code} code`] = textContrast(part(failed, 'error-code')!);
        if (part(failed, 'retry')) ratios[`${code} retry`] = textContrast(part(failed, 'retry')!);
      }
      for (const [name, ratio] of Object.entries(ratios)) expect(ratio, `${name} ${ratio.toFixed(2)}:1`).to.be.at.least(4.5);
    });
  }
});
