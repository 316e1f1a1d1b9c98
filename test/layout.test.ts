import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { backgroundOf, luminance } from './support/contrast.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { nextTasks, part, partText, parts, place, region, removeAll, settled } from './support/mount.js';
import { createPlain } from './support/plain-stand-in.js';
import { resetPageStyle } from './support/page-style.js';

const withStatus = (status: unknown) => ({ call: async () => status });
const LONG = {
  ...DOC_STATUS,
  PHONE_NUMBER: '+49 (0) 30 1234 5678 9012 3456 7',
  LINE_NAME: 'Key account support line for enterprise clients (priority queue)',
  LINE_NUMBER: 'reg151083',
  CALL_ID: 'E45D40253D1C2D2F'.repeat(8),
  CRM_ACTIVITY_ID: 123456789,
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 },
  ],
  CALL_STATE: 'connected',
  CALL_DIRECTION: 'incoming',
  CALL_LIST_MODE: true,
};

const frames: HTMLElement[] = [];
function frame(width: number) {
  const div = document.createElement('div');
  div.style.width = `${width}px`;
  document.body.append(div);
  frames.push(div);
  return div;
}
const mountIn = (width: number, transport: unknown, attrs: Record<string, string> = {}) => settled(place(transport, attrs, frame(width)));

// Lines a text node's box breaks into.
function lines(el: Element): number {
  const range = document.createRange();
  range.selectNodeContents(el);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

afterEach(async () => {
  removeAll();
  frames.splice(0).forEach((f) => f.remove());
  await resetPageStyle();
});

describe('layout: narrow frames', () => {
  for (const width of [280, 320, 440]) {
    it(`${width} px: nothing overflows, numbers stay whole, whatever is cut has an ellipsis and its full text in title`, async () => {
      const el = await mountIn(width, withStatus(LONG));
      const base = part(el, 'base')!;
      const box = el.getBoundingClientRect();
      expect(box.width).to.equal(width);
      expect(base.scrollWidth, 'horizontal overflow').to.be.at.most(base.clientWidth);
      for (const p of el.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
        const r = p.getBoundingClientRect();
        expect(r.left, `${p.getAttribute('part')} left`).to.be.at.least(box.left - 0.5);
        expect(r.right, `${p.getAttribute('part')} right`).to.be.at.most(box.right + 0.5);
      }
      // The number, in the headline here, is on one line; so is the line id, among the details.
      expect(lines(part(el, 'phone')!), 'phone lines').to.equal(1);
      (part(el, 'details') as HTMLDetailsElement).open = true;
      const lineId = part(el, 'line-id')!;
      expect(lineId.textContent).to.equal('reg151083');
      expect(lines(lineId)).to.equal(1);
      expect(lineId.scrollWidth, 'line id cut').to.be.at.most(lineId.clientWidth);
      // The call id breaks rather than overflows.
      expect(part(el, 'call-id')!.scrollWidth).to.be.at.most(part(el, 'call-id')!.clientWidth);
      // Every box that clips its text shows an ellipsis, and the full text is in a title.
      let cut = 0;
      for (const e of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
        if (e.scrollWidth <= e.clientWidth || getComputedStyle(e).overflowX === 'visible') continue;
        cut++;
        expect(getComputedStyle(e).textOverflow, `${e.outerHTML} clipped without an ellipsis`).to.equal('ellipsis');
        expect(e.closest('[title]')?.getAttribute('title'), 'title').to.contain(e.textContent!.trim());
      }
      // The long line name is cut at every width here.
      expect(cut, 'a long line name is cut').to.be.at.least(1);
    });
  }

  it('keeps each label beside its value at 280, 320 and 440 px; a long label wraps in its column', async () => {
    for (const width of [280, 320, 440]) {
      const el = await mountIn(width, withStatus(LONG));
      for (const dt of el.shadowRoot!.querySelectorAll('dt')) {
        const dd = dt.nextElementSibling!;
        const [l, v] = [dt.getBoundingClientRect(), dd.getBoundingClientRect()];
        if (!l.width) continue; // behind the closed disclosure
        expect(v.left, `${width}: ${dt.textContent} beside`).to.be.at.least(l.right);
        expect(Math.abs(v.top - l.top), `${width}: ${dt.textContent} on its line`).to.be.below(4);
      }
    }
    const ru = await mountIn(280, withStatus(LONG), { lang: 'ru' });
    const linked = [...ru.shadowRoot!.querySelectorAll('dt')].find((dt) => dt.textContent === 'Связанные объекты')!;
    expect(lines(linked), 'a long label wraps').to.equal(2);
    expect(linked.nextElementSibling!.getBoundingClientRect().left).to.be.at.least(linked.getBoundingClientRect().right);
  });

  it('keeps a very long unknown state in its badge, cut with an ellipsis, full text in title', async () => {
    const state = 'on_hold_waiting_for_the_supervisor_to_join_the_conversation';
    const el = await mountIn(280, withStatus({ ...DOC_STATUS, CALL_STATE: state }));
    const badge = part(el, 'state')!;
    expect(badge.getAttribute('title')).to.equal(state);
    expect(badge.scrollWidth).to.be.above(badge.clientWidth);
    expect(getComputedStyle(badge).textOverflow).to.equal('ellipsis');
    expect(badge.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
  });
});

describe('layout: what the agent reads first', () => {
  it('heads with the number when no name is known, one line; one state badge with a dot; the direction quiet text', async () => {
    const el = await mountIn(280, withStatus(LONG));
    const head = part(el, 'name')!;
    expect(head.part.contains('phone')).to.equal(true);
    expect(head.textContent).to.equal(LONG.PHONE_NUMBER);
    expect(lines(head), 'the number on one line').to.equal(1);
    // The name is the largest text, semi-bold.
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    expect(size(head)).to.be.within(15, 16);
    expect(getComputedStyle(head).fontWeight).to.equal('600');
    for (const p of ['state', 'direction', 'call-list', 'timer', 'crm', 'label']) expect(size(part(el, p)!), p).to.be.below(size(head));
    // Badges: the state (tinted, with a coloured dot) and the call list; the direction and the timer are text.
    expect(parts(el, 'badge').map((b) => b.part.contains('state') || b.part.contains('call-list'))).to.deep.equal([true, true]);
    const state = part(el, 'state')!;
    expect(getComputedStyle(state).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const dot = state.firstElementChild!;
    expect(getComputedStyle(dot).backgroundColor).to.not.equal(getComputedStyle(state).color);
    for (const p of ['direction', 'timer']) expect(getComputedStyle(part(el, p)!).backgroundColor, p).to.equal('rgba(0, 0, 0, 0)');
  });

  it('wraps a long name to two lines before it cuts it, with the full name in title', async () => {
    const name = 'Konstantin Konstantinopolsky-Rimsky von Oberhausen-Wittgenstein zu Sayn';
    const { transport } = createPlain();
    const named = Object.assign(transport, {
      callMethod: async () => ({ result: { result: { n0: { item: { title: name } } }, result_error: {} } }),
    });
    const el = await mountIn(320, named);
    await waitUntil(() => partText(el, 'name') === name, 'no name');
    const head = part(el, 'name')!;
    expect(head.getAttribute('title')).to.equal(name);
    expect(Math.round(head.getBoundingClientRect().height / parseFloat(getComputedStyle(head).lineHeight))).to.equal(2);
    expect(head.scrollHeight, 'cut after two lines').to.be.above(head.clientHeight);
  });

  it('says Not in CRM when the call is bound to nothing', async () => {
    const el = await mountIn(440, withStatus({ ...DOC_STATUS, CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0, CRM_BINDINGS: [] }));
    expect(partText(el, 'not-in-crm')).to.equal('Not in CRM');
    const bound = await mountIn(440, withStatus(DOC_STATUS));
    expect(part(bound, 'not-in-crm')).to.equal(null);
  });

  it('does not repeat the primary item among the bindings, and names every CRM type', async () => {
    const el = await mountIn(
      440,
      withStatus({
        ...DOC_STATUS,
        CRM_BINDINGS: [
          { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 797 },
          { ENTITY_TYPE: 'QUOTE', ENTITY_ID: 8 },
          { ENTITY_TYPE: 'SMART_INVOICE', ENTITY_ID: 9 },
          { ENTITY_TYPE: 'DYNAMIC_150', ENTITY_ID: 10 },
        ],
      })
    );
    expect(partText(el, 'crm')).to.equal('Contact #797');
    expect(parts(el, 'binding').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Quote #8', 'Invoice #9', 'Smart process item #10']);
  });

  it('keeps the ids quiet, behind a disclosure: call id, line id, activity; the line name stays', async () => {
    const el = await mountIn(440, withStatus(LONG));
    const details = part(el, 'details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(part(el, 'call-id')!.checkVisibility(), 'hidden until opened').to.equal(false);
    expect(partText(el, 'line')).to.equal(LONG.LINE_NAME);
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    const size = (e: Element) => parseFloat(getComputedStyle(e).fontSize);
    for (const p of ['call-id', 'line-id', 'activity']) {
      expect(part(el, p)!.checkVisibility(), p).to.equal(true);
      expect(size(part(el, p)!), p).to.be.below(size(part(el, 'line')!));
      expect(getComputedStyle(part(el, p)!).color, p).to.not.equal(getComputedStyle(part(el, 'line')!).color);
    }
    // Without a line name, the number is the line; it is not repeated among the details.
    const numbered = await mountIn(440, withStatus({ ...LONG, LINE_NAME: '' }));
    expect(partText(numbered, 'line')).to.equal('reg151083');
    expect(part(numbered, 'line-id')).to.equal(null);
  });
});

describe('layout: the timer', () => {
  it('shows talk time as part timer, outside the live region, from connected to after the call', async () => {
    const { transport, portal } = createPlain({ status: { ...DOC_STATUS, CALL_STATE: 'connecting' } });
    const el = await mountIn(440, transport);
    expect(part(el, 'timer')).to.equal(null);
    portal.fire('CallCard::CallStateChanged', 'connected');
    await el.updateComplete;
    await el.updateComplete;
    const timer = part(el, 'timer')!;
    expect(timer.getAttribute('role')).to.equal('timer');
    expect(timer.getAttribute('aria-label')).to.equal('Talk time');
    expect(timer.textContent!.trim()).to.equal('0:00');
    // Plain tabular text beside the state badge, not a pill; green while it runs.
    expect(getComputedStyle(timer).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(timer).fontVariantNumeric).to.equal('tabular-nums');
    const [t, badge] = [timer.getBoundingClientRect(), part(el, 'state')!.getBoundingClientRect()];
    expect(t.left, 'beside the state').to.be.above(badge.right);
    expect(Math.abs(t.top + t.height / 2 - (badge.top + badge.height / 2)), 'on the state line').to.be.below(3);
    const green = getComputedStyle(timer).color;
    expect(green).to.not.equal(getComputedStyle(el).color);
    // A ticking clock inside role=status would be announced every second.
    expect(region(el).contains(timer)).to.equal(false);
    await waitUntil(() => part(el, 'timer')!.textContent!.trim() === '0:01', 'the timer did not tick', { timeout: 2500 });
    portal.fire('CallCard::CallStateChanged', 'idle');
    await el.updateComplete;
    await el.updateComplete;
    // After the call: labelled, in the text colour.
    const after = part(el, 'timer')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(after).to.equal('Talk time 0:01');
    expect(getComputedStyle(part(el, 'timer')!).color).to.not.equal(green);
    await new Promise((r) => setTimeout(r, 1100));
    expect(part(el, 'timer')!.textContent!.replace(/\s+/g, ' ').trim(), 'stopped after the call').to.equal(after);
  });

  it('is not green while the view is stale', async () => {
    let answer: unknown = { ...DOC_STATUS, CALL_STATE: 'connected' };
    const el = await mountIn(440, { call: async () => answer });
    await waitUntil(() => part(el, 'timer'));
    const green = getComputedStyle(part(el, 'timer')!).color;
    answer = { error: 'QUERY_LIMIT_EXCEEDED', error_description: '' };
    await el.refresh();
    await el.updateComplete;
    expect(el.stale).to.equal(true);
    expect(getComputedStyle(part(el, 'timer')!).color).to.not.equal(green);
    expect(getComputedStyle(part(el, 'timer')!).color).to.equal(getComputedStyle(part(el, 'label')!).color);
  });
});

describe('layout: not up to date, and Retry', () => {
  it('keeps the status, marks it stale with the message, and offers Retry', async () => {
    let answer: unknown = DOC_STATUS;
    const el = await mountIn(440, { call: async () => answer });
    answer = { error: 'QUERY_LIMIT_EXCEEDED', error_description: '' };
    await el.refresh();
    await el.updateComplete;
    expect(partText(el, 'phone')).to.equal(DOC_STATUS.PHONE_NUMBER);
    expect(partText(el, 'stale')).to.equal('Not up to date');
    expect(region(el).contains(part(el, 'message'))).to.equal(true);
    expect(partText(el, 'message')).to.equal('Bitrix24 is busy right now. Wait a few seconds.');
    expect(part(el, 'retry')).to.be.instanceOf(HTMLButtonElement);
    // A slim warning strip under the headline: mark, message and Retry on one line where they fit.
    const strip = part(el, 'alert')!;
    expect(strip.getBoundingClientRect().top).to.be.above(part(el, 'state')!.getBoundingClientRect().bottom);
    expect(strip.getBoundingClientRect().bottom).to.be.below(el.shadowRoot!.querySelector('dl')!.getBoundingClientRect().top);
    expect(Math.abs(part(el, 'retry')!.getBoundingClientRect().top - strip.getBoundingClientRect().top), 'Retry in the strip').to.be.below(12);
    // The data under it is dimmed (by colour, never below 4.5:1: see a11y).
    const fresh = await mountIn(440, withStatus(DOC_STATUS));
    expect(getComputedStyle(part(el, 'crm')!).color).to.not.equal(getComputedStyle(part(fresh, 'crm')!).color);
    // The raw code is secondary: outside the announced region, small, in the system monospace.
    expect(region(el).contains(part(el, 'error-code'))).to.equal(false);
    expect(parseFloat(getComputedStyle(part(el, 'error-code')!).fontSize)).to.be.below(parseFloat(getComputedStyle(part(el, 'message')!).fontSize));
    expect(getComputedStyle(part(el, 'error-code')!).fontFamily).to.match(/^ui-monospace/);
  });

  it('is busy while a retry runs: aria-disabled, a visible busy look, and further clicks send nothing', async () => {
    let calls = 0;
    let release: (v: unknown) => void = () => {};
    let answer: () => unknown = () => ({ error: 'QUERY_LIMIT_EXCEEDED', error_description: '' });
    const el = await mountIn(440, { call: async () => (calls++, answer()) });
    const idle = getComputedStyle(part(el, 'retry')!);
    const [idleBorder, idleCursor] = [idle.borderTopStyle, idle.cursor];
    const idleWidth = part(el, 'retry')!.getBoundingClientRect().width;
    expect(getComputedStyle(part(el, 'retry')!.querySelector('svg')!).display, 'no spinner at rest').to.equal('none');
    answer = () => new Promise((r) => (release = r));
    const before = calls;
    part(el, 'retry')!.click();
    await el.updateComplete;
    await nextTasks();
    const retry = part(el, 'retry')!;
    expect(retry.getAttribute('aria-disabled')).to.equal('true');
    expect(retry.getAttribute('aria-busy')).to.equal('true');
    expect(retry.getAttribute('aria-label')).to.equal('Retrying…');
    // Air's loading button: a spinner, the label kept for the width; never a dashed outline.
    const busy = getComputedStyle(retry);
    expect(busy.borderTopStyle).to.equal(idleBorder);
    expect(busy.borderTopStyle).to.not.equal('dashed');
    expect(busy.cursor).to.not.equal(idleCursor);
    const spinner = retry.querySelector('svg')!;
    expect(getComputedStyle(spinner).display).to.not.equal('none');
    expect(getComputedStyle(spinner).animationName).to.equal('spin');
    expect(retry.getBoundingClientRect().width, 'the same width').to.be.at.least(idleWidth - 0.5);
    retry.click();
    retry.click();
    await nextTasks();
    expect(calls - before, 'clicks while busy').to.equal(1);
    release(DOC_STATUS);
    await waitUntil(() => el.state === 'ready');
  });

  it('offers no Retry where retrying cannot help', async () => {
    const el = await mountIn(440, withStatus({ error: 'insufficient_scope', error_description: '' }));
    expect(partText(el, 'message')).to.contain('Ask your Bitrix24 administrator');
    expect(part(el, 'retry')).to.equal(null);
    expect(partText(el, 'error-code')).to.equal('insufficient_scope');
  });
});

describe('layout: slots', () => {
  it('shows the page’s actions and footer in the ready state, and takes no room without them', async () => {
    const el = place(withStatus(DOC_STATUS), {}, frame(440));
    el.innerHTML = '<button slot="actions">Create deal</button><small slot="footer">Notes</small>';
    await settled(el);
    await nextTasks();
    const button = el.querySelector('button')!;
    expect(button.getBoundingClientRect().height).to.be.above(0);
    expect(el.querySelector('small')!.getBoundingClientRect().height).to.be.above(0);
    expect(button.assignedSlot?.name).to.equal('actions');

    const bare = await mountIn(440, withStatus(DOC_STATUS));
    const emptySlots = [...bare.shadowRoot!.querySelectorAll('slot')];
    expect(emptySlots.map((s) => s.name)).to.deep.equal(['actions', 'footer']);
    for (const slot of emptySlots) expect(getComputedStyle(slot).display, slot.name).to.equal('none');
  });
});

describe('theme: light unless the page is dark', () => {
  const dark = (el: B24CallStatus) => luminance(backgroundOf(part(el, 'base')!)) < 0.05;

  it('is light on a page without a color-scheme, even when the OS is dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountIn(440, withStatus(DOC_STATUS));
    expect(dark(el)).to.equal(false);
  });

  it('is dark when the page’s own color-scheme is dark, or the OS is dark on a light-dark page', async () => {
    document.documentElement.style.colorScheme = 'dark';
    const el = await mountIn(440, withStatus(DOC_STATUS));
    expect(dark(el)).to.equal(true);
    document.documentElement.style.colorScheme = 'light dark';
    await emulateMedia({ colorScheme: 'dark' });
    expect(dark(el)).to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    expect(dark(el)).to.equal(false);
  });

  it('follows theme="dark", theme="light" and theme="auto" over the page', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await mountIn(440, withStatus(DOC_STATUS), { theme: 'dark' });
    expect(dark(el)).to.equal(true);
    document.documentElement.style.colorScheme = 'dark';
    el.setAttribute('theme', 'light');
    expect(dark(el)).to.equal(false);
    document.documentElement.style.removeProperty('color-scheme');
    el.setAttribute('theme', 'auto');
    expect(dark(el), 'auto on a dark OS').to.equal(true);
    await emulateMedia({ colorScheme: 'light' });
    expect(dark(el), 'auto on a light OS').to.equal(false);
  });
});
