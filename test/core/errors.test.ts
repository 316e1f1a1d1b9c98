import { expect } from '@open-wc/testing';
import { CallCardError, codeOf, DEFAULT, errorFacts, ERRORS, type MessageKey } from '../../src/core/errors.js';
import { en } from '../../src/strings.js';

/** code → [message key, retry, transient, askAgain]: what the element and the CRM names make of each code. */
const TABLE: Array<[code: string, message: MessageKey, retry: boolean, transient: boolean, askAgain: boolean]> = [
  // The package's own codes.
  ['NO_APP_CONTEXT', 'errNoAppContext', false, false, false],
  ['WRONG_PLACEMENT', 'errWrongPlacement', false, false, false],
  ['TIMEOUT', 'errTimeout', true, true, true],
  ['BAD_RESPONSE', 'errOther', true, false, false],
  ['HOST_ERROR', 'errOther', true, false, true],
  // A session the library refreshes by itself.
  ['expired_token', 'errSession', true, true, true],
  // The card's auth is wrong: reopening the card helps, reading again does not.
  ['WRONG_AUTH_TYPE', 'errWrongAuthType', false, false, false],
  ['NO_AUTH_FOUND', 'errWrongAuthType', false, false, true],
  ['invalid_token', 'errWrongAuthType', false, false, true],
  // Only an administrator can fix these.
  ['insufficient_scope', 'errAccess', false, false, true],
  ['ACCESS_DENIED', 'errAccess', false, false, false],
  ['INVALID_CREDENTIALS', 'errAccess', false, false, false],
  ['user_access_error', 'errAccess', false, false, false],
  // A busy portal: it passes on its own.
  ['QUERY_LIMIT_EXCEEDED', 'errBusy', true, true, true],
  ['OPERATION_TIME_LIMIT', 'errBusy', true, true, true],
  ['OVERLOAD_LIMIT', 'errBusy', true, true, true],
  // An administrator's matter, shown as the general message.
  ['PORTAL_DELETED', 'errOther', false, false, false],
  ['INVALID_REQUEST', 'errOther', false, false, false],
  ['ERROR_METHOD_NOT_FOUND', 'errOther', false, false, false],
  ['ERROR_MANIFEST_IS_NOT_AVAILABLE', 'errOther', false, false, false],
  // A failing server: reading again may help, and a name may be asked for again.
  ['INTERNAL_SERVER_ERROR', 'errOther', true, false, true],
  ['ERROR_UNEXPECTED_ANSWER', 'errOther', true, false, true],
];

describe('the error table: message, retry, transient and ask-again for each code', () => {
  for (const [code, message, retry, transient, askAgain] of TABLE) {
    it(code, () => {
      expect(errorFacts(code)).to.deep.equal({ retry, transient, askAgain, message });
      // Every key names a message the element has.
      expect(en[message], message).to.be.a('string').with.length.above(0);
    });
  }

  it('has no code beyond those listed here, and every fact is frozen', () => {
    expect(Object.keys(ERRORS).sort()).to.deep.equal(TABLE.map(([code]) => code).sort());
    expect(Object.isFrozen(ERRORS)).to.equal(true);
    for (const facts of [...Object.values(ERRORS), DEFAULT]) expect(Object.isFrozen(facts)).to.equal(true);
  });

  it('an unknown code gets the general message and a retry, and no name is asked for again', () => {
    expect(DEFAULT).to.deep.equal({ retry: true, transient: false, askAgain: false, message: 'errOther' });
    // NOT_FOUND (an item the portal does not have) is no code of the table: the name is not asked for again.
    for (const code of ['NOT_FOUND', 'SOMETHING_NEW', 'ERROR', '', 'query_limit_exceeded', 'Access_Denied', 'my_token', 'LIMIT']) {
      expect(errorFacts(code), code).to.equal(DEFAULT);
    }
  });

  it('codes are matched exactly: prototype keys are no codes', () => {
    for (const code of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(errorFacts(code), code).to.equal(DEFAULT);
  });

  it('the messages of different kinds differ (no two kinds share one text)', () => {
    const keys: MessageKey[] = ['errNoAppContext', 'errWrongAuthType', 'errWrongPlacement', 'errTimeout', 'errSession', 'errAccess', 'errBusy', 'errOther'];
    expect(new Set(keys.map((k) => en[k])).size).to.equal(keys.length);
  });
});

describe('CallCardError and codeOf', () => {
  it('a CallCardError carries its code, as its message too', () => {
    const e = new CallCardError('QUERY_LIMIT_EXCEEDED');
    expect(e).to.be.instanceOf(Error);
    expect(e.code).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(e.message).to.equal('QUERY_LIMIT_EXCEEDED');
  });

  it('codeOf gives the code of a CallCardError, and HOST_ERROR for anything else, never throwing', () => {
    expect(codeOf(new CallCardError('TIMEOUT'))).to.equal('TIMEOUT');
    expect(codeOf(new CallCardError('expired_token'))).to.equal('expired_token');
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const lookalike = { code: 'TIMEOUT', message: 'TIMEOUT' };
    const trap = new Proxy({}, { getPrototypeOf: () => { throw new Error('trap'); } });
    for (const other of [new Error('TIMEOUT'), lookalike, 'TIMEOUT', undefined, null, 42, revoked.proxy, trap]) {
      expect(codeOf(other), String(typeof other)).to.equal('HOST_ERROR');
    }
  });
});
