/**
 * The package entry: importing it defines `<b24-call-status>`.
 */
import { define } from './define.js';

export { B24CallStatus, VERSION, type Phase } from './b24-call-status.js';
export * from './events.js';
export { HostError, NO_ANSWER, CALL_CARD_EVENTS } from './host.js';
export type { BX24Like, PlainTransport, Transport, StatusError, ErrorCode, CallCardEvent } from './host.js';
export { normalizeStatus, normalizeEntity, crmPath, asRestError, CRM_TYPES } from './status.js';
export type { CallStatus, CrmBinding, EntityChange, RestError } from './status.js';
export { registerLocale, registeredLocales, en, ru, type Strings } from './strings.js';
export { TAG, define } from './define.js';

define();
