import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import { StatusChangeEvent, StatusErrorEvent, en, ru, type B24CallStatus } from '../src/index.js';
import { createBX24 } from './support/bx24-stand-in.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { mount, part, partText, parts, place, recordEvents, region, removeAll, settled, nextTasks } from './support/mount.js';
import { SCHEMES, resetPageStyle, usePageStyle } from './support/page-style.js';

const FULL = {
  ...DOC_STATUS,
  LINE_NAME: 'Sales',
  CRM_ACTIVITY_ID: 55,
  CALL_LIST_MODE: true,
  CALL_STATE: 'connected',
  CALL_DIRECTION: 'incoming',
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'LEAD', ENTITY_ID: 1 },
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: 2 },
    { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 3 },
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 4 },
  ],
};
const withStatus = (status: unknown, lang?: string) => ({ call: async () => status, getLang: () => lang ?? '' });
const texts = (el: B24CallStatus, name: string) => parts(el, name).map((p) => p.textContent?.trim());
const labels = (el: B24CallStatus) => [...el.shadowRoot!.querySelectorAll('dt')].map((dt) => dt.textContent?.trim());

afterEach(async () => {
  removeAll();
  document.querySelectorAll('[data-wrapper]').forEach((w) => w.remove());
  await resetPageStyle();
});

describe('element: what it shows', () => {
  it('shows every field of getStatus', async () => {
    const el = await mount(withStatus(FULL));
    expect(partText(el, 'state')).to.equal('Connected');
    expect(partText(el, 'direction')).to.equal('Incoming call');
    expect(partText(el, 'phone')).to.equal('+19999999666');
    expect(partText(el, 'line')).to.equal('Sales');
    expect(partText(el, 'line-id')).to.equal('reg151083');
    expect(partText(el, 'crm')).to.equal('Contact #797');
    expect(part(el, 'crm')!.localName).to.equal('button');
    expect(texts(el, 'binding')).to.deep.equal(['Lead #1', 'Deal #2', 'Contact #3', 'Company #4']);
    expect(partText(el, 'activity')).to.equal('55');
    expect(partText(el, 'call-id')).to.equal(FULL.CALL_ID);
    expect(partText(el, 'call-list')).to.equal('Call list');
    // The number is no longer a labelled row: it is the headline, or the line under the CRM name.
    expect(labels(el)).to.deep.equal(['CRM', 'Linked items', 'Line', 'Call ID', 'Line ID', 'Activity']);
  });

  it('says "unknown" and "withheld" in words, never the raw value', async () => {
    const unknown = await mount(withStatus({ ...DOC_STATUS, PHONE_NUMBER: undefined }));
    expect(partText(unknown, 'phone')).to.equal('Unknown number');
    const hidden = await mount(withStatus({ ...DOC_STATUS, PHONE_NUMBER: 'hidden' }));
    expect(partText(hidden, 'phone')).to.equal('Number withheld');
    const fromOptions = await mount(withStatus({ ...DOC_STATUS, PHONE_NUMBER: 'undefined' }));
    expect(partText(fromOptions, 'phone')).to.equal('Unknown number');
  });

  it('shows the line by name, by number or both, and each direction as words', async () => {
    const cases: Array<[object, string | undefined, string]> = [
      [{ LINE_NAME: '', LINE_NUMBER: 'reg1', CALL_DIRECTION: 'outgoing' }, 'reg1', 'Outgoing call'],
      [{ LINE_NAME: 'Support', LINE_NUMBER: '', CALL_DIRECTION: 'callback' }, 'Support', 'Callback'],
      [{ LINE_NAME: '', LINE_NUMBER: '', CALL_DIRECTION: 'incoming' }, undefined, 'Incoming call'],
    ];
    for (const [fields, line, direction] of cases) {
      const el = await mount(withStatus({ ...DOC_STATUS, ...fields }));
      expect(partText(el, 'line')).to.equal(line);
      expect(partText(el, 'direction')).to.equal(direction);
      el.remove();
    }
  });

  it('shows unknown values as they came, and no link for an unknown CRM type', async () => {
    const el = await mount(
      // SMART_INVOICE and QUOTE have words now; ORDER and WEBFORM are types no status documents.
      withStatus({ ...DOC_STATUS, CALL_STATE: 'onhold', CALL_DIRECTION: 'transfer', CRM_ENTITY_TYPE: 'ORDER', CRM_BINDINGS: [{ ENTITY_TYPE: 'WEBFORM', ENTITY_ID: 8 }] })
    );
    expect(partText(el, 'state')).to.equal('onhold');
    expect(el.getAttribute('call-state')).to.equal('onhold');
    expect(partText(el, 'direction')).to.equal('transfer');
    expect(part(el, 'crm')!.localName).to.equal('span');
    expect(partText(el, 'crm')).to.equal('ORDER #797');
    expect(part(el, 'binding')!.localName).to.equal('span');
    expect(partText(el, 'binding')).to.equal('WEBFORM #8');
  });

  it('leaves out what is absent: no CRM item, activity, call id or call-list mark', async () => {
    const el = await mount(withStatus({ CALL_STATE: 'idle', CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0, CALL_ID: '' }));
    for (const name of ['crm', 'binding', 'activity', 'call-id', 'call-list', 'line', 'direction']) expect(part(el, name), name).to.equal(null);
    expect(partText(el, 'phone')).to.equal('Unknown number');
  });
});

describe('element: hostile strings render as inert text', () => {
  const HOSTILE = [
    '<img src=x onerror="window.__pwned=1">',
    '<script>window.__pwned=1</script>',
    'javascript:window.__pwned=1',
    '"><svg onload=window.__pwned=1>',
    '\u202Eevil.exe\u202C \u2067rtl\u2069',
  ];
  const TEXT_PARTS = ['state', 'direction', 'phone', 'line', 'crm', 'binding', 'call-id'];

  for (const bad of HOSTILE) {
    it(`in every text field: ${JSON.stringify(bad)}`, async () => {
      const status = {
        CALL_ID: bad,
        PHONE_NUMBER: bad,
        LINE_NUMBER: bad,
        LINE_NAME: bad,
        CRM_ENTITY_TYPE: bad,
        CRM_ENTITY_ID: 5,
        CRM_BINDINGS: [{ ENTITY_TYPE: bad, ENTITY_ID: 6 }],
        CALL_DIRECTION: bad,
        CALL_STATE: bad,
      };
      const el = await mount(withStatus(status));
      await nextTasks();
      const root = el.shadowRoot!;
      // Our own icons are decorative svg (aria-hidden); nothing else may be made.
      expect(root.querySelector('img, script, svg:not([aria-hidden="true"]), a, iframe, [href], [src]')?.outerHTML).to.equal(undefined);
      expect([...root.querySelectorAll('*')].flatMap((n) => n.getAttributeNames()).filter((a) => a.startsWith('on'))).to.deep.equal([]);
      expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
      for (const name of TEXT_PARTS) {
        const p = part(el, name)!;
        expect(p.textContent, name).to.contain(bad);
        // Each value is its own bidi island: an RTL override cannot reorder the labels around it.
        expect(getComputedStyle(p).unicodeBidi, name).to.match(/isolate|plaintext/);
      }
      expect(el.children.length).to.equal(0);
    });
  }

  it('in the error description and code: never shown, never parsed', async () => {
    const el = await mount(withStatus({ error: 'ACCESS_DENIED', error_description: '<img src=x onerror="window.__pwned=1">' }));
    expect(el.error?.message).to.equal(en.errAccess);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('onerror');
  });
});

describe('element: languages', () => {
  const html0 = document.documentElement.lang;
  afterEach(() => {
    document.documentElement.lang = html0;
  });

  it('speaks Russian', async () => {
    const el = await mount(withStatus({ ...FULL, PHONE_NUMBER: 'hidden' }), { lang: 'ru' });
    expect(partText(el, 'state')).to.equal('Разговор');
    expect(partText(el, 'direction')).to.equal('Входящий звонок');
    expect(partText(el, 'phone')).to.equal('Номер скрыт');
    expect(partText(el, 'call-list')).to.equal('Обзвон');
    expect(texts(el, 'binding')).to.deep.equal(['Лид #1', 'Сделка #2', 'Контакт #3', 'Компания #4']);
    expect(labels(el)).to.deep.equal(['CRM', 'Связанные объекты', 'Линия', 'ID звонка', 'ID линии', 'Дело']);
    expect(region(el).getAttribute('aria-label')).to.equal('Статус звонка');
    expect(part(el, 'base')!.lang).to.equal('ru');

    const failed = await mount(withStatus({ error: 'expired_token', error_description: '' }), { lang: 'ru' });
    expect(partText(failed, 'message')).to.contain(ru.errSession);
    expect(partText(failed, 'retry')).to.equal('Повторить');
    const none = await mount({}, { lang: 'ru' });
    expect(partText(none, 'message')).to.contain('Откройте эту страницу из карточки звонка Битрикс24.');
  });

  it('speaks English, the default, with the same fields', async () => {
    const el = await mount(withStatus(FULL), { lang: 'en' });
    expect(partText(el, 'state')).to.equal('Connected');
    expect(region(el).getAttribute('aria-label')).to.equal('Call status');
    expect(part(el, 'base')!.lang).to.equal('en');
  });

  it('chooses: lang attribute, then the host language, then <html lang>, then English', async () => {
    const cases: Array<[string | undefined, string, string, string]> = [
      // [lang attribute, host getLang(), <html lang>, expected]
      ['ru', 'en', 'en', 'Нет разговора'],
      ['en', 'ru', 'ru', 'Idle'],
      [undefined, 'ru', 'en', 'Нет разговора'],
      [undefined, 'en', 'ru', 'Idle'],
      [undefined, '', 'ru-RU', 'Нет разговора'],
      [undefined, 'xx', 'yy', 'Idle'],
      [undefined, '', '', 'Idle'],
      ['tlh', 'ru', 'en', 'Нет разговора'],
    ];
    for (const [attr, host, page, expected] of cases) {
      document.documentElement.lang = page;
      const el = await mount(withStatus(DOC_STATUS, host), attr ? { lang: attr } : {});
      expect(partText(el, 'state'), `${attr}/${host}/${page}`).to.equal(expected);
      el.remove();
    }
  });

  it('takes BX24.getLang() from a BX24 host, and follows a lang attribute set later', async () => {
    document.documentElement.lang = 'en';
    const el = await mount(createBX24({ lang: 'ru' }).BX24);
    expect(partText(el, 'state')).to.equal('Нет разговора');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(partText(el, 'state')).to.equal('Idle');
    expect(part(el, 'base')!.lang).to.equal('en');
  });
});

describe('element: theming from outside', () => {
  const PARTS = ['base', 'state', 'direction', 'phone', 'line', 'line-id', 'details', 'crm', 'binding', 'activity', 'call-id', 'call-list', 'message', 'retry', 'alert', 'error-code'];
  let sheet: HTMLStyleElement;
  beforeEach(() => {
    sheet = document.createElement('style');
    sheet.textContent = `
      .themed {
        --b24-call-status-font: italic 13px serif;
        --b24-call-status-color: rgb(1, 2, 3);
        --b24-call-status-background: rgb(4, 5, 6);
        --b24-call-status-border: 3px dashed rgb(7, 8, 9);
        --b24-call-status-radius: 7px;
        --b24-call-status-gap: 11px;
        --b24-call-status-accent: rgb(10, 11, 12);
        --b24-call-status-idle-color: rgb(13, 14, 15);
        --b24-call-status-connecting-color: rgb(16, 17, 18);
        --b24-call-status-connected-color: rgb(19, 20, 21);
        --b24-call-status-error-color: rgb(22, 23, 24);
        --b24-call-status-warning-color: rgb(25, 26, 27);
        --b24-call-status-muted-color: rgb(28, 29, 30);
        --b24-call-status-accent-hover: rgb(31, 32, 33);
        --b24-call-status-mono-font: fantasy;
        --b24-call-status-idle-background: rgb(40, 41, 42);
        --b24-call-status-connecting-background: rgb(43, 44, 45);
        --b24-call-status-connected-background: rgb(46, 47, 48);
        --b24-call-status-warning-background: rgb(49, 50, 51);
        --b24-call-status-error-background: rgb(52, 53, 54);
      }
      ${PARTS.map((p, i) => `.parts b24-call-status::part(${p}) { outline: 1px solid rgb(${100 + i}, 0, 0); }`).join('\n')}
    `;
    document.head.append(sheet);
  });
  afterEach(() => sheet.remove());

  const inside = (cls: string) => {
    const wrap = document.createElement('div');
    wrap.className = cls;
    wrap.dataset.wrapper = '';
    document.body.append(wrap);
    return wrap;
  };

  it('reads every custom property from an ancestor', async () => {
    const wrap = inside('themed');
    const { BX24, portal } = createBX24({ status: FULL });
    const el = await settled(place(BX24, {}, wrap));
    const css = (name: string) => getComputedStyle(part(el, name)!);
    expect(getComputedStyle(el).fontStyle).to.equal('italic');
    expect(getComputedStyle(el).fontSize).to.equal('13px');
    expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
    expect(css('base').backgroundColor).to.equal('rgb(4, 5, 6)');
    expect(css('base').borderTopStyle).to.equal('dashed');
    expect(css('base').borderTopWidth).to.equal('3px');
    expect(css('base').borderTopColor).to.equal('rgb(7, 8, 9)');
    expect(css('base').borderTopLeftRadius).to.equal('7px');
    // The gap between blocks: the head and the CRM rows.
    expect(el.shadowRoot!.querySelector('dl')!.getBoundingClientRect().top - region(el).getBoundingClientRect().bottom).to.be.closeTo(11, 0.5);
    expect(css('crm').color).to.equal('rgb(10, 11, 12)');
    expect(css('label').color).to.equal('rgb(28, 29, 30)');
    expect(css('state').color).to.equal('rgb(19, 20, 21)');
    expect(css('state').backgroundColor).to.equal('rgb(46, 47, 48)');
    for (const [state, rgb, tint] of [
      ['idle', 'rgb(13, 14, 15)', 'rgb(40, 41, 42)'],
      ['connecting', 'rgb(16, 17, 18)', 'rgb(43, 44, 45)'],
    ]) {
      portal.fire('CallCard::CallStateChanged', state);
      await el.updateComplete;
      expect(css('state').color, state).to.equal(rgb);
      expect(css('state').backgroundColor, state).to.equal(tint);
    }
    // A re-read that fails: the warning strip and its mark.
    portal.status = { error: 'QUERY_LIMIT_EXCEEDED', error_description: '' };
    await el.refresh();
    await el.updateComplete;
    expect(css('stale').color).to.equal('rgb(25, 26, 27)');
    expect(css('alert').backgroundColor).to.equal('rgb(49, 50, 51)');
    expect(css('error-code').fontFamily).to.equal('fantasy');
    // An error only an administrator can fix: the alert tint and its icon.
    const failed = await settled(place(withStatus({ error: 'ACCESS_DENIED', error_description: '' }), {}, wrap));
    expect(getComputedStyle(part(failed, 'alert')!).backgroundColor).to.equal('rgb(52, 53, 54)');
    expect(getComputedStyle(part(failed, 'alert')!.querySelector('svg')!).color).to.equal('rgb(22, 23, 24)');
    expect(getComputedStyle(part(failed, 'message')!).color, 'the message in the text colour').to.equal('rgb(1, 2, 3)');
  });

  it('has sensible defaults without them', async () => {
    const el = await mount(withStatus(FULL));
    const base = getComputedStyle(part(el, 'base')!);
    expect(base.backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(base.borderTopStyle).to.equal('solid');
    expect(base.borderTopLeftRadius).to.equal('10px');
    // Air's 1.5px stroke (Chromium draws it at 1px on a 1x screen).
    expect(parseFloat(base.borderTopWidth)).to.be.within(1, 1.5);
    expect(getComputedStyle(el).fontFamily).to.match(/^system-ui/);
    expect(getComputedStyle(el).fontSize).to.equal('13px');
    expect(getComputedStyle(el).color).to.equal('rgb(51, 51, 51)');
    expect(getComputedStyle(part(el, 'crm')!).color).to.equal('rgb(1, 84, 200)');
    expect(getComputedStyle(part(el, 'state')!).color).to.not.equal(getComputedStyle(el).color);
  });

  it('styles every part through ::part()', async () => {
    const wrap = inside('parts');
    const ready = await settled(place(withStatus(FULL), {}, wrap));
    const failed = await settled(place(withStatus(42), {}, wrap));
    for (const [i, name] of PARTS.entries()) {
      const el = part(ready, name) ? ready : failed;
      expect(part(el, name), name).to.be.instanceOf(HTMLElement);
      expect(getComputedStyle(part(el, name)!).outlineColor, name).to.equal(`rgb(${100 + i}, 0, 0)`);
    }
  });
});

describe('element: events', () => {
  it('b24-status-change carries {status, previous}, bubbles and crosses shadow roots', async () => {
    const { BX24, portal } = createBX24();
    const outer = document.body.appendChild(document.createElement('div'));
    outer.dataset.wrapper = '';
    const shadow = outer.attachShadow({ mode: 'open' });
    const first = oneEvent(outer, 'b24-status-change');
    const el = place(BX24, {}, shadow);
    const ev = await first;
    expect(ev).to.be.instanceOf(StatusChangeEvent);
    expect(ev.bubbles && ev.composed).to.equal(true);
    expect(Object.keys(ev.detail).sort()).to.deep.equal(['previous', 'status']);
    expect(ev.detail.previous).to.equal(undefined);
    expect(ev.detail.status).to.equal(el.status);

    const log = recordEvents(el);
    portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 3 });
    await waitUntil(() => log.some((e) => e.type === 'b24-entity-change'));
    await settled(el);
    await nextTasks();
    // The event's client is shown at once, then the re-read (the portal still answers the old one) wins.
    expect(log.map((e) => e.type)).to.deep.equal(['b24-entity-change', 'b24-status-change', 'b24-status-change']);
    expect((log[1].detail as { status: { PHONE_NUMBER: string } }).status.PHONE_NUMBER).to.equal('+1');
    expect(el.status?.PHONE_NUMBER).to.equal(DOC_STATUS.PHONE_NUMBER);

    portal.status = { ...DOC_STATUS, PHONE_NUMBER: '+1' };
    const second = oneEvent(el, 'b24-status-change');
    portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+1' });
    const { detail } = await second;
    expect(detail.previous?.PHONE_NUMBER).to.equal('+19999999666');
    expect(detail.status.PHONE_NUMBER).to.equal('+1');
  });

  it('b24-call-state-change and the status follow CallCard::CallStateChanged', async () => {
    const { BX24, portal } = createBX24();
    const el = await mount(BX24);
    const changed = oneEvent(el, 'b24-call-state-change');
    const status = oneEvent(el, 'b24-status-change');
    portal.fire('CallCard::CallStateChanged', 'connecting', { failedCode: 0 });
    expect((await changed).detail).to.deep.equal({ state: 'connecting', previous: 'idle' });
    expect((await status).detail.status.CALL_STATE).to.equal('connecting');
    expect(el.status?.CALL_STATE).to.equal('connecting');
  });

  it('b24-error carries exactly {code, retryable, message}', async () => {
    const el = place(withStatus({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'Too many requests' }));
    const ev = await oneEvent(el, 'b24-error');
    expect(ev).to.be.instanceOf(StatusErrorEvent);
    expect(ev.bubbles && ev.composed).to.equal(true);
    // The message is the one shown, in the shown language; the host's description is not passed on.
    expect(ev.detail).to.deep.equal({ code: 'QUERY_LIMIT_EXCEEDED', retryable: true, message: en.errBusy });
    expect(el.error).to.deep.equal(ev.detail);
  });

  it('fires nothing after it is disconnected', async () => {
    const { BX24, portal } = createBX24();
    const el = await mount(BX24);
    const log = recordEvents(document);
    el.remove();
    portal.status = { ...DOC_STATUS, CALL_STATE: 'connected' };
    portal.fire('CallCard::CallStateChanged', 'connected');
    portal.fire('CallCard::EntityChanged', { PHONE_NUMBER: '+2' });
    portal.fire('CallCard::BeforeClose');
    expect(await el.refresh()).to.equal(undefined);
    await nextTasks(5);
    expect(log).to.deep.equal([]);
    expect(el.status?.CALL_STATE).to.equal('idle');
    // A reconnect reads again, and events flow once more.
    const again = oneEvent(el, 'b24-status-change');
    document.body.append(el);
    expect((await again).detail.status.CALL_STATE).to.equal('connected');
  });
});

describe('element: retry, refresh() and the reflected attributes', () => {
  it('retry re-runs the read, and refresh() resolves the status or undefined, never rejects', async () => {
    const { BX24, portal } = createBX24({ silent: true });
    const el = await mount(BX24, { timeout: '60' });
    expect(el.error?.code).to.equal('TIMEOUT');
    portal.silent = false;
    part(el, 'retry')!.click();
    await settled(el);
    expect(el.state).to.equal('ready');
    expect(portal.count('getStatus')).to.equal(2);
    expect(part(el, 'retry')).to.equal(null);
    portal.status = 'not an object';
    expect(await el.refresh()).to.equal(undefined);
    expect(el.error?.code).to.equal('BAD_RESPONSE');
    portal.status = DOC_STATUS;
    expect((await el.refresh())?.CALL_ID).to.equal(DOC_STATUS.CALL_ID);
  });

  it('reflects state and call-state as it goes', async () => {
    const { BX24, portal } = createBX24({ delay: 40 });
    const el = place(BX24);
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('loading');
    expect(el.hasAttribute('call-state')).to.equal(false);
    expect(region(el).getAttribute('aria-busy')).to.equal('true');
    await settled(el);
    expect(el.getAttribute('state')).to.equal('ready');
    expect(el.getAttribute('call-state')).to.equal('idle');
    expect(region(el).getAttribute('aria-busy')).to.equal('false');
    portal.fire('CallCard::CallStateChanged', 'connected');
    await el.updateComplete;
    expect(el.getAttribute('call-state')).to.equal('connected');
    expect(el.matches('[state="ready"][call-state="connected"]')).to.equal(true);
    portal.status = { error: 'NO_AUTH_FOUND', error_description: 'x' };
    await el.refresh();
    await el.updateComplete;
    expect(el.getAttribute('state')).to.equal('error');
    expect(el.state).to.equal('error');
  });
});

describe('element: axe in every state, light and dark', () => {
  for (const scheme of SCHEMES) {
    it(`is accessible loading, ready and in error (${scheme})`, async () => {
      await usePageStyle(scheme);
      const loading = place(createBX24({ initDelay: Infinity }).BX24);
      await loading.updateComplete;
      expect(loading.state).to.equal('loading');
      await expect(loading).to.be.accessible();
      loading.remove();

      const ready = await mount(withStatus(FULL));
      await expect(ready).to.be.accessible();
      const idle = await mount(withStatus({ ...DOC_STATUS, PHONE_NUMBER: 'hidden', CRM_BINDINGS: [{ ENTITY_TYPE: 'QUOTE', ENTITY_ID: 1 }] }));
      await expect(idle).to.be.accessible();
      const connecting = await mount(withStatus({ ...DOC_STATUS, CALL_STATE: 'connecting' }));
      await expect(connecting).to.be.accessible();

      const failed = await mount(withStatus({ error: 'WRONG_AUTH_TYPE', error_description: 'Application context required' }));
      expect(failed.state).to.equal('error');
      await expect(failed).to.be.accessible();
    });
  }
});
