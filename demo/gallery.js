// Mounts one <b24-call-status> per state, each with its own fake host (a plain transport with
// events and REST), so every state can be looked at, and photographed by `npm run screenshots`.
// window.galleryReady resolves once every figure shows what it is meant to.
import { DOC_STATUS } from './doc-status.js';

const query = new URLSearchParams(location.search);
const lang = query.get('lang') === 'ru' ? 'ru' : 'en';
const theme = ['dark', 'edge-light', 'edge-dark'].includes(query.get('theme')) ? query.get('theme') : 'light';
// The glass themes exist only on a b24ui page.
const tokens = query.get('tokens') !== '0' || theme.startsWith('edge');
const width = Number(query.get('width')) || 440;
const names = query.get('names') !== '0';
const only = query.get('only');
const root = document.documentElement;
root.lang = lang;
// A b24ui page says its theme by a class on <html>; a page without b24ui by its color-scheme.
if (tokens) root.classList.add(theme);
else if (theme === 'dark') root.classList.add('scheme-dark');
document.getElementById('tokens').disabled = !tokens;
root.style.setProperty('--w', `${width}px`);
document.getElementById('title').textContent = `${theme} page · ${tokens ? 'b24ui tokens' : 'no b24ui tokens'} · ${lang} · ${width} px · ${names ? 'CRM names' : 'no names (REST off)'}`;

// The pictures show a call already under way: the page's clock is moved on instead of waiting.
const realNow = Date.now;
let skipped = 0;
Date.now = () => realNow() + skipped;
const skip = (ms) => (skipped += ms);

const RU = lang === 'ru';
const CRM = {
  '3:797': RU ? { name: 'Иван', lastName: 'Петров' } : { name: 'Ivan', lastName: 'Petrov' },
  '2:4615': { title: RU ? 'Редизайн сайта' : 'Website redesign' },
  '4:643': { title: RU ? 'ООО «Северный ветер»' : 'Northwind Trading' },
  '3:901': RU ? { name: 'Константин', lastName: 'Константинопольский-Римский' } : { name: 'Konstantin', lastName: 'Konstantinopolsky-Rimsky' },
  '4:902': { title: RU ? 'Межрегиональная торгово-производственная компания «Восток»' : 'Intercontinental Shipping and Logistics Holding' },
};
const item = (entityTypeId, id) => {
  const found = CRM[`${entityTypeId}:${id}`];
  return found && { id, entityTypeId, ...found };
};
// REST as a plain transport offers it: the parsed answer body, as fetch(...).json() gives it.
async function callMethod(method, params) {
  if (method === 'crm.item.get') {
    const found = item(Number(params.entityTypeId), Number(params.id));
    return found ? { result: { item: found } } : { error: 'NOT_FOUND', error_description: 'Not found' };
  }
  if (method === 'batch') {
    const result = {};
    const result_error = {};
    for (const [key, cmd] of Object.entries(params.cmd ?? {})) {
      const [name, qs] = String(cmd).split('?');
      const p = Object.fromEntries(new URLSearchParams(qs));
      const found = name === 'crm.item.get' && item(Number(p.entityTypeId), Number(p.id));
      if (found) result[key] = { item: found };
      else result_error[key] = { error: 'NOT_FOUND', error_description: 'Not found' };
    }
    return { result: { result, result_error } };
  }
  return { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'Method not found!' };
}

/** A fake call card: `answer` is what getStatus gives (a function may change it), `fire` sends a card event. */
function card(answer) {
  const listeners = {};
  const host = {
    answer,
    call: (command) => (command === 'getStatus' ? (typeof host.answer === 'function' ? host.answer() : host.answer) : []),
    bindEvent: (event, cb) => (listeners[event] ??= []).push(cb),
    getLang: () => lang,
    openPath: () => {},
    fire: (event, payload) => (listeners[event] ?? []).forEach((cb) => cb(payload)),
  };
  if (names) host.callMethod = callMethod;
  return host;
}

const LINE = RU ? 'Отдел продаж' : 'Sales';
const STATUS = { ...DOC_STATUS, LINE_NAME: LINE };
const never = () => new Promise(() => {});
const rest = (error, description = '') => ({ error, error_description: description });
const ready = (el) => new Promise((resolve) => {
  const check = () => (el.state !== 'loading' ? resolve() : setTimeout(check, 20));
  check();
});

// Each state: a caption, a host, and what to do once mounted. Order is the sheet's order.
const STATES = [
  ['loading', 'loading', () => card(never)],
  ['idle', 'ready · idle, before the call', () => card(STATUS)],
  ['connecting', 'ready · connecting, incoming', () => card({ ...STATUS, CALL_DIRECTION: 'incoming', CALL_STATE: 'connecting' })],
  ['connected', 'ready · connected, call list, timer', () => card({ ...STATUS, CALL_STATE: 'connected', CALL_LIST_MODE: true }), 'connected'],
  ['ended', 'ready · idle after the call, talk time', () => card({ ...STATUS, CALL_STATE: 'connected' }), 'ended'],
  ['not-in-crm', 'ready · not in CRM, number withheld', () => card({ ...STATUS, PHONE_NUMBER: 'hidden', CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0, CRM_BINDINGS: [], CALL_DIRECTION: 'incoming' })],
  ['long', 'ready · long names and line', () => card({
    ...STATUS,
    PHONE_NUMBER: '+7 (495) 123-45-67',
    LINE_NAME: RU ? 'Линия поддержки ключевых клиентов (приоритет)' : 'Key account support line (priority)',
    CRM_ENTITY_TYPE: 'CONTACT',
    CRM_ENTITY_ID: 901,
    CRM_BINDINGS: [{ ENTITY_TYPE: 'CONTACT', ENTITY_ID: 901 }, { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 902 }, { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 }],
    CALL_STATE: 'connected',
  }), 'connected'],
  ['stale', 'not up to date · a re-read timed out', () => card({ ...STATUS, CALL_STATE: 'connected' }), 'stale'],
  ['stale-retrying', 'not up to date · retry running (busy)', () => card({ ...STATUS, CALL_STATE: 'connected' }), 'stale-retrying'],
  ['retrying', 'error · retry running (busy)', () => card(rest('QUERY_LIMIT_EXCEEDED', 'Too many requests')), 'retrying'],
  // What the legacy script leaves in a page Bitrix24 did not open: a full BX24 that never initialises.
  ['err-no-app-context', 'error · NO_APP_CONTEXT (page outside Bitrix24)', () => ({
    init: () => {},
    getDomain: () => '',
    getLang: () => '',
    placement: { info: () => ({ placement: null, options: null }), call: () => {}, bindEvent: () => {} },
  })],
  ['err-wrong-auth-type', 'error · WRONG_AUTH_TYPE', () => card(rest('WRONG_AUTH_TYPE', 'Application context required'))],
  // A b24jssdk frame opened in another placement.
  ['err-wrong-placement', 'error · WRONG_PLACEMENT', () => ({
    getLang: () => lang,
    placement: { placement: 'CRM_DEAL_DETAIL_TAB', options: {}, call: async () => ({ isSafely: true }), bindEvent: async () => {} },
    slider: { getUrl: (path) => new URL(path, location.href), openPath: async () => {} },
  })],
  ['err-timeout', 'error · TIMEOUT', () => card(never), 'timeout'],
  ['err-session', 'error · expired_token', () => card(rest('expired_token', 'The access token provided has expired.'))],
  ['err-access', 'error · insufficient_scope', () => card(rest('insufficient_scope', 'The request requires higher privileges.'))],
  ['err-busy', 'error · QUERY_LIMIT_EXCEEDED', () => card(rest('QUERY_LIMIT_EXCEEDED', 'Too many requests'))],
  ['err-other', 'error · BAD_RESPONSE', () => card(42)],
];

const mounted = [];
for (const [id, caption, make, script] of STATES) {
  if (only && !only.split(',').includes(id)) continue;
  const figure = document.createElement('figure');
  figure.id = id;
  figure.innerHTML = `<figcaption></figcaption><div class="frame"></div>`;
  figure.querySelector('figcaption').textContent = caption;
  document.body.append(figure);
  const el = document.createElement('b24-call-status');
  el.timeout = script === 'timeout' ? 300 : 600000;
  const transport = make();
  if (transport !== undefined) el.transport = transport;
  if (id === 'connected') {
    // The app's own content in the two slots.
    el.innerHTML = `<button class="app" slot="actions">${RU ? 'Создать сделку' : 'Create deal'}</button>
      <button class="app" slot="actions">${RU ? 'Добавить дело' : 'Add activity'}</button>
      <small slot="footer">${RU ? 'Заметки менеджера сохраняются в CRM' : 'Agent notes are saved to the CRM'}</small>`;
  }
  figure.querySelector('.frame').append(el);
  mounted.push({ id, el, transport, script });
}

// The call timeline: the ended call talked 3:12; the connected one has run a little over 2:07 when photographed.
async function play() {
  const wait = (id) => mounted.filter((m) => m.id !== 'loading' && (!id || m.id === id)).map((m) => ready(m.el));
  await Promise.all(wait());
  const by = (script) => mounted.filter((m) => m.script === script);
  // Each step renders before the clock moves on: the timer learns a state when its element updates.
  const fire = async (list, state) => {
    for (const m of list) m.transport.fire('CallCard::CallStateChanged', state);
    await Promise.all(list.map((m) => m.el.updateComplete));
  };
  const running = [...by('connected'), ...by('stale'), ...by('stale-retrying')];
  await fire(running, 'connecting');
  skip(65_000);
  await fire(running, 'connected');
  skip(127_000);
  await fire(by('ended'), 'idle');
  // Not up to date: the status stays, a re-read times out.
  for (const m of [...by('stale'), ...by('stale-retrying')]) {
    m.el.timeout = 300;
    m.transport.answer = never;
    await m.el.refresh();
  }
  await Promise.all(mounted.map((m) => m.el.updateComplete));
  for (const m of by('stale-retrying')) {
    m.el.timeout = 600000;
    m.el.shadowRoot.querySelector('[part~="retry"]')?.click();
  }
  // A retry that does not come back yet: the button is busy.
  for (const m of by('retrying')) {
    m.transport.answer = never;
    m.el.shadowRoot.querySelector('[part~="retry"]')?.click();
  }
  await new Promise((r) => setTimeout(r, 1100));
  await Promise.all(mounted.map((m) => m.el.updateComplete));
}
window.galleryReady = play();
