/**
 * Strings: the `Strings` interface, the locale registry (seeded with the
 * built-in `en` and `ru` of `locales/en.ts` and `locales/ru.ts`) and the
 * message for each error code. Other languages live in `locales/<lang>.ts`
 * and register themselves (and their Bitrix24 ids) when imported.
 */
import { en } from './locales/en.js';
import { ru } from './locales/ru.js';

export { en, ru };

/**
 * Every string the element shows. `en` has every key; another language may
 * leave some out (English fills the gap), but has no key of its own.
 */
export interface Strings {
  /** The accessible name of the status region. */
  region: string;
  /** Shown until the first status arrives. */
  loading: string;
  /** The Retry button. */
  retry: string;
  /** The Retry button while its read is under way. */
  retrying: string;
  // CALL_STATE: idle is both before the call and after it ends.
  idle: string;
  connecting: string;
  connected: string;
  // CALL_DIRECTION.
  incoming: string;
  outgoing: string;
  callback: string;
  /** The headline when the status has no PHONE_NUMBER. */
  phoneUnknown: string;
  /** The headline when PHONE_NUMBER is `hidden`. */
  phoneHidden: string;
  // Row labels.
  line: string;
  crm: string;
  bindings: string;
  activity: string;
  callId: string;
  /** The line's id (LINE_NUMBER), among the details. */
  lineId: string;
  /** The disclosure that holds the call id, the line id and the activity. */
  details: string;
  /** The badge in call-list mode (CALL_LIST_MODE). */
  callList: string;
  /** In the CRM row when the call has neither a CRM item nor a binding. */
  notInCrm: string;
  /** The accessible name of the talk timer. */
  talkTime: string;
  /** The mark in the strip shown while the last status read stays on screen after a re-read failed. */
  stale: string;
  /** The label before the error code. */
  errorCode: string;
  // CRM entity types, in the portal's own words; DYNAMIC is any smart process type (DYNAMIC_<id>).
  LEAD: string;
  DEAL: string;
  CONTACT: string;
  COMPANY: string;
  QUOTE: string;
  SMART_INVOICE: string;
  DYNAMIC: string;
  // The message for each error code (core/errors.ts picks one).
  errNoAppContext: string;
  errWrongAuthType: string;
  errWrongPlacement: string;
  errTimeout: string;
  errSession: string;
  errAccess: string;
  errBusy: string;
  errOther: string;
}

// One registry per page, shared by every copy of the package (a drop-in
// bundle and the npm build, say), so a locale module registers for all of them.
const locales: Map<string, Partial<Strings>> = ((globalThis as Record<symbol, Map<string, Partial<Strings>>>)[
  Symbol.for('b24-call-status.locales')
] ??= new Map<string, Partial<Strings>>([
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
