/**
 * CRM type facts (call-card-host.md, "REST from the frame"): the
 * `entityTypeId` of each type a status can carry, its details page, the
 * key of its word in the strings, and the display name of a `crm.item.get`
 * item. Pure: no DOM, no host.
 */

/** The types with a fixed entityTypeId; smart processes are `DYNAMIC_<entityTypeId>`. */
const TYPE_IDS = { LEAD: 1, DEAL: 2, CONTACT: 3, COMPANY: 4, QUOTE: 7, SMART_INVOICE: 31 } as const;

/** The word keys: one per fixed type, and one for every smart process. */
export type CrmKind = keyof typeof TYPE_IDS | 'DYNAMIC';

// Smart processes start at 128; ids are kept to what a safe integer holds.
const DYNAMIC = /^DYNAMIC_([1-9]\d{0,14})$/;

/** The entityTypeId of a CRM type name, or undefined when it is none. */
export function entityTypeId(type: unknown): number | undefined {
  if (typeof type !== 'string') return undefined;
  if (Object.prototype.hasOwnProperty.call(TYPE_IDS, type)) return TYPE_IDS[type as keyof typeof TYPE_IDS];
  const dynamic = DYNAMIC.exec(type);
  const id = dynamic ? Number(dynamic[1]) : 0;
  // DYNAMIC_1 is no smart process: it must not pass for a lead.
  return id >= 128 ? id : undefined;
}

/** The key of a type's word (`CONTACT`, `QUOTE`, `DYNAMIC`…), or undefined for an unknown type. */
export function crmKind(type: unknown): CrmKind | undefined {
  const id = entityTypeId(type);
  return id === undefined ? undefined : DYNAMIC.test(type as string) ? 'DYNAMIC' : (type as CrmKind);
}

const isId = (id: unknown): id is number => Number.isSafeInteger(id) && (id as number) > 0;

/** The portal path of a CRM item's details page, for a known type and a positive id. */
export function crmPath(type: unknown, entityId: unknown): string | undefined {
  const typeId = entityTypeId(type);
  if (typeId === undefined || !isId(entityId)) return undefined;
  if (typeId <= 4) return `/crm/${(type as string).toLowerCase()}/details/${entityId}/`;
  if (typeId === TYPE_IDS.QUOTE) return `/crm/quote/show/${entityId}/`;
  return `/crm/type/${typeId}/details/${entityId}/`;
}

/** The `crm.item.get` params for an item, or undefined when it cannot be asked for. */
export function itemRequest(type: unknown, entityId: unknown): { entityTypeId: number; id: number } | undefined {
  const typeId = entityTypeId(type);
  return typeId !== undefined && isId(entityId) ? { entityTypeId: typeId, id: entityId } : undefined;
}

/** Longer names are cut: a card has no room for them, and the host's text is not trusted to be short. */
export const MAX_NAME = 200;

// Cut early, so that a huge string costs no more than a short one.
const part = (o: Record<string, unknown>, key: string) => (typeof o[key] === 'string' ? (o[key] as string).slice(0, 4 * MAX_NAME).trim() : '');

/**
 * The display name in a `crm.item.get` answer (`{item}`, or the item itself):
 * its `title`, or a contact's name, second name and last name joined.
 * Strings only, trimmed, whitespace collapsed, capped at MAX_NAME
 * characters; undefined when there is none.
 */
export function itemName(answer: unknown): string | undefined {
  try {
    if (answer === null || typeof answer !== 'object') return undefined;
    const wrapped = (answer as { item?: unknown }).item;
    const item = (wrapped !== null && typeof wrapped === 'object' ? wrapped : answer) as Record<string, unknown>;
    const name = part(item, 'title') || ['name', 'secondName', 'lastName'].map((k) => part(item, k)).filter(Boolean).join(' ');
    const clean = name.replace(/\s+/g, ' ');
    return clean ? [...clean].slice(0, MAX_NAME).join('') : undefined;
  } catch {
    return undefined; // A hostile object (a throwing getter, a revoked Proxy) has no name.
  }
}
