/**
 * `b24-call-status/core`: the call's data without the element. Imports no
 * package, touches no browser global at import, and defines no element, so
 * it loads in any page without an import map, and in Node.
 */
export { callCard, CallCard, type CallCardOptions, type CallCardSnapshot } from './call-card.js';
export type { BX24Like, B24FrameLike, PlainTransport, Transport, CallCardEvent } from './adapters/index.js';
export { CallCardError, errorFacts, ERRORS, type CardError, type ErrorCode, type ErrorFacts, type MessageKey } from './errors.js';
export * from './events.js';
export { normalizeStatus, type CallStatus, type CrmBinding, type EntityChange } from './status.js';
export { crmPath } from './crm.js';
export { nameKey } from './crm-names.js';
export { DEFAULT_TIMEOUT_MS } from './time.js';
