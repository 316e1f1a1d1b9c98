/**
 * Strings: the English and Russian tables, the locale registry and the
 * message for each error code. Other languages live in `locales/<lang>.ts`
 * and register themselves (and their Bitrix24 ids) when imported.
 */

const KEYS = [
  'region',
  'loading',
  'retry',
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
  'LEAD',
  'DEAL',
  'CONTACT',
  'COMPANY',
  'errNoAppContext',
  'errWrongPlacement',
  'errTimeout',
  'errAccess',
  'errBusy',
  'errOther',
] as const;

/** Every string the element shows. */
export type Strings = Record<(typeof KEYS)[number], string>;

// A built-in table is one '|'-joined string in KEYS order: it weighs far
// less in the bundle than an object literal that repeats every key.
const table = (values: string) => Object.fromEntries(values.split('|').map((v, i) => [KEYS[i], v])) as Strings;

export const en = table(
  'Call status|Loading call status…|Retry|Idle|Connecting|Connected|Incoming call|Outgoing call|Callback|Number|Unknown number|Number withheld|Line|CRM|Linked items|Activity|Call ID|Call list|Lead|Deal|Contact|Company|' +
    'Open this page from a Bitrix24 call card.|Add this app to the CALL_CARD placement.|Bitrix24 did not answer. Retry.|Access denied. Sign in again.|Bitrix24 is busy. Retry later.|Could not read the call status. Retry.'
);

export const ru = table(
  'Статус звонка|Загрузка статуса звонка…|Повторить|Ожидание|Соединение|Разговор|Входящий звонок|Исходящий звонок|Обратный звонок|Номер|Номер неизвестен|Номер скрыт|Линия|CRM|Связанные объекты|Дело|ID звонка|Обзвон|Лид|Сделка|Контакт|Компания|' +
    'Откройте эту страницу из карточки звонка Битрикс24.|Встройте приложение в CALL_CARD.|Битрикс24 не ответил. Повторите.|Нет доступа. Войдите снова.|Битрикс24 занят. Повторите позже.|Не удалось прочитать статус. Повторите.'
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

/**
 * The registered language that best fits a tag or a Bitrix24 id, or
 * undefined: `de-AT` → `de`, `zh-Hant-HK` → `zh-hant`, `pt` → `pt-br`.
 */
export function matchLocale(lang: unknown): string | undefined {
  if (typeof lang !== 'string') return;
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
  // WRONG_AUTH_TYPE is "Application context required": the remedy is the same.
  [/^(NO_APP_CONTEXT|WRONG_AUTH_TYPE)$/, 'errNoAppContext'],
  [/^WRONG_PLACEMENT$/, 'errWrongPlacement'],
  [/^TIMEOUT$/, 'errTimeout'],
  // REST codes: NO_AUTH_FOUND, expired_token, INVALID_CREDENTIALS, insufficient_scope, ACCESS_DENIED…
  [/auth|token|credential|scope|access/i, 'errAccess'],
  // QUERY_LIMIT_EXCEEDED, OPERATION_TIME_LIMIT, OVERLOAD_LIMIT
  [/LIMIT/, 'errBusy'],
];

/** The human message for an error code: what to do about it. */
export function errorMessage(strings: Strings, code: string): string {
  return strings[MESSAGES.find(([pattern]) => pattern.test(code))?.[1] ?? 'errOther'];
}
