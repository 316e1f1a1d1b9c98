/**
 * The package entry: importing it defines `<b24-call-status>`. It exports
 * what pages use: the element, its Lit controller, and the core's public API
 * (`b24-call-status/core` has the core alone, without Lit).
 */
import { define } from './define.js';

export { B24CallStatus, VERSION, type Phase } from './b24-call-status.js';
export { CallStatusController } from './call-status-controller.js';
export { callCard, CallCard, type CallCardOptions, type CallCardSnapshot } from './core/call-card.js';
export * from './core/events.js';
export type { StatusError } from './core/events.js';
export type { BX24Like, B24FrameLike, PlainTransport, Transport, CallCardEvent } from './core/adapters/index.js';
export type { CardError, ErrorCode } from './core/errors.js';
export { normalizeStatus } from './core/status.js';
export { crmPath } from './core/crm.js';
export type { CallStatus, CrmBinding, EntityChange } from './core/status.js';
export { registerLocale, registeredLocales, en, ru, type Strings } from './strings.js';
export { TAG, define } from './define.js';

define();
