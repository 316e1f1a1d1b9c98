import { expect } from '@open-wc/testing';
import { fromBody, fromLegacy, fromSdk, fromSdkBody, readAnswer, reading, restCode, restFailure, rows } from '../../src/core/adapters/rest-answers.js';
import { CallCardError } from '../../src/core/errors.js';
import { FrameAjaxResult, FrameRestError, FrameResult } from '../support/frame-stand-in.js';

const KEYS = ['contact', 'deal', 'gone'];

/** The code a call throws (a CallCardError), or undefined when it does not throw. */
function thrownCode(read: () => unknown): string | undefined {
  try {
    read();
  } catch (e) {
    expect(e).to.be.instanceOf(CallCardError);
    return (e as CallCardError).code;
  }
  return undefined;
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** The legacy script's result object for one command. */
const legacyResult = (data: unknown, error?: unknown) => ({ data: () => data, error: () => error });

describe('rows: the cmd of a REST batch', () => {
  it('writes each call as method?query, nested params as a[b]=c, values URI-encoded', () => {
    expect(
      rows({
        contact: ['crm.item.get', { entityTypeId: 3, id: 797 }],
        list: ['crm.item.list', { entityTypeId: 2, filter: { '>id': 5, title: 'a b&c' }, select: ['id', 'title'] }],
        bare: ['profile', {}],
      })
    ).to.deep.equal({
      contact: 'crm.item.get?entityTypeId=3&id=797',
      list: 'crm.item.list?entityTypeId=2&filter[%3Eid]=5&filter[title]=a%20b%26c&select[0]=id&select[1]=title',
      bare: 'profile?',
    });
  });

  it('leaves out null and undefined values, and keeps false and 0', () => {
    expect(rows({ a: ['m', { x: null, y: undefined, z: 0, f: false }] })).to.deep.equal({ a: 'm?z=0&f=false' });
  });
});

describe('restCode: the REST code inside whatever a library gives for an error', () => {
  it('reads a string code, or the code at the head of a message', () => {
    expect(restCode('QUERY_LIMIT_EXCEEDED')).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(restCode('expired_token: The access token provided has expired.')).to.equal('expired_token');
    expect(restCode('ACCESS_DENIED (403)')).to.equal('ACCESS_DENIED');
    expect(restCode('NOT_FOUND Not found')).to.equal('NOT_FOUND');
    for (const none of ['', '<b>x</b>', 'x'.repeat(65), ': nothing first']) expect(restCode(none), none).to.equal('ERROR');
  });

  it('reads code, error, ex.error, a nested {error}, and the legacy getError()', () => {
    expect(restCode(new FrameRestError('expired_token', 401, 'expired'))).to.equal('expired_token');
    expect(restCode({ code: 'QUERY_LIMIT_EXCEEDED' })).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(restCode({ error: 'ACCESS_DENIED', error_description: 'Access denied' })).to.equal('ACCESS_DENIED');
    expect(restCode({ ex: { error: 'insufficient_scope' } })).to.equal('insufficient_scope');
    expect(restCode({ error: { error: 'NOT_FOUND' } })).to.equal('NOT_FOUND');
    expect(restCode({ getError: () => ({ error: 'OVERLOAD_LIMIT' }) })).to.equal('OVERLOAD_LIMIT');
    // code comes first, then error.
    expect(restCode({ code: 'A', error: 'B' })).to.equal('A');
  });

  it('is ERROR when nothing readable is there, and never takes markup or a long string for a code', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const none of [undefined, null, 42, {}, new Error('boom'), { code: 5 }, { error: '<img src=x>' }, { code: 'x'.repeat(65) }, { getError: () => 'no' }, { getError: 7 }]) {
      expect(restCode(none), JSON.stringify(none)).to.equal('ERROR');
    }
  });
});

describe('restFailure, reading, readAnswer: a library failure as a CallCardError', () => {
  it('restFailure: a CallCardError stays, an error object with a code is that code, anything else HOST_ERROR', () => {
    const own = new CallCardError('TIMEOUT');
    expect(restFailure(own)).to.equal(own);
    expect(restFailure({ error: 'QUERY_LIMIT_EXCEEDED' }).code).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(restFailure(Object.assign(new Error('x'), { code: 'expired_token' })).code).to.equal('expired_token');
    // A bare string is not taken for a REST code: it is what a library says, not what the portal answered.
    for (const other of ['QUERY_LIMIT_EXCEEDED', 'nope', undefined, null, 42, new Error('nope'), new TypeError('x'), {}]) {
      const e = restFailure(other);
      expect(e, String(other)).to.be.instanceOf(CallCardError);
      expect(e.code, String(other)).to.equal('HOST_ERROR');
    }
  });

  it('reading: resolves with what was read, and rejects with the CallCardError of a throw', () => {
    const outcomes: unknown[] = [];
    const read = reading<number>(
      (v) => outcomes.push(['ok', v]),
      (e) => outcomes.push(['failed', (e as CallCardError).code])
    );
    read(() => 7);
    read(() => {
      throw new CallCardError('insufficient_scope');
    });
    read(() => {
      throw new TypeError('broken answer');
    });
    expect(outcomes).to.deep.equal([['ok', 7], ['failed', 'insufficient_scope'], ['failed', 'HOST_ERROR']]);
  });

  it('readAnswer: a value or a promise of one, read; any failure a CallCardError', async () => {
    expect(await readAnswer(2, (v) => (v as number) * 10)).to.equal(20);
    expect(await readAnswer(Promise.resolve(3), (v) => (v as number) * 10)).to.equal(30);
    const failures = [
      readAnswer(Promise.reject({ error: 'QUERY_LIMIT_EXCEEDED' }), (v) => v),
      readAnswer(Promise.reject(new Error('x')), (v) => v),
      readAnswer(1, () => {
        throw new CallCardError('expired_token');
      }),
      readAnswer(1, () => JSON.parse('not json')),
    ];
    const codes = [];
    for (const f of failures) {
      const e = await rejection(f);
      expect(e).to.be.instanceOf(CallCardError);
      codes.push((e as CallCardError).code);
    }
    expect(codes).to.deep.equal(['QUERY_LIMIT_EXCEEDED', 'HOST_ERROR', 'expired_token', 'HOST_ERROR']);
  });
});

describe('fromBody: a raw batch answer body', () => {
  const body = {
    result: {
      result: { contact: { item: { title: 'A' } }, deal: [] },
      result_error: { deal: { error: 'ACCESS_DENIED', error_description: 'Access denied' } },
      result_total: [],
      result_time: {},
    },
    time: {},
  };

  it('reads each key: its result, or its error code; a key with neither is left out', () => {
    const answers = { contact: { result: { item: { title: 'A' } } }, deal: { error: 'ACCESS_DENIED' } };
    expect(fromBody(body, KEYS)).to.deep.equal(answers);
    expect(fromBody(JSON.stringify(body), KEYS)).to.deep.equal(answers);
    // A key not asked for is not read.
    expect(fromBody(body, ['contact'])).to.deep.equal({ contact: answers.contact });
    // Bitrix24 sends an empty result_error as [] when nothing failed.
    expect(fromBody({ result: { result: { contact: 1 }, result_error: [] } }, KEYS)).to.deep.equal({ contact: { result: 1 } });
    // A result that is false or null is a result.
    expect(fromBody({ result: { result: { contact: false, deal: null } } }, KEYS)).to.deep.equal({ contact: { result: false }, deal: { result: null } });
  });

  it('throws the code of a whole-request error, ERROR for an unreadable one, HOST_ERROR for no result', () => {
    expect(thrownCode(() => fromBody({ error: 'insufficient_scope', error_description: '' }, KEYS))).to.equal('insufficient_scope');
    expect(thrownCode(() => fromBody('{"error":"expired_token"}', KEYS))).to.equal('expired_token');
    expect(thrownCode(() => fromBody({ error: '<img src=x>' }, KEYS))).to.equal('ERROR');
    for (const none of [{}, { result: 5 }, { result: null }, 42, null, '{}']) expect(thrownCode(() => fromBody(none, KEYS)), JSON.stringify(none)).to.equal('HOST_ERROR');
    // A string that is no JSON is a SyntaxError here; readAnswer makes it HOST_ERROR.
    expect(() => fromBody('not json', KEYS)).to.throw(SyntaxError);
  });
});

describe('fromLegacy: the legacy callBatch answer', () => {
  it('reads each key: data(), or the code of error(); anything that is no result object is left out', () => {
    const results = {
      contact: legacyResult({ item: { title: 'A' } }),
      deal: legacyResult(undefined, { error: 'ACCESS_DENIED', error_description: '' }),
      gone: legacyResult(undefined, 'NOT_FOUND: Not found'),
      other: legacyResult('not asked'),
    };
    expect(fromLegacy(results, KEYS)).to.deep.equal({ contact: { result: { item: { title: 'A' } } }, deal: { error: 'ACCESS_DENIED' }, gone: { error: 'NOT_FOUND' } });
    expect(fromLegacy({ contact: { data: 'no function' }, deal: null, gone: 5 }, KEYS)).to.deep.equal({});
    expect(fromLegacy({ contact: { data: () => 1 } }, KEYS)).to.deep.equal({ contact: { result: 1 } });
    expect(fromLegacy(undefined, KEYS)).to.deep.equal({});
  });
});

describe('fromSdk and fromSdkBody: b24jssdk Results', () => {
  it('fromSdk reads AjaxResults (returnAjaxResult) per key, errors from the Map by key', () => {
    const res = new FrameResult<Record<string, unknown>>({
      contact: new FrameAjaxResult({ result: { item: { title: 'A' } } }, 200),
      deal: new FrameAjaxResult({ error: 'ACCESS_DENIED', error_description: 'Access denied' }, 200),
    });
    res.errors.set('deal', new FrameRestError('ACCESS_DENIED', 200, 'Access denied'));
    expect(fromSdk(res, KEYS)).to.deep.equal({ contact: { result: { item: { title: 'A' } } }, deal: { error: 'ACCESS_DENIED' } });
  });

  it('fromSdk reads bare results, and a failed AjaxResult not in the Map by its own error', () => {
    const failed = new FrameAjaxResult({ error: 'NOT_FOUND' }, 200);
    const res = new FrameResult<Record<string, unknown>>({ contact: { item: { title: 'A' } }, gone: failed });
    expect(fromSdk(res, KEYS)).to.deep.equal({ contact: { result: { item: { title: 'A' } } }, gone: { error: 'NOT_FOUND' } });
  });

  it('fromSdk throws the code of an error under no key asked for: the whole request failed', () => {
    const res = new FrameResult({});
    res.errors.set('base-error', new FrameRestError('insufficient_scope', 401));
    expect(thrownCode(() => fromSdk(res, KEYS))).to.equal('insufficient_scope');
    // Nothing at all: no answers, no throw.
    expect(fromSdk(new FrameResult(undefined), KEYS)).to.deep.equal({});
    expect(fromSdk(undefined, KEYS)).to.deep.equal({});
  });

  it('fromSdkBody reads callMethod("batch")\'s AjaxResult body, or throws its first error', () => {
    const ok = new FrameAjaxResult({ result: { result: { contact: { item: { title: 'A' } } }, result_error: { gone: { error: 'NOT_FOUND' } } } }, 200);
    expect(fromSdkBody(ok, KEYS)).to.deep.equal({ contact: { result: { item: { title: 'A' } } }, gone: { error: 'NOT_FOUND' } });
    const failed = new FrameAjaxResult({ error: 'QUERY_LIMIT_EXCEEDED' }, 503);
    expect(thrownCode(() => fromSdkBody(failed, KEYS))).to.equal('QUERY_LIMIT_EXCEEDED');
    expect(thrownCode(() => fromSdkBody({}, KEYS))).to.equal('HOST_ERROR');
  });
});
