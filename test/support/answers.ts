/**
 * Generators of getStatus answers for the fuzz tests: random JSON, the
 * documented shape with fields broken, the all-strings placement options,
 * REST error objects, prototype-polluting JSON and hostile objects.
 */
import fc from 'fast-check';
import { DOC_STATUS } from './fake-portal.js';

/** One seed for every run, so a failure replays; fast-check prints the path to shrink to. */
export const SEED = 0x0b24;

const MB = 1 << 20;
const HUGE = ['x'.repeat(MB), '7'.repeat(MB), ` ${'9'.repeat(MB)} `, `{${'"a":1,'.repeat(MB / 6)}`, `[${'0,'.repeat(MB / 2)}0]`];

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { [i % 2 ? 'CALL_ID' : 'CRM_BINDINGS']: value };
  return value;
}
const DEEP = [nested(2000, 'x', true), nested(2000, 797, false), '['.repeat(100_000), `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`];

/**
 * Objects that fight back when read: throwing getters, traps, a revoked Proxy.
 * Kept out of the generators, which would trip over them themselves.
 */
export function hostileAnswers(): unknown[] {
  const throwing = () => {
    throw new Error('boom');
  };
  const getters = Object.defineProperties({}, Object.fromEntries(Object.keys(DOC_STATUS).map((k) => [k, { get: throwing, enumerable: true }])));
  const trap = new Proxy({}, { get: throwing, getOwnPropertyDescriptor: throwing, ownKeys: throwing, has: throwing, getPrototypeOf: throwing });
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const badList = { ...DOC_STATUS, CRM_BINDINGS: new Proxy([{ ENTITY_TYPE: 'DEAL', ENTITY_ID: 1 }], { get: throwing }) };
  return [getters, trap, revoked, badList, { ...DOC_STATUS, CRM_BINDINGS: [trap, revoked, getters] }];
}

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 0, -1, 2 ** 53, 1.5, true, false, undefined, [], {}),
  fc.array(fc.jsonValue(), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
  fc.string()
);

// Huge and deep values are few but costly; weights keep the run short.
const broken = fc.oneof(
  { arbitrary: wrongType, weight: 6 },
  { arbitrary: fc.constant(null), weight: 2 },
  { arbitrary: fc.constantFrom(...HUGE), weight: 1 },
  { arbitrary: fc.constantFrom(...DEEP), weight: 1 }
);

/** The documented answer, each field kept, dropped, or replaced by something wrong. */
export const docShape = fc.record(
  Object.fromEntries(Object.entries(DOC_STATUS).map(([k, v]) => [k, fc.oneof({ arbitrary: fc.constant(v), weight: 2 }, { arbitrary: broken, weight: 3 })])),
  { requiredKeys: [] }
);

const optionText = fc.oneof(
  fc.constantFrom('', 'undefined', 'null', 'true', 'false', 'Y', 'N', '0', '1', '797', ' 42 ', '-5', '1e3', '0x10', '9007199254740993', 'hidden'),
  fc.nat().map(String),
  fc.string()
);

/** The placement options: every value a string, and the whole thing maybe a JSON string. */
export const optionsShape = fc
  .record(
    {
      ...Object.fromEntries(Object.keys(DOC_STATUS).map((k) => [k, optionText])),
      CRM_BINDINGS: fc.oneof(optionText, fc.array(fc.record({ ENTITY_TYPE: optionText, ENTITY_ID: optionText })).map((a) => JSON.stringify(a))),
    },
    { requiredKeys: [] }
  )
  .chain((options) => fc.constantFrom(options, JSON.stringify(options), ` ${JSON.stringify(options)}\n`));

const REST_CODES = ['WRONG_AUTH_TYPE', 'QUERY_LIMIT_EXCEEDED', 'expired_token', 'ACCESS_DENIED', 'INTERNAL_SERVER_ERROR', 'x'.repeat(65), '<b>', ''];

/** `{error, error_description}`, well-formed or not, as an object or a JSON string. */
export const restError = fc
  .record(
    {
      error: fc.oneof(fc.constantFrom(...REST_CODES), fc.string(), wrongType, fc.constant(null)),
      error_description: fc.oneof(fc.string(), fc.constantFrom(HUGE[0]), wrongType),
      extra: fc.jsonValue(),
    },
    { requiredKeys: ['error'] }
  )
  .chain((e) => fc.constantFrom<unknown>(e, JSON.stringify(e), { ...DOC_STATUS, ...e }));

/** JSON that would pollute a prototype if copied naively; parsed, and as a string. */
export const polluting = fc
  .record({
    key: fc.constantFrom('__proto__', 'constructor', 'prototype'),
    inner: fc.oneof(fc.jsonValue(), fc.constant({ polluted: 'yes', prototype: { polluted: 'yes' } })),
    field: fc.constantFrom('CALL_ID', 'CRM_BINDINGS', 'ENTITY_TYPE'),
  })
  .chain(({ key, inner, field }) => {
    const json = `{"${key}":${JSON.stringify(inner)},"CRM_BINDINGS":[{"${key}":{"polluted":"yes"},"ENTITY_TYPE":"DEAL","ENTITY_ID":3}],"${field}":{"${key}":{"polluted":"yes"}}}`;
    return fc.constantFrom<unknown>(JSON.parse(json), json);
  });

/** Anything at all, JSON or not. */
export const randomValue = fc.oneof(
  fc.jsonValue(),
  fc.json(),
  fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withSparseArray: true, withTypedArray: true, withDate: true })
);

/** Every family, for tests that take a mix. */
export const anyAnswer = fc.oneof(randomValue, docShape, optionsShape, restError, polluting);
