import { expect } from '@open-wc/testing';
import { crmPath } from '../src/core/crm.js';
import { asRestError, crmItems, normalizeCallState, normalizeEntity, normalizeStatus } from '../src/core/status.js';
import { DOC_STATUS } from './support/fake-portal.js';

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

  it('crmPath links only the four CRM types with positive integer ids', () => {
    expect(crmPath('CONTACT', 797)).to.equal('/crm/contact/details/797/');
    expect(crmPath('DEAL', 4615)).to.equal('/crm/deal/details/4615/');
    for (const [type, id] of [['SMART', 1], ['contact', 1], ['LEAD', 0], ['LEAD', -1], ['LEAD', 1.5], ['LEAD', '5'], ['../LEAD', 1]]) {
      expect(crmPath(type, id), `${type} ${id}`).to.equal(undefined);
    }
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
