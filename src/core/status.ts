/**
 * The pure status model: turns whatever the host hands back into the
 * documented getStatus shape, and tells a status from an error answer. Only
 * toStatus throws (a CallCardError, by design); nothing touches a browser
 * global, so it runs (and is tested) anywhere.
 */
import { CallCardError } from './errors.js';

/** A CRM item the call is bound to. */
export interface CrmBinding {
  ENTITY_TYPE: string;
  ENTITY_ID: number;
}

/**
 * The normalised `getStatus` answer. Keys are Bitrix24's own; a key is
 * absent when the host did not send a usable value for it.
 */
export interface CallStatus {
  CALL_ID?: string;
  /** `"hidden"` when the caller withheld the number; absent when unknown. */
  PHONE_NUMBER?: string;
  LINE_NUMBER?: string;
  LINE_NAME?: string;
  CRM_ENTITY_TYPE?: string;
  CRM_ENTITY_ID?: number;
  CRM_ACTIVITY_ID?: number;
  CRM_BINDINGS: CrmBinding[];
  /** `incoming`, `outgoing`, `callback`, or an unknown value kept as is. */
  CALL_DIRECTION?: string;
  /** `idle`, `connecting`, `connected`, or an unknown value kept as is. */
  CALL_STATE?: string;
  CALL_LIST_MODE: boolean;
}

/** What `CallCard::EntityChanged` carries, normalised. */
export interface EntityChange {
  PHONE_NUMBER?: string;
  CRM_ENTITY_TYPE?: string;
  CRM_ENTITY_ID?: number;
}

/** A Bitrix24 REST error body: `{error, error_description}`. */
export interface RestErrorBody {
  error: string;
  error_description: string;
}

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false; // Array.isArray throws on a revoked Proxy.
  }
}

/** An answer or placement options value, parsed when it came as a JSON string (b24jssdk warns it may). */
export function parseAnswer(value: unknown): unknown {
  try {
    return typeof value === 'string' && /^\s*[[{]/.test(value) ? (JSON.parse(value) as unknown) : value;
  } catch {
    return value;
  }
}

// Only own data properties: a getter or an inherited key is not data. Never throws, whatever `raw` is.
function own(raw: unknown, key: string): unknown {
  try {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    return desc && 'value' in desc ? desc.value : undefined;
  } catch {
    return undefined;
  }
}

/** A text value, or undefined for absent ones (`""`, `"undefined"`, `"null"`, non-strings). */
function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && !/^(|undefined|null)$/.test(value) ? value : undefined;
}

/** A positive integer id (numbers or numeric strings), else undefined: `0` means unbound. */
function id(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value) ? Number(value) : value;
  return Number.isSafeInteger(n) && (n as number) > 0 ? (n as number) : undefined;
}

/** The REST error inside an answer, if the answer is one. */
export function asRestError(value: unknown): RestErrorBody | undefined {
  const raw = parseAnswer(value);
  const error = isObject(raw) && own(raw, 'error');
  const description = own(raw, 'error_description');
  return typeof error === 'string' && error ? { error, error_description: typeof description === 'string' ? description : '' } : undefined;
}

// Every key getStatus documents; an answer with none of them is no status.
const KEYS = [
  'CALL_ID',
  'PHONE_NUMBER',
  'LINE_NUMBER',
  'LINE_NAME',
  'CRM_ENTITY_TYPE',
  'CRM_ENTITY_ID',
  'CRM_ACTIVITY_ID',
  'CRM_BINDINGS',
  'CALL_DIRECTION',
  'CALL_STATE',
  'CALL_LIST_MODE',
];

/** True when the value is an object with at least one documented getStatus key (`{}` is not). */
export function isStatusLike(value: unknown): boolean {
  const raw = parseAnswer(value);
  return isObject(raw) && KEYS.some((key) => own(raw, key) !== undefined);
}

/**
 * Normalise a getStatus answer or the all-strings placement options.
 * Wrong types are dropped key by key; anything unusable gives an empty status.
 * The result is frozen, bindings included: one status is shared by every
 * element that joined a read, so one page's edit cannot reach the others.
 */
export function normalizeStatus(value: unknown): CallStatus {
  const raw = parseAnswer(value);
  const from = isObject(raw) ? raw : undefined;
  const status: Raw = {};
  for (const key of ['CALL_ID', 'PHONE_NUMBER', 'LINE_NUMBER', 'LINE_NAME', 'CRM_ENTITY_TYPE', 'CALL_DIRECTION', 'CALL_STATE']) {
    status[key] = text(own(from, key));
  }
  status.CRM_ENTITY_ID = id(own(from, 'CRM_ENTITY_ID'));
  status.CRM_ACTIVITY_ID = id(own(from, 'CRM_ACTIVITY_ID'));
  const bindings: CrmBinding[] = [];
  try {
    const list = parseAnswer(own(from, 'CRM_BINDINGS'));
    if (Array.isArray(list)) {
      for (const item of list) {
        const type = text(isObject(item) && own(item, 'ENTITY_TYPE'));
        const entityId = id(own(item, 'ENTITY_ID'));
        if (type && entityId) bindings.push(Object.freeze({ ENTITY_TYPE: type, ENTITY_ID: entityId }));
      }
    }
  } catch {
    // A hostile array (a throwing getter or Proxy) keeps what was read so far.
  }
  status.CRM_BINDINGS = Object.freeze(bindings);
  status.CALL_LIST_MODE = [true, 'true', 'Y', 1, '1'].includes(own(from, 'CALL_LIST_MODE') as string);
  // Absent keys are left out, not set to undefined.
  for (const key in status) if (status[key] === undefined) delete status[key];
  return Object.freeze(status) as unknown as CallStatus;
}

/** The status after `CallCard::CallStateChanged`: a new frozen object, the rest shared. */
export function withCallState(status: CallStatus, state: string): CallStatus {
  return Object.freeze({ ...status, CALL_STATE: state });
}

/** Normalise the `CallCard::EntityChanged` payload. */
export function normalizeEntity(value: unknown): EntityChange {
  const { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID } = normalizeStatus(value);
  return { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID };
}

/**
 * The status once the card's client changed: the number and CRM item from the
 * event, and nothing that belonged to the previous client (bindings, activity).
 */
export function withEntity(status: CallStatus, change: EntityChange): CallStatus {
  const { CRM_ACTIVITY_ID: _activity, PHONE_NUMBER: _phone, CRM_ENTITY_TYPE: _type, CRM_ENTITY_ID: _id, ...rest } = status;
  const next: Raw = { ...rest, ...change, CRM_BINDINGS: Object.freeze([]) };
  for (const key in next) if (next[key] === undefined) delete next[key];
  return Object.freeze(next) as unknown as CallStatus;
}

/** The call's CRM items: the primary one (`CRM_ENTITY_*`), and the bindings without it (it is listed there too). */
export function crmItems(status: CallStatus): { primary?: CrmBinding; bindings: CrmBinding[] } {
  const { CRM_ENTITY_TYPE: type, CRM_ENTITY_ID: id } = status;
  const primary = type && id ? { ENTITY_TYPE: type, ENTITY_ID: id } : undefined;
  const bindings = status.CRM_BINDINGS.filter((b) => !primary || b.ENTITY_TYPE !== type || b.ENTITY_ID !== id);
  return { primary, bindings };
}

/** The call state carried by `CallCard::CallStateChanged`: a non-empty string (unknown ones kept as they are), else undefined. */
export function normalizeCallState(value: unknown): string | undefined {
  return typeof value === 'string' ? text(value) : undefined;
}

/** Classify a getStatus answer: a status, or a CallCardError (the REST code it carries, or BAD_RESPONSE). */
export function toStatus(answer: unknown): CallStatus {
  // Parsed once here; the readers take the parsed value as it is.
  const raw = parseAnswer(answer);
  const rest = asRestError(raw);
  // A REST code is shown to the agent: only a plain identifier is taken as one.
  if (rest) throw new CallCardError(/^\w{1,64}$/.test(rest.error) ? rest.error : 'BAD_RESPONSE');
  if (!isStatusLike(raw)) throw new CallCardError('BAD_RESPONSE');
  return normalizeStatus(raw);
}
