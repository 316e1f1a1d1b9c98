/**
 * Strings: the English and Russian tables, the locale registry and the
 * mapping from Bitrix24's language ids. Other languages live in
 * `locales/<lang>.ts` and register themselves when imported.
 */

export const en = {
  region: 'Call status',
  loading: 'Loading call status…',
  retry: 'Retry',
  idle: 'Idle',
  connecting: 'Connecting',
  connected: 'Connected',
  incoming: 'Incoming call',
  outgoing: 'Outgoing call',
  callback: 'Callback',
  phone: 'Number',
  phoneUnknown: 'Unknown number',
  phoneHidden: 'Number withheld',
  line: 'Line',
  crm: 'CRM',
  bindings: 'Linked items',
  activity: 'Activity',
  callId: 'Call ID',
  callList: 'Call list',
  LEAD: 'Lead',
  DEAL: 'Deal',
  CONTACT: 'Contact',
  COMPANY: 'Company',
  errNoAppContext: 'Open this page from a Bitrix24 call card.',
  errWrongPlacement: 'This app is not open in a call card. Add it to the CALL_CARD placement.',
  errWrongAuthType: 'Bitrix24 needs an application context. Open this page as an app in the call card.',
  errTimeout: 'Bitrix24 did not answer in time. Check the connection and retry.',
  errBadResponse: 'Bitrix24 sent an answer the widget cannot read. Retry.',
  errAccess: 'Access to Bitrix24 was refused. Sign in again or ask your administrator.',
  errBusy: 'Bitrix24 is busy. Wait a moment and retry.',
  errOther: 'The call status could not be read. Retry.',
};

/** Every string the element shows. */
export type Strings = typeof en;

export const ru: Strings = {
  region: 'Статус звонка',
  loading: 'Загрузка статуса звонка…',
  retry: 'Повторить',
  idle: 'Ожидание',
  connecting: 'Соединение',
  connected: 'Разговор',
  incoming: 'Входящий звонок',
  outgoing: 'Исходящий звонок',
  callback: 'Обратный звонок',
  phone: 'Номер',
  phoneUnknown: 'Номер неизвестен',
  phoneHidden: 'Номер скрыт',
  line: 'Линия',
  crm: 'CRM',
  bindings: 'Связанные объекты',
  activity: 'Дело',
  callId: 'ID звонка',
  callList: 'Обзвон',
  LEAD: 'Лид',
  DEAL: 'Сделка',
  CONTACT: 'Контакт',
  COMPANY: 'Компания',
  errNoAppContext: 'Откройте эту страницу из карточки звонка Битрикс24.',
  errWrongPlacement: 'Приложение открыто не в карточке звонка. Встройте его в место CALL_CARD.',
  errWrongAuthType: 'Битрикс24 требует контекст приложения. Откройте страницу как приложение в карточке звонка.',
  errTimeout: 'Битрикс24 не ответил вовремя. Проверьте связь и повторите.',
  errBadResponse: 'Битрикс24 прислал ответ, который виджет не может прочитать. Повторите.',
  errAccess: 'Битрикс24 отказал в доступе. Войдите снова или обратитесь к администратору.',
  errBusy: 'Битрикс24 перегружен. Подождите немного и повторите.',
  errOther: 'Не удалось получить статус звонка. Повторите.',
};

// One registry per page, shared by every copy of the package (a drop-in
// bundle and the npm build, say), so a locale module registers for all of them.
const REGISTRY = Symbol.for('b24-call-status.locales');
const shared = ((globalThis as Record<symbol, Registry | undefined>)[REGISTRY] ??= {
  locales: new Map<string, Partial<Strings>>([
    ['en', en],
    ['ru', ru],
  ]),
  // Full tables, merged once per language rather than once per element.
  merged: new Map<string, Strings>(),
});
type Registry = { locales: Map<string, Partial<Strings>>; merged: Map<string, Strings> };
const { locales, merged } = shared;

// Bitrix24's own language ids that are not BCP 47 tags.
const BITRIX_IDS: Record<string, string> = { la: 'es', br: 'pt-BR', ua: 'uk', kz: 'kk', sc: 'zh-Hans', tc: 'zh-Hant', vn: 'vi' };

/** Register (or extend) a language. Missing keys fall back to English. */
export function registerLocale(lang: string, strings: Partial<Strings>): void {
  const key = lang.toLowerCase();
  locales.set(key, { ...locales.get(key), ...strings });
  merged.clear();
}

/** The languages registered so far. */
export function registeredLocales(): string[] {
  return [...locales.keys()];
}

/** The registered language that best fits a tag or a Bitrix24 id, or undefined. */
export function matchLocale(lang: string | undefined | null): string | undefined {
  if (!lang) return undefined;
  const tag = (BITRIX_IDS[lang.toLowerCase()] ?? lang).toLowerCase();
  if (locales.has(tag)) return tag;
  // zh-CN → zh-hans, zh-TW → zh-hant, de-AT → de, pt → pt-br
  const [base, region] = tag.split(/[-_]/);
  const script = base === 'zh' ? (/^(tw|hk|mo|hant)$/.test(region) ? 'zh-hant' : 'zh-hans') : base;
  if (locales.has(script)) return script;
  return [...locales.keys()].find((key) => key.split('-')[0] === base);
}

/** The full table for the first language that fits, English filling any gap. */
export function stringsFor(...langs: Array<string | undefined | null>): Strings {
  const key = langs.map(matchLocale).find(Boolean);
  if (!key) return en;
  let table = merged.get(key);
  if (!table) merged.set(key, (table = { ...en, ...locales.get(key) }));
  return table;
}

// REST codes that share a hint; every other unknown code gets errOther.
const ACCESS = 'NO_AUTH_FOUND expired_token INVALID_CREDENTIALS insufficient_scope user_access_error ACCESS_DENIED'.split(' ');
const BUSY = 'QUERY_LIMIT_EXCEEDED OPERATION_TIME_LIMIT OVERLOAD_LIMIT'.split(' ');
const OWN: Record<string, keyof Strings> = {
  NO_APP_CONTEXT: 'errNoAppContext',
  WRONG_PLACEMENT: 'errWrongPlacement',
  WRONG_AUTH_TYPE: 'errWrongAuthType',
  TIMEOUT: 'errTimeout',
  BAD_RESPONSE: 'errBadResponse',
};

/** The human message for an error code. */
export function errorMessage(strings: Strings, code: string): string {
  return strings[Object.hasOwn(OWN, code) ? OWN[code] : ACCESS.includes(code) ? 'errAccess' : BUSY.includes(code) ? 'errBusy' : 'errOther'];
}
