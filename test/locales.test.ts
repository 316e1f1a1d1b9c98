import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { errorFacts } from '../src/core/errors.js';
import { en, ru, matchLocale, registeredLocales, stringsFor, type Strings } from '../src/strings.js';
import { en as enModule } from '../src/locales/en.js';
import { ru as ruModule } from '../src/locales/ru.js';
import { de } from '../src/locales/de.js';
import { es } from '../src/locales/es.js';
import { fr } from '../src/locales/fr.js';
import { it as itStrings } from '../src/locales/it.js';
import { ja } from '../src/locales/ja.js';
import { kk } from '../src/locales/kk.js';
import { pl } from '../src/locales/pl.js';
import { ptBR } from '../src/locales/pt-BR.js';
import { tr } from '../src/locales/tr.js';
import { uk } from '../src/locales/uk.js';
import { vi } from '../src/locales/vi.js';
import { zhHans } from '../src/locales/zh-Hans.js';
import { zhHant } from '../src/locales/zh-Hant.js';

// Every key of the Strings interface, once: a key missing here or not in Strings is a type error,
// so this is the interface's key list at run time.
const KEYS_OF_STRINGS: Record<keyof Strings, true> = {
  region: true,
  loading: true,
  retry: true,
  retrying: true,
  idle: true,
  connecting: true,
  connected: true,
  incoming: true,
  outgoing: true,
  callback: true,
  phoneUnknown: true,
  phoneHidden: true,
  line: true,
  crm: true,
  bindings: true,
  activity: true,
  callId: true,
  lineId: true,
  details: true,
  callList: true,
  notInCrm: true,
  talkTime: true,
  stale: true,
  errorCode: true,
  LEAD: true,
  DEAL: true,
  CONTACT: true,
  COMPANY: true,
  QUOTE: true,
  SMART_INVOICE: true,
  DYNAMIC: true,
  errNoAppContext: true,
  errWrongAuthType: true,
  errWrongPlacement: true,
  errTimeout: true,
  errSession: true,
  errAccess: true,
  errBusy: true,
  errOther: true,
};

// The shipped languages are complete: typed Strings here, a key one of them leaves out is a type error.
const LOCALES: Record<string, Strings> = {
  ru,
  de,
  es,
  'pt-BR': ptBR,
  pl,
  uk,
  fr,
  it: itStrings,
  tr,
  kk,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
  ja,
  vi,
};

// Words a translation may rightly keep from English: the portal's own terms.
const SAME_AS_ENGLISH = new Set(['CRM', 'Lead', 'Deal', 'Contact']);

const shown = (el: B24CallStatus, part: string) => el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim();

function plain(status: unknown, lang = '') {
  return { call: async () => status, getLang: () => lang };
}

afterEach(() => document.querySelectorAll('b24-call-status').forEach((e) => e.remove()));

/** The keys of a table that en does not have: a misspelled or stray key. */
const strayKeys = (table: object) => Object.keys(table).filter((key) => !Object.hasOwn(en, key));

describe('locale tables', () => {
  it('en has every key of the Strings interface, and no other', () => {
    expect(Object.keys(en).sort()).to.deep.equal(Object.keys(KEYS_OF_STRINGS).sort());
    for (const value of Object.values(en)) expect(value).to.be.a('string').and.not.equal('');
  });

  it('en and ru are the built-in tables of locales/en.ts and locales/ru.ts, registered from the start', () => {
    expect(en).to.equal(enModule);
    expect(ru).to.equal(ruModule);
    expect(registeredLocales().slice(0, 2)).to.deep.equal(['en', 'ru']);
    expect(stringsFor('ru')).to.deep.equal(ru);
  });

  it('finds a misspelled or stray key in a table', () => {
    // @ts-expect-error a misspelled key is a type error in a locale
    const misspelled = { retyr: 'Erneut versuchen' } satisfies Partial<Strings>;
    expect(strayKeys(misspelled)).to.deep.equal(['retyr']);
    // The number label was never shown and is gone from every table.
    expect(strayKeys({ ...de, phone: 'Nummer', Region: 'Anrufstatus' })).to.deep.equal(['phone', 'Region']);
    expect(strayKeys(de)).to.deep.equal([]);
  });

  it('every registered language, under each of its tags and ids, has only keys of en', () => {
    for (const lang of registeredLocales()) expect(Object.keys(stringsFor(lang)).sort(), lang).to.deep.equal(Object.keys(en).sort());
  });

  for (const [lang, table] of Object.entries(LOCALES)) {
    it(`${lang} has no key en lacks, every key of en, and nothing left in English`, () => {
      expect(strayKeys(table), `${lang} keys not in en`).to.deep.equal([]);
      expect(Object.keys(table).sort()).to.deep.equal(Object.keys(en).sort());
      const english = Object.keys(en).filter((k) => {
        const key = k as keyof Strings;
        return table[key] === en[key] && !SAME_AS_ENGLISH.has(en[key]);
      });
      expect(english, `${lang} keys still in English`).to.deep.equal([]);
      for (const value of Object.values(table)) expect(value).to.be.a('string').and.not.equal('');
    });
  }

  it('keeps placeholders and codes that agents and admins look for', () => {
    for (const [lang, table] of Object.entries(LOCALES)) {
      expect(table.errWrongPlacement, lang).to.contain('CALL_CARD');
      expect(table.loading.endsWith('…'), `${lang} loading ends with an ellipsis`).to.equal(true);
    }
  });
});

describe('error messages', () => {
  const ERR_KEYS = (Object.keys(en) as Array<keyof Strings>).filter((k) => k.startsWith('err'));

  it('each code gets the message for the person who can act on it', () => {
    const cases: Array<[string, keyof Strings]> = [
      ['NO_APP_CONTEXT', 'errNoAppContext'],
      // Inside a card: not "open this from a call card", which the agent already did.
      ['WRONG_AUTH_TYPE', 'errWrongAuthType'],
      ['NO_AUTH_FOUND', 'errWrongAuthType'],
      ['WRONG_PLACEMENT', 'errWrongPlacement'],
      ['TIMEOUT', 'errTimeout'],
      // Not "sign in again": the session expired, the card is reopened.
      ['expired_token', 'errSession'],
      ['insufficient_scope', 'errAccess'],
      ['ACCESS_DENIED', 'errAccess'],
      ['INVALID_CREDENTIALS', 'errAccess'],
      ['user_access_error', 'errAccess'],
      ['QUERY_LIMIT_EXCEEDED', 'errBusy'],
      ['OPERATION_TIME_LIMIT', 'errBusy'],
      ['OVERLOAD_LIMIT', 'errBusy'],
      ['BAD_RESPONSE', 'errOther'],
      ['HOST_ERROR', 'errOther'],
      ['ERROR_METHOD_NOT_FOUND', 'errOther'],
      ['SOMETHING_NEW', 'errOther'],
    ];
    for (const [code, key] of cases) expect(en[errorFacts(code).message], code).to.equal(en[key]);
    expect(ru[errorFacts('WRONG_AUTH_TYPE').message]).not.to.contain('Откройте эту страницу');
    // After a call "Ожидание" reads as "on hold"; idle is "no conversation", true before and after.
    expect(ru.idle).to.equal('Нет разговора');
    for (const key of ['errAccess', 'errWrongPlacement'] as const) {
      expect(en[key], key).to.contain('Ask your Bitrix24 administrator');
      expect(ru[key], key).to.contain('Попросите администратора Битрикс24');
    }
  });

  it('never says "retry" beside the Retry button, in any language', () => {
    for (const [lang, table] of Object.entries({ en, ...LOCALES })) {
      for (const key of ERR_KEYS) expect(table[key].toLowerCase(), `${lang} ${key}`).not.to.contain(table.retry.toLowerCase());
    }
    for (const key of ERR_KEYS) expect(en[key], key).not.to.match(/\b(retry|try again|sign in)\b/i);
  });

  it('offers a retry only where reading again can help', () => {
    for (const code of ['TIMEOUT', 'HOST_ERROR', 'BAD_RESPONSE', 'QUERY_LIMIT_EXCEEDED', 'OPERATION_TIME_LIMIT', 'OVERLOAD_LIMIT', 'expired_token', 'INTERNAL_SERVER_ERROR', 'ERROR_UNEXPECTED_ANSWER', 'SOMETHING_NEW'])
      expect(errorFacts(code).retry, code).to.equal(true);
    for (const code of ['NO_APP_CONTEXT', 'WRONG_PLACEMENT', 'WRONG_AUTH_TYPE', 'NO_AUTH_FOUND', 'insufficient_scope', 'ACCESS_DENIED', 'INVALID_CREDENTIALS', 'user_access_error', 'PORTAL_DELETED', 'ERROR_METHOD_NOT_FOUND'])
      expect(errorFacts(code).retry, code).to.equal(false);
  });
});

describe('locale lookup', () => {
  it('resolves every shipped tag, in any case, and Bitrix24 ids', () => {
    for (const lang of Object.keys(LOCALES)) {
      expect(stringsFor(lang), lang).to.deep.equal(stringsFor(lang.toUpperCase()));
      expect(stringsFor(lang).region, lang).to.equal(LOCALES[lang].region);
    }
    const bitrix: Record<string, Strings> = { la: es, br: ptBR, ua: uk, kz: kk, sc: zhHans, tc: zhHant, vn: vi, de, ru };
    for (const [id, table] of Object.entries(bitrix)) {
      expect(stringsFor(id).region, id).to.equal(table.region);
      expect(stringsFor(id.toUpperCase()).region, id.toUpperCase()).to.equal(table.region);
    }
  });

  it('resolves regional tags to the shipped language', () => {
    const cases: Array<[string, Strings]> = [
      ['de-AT', de],
      ['pt', ptBR],
      ['pt_BR', ptBR],
      ['zh', zhHans],
      ['zh-CN', zhHans],
      ['zh-Hans-SG', zhHans],
      ['zh-TW', zhHant],
      ['zh-Hant-HK', zhHant],
      ['zh-HK', zhHant],
      ['es-MX', es],
      ['ru-RU', ru],
      ['en-GB', en],
    ];
    for (const [tag, table] of cases) expect(stringsFor(tag), tag).to.deep.equal({ ...en, ...table });
    for (const none of ['xx', 'xx-RU', '', '-', 'zz-zh', undefined, null, 42]) expect(matchLocale(none), String(none)).to.equal(undefined);
  });
});

describe('<b24-call-status> in other languages', () => {
  it('renders in a language once its module is imported', async () => {
    const el = await fixture<B24CallStatus>(html`<b24-call-status lang="de" .transport=${plain({ CALL_STATE: 'connected', CALL_DIRECTION: 'incoming' })}></b24-call-status>`);
    await waitUntil(() => shown(el, 'state') === de.connected, 'not rendered in German');
    expect(shown(el, 'direction')).to.equal(de.incoming);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.getAttribute('aria-label')).to.equal(de.region);
  });

  it('follows the host language given as a Bitrix24 id', async () => {
    const el = await fixture<B24CallStatus>(html`<b24-call-status .transport=${plain({ CALL_STATE: 'idle' }, 'la')}></b24-call-status>`);
    await waitUntil(() => shown(el, 'state') === es.idle, 'not rendered in Spanish');
    expect(shown(el, 'phone')).to.equal(es.phoneUnknown);
  });

  it('lets the strings property override any string, over any language', async () => {
    const marked = Object.fromEntries(Object.keys(en).map((k) => [k, `«${k}»`])) as Record<keyof Strings, string>;
    const status = {
      CALL_STATE: 'connecting',
      CALL_DIRECTION: 'callback',
      PHONE_NUMBER: 'hidden',
      LINE_NAME: 'Sales',
      CRM_ENTITY_TYPE: 'LEAD',
      CRM_ENTITY_ID: 5,
      CRM_BINDINGS: [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 6 }, { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 7 }, { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 8 }],
      CRM_ACTIVITY_ID: 9,
      CALL_ID: 'c1',
      CALL_LIST_MODE: true,
    };
    const el = await fixture<B24CallStatus>(html`<b24-call-status lang="ja" .strings=${marked} .transport=${plain(status)}></b24-call-status>`);
    await waitUntil(() => el.state === 'ready');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const labels = [...root.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(labels).to.deep.equal(['«crm»', '«bindings»', '«line»', '«callId»', '«activity»']);
    expect(root.querySelector('[part~="details"] summary')!.textContent!.trim()).to.equal('«details»');
    expect(shown(el, 'state')).to.equal('«connecting»');
    expect(shown(el, 'direction')).to.equal('«callback»');
    expect(shown(el, 'call-list')).to.equal('«callList»');
    expect(shown(el, 'phone')).to.equal('«phoneHidden»');
    expect(shown(el, 'crm')).to.equal('«LEAD» #5');
    expect([...root.querySelectorAll('[part~="binding"]')].map((b) => b.textContent)).to.deep.equal(['«DEAL» #6', '«COMPANY» #7', '«CONTACT» #8']);
    expect(root.querySelector('[role="status"]')!.getAttribute('aria-label')).to.equal('«region»');
    // Nothing Japanese is left once every string is overridden.
    expect(root.textContent).not.to.match(/[\u3040-\u30ff\u4e00-\u9fff]/);

    el.strings = { errBusy: 'Busy, hang on', retry: 'Again' };
    el.transport = plain({ error: 'QUERY_LIMIT_EXCEEDED', error_description: 'x' });
    await waitUntil(() => el.state === 'error');
    await el.updateComplete;
    expect(shown(el, 'message')).to.contain('Busy, hang on');
    expect(shown(el, 'retry')).to.equal('Again');
  });
});

describe('the default entry', () => {
  // Walks the relative imports the dev server serves, from src/index.ts.
  async function modulesOf(entry: string): Promise<string[]> {
    const seen = new Set<string>();
    const queue = [new URL(entry, location.origin)];
    while (queue.length) {
      const url = queue.pop()!;
      if (seen.has(url.pathname) || !url.pathname.startsWith('/src/')) continue;
      seen.add(url.pathname);
      const source = await (await fetch(url)).text();
      for (const [, spec] of source.matchAll(/(?:from|import)\s*['"](\.[^'"]+)['"]/g)) queue.push(new URL(spec, url));
    }
    return [...seen];
  }

  it('imports no locale module but en and ru, so a bundle of it carries only those two', async () => {
    const modules = await modulesOf('/src/index.ts');
    expect(modules).to.include.members(['/src/strings.ts', '/src/b24-call-status.ts']);
    expect(modules.filter((p) => p.includes('/locales/')).sort()).to.deep.equal(['/src/locales/en.ts', '/src/locales/ru.ts']);
  });

  it('en and ru are built in: their modules register nothing', async () => {
    for (const file of ['/src/locales/en.ts', '/src/locales/ru.ts']) {
      expect(await (await fetch(file)).text(), file).not.to.contain('registerLocale');
    }
  });
});
