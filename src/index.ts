/**
 * The package entry: importing it defines `<b24-call-status>`. It exports
 * what pages use; the adapters and the hub stay internal.
 */
import { define } from './define.js';

export { B24CallStatus, VERSION, type Phase } from './b24-call-status.js';
export * from './events.js';
export type { BX24Like, PlainTransport, Transport, StatusError, ErrorCode, CallCardEvent } from './host.js';
export { normalizeStatus, crmPath } from './status.js';
export type { CallStatus, CrmBinding, EntityChange } from './status.js';
export { registerLocale, registeredLocales, en, ru, type Strings } from './strings.js';
export { TAG, define } from './define.js';

define();
