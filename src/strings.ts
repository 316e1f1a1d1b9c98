/**
 * Strings: the English and Russian tables, the locale registry and the
 * message for each error code. Other languages live in `locales/<lang>.ts`
 * and register themselves (and their Bitrix24 ids) when imported.
 */

const KEYS = [
  'region',
  'loading',
  'retry',
  'retrying',
  'idle',
  'connecting',
  'connected',
  'incoming',
  'outgoing',
  'callback',
  'phone',
  'phoneUnknown',
  'phoneHidden',
  'line',
  'crm',
  'bindings',
  'activity',
  'callId',
  'callList',
  'notInCrm',
  'talkTime',
  'stale',
  'errorCode',
  'LEAD',
  'DEAL',
  'CONTACT',
  'COMPANY',
  'QUOTE',
  'SMART_INVOICE',
  'DYNAMIC',
  'errNoAppContext',
  'errWrongAuthType',
  'errWrongPlacement',
  'errTimeout',
  'errSession',
  'errAccess',
  'errBusy',
  'errOther',
] as const;

/** Every string the element shows. */
export type Strings = Record<(typeof KEYS)[number], string>;

// A built-in table is one '|'-joined string in KEYS order: it weighs far
// less in the bundle than an object literal that repeats every key.
const table = (values: string) => Object.fromEntries(values.split('|').map((v, i) => [KEYS[i], v])) as Strings;

// Messages speak to whoever can act: the agent first, the administrator when only they can fix it.
// None says "retry": the Retry button beside it does, and only where retrying can help (canRetry).
export const en = table(
  'Call status|Loading call status…|Retry|Retrying…|Idle|Connecting|Connected|Incoming call|Outgoing call|Callback|Number|Unknown number|Number withheld|Line|CRM|Linked items|Activity|Call ID|Call list|' +
    'Not in CRM|Talk time|Not up to date|Error code|Lead|Deal|Contact|Company|Quote|Invoice|Smart process item|' +
    'Not connected to Bitrix24. Open this page from a Bitrix24 call card.|' +
    'The app was opened without its Bitrix24 application context. Close and reopen the call card; if that does not help, ask your Bitrix24 administrator to reinstall the app.|' +
    'This app is not set up for call cards. Ask your Bitrix24 administrator to add it to the CALL_CARD placement.|' +
    'Bitrix24 did not answer in time. Check your connection.|' +
    'Your Bitrix24 session has expired. If this keeps happening, reopen the call card.|' +
    'You have no access to the call status. Ask your Bitrix24 administrator to check this app’s permissions.|' +
    'Bitrix24 is busy right now. Wait a few seconds.|' +
    'Could not read the call status. If this keeps happening, tell your Bitrix24 administrator.'
);

// Bitrix24's Russian UI words: Лид, Сделка, Контакт, Компания, Обзвон, Дело. Idle is "Нет разговора",
// not "Ожидание": CALL_STATE idle means both "not started yet" and "ended", and "Ожидание" reads as
// "on hold" after a call; "Нет разговора" (no conversation) is true before and after, and pairs
// with "Разговор" for connected.
export const ru = table(
  'Статус звонка|Загрузка статуса звонка…|Повторить|Повторная попытка…|Нет разговора|Соединение|Разговор|Входящий звонок|Исходящий звонок|Обратный звонок|Номер|Номер неизвестен|Номер скрыт|Линия|CRM|Связанные объекты|Дело|ID звонка|Обзвон|' +
    'Нет в CRM|Длительность разговора|Данные устарели|Код ошибки|Лид|Сделка|Контакт|Компания|Предложение|Счёт|Элемент смарт-процесса|' +
    'Нет связи с Битрикс24. Откройте эту страницу из карточки звонка Битрикс24.|' +
    'Приложение открыто без контекста приложения Битрикс24. Закройте и снова откройте карточку звонка; если это не поможет, попросите администратора Битрикс24 переустановить приложение.|' +
    'Приложение не настроено для карточки звонка. Попросите администратора Битрикс24 встроить его в CALL_CARD.|' +
    'Битрикс24 не ответил вовремя. Проверьте подключение к интернету.|' +
    'Сессия Битрикс24 истекла. Если ошибка повторится, откройте карточку звонка заново.|' +
    'Нет доступа к статусу звонка. Попросите администратора Битрикс24 проверить права приложения.|' +
    'Битрикс24 сейчас перегружен. Подождите несколько секунд.|' +
    'Не удалось получить статус звонка. Если ошибка повторится, сообщите администратору Битрикс24.'
);

// One registry per page, shared by every copy of the package (a drop-in
// bundle and the npm build, say), so a locale module registers for all of them.
const locales: Map<string, Partial<Strings>> = ((globalThis as Record<symbol, Map<string, Partial<Strings>>>)[
  Symbol.for('b24-call-status.locales')
] ??= new Map([
  ['en', en],
  ['ru', ru],
]));

/** Register (or extend) a language under a BCP 47 tag or a Bitrix24 id. Missing keys fall back to English. */
export function registerLocale(lang: string, strings: Partial<Strings>): void {
  const key = lang.toLowerCase();
  locales.set(key, { ...locales.get(key), ...strings });
}

/** The languages registered so far. */
export function registeredLocales(): string[] {
  return [...locales.keys()];
}

/** The longest language tag looked at. */
export const MAX_TAG = 35;

/**
 * The registered language that best fits a tag or a Bitrix24 id, or
 * undefined: `de-AT` → `de`, `zh-Hant-HK` → `zh-hant`, `pt` → `pt-br`.
 */
export function matchLocale(lang: unknown): string | undefined {
  // No real tag is longer than this (BCP 47 practice caps at 35): longer values are ignored, so the work stays small.
  if (typeof lang !== 'string' || lang.length > MAX_TAG) return;
  let tag = lang.toLowerCase().replace(/_/g, '-');
  const base = tag.split('-')[0];
  // Drop subtags from the end until one is registered.
  for (; tag; tag = tag.slice(0, Math.max(tag.lastIndexOf('-'), 0))) if (locales.has(tag)) return tag;
  return base ? [...locales.keys()].find((key) => key.split('-')[0] === base) : undefined;
}

/** The full table for a registered language, English filling any gap. */
export function stringsFor(lang: string | undefined): Strings {
  return { ...en, ...locales.get(matchLocale(lang)!) };
}

// The first pattern that fits picks the message; any other code gets errOther.
const MESSAGES: Array<[RegExp, keyof Strings]> = [
  [/^NO_APP_CONTEXT$/, 'errNoAppContext'],
  [/^WRONG_PLACEMENT$/, 'errWrongPlacement'],
  [/^TIMEOUT$/, 'errTimeout'],
  [/^expired_token$/, 'errSession'],
  // WRONG_AUTH_TYPE ("Application context required"), NO_AUTH_FOUND, invalid_token: the card's auth is wrong.
  [/auth|token/i, 'errWrongAuthType'],
  // insufficient_scope, ACCESS_DENIED, INVALID_CREDENTIALS, user_access_error: only an administrator can fix these.
  [/scope|access|credential/i, 'errAccess'],
  // QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT, OVERLOAD_LIMIT
  [/LIMIT/, 'errBusy'],
];

/** The human message for an error code: what to do about it. */
export function errorMessage(strings: Strings, code: string): string {
  return strings[MESSAGES.find(([pattern]) => pattern.test(code))?.[1] ?? 'errOther'];
}

/**
 * Whether reading again can help with an error code. False where only a
 * person can fix it: reopening the card (auth), an administrator (access,
 * placement, a missing method), or a page that is not in Bitrix24 at all
 * (NO_APP_CONTEXT: the code alone cannot tell a late BX24 script from no
 * portal, so the element may still offer a retry when it knows the frame
 * was opened by a portal). TIMEOUT, BAD_RESPONSE, HOST_ERROR, the LIMIT
 * codes, expired_token (the host refreshes it) and unknown codes: true.
 */
export function canRetry(code: string): boolean {
  if (code === 'expired_token') return true;
  return !/^(NO_APP_CONTEXT|WRONG_PLACEMENT|PORTAL_DELETED|INVALID_REQUEST|ERROR_METHOD_NOT_FOUND|ERROR_MANIFEST_IS_NOT_AVAILABLE)$|auth|token|scope|access|credential/i.test(code);
}
