import { expect } from '@open-wc/testing';
import { CallCardError } from '../../src/core/errors.js';
import {
  asRestError,
  crmItems,
  isStatusLike,
  normalizeCallState,
  normalizeEntity,
  normalizeStatus,
  parseAnswer,
  toStatus,
  withCallState,
  withEntity,
} from '../../src/core/status.js';
import { DOC_STATUS } from '../support/fake-portal.js';

// What the doc answer normalises to: its two "" values (LINE_NAME, CRM_ACTIVITY_ID) absent.
const { LINE_NAME: _blankName, CRM_ACTIVITY_ID: _blankActivity, ...DOC_NORMALISED } = DOC_STATUS;

// The same call as placement options: every value a string.
const OPTIONS_SHAPE = {
  CALL_ID: 'E45D40253D1C2D2F.1774588815.822533',
  PHONE_NUMBER: '+19999999666',
  LINE_NUMBER: 'reg151083',
  LINE_NAME: '',
  CRM_ENTITY_TYPE: 'CONTACT',
  CRM_ENTITY_ID: '797',
  CRM_ACTIVITY_ID: 'undefined',
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: '4615' },
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: '643' },
  ],
  CALL_DIRECTION: 'outgoing',
  CALL_STATE: 'idle',
  CALL_LIST_MODE: 'false',
};

const EMPTY = { CRM_BINDINGS: [], CALL_LIST_MODE: false };

describe('normalizeStatus: the two shapes', () => {
  it('returns a frozen status, its bindings included', () => {
    const s = normalizeStatus(DOC_STATUS);
    expect(Object.isFrozen(s) && Object.isFrozen(s.CRM_BINDINGS) && s.CRM_BINDINGS.every(Object.isFrozen)).to.equal(true);
    expect(Object.isFrozen(normalizeStatus(null))).to.equal(true);
  });

  it('reads the documented getStatus answer, dropping "" values', () => {
    expect(normalizeStatus(structuredClone(DOC_STATUS))).to.deep.equal(DOC_NORMALISED);
  });

  it('reads the all-strings placement options to the same status', () => {
    expect(normalizeStatus(OPTIONS_SHAPE)).to.deep.equal(DOC_NORMALISED);
  });

  it('reads an options value that is a JSON string, bindings included', () => {
    const asJson = JSON.stringify({ ...OPTIONS_SHAPE, CRM_BINDINGS: JSON.stringify(OPTIONS_SHAPE.CRM_BINDINGS) });
    expect(normalizeStatus(asJson)).to.deep.equal(DOC_NORMALISED);
    expect(normalizeStatus(`  ${asJson}\n`)).to.deep.equal(DOC_NORMALISED);
  });

  it('coerces numeric strings and booleans', () => {
    const s = normalizeStatus({ CRM_ENTITY_ID: ' 42 ', CRM_ACTIVITY_ID: '7', CALL_LIST_MODE: 'true', LINE_NUMBER: 151083 });
    expect(s.CRM_ENTITY_ID).to.equal(42);
    expect(s.CRM_ACTIVITY_ID).to.equal(7);
    expect(s.CALL_LIST_MODE).to.equal(true);
    expect(s.LINE_NUMBER).to.equal('151083');
    expect(normalizeStatus({ CALL_LIST_MODE: true }).CALL_LIST_MODE).to.equal(true);
    expect(normalizeStatus({ CALL_LIST_MODE: 'false' }).CALL_LIST_MODE).to.equal(false);
  });

  it('treats "undefined" and "" as absent, key by key', () => {
    const blank = Object.fromEntries(Object.keys(OPTIONS_SHAPE).map((k, i) => [k, i % 2 ? 'undefined' : '']));
    const s = normalizeStatus(blank);
    expect(s).to.deep.equal(EMPTY);
    for (const key of ['CALL_ID', 'PHONE_NUMBER', 'CRM_ACTIVITY_ID']) expect(Object.hasOwn(s, key), key).to.equal(false);
  });

  it('keeps "hidden" and treats a missing PHONE_NUMBER as unknown (absent)', () => {
    expect(normalizeStatus({ PHONE_NUMBER: 'hidden' }).PHONE_NUMBER).to.equal('hidden');
    expect(normalizeStatus({ CALL_ID: 'x' }).PHONE_NUMBER).to.equal(undefined);
  });

  it('keeps an unknown CALL_STATE or CALL_DIRECTION as it came', () => {
    const s = normalizeStatus({ CALL_STATE: 'onhold', CALL_DIRECTION: 'transfer' });
    expect(s.CALL_STATE).to.equal('onhold');
    expect(s.CALL_DIRECTION).to.equal('transfer');
  });

  it('keeps the Bitrix24 keys and adds no others', () => {
    const keys = Object.keys(normalizeStatus({ ...DOC_STATUS, CRM_ACTIVITY_ID: 5, EXTRA: 'x', call_id: 'y' })).sort();
    expect(keys).to.deep.equal(
      ['CALL_DIRECTION', 'CALL_ID', 'CALL_LIST_MODE', 'CALL_STATE', 'CRM_ACTIVITY_ID', 'CRM_BINDINGS', 'CRM_ENTITY_ID', 'CRM_ENTITY_TYPE', 'LINE_NUMBER', 'PHONE_NUMBER'].sort()
    );
  });
});

describe('normalizeStatus: wrong types and broken input', () => {
  it('drops a field of the wrong type and keeps the rest', () => {
    const s = normalizeStatus({
      ...DOC_STATUS,
      CALL_ID: { id: 1 },
      PHONE_NUMBER: true,
      LINE_NUMBER: ['reg'],
      CRM_ENTITY_ID: 'seven',
      CRM_ACTIVITY_ID: -3,
      CALL_STATE: null,
      CALL_LIST_MODE: 'maybe',
    });
    expect(s).to.deep.equal({
      CRM_ENTITY_TYPE: 'CONTACT',
      CRM_BINDINGS: DOC_NORMALISED.CRM_BINDINGS,
      CALL_DIRECTION: 'outgoing',
      CALL_LIST_MODE: false,
    });
  });

  it('accepts only positive safe integers as ids', () => {
    for (const bad of [0, '0', -1, 1.5, '1.5', '1e3', NaN, Infinity, 2 ** 60, '99999999999999999', '0x10', true]) {
      expect(normalizeStatus({ CRM_ENTITY_ID: bad }).CRM_ENTITY_ID, String(bad)).to.equal(undefined);
    }
  });

  it('drops broken bindings one by one', () => {
    const s = normalizeStatus({
      CRM_BINDINGS: [null, 5, 'DEAL', { ENTITY_TYPE: 'DEAL' }, { ENTITY_ID: 3 }, { ENTITY_TYPE: 'LEAD', ENTITY_ID: '9' }, [1, 2]],
    });
    expect(s.CRM_BINDINGS).to.deep.equal([{ ENTITY_TYPE: 'LEAD', ENTITY_ID: 9 }]);
    expect(normalizeStatus({ CRM_BINDINGS: 'not a list' }).CRM_BINDINGS).to.deep.equal([]);
    expect(normalizeStatus({ CRM_BINDINGS: '[{"broken"' }).CRM_BINDINGS).to.deep.equal([]);
  });

  it('never throws, and gives the empty status for anything that is not an object', () => {
    const cyclic: Record<string, unknown> = { CALL_ID: 'c' };
    cyclic.self = cyclic;
    const throwing = Object.defineProperty({}, 'CALL_ID', {
      get() {
        throw new Error('getter');
      },
      enumerable: true,
    });
    const hostileArray = [{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 1 }];
    Object.defineProperty(hostileArray, 1, {
      get() {
        throw new Error('index getter');
      },
    });
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const inputs: unknown[] = [
      undefined, null, 0, 42, NaN, true, '', 'garbage', '{broken json', deep, [], [DOC_STATUS], Symbol('s'),
      () => DOC_STATUS, new Date(), new Map(), Object.create(null), revoked.proxy, trap, throwing, cyclic,
      { CRM_BINDINGS: hostileArray }, { CRM_BINDINGS: revoked.proxy }, { CRM_BINDINGS: new Proxy([1], { get: () => { throw new Error('get'); } }) },
    ];
    for (const input of inputs) {
      let out: unknown;
      expect(() => (out = normalizeStatus(input)), String(typeof input)).not.to.throw();
      expect(out).to.have.property('CRM_BINDINGS').that.is.an('array');
      expect(out).to.have.property('CALL_LIST_MODE').that.is.a('boolean');
    }
    expect(normalizeStatus(42)).to.deep.equal(EMPTY);
    expect(normalizeStatus(revoked.proxy)).to.deep.equal(EMPTY);
    expect(normalizeStatus(cyclic)).to.deep.equal({ ...EMPTY, CALL_ID: 'c' });
    expect(normalizeStatus({ CRM_BINDINGS: hostileArray }).CRM_BINDINGS).to.deep.equal([{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 1 }]);
  });

  it('reads own data only: no getters, no inherited keys, no prototype keys', () => {
    const inherited = Object.create({ CALL_ID: 'from the prototype' });
    expect(normalizeStatus(inherited).CALL_ID).to.equal(undefined);
    const polluted = normalizeStatus(JSON.parse('{"__proto__": {"CALL_ID": "x", "polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'));
    expect(polluted).to.deep.equal(EMPTY);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('the other readers', () => {
  it('asRestError finds {error, error_description} in an object or a JSON string', () => {
    const doc = { error: 'WRONG_AUTH_TYPE', error_description: 'Application context required' };
    expect(asRestError(doc)).to.deep.equal(doc);
    expect(asRestError(JSON.stringify(doc))).to.deep.equal(doc);
    expect(asRestError({ error: 'expired_token' })).to.deep.equal({ error: 'expired_token', error_description: '' });
    for (const notOne of [DOC_STATUS, { error: '' }, { error: 5 }, 'error', null, [doc]]) expect(asRestError(notOne)).to.equal(undefined);
  });

  it('normalizeEntity and normalizeCallState read the event payloads', () => {
    expect(normalizeEntity({ PHONE_NUMBER: '+1', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: '12', CALL_ID: 'dropped' })).to.deep.equal({
      PHONE_NUMBER: '+1',
      CRM_ENTITY_TYPE: 'LEAD',
      CRM_ENTITY_ID: 12,
    });
    expect(normalizeEntity('nonsense')).to.deep.equal({ PHONE_NUMBER: undefined, CRM_ENTITY_TYPE: undefined, CRM_ENTITY_ID: undefined });
    expect(normalizeCallState('connected')).to.equal('connected');
    expect(normalizeCallState('ringing')).to.equal('ringing');
    for (const none of [undefined, '', 'undefined', {}, [], null]) expect(normalizeCallState(none)).to.equal(undefined);
  });

  it('parseAnswer parses a JSON object or list given as a string, and leaves anything else as it is', () => {
    expect(parseAnswer('{"CALL_ID":"x"}')).to.deep.equal({ CALL_ID: 'x' });
    expect(parseAnswer(' \n[1]')).to.deep.equal([1]);
    for (const same of ['text', '42', '{broken', '', 42, null, undefined]) expect(parseAnswer(same), String(same)).to.equal(same);
    const object = { CALL_ID: 'x' };
    expect(parseAnswer(object)).to.equal(object);
  });

  it('isStatusLike: an object (or its JSON) with at least one documented key of its own', () => {
    for (const yes of [DOC_STATUS, { CALL_STATE: 'idle' }, { CRM_BINDINGS: [] }, '{"CALL_ID":"x"}', { CALL_LIST_MODE: false }]) {
      expect(isStatusLike(yes), JSON.stringify(yes)).to.equal(true);
    }
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const no of [{}, '{}', { call_id: 'x' }, Object.create({ CALL_ID: 'inherited' }), [DOC_STATUS], 'CALL_ID', null, 42, revoked.proxy]) {
      expect(isStatusLike(no), typeof no).to.equal(false);
    }
  });
});

describe('toStatus: classifying a getStatus answer', () => {
  const WRONG_AUTH = { error: 'WRONG_AUTH_TYPE', error_description: 'Application context required' };
  const codeOfThrow = (answer: unknown) => {
    try {
      toStatus(answer);
    } catch (e) {
      expect(e).to.be.instanceOf(CallCardError);
      return (e as CallCardError).code;
    }
    return undefined;
  };

  it('gives the normalised status of a status answer, or of its JSON string', () => {
    expect(toStatus(DOC_STATUS)).to.deep.equal(DOC_NORMALISED);
    expect(toStatus(JSON.stringify(DOC_STATUS))).to.deep.equal(DOC_NORMALISED);
    expect(Object.isFrozen(toStatus(DOC_STATUS))).to.equal(true);
    // One documented key is enough: the rest is absent, as the docs allow.
    expect(toStatus({ CALL_STATE: 'idle' })).to.deep.equal({ ...EMPTY, CALL_STATE: 'idle' });
    // Only the exact {isSafely: true} means silence (the adapter's business); a status carrying the key is a status.
    expect(toStatus({ ...DOC_STATUS, isSafely: true }).CALL_ID).to.equal(DOC_STATUS.CALL_ID);
  });

  it('throws the REST code of an error answer, object or JSON string', () => {
    expect(codeOfThrow(WRONG_AUTH)).to.equal('WRONG_AUTH_TYPE');
    expect(codeOfThrow(JSON.stringify(WRONG_AUTH))).to.equal('WRONG_AUTH_TYPE');
    expect(codeOfThrow({ error: 'expired_token' })).to.equal('expired_token');
    expect(codeOfThrow({ ...DOC_STATUS, error: 'QUERY_LIMIT_EXCEEDED' })).to.equal('QUERY_LIMIT_EXCEEDED');
  });

  it('throws BAD_RESPONSE for a REST error whose code is no plain identifier, so it never shows raw', () => {
    for (const error of ['<img src=x onerror=alert(1)>', 'a b', 'x'.repeat(65), 'code-with-dash', 'ok.dot']) {
      expect(codeOfThrow({ error, error_description: 'x' }), error).to.equal('BAD_RESPONSE');
    }
    expect(codeOfThrow({ error: 'x'.repeat(64) })).to.equal('x'.repeat(64));
  });

  it('throws BAD_RESPONSE for every answer that is not an object', () => {
    for (const answer of [42, 'text', null, [], [DOC_STATUS], true, undefined, '[1,2]', Symbol('s')]) {
      expect(codeOfThrow(answer), String(answer)).to.equal('BAD_RESPONSE');
    }
  });

  it('throws BAD_RESPONSE for an object with none of the documented keys: no status, not an empty call', () => {
    for (const answer of [{}, { result: {} }, '{}', { call_id: 'lower case' }, Object.create({ CALL_ID: 'inherited' }), { error: '' }]) {
      expect(codeOfThrow(answer), JSON.stringify(answer)).to.equal('BAD_RESPONSE');
    }
  });

  it('never throws anything but a CallCardError, whatever the answer', () => {
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    const getter = Object.defineProperty({}, 'error', { get: () => { throw new Error('getter'); }, enumerable: true });
    for (const answer of [revoked.proxy, getter, '['.repeat(100_000) + ']'.repeat(100_000), Object.create(null)]) {
      expect(codeOfThrow(answer)).to.equal('BAD_RESPONSE');
    }
  });

  it('parses an answer that came as a JSON string once, not once per check', () => {
    const parse = JSON.parse;
    let calls = 0;
    JSON.parse = (...args: Parameters<typeof JSON.parse>) => (calls++, parse(...args));
    try {
      // The bindings inside are a list already, so the one parse is the answer's.
      expect(toStatus(JSON.stringify(DOC_STATUS)).CALL_ID).to.equal(DOC_STATUS.CALL_ID);
    } finally {
      JSON.parse = parse;
    }
    expect(calls).to.equal(1);
  });
});

describe('applying the card events to a status', () => {
  it('withCallState gives a new frozen status with the state; the rest is shared', () => {
    const before = toStatus(DOC_STATUS);
    const after = withCallState(before, 'connected');
    expect(after).not.to.equal(before);
    expect(Object.isFrozen(after)).to.equal(true);
    expect(after).to.deep.equal({ ...DOC_NORMALISED, CALL_STATE: 'connected' });
    expect(after.CRM_BINDINGS).to.equal(before.CRM_BINDINGS);
    expect(before.CALL_STATE).to.equal('idle');
  });

  it('withEntity takes the number and item from the event, and drops what belonged to the previous client', () => {
    const before = normalizeStatus({ ...DOC_STATUS, CRM_ACTIVITY_ID: 55 });
    const after = withEntity(before, normalizeEntity({ PHONE_NUMBER: '+7000', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 12 }));
    expect(Object.isFrozen(after) && Object.isFrozen(after.CRM_BINDINGS)).to.equal(true);
    const { PHONE_NUMBER: _p, CRM_ENTITY_TYPE: _t, CRM_ENTITY_ID: _i, CRM_BINDINGS: _b, ...kept } = DOC_NORMALISED;
    expect(after).to.deep.equal({ ...kept, PHONE_NUMBER: '+7000', CRM_ENTITY_TYPE: 'LEAD', CRM_ENTITY_ID: 12, CRM_BINDINGS: [] });
    // A client not in the CRM: the item keys are absent, not undefined.
    const unknown = withEntity(before, normalizeEntity({ PHONE_NUMBER: '+7001' }));
    for (const key of ['CRM_ENTITY_TYPE', 'CRM_ENTITY_ID', 'CRM_ACTIVITY_ID']) expect(Object.hasOwn(unknown, key), key).to.equal(false);
    expect(unknown.PHONE_NUMBER).to.equal('+7001');
  });
});

describe('crmItems', () => {
  it('gives the primary item and the bindings without it', () => {
    const status = normalizeStatus({
      CRM_ENTITY_TYPE: 'CONTACT',
      CRM_ENTITY_ID: 797,
      CRM_BINDINGS: [
        { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 797 },
        { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
        { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 798 },
      ],
    });
    expect(crmItems(status)).to.deep.equal({
      primary: { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 797 },
      bindings: [
        { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
        { ENTITY_TYPE: 'CONTACT', ENTITY_ID: 798 },
      ],
    });
    const unbound = normalizeStatus({ CRM_ENTITY_TYPE: '', CRM_ENTITY_ID: 0, CRM_BINDINGS: [{ ENTITY_TYPE: 'LEAD', ENTITY_ID: 1 }] });
    expect(crmItems(unbound)).to.deep.equal({ primary: undefined, bindings: [{ ENTITY_TYPE: 'LEAD', ENTITY_ID: 1 }] });
  });
});
