/**
 * What every error code means, in one table: whether reading again can help,
 * whether it passes on its own, whether a CRM name that failed with it may be
 * asked for again, and which message explains it. Codes are the package's own
 * (NO_APP_CONTEXT, TIMEOUT…) and Bitrix24's REST codes, which pass through as
 * they are; a code not in the table gets DEFAULT.
 */

/** The key of each error message in the element's strings. */
export type MessageKey =
  | 'errNoAppContext'
  | 'errWrongAuthType'
  | 'errWrongPlacement'
  | 'errTimeout'
  | 'errSession'
  | 'errAccess'
  | 'errBusy'
  | 'errOther';

export interface ErrorFacts {
  /** Reading again can help. False where only a person can: reopening the card, or an administrator. */
  readonly retry: boolean;
  /** It passes on its own (a slow or busy portal, a token the library refreshes): a warning, not an alarm. */
  readonly transient: boolean;
  /** For a CRM name: it says nothing about the item, so the name may be asked for again later. */
  readonly askAgain: boolean;
  readonly message: MessageKey;
}

const fact = (retry: boolean, transient: boolean, askAgain: boolean, message: MessageKey): ErrorFacts =>
  Object.freeze({ retry, transient, askAgain, message });

const BUSY = fact(true, true, true, 'errBusy');
const AUTH = fact(false, false, false, 'errWrongAuthType');
const TOKEN = fact(false, false, true, 'errWrongAuthType');
const ACCESS = fact(false, false, false, 'errAccess');
const ADMIN = fact(false, false, false, 'errOther');
const SERVER = fact(true, false, true, 'errOther');

/** Any code not in ERRORS: a retry may help, and the administrator hears of it if it keeps happening. */
export const DEFAULT: ErrorFacts = fact(true, false, false, 'errOther');

/** code → facts. The package's own codes first, then Bitrix24's (call-card-host.md, "REST errors"). */
export const ERRORS: Readonly<Record<string, ErrorFacts>> = Object.freeze({
  // No portal answers this page; a BX24 script still loading is told apart by the card (see CallCard).
  NO_APP_CONTEXT: fact(false, false, false, 'errNoAppContext'),
  WRONG_PLACEMENT: fact(false, false, false, 'errWrongPlacement'),
  TIMEOUT: fact(true, true, true, 'errTimeout'),
  BAD_RESPONSE: fact(true, false, false, 'errOther'),
  HOST_ERROR: fact(true, false, true, 'errOther'),
  // The card's auth is wrong: reopening the card fixes it, reading again does not.
  WRONG_AUTH_TYPE: AUTH,
  NO_AUTH_FOUND: TOKEN,
  invalid_token: TOKEN,
  // The library refreshes an expired token by itself.
  expired_token: fact(true, true, true, 'errSession'),
  // Only an administrator can fix these. A missing scope says nothing about one item.
  insufficient_scope: fact(false, false, true, 'errAccess'),
  ACCESS_DENIED: ACCESS,
  INVALID_CREDENTIALS: ACCESS,
  user_access_error: ACCESS,
  PORTAL_DELETED: ADMIN,
  INVALID_REQUEST: ADMIN,
  ERROR_METHOD_NOT_FOUND: ADMIN,
  ERROR_MANIFEST_IS_NOT_AVAILABLE: ADMIN,
  QUERY_LIMIT_EXCEEDED: BUSY,
  OPERATION_TIME_LIMIT: BUSY,
  OVERLOAD_LIMIT: BUSY,
  INTERNAL_SERVER_ERROR: SERVER,
  ERROR_UNEXPECTED_ANSWER: SERVER,
});

/** The facts of a code; DEFAULT for one the table does not know. */
export function errorFacts(code: string): ErrorFacts {
  return Object.prototype.hasOwnProperty.call(ERRORS, code) ? ERRORS[code] : DEFAULT;
}

/** The package's own codes; REST codes pass through as they are. */
export type ErrorCode = 'NO_APP_CONTEXT' | 'WRONG_PLACEMENT' | 'WRONG_AUTH_TYPE' | 'TIMEOUT' | 'BAD_RESPONSE' | 'HOST_ERROR' | (string & {});

/** A failure with a code, thrown inside the package and caught before the page. */
export class CallCardError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/** The code of a failure; anything not ours (even a revoked Proxy, which `instanceof` throws on) is HOST_ERROR. */
export function codeOf(e: unknown): ErrorCode {
  try {
    return e instanceof CallCardError ? e.code : 'HOST_ERROR';
  } catch {
    return 'HOST_ERROR';
  }
}

/** A failed read, as a card's snapshot holds it. */
export interface CardError {
  readonly code: ErrorCode;
  /** Reading again can help (the agent's Retry). */
  readonly retryable: boolean;
}
