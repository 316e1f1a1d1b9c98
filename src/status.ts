/**
 * The pure status model: turns whatever the host hands back into the
 * documented getStatus shape. Never throws and touches no browser global, so
 * it runs (and is tested) anywhere.
 */

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

/** A Bitrix24 REST error object: `{error, error_description}`. */
export interface RestError {
  error: string;
  error_description: string;
}

/** The four CRM types that have a details page at a known path. */
export const CRM_TYPES = ['LEAD', 'DEAL', 'CONTACT', 'COMPANY'] as const;

type Raw = Record<string, unknown>;

const TEXT_KEYS = [
  'CALL_ID',
  'PHONE_NUMBER',
  'LINE_NUMBER',
  'LINE_NAME',
  'CRM_ENTITY_TYPE',
  'CALL_DIRECTION',
  'CALL_STATE',
] as const;
const ID_KEYS = ['CRM_ENTITY_ID', 'CRM_ACTIVITY_ID'] as const;

function isObject(value: unknown): value is Raw {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false; // Array.isArray throws on a revoked Proxy.
  }
}

// Placement options may arrive as a JSON string (b24jssdk warns about it).
function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}

// Only own data properties: a getter or an inherited key is not data.
function own(raw: Raw, key: string): unknown {
  try {
    const desc = Object.getOwnPropertyDescriptor(raw, key);
    return desc && 'value' in desc ? desc.value : undefined;
  } catch {
    return undefined;
  }
}

/** A text value, or undefined for absent ones (`""`, `"undefined"`, `"null"`, non-strings). */
export function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  return value === '' || value === 'undefined' || value === 'null' ? undefined : value;
}

/** A positive integer id (numbers or numeric strings), else undefined: `0` means unbound. */
export function id(value: unknown): number | undefined {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,15}$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

function flag(value: unknown): boolean {
  return value === true || value === 'true' || value === 'Y' || value === 1 || value === '1';
}

function bindings(value: unknown): CrmBinding[] {
  const list = parseMaybeJson(value);
  const out: CrmBinding[] = [];
  try {
    if (!Array.isArray(list)) return out;
    for (const item of list) {
      if (!isObject(item)) continue;
      const type = text(own(item, 'ENTITY_TYPE'));
      const entityId = id(own(item, 'ENTITY_ID'));
      if (type !== undefined && entityId !== undefined) out.push({ ENTITY_TYPE: type, ENTITY_ID: entityId });
    }
  } catch {
    // A hostile array (a throwing getter or Proxy) keeps what was read so far.
  }
  return out;
}

/** The REST error inside an answer, if the answer is one. */
export function asRestError(value: unknown): RestError | undefined {
  const raw = parseMaybeJson(value);
  if (!isObject(raw)) return undefined;
  const code = own(raw, 'error');
  if (typeof code !== 'string' || code === '') return undefined;
  const description = own(raw, 'error_description');
  return { error: code, error_description: typeof description === 'string' ? description : '' };
}

/** True when the value can be read as a status object at all. */
export function isStatusLike(value: unknown): boolean {
  return isObject(parseMaybeJson(value));
}

/**
 * Normalise a getStatus answer or the all-strings placement options.
 * Wrong types are dropped key by key; anything unusable gives an empty status.
 * The result is frozen, bindings included.
 */
export function normalizeStatus(value: unknown): CallStatus {
  const raw = parseMaybeJson(value);
  const status: CallStatus = { CRM_BINDINGS: [], CALL_LIST_MODE: false };
  if (!isObject(raw)) return freeze(status);
  for (const key of TEXT_KEYS) {
    const v = text(own(raw, key));
    if (v !== undefined) status[key] = v;
  }
  for (const key of ID_KEYS) {
    const v = id(own(raw, key));
    if (v !== undefined) status[key] = v;
  }
  status.CRM_BINDINGS = bindings(own(raw, 'CRM_BINDINGS'));
  status.CALL_LIST_MODE = flag(own(raw, 'CALL_LIST_MODE'));
  return freeze(status);
}

// Statuses are shared by every element that joined a read: frozen, so one page's edit cannot reach the others.
function freeze(status: CallStatus): CallStatus {
  status.CRM_BINDINGS.forEach(Object.freeze);
  Object.freeze(status.CRM_BINDINGS);
  return Object.freeze(status);
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

/** The call state carried by `CallCard::CallStateChanged`, or undefined. */
export function normalizeCallState(value: unknown): string | undefined {
  return text(value);
}

/** The portal path of a CRM item, only for the four known types and positive ids. */
export function crmPath(type: unknown, entityId: unknown): string | undefined {
  const known = typeof type === 'string' && (CRM_TYPES as readonly string[]).includes(type);
  const n = typeof entityId === 'number' && Number.isSafeInteger(entityId) && entityId > 0 ? entityId : undefined;
  return known && n ? `/crm/${type.toLowerCase()}/details/${n}/` : undefined;
}

/** Deep equality of two normalised statuses. */
export function sameStatus(a: CallStatus | undefined, b: CallStatus | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
