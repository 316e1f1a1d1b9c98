import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/index.js';
import type { B24CallStatus } from '../src/index.js';
import { CallCardError } from '../src/core/errors.js';
import { asRestError, normalizeEntity, normalizeStatus, toStatus, type CallStatus } from '../src/core/status.js';
import { DOC_STATUS } from './support/fake-portal.js';
import { SEED, anyAnswer, docShape, hostileAnswers, optionsShape, polluting, randomValue, restError } from './support/answers.js';

const TEXT_KEYS = ['CALL_ID', 'PHONE_NUMBER', 'LINE_NUMBER', 'LINE_NAME', 'CRM_ENTITY_TYPE', 'CALL_DIRECTION', 'CALL_STATE'];
const ID_KEYS = ['CRM_ENTITY_ID', 'CRM_ACTIVITY_ID'];
const STATUS_KEYS = new Set([...TEXT_KEYS, ...ID_KEYS, 'CRM_BINDINGS', 'CALL_LIST_MODE']);
const ENTITY_KEYS = ['PHONE_NUMBER', 'CRM_ENTITY_TYPE', 'CRM_ENTITY_ID'];

const isId = (v: unknown) => Number.isSafeInteger(v) && (v as number) > 0;
const isText = (v: unknown) => typeof v === 'string' && v !== '';

function plainObject(value: unknown, what: string): asserts value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) throw new Error(`${what}: not a plain object`);
  for (const key of ['__proto__', 'constructor', 'prototype']) if (Object.hasOwn(value, key)) throw new Error(`${what}: own key ${key}`);
}

/** Throws unless `s` is the documented normalised shape. */
function checkStatus(s: unknown): asserts s is CallStatus {
  plainObject(s, 'status');
  for (const key of Object.keys(s)) if (!STATUS_KEYS.has(key)) throw new Error(`status: unknown key ${key}`);
  for (const key of TEXT_KEYS) if (key in s && !isText(s[key])) throw new Error(`status.${key}: not a non-empty string`);
  for (const key of ID_KEYS) if (key in s && !isId(s[key])) throw new Error(`status.${key}: not a positive integer`);
  if (typeof s.CALL_LIST_MODE !== 'boolean') throw new Error('status.CALL_LIST_MODE: not a boolean');
  if (!Array.isArray(s.CRM_BINDINGS) || Object.getPrototypeOf(s.CRM_BINDINGS) !== Array.prototype) throw new Error('status.CRM_BINDINGS: not an array');
  for (const b of s.CRM_BINDINGS) {
    plainObject(b, 'binding');
    if (Object.keys(b).join() !== 'ENTITY_TYPE,ENTITY_ID' || !isText(b.ENTITY_TYPE) || !isId(b.ENTITY_ID)) throw new Error('binding: wrong shape');
  }
  JSON.stringify(s); // the element compares statuses as JSON
}

function checkEntity(e: unknown) {
  plainObject(e, 'entity');
  if (Object.keys(e).some((k) => !ENTITY_KEYS.includes(k))) throw new Error('entity: unknown key');
  if (e.PHONE_NUMBER !== undefined && !isText(e.PHONE_NUMBER)) throw new Error('entity.PHONE_NUMBER');
  if (e.CRM_ENTITY_TYPE !== undefined && !isText(e.CRM_ENTITY_TYPE)) throw new Error('entity.CRM_ENTITY_TYPE');
  if (e.CRM_ENTITY_ID !== undefined && !isId(e.CRM_ENTITY_ID)) throw new Error('entity.CRM_ENTITY_ID');
}

function checkRestError(r: unknown) {
  if (r === undefined) return;
  plainObject(r, 'rest error');
  if (Object.keys(r).join() !== 'error,error_description' || !isText(r.error) || typeof r.error_description !== 'string') throw new Error('rest error: wrong shape');
}

// toStatus classifies: a status, or a CallCardError with a REST-like code; never anything else.
function checkToStatus(answer: unknown) {
  let status: unknown;
  try {
    status = toStatus(answer);
  } catch (e) {
    if (!(e instanceof CallCardError)) throw new Error(`toStatus threw a non-CallCardError: ${String(e)}`);
    if (!/^[A-Za-z0-9_]{1,64}$/.test(e.code) || e.message.length > 600) throw new Error(`toStatus: bad CallCardError ${e.code}`);
    return;
  }
  checkStatus(status);
}

/** Every normaliser on one answer; any throw fails the property. */
function normalisesCleanly(answer: unknown): CallStatus {
  const status = normalizeStatus(answer);
  checkStatus(status);
  checkEntity(normalizeEntity(answer));
  checkRestError(asRestError(answer));
  checkToStatus(answer);
  return status;
}

const run = (property: fc.IProperty<[unknown]> | fc.IProperty<[Record<string, unknown>]>, numRuns: number) =>
  fc.assert(property as fc.IProperty<[unknown]>, { seed: SEED, numRuns });

describe('normalisation under fuzzing (seeded, 2300 answers)', () => {
  const protoKeys = Object.getOwnPropertyNames(Object.prototype).sort();
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort(), 'Object.prototype changed').to.deep.equal(protoKeys);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('random JSON and arbitrary values (600)', () => {
    run(fc.property(randomValue, (v) => void normalisesCleanly(v)), 600);
  });

  it('hostile objects: throwing getters, throwing traps, revoked proxies', () => {
    for (const answer of hostileAnswers()) normalisesCleanly(answer);
  });

  it('the documented shape with fields broken: wrong types, null, 1 MB strings, deep nesting (700); intact fields survive', () => {
    run(
      fc.property(docShape, (answer) => {
        const s = normalisesCleanly(answer);
        if (answer.CALL_ID === DOC_STATUS.CALL_ID && s.CALL_ID !== DOC_STATUS.CALL_ID) throw new Error('an intact CALL_ID was lost');
        if (answer.CRM_ENTITY_ID === 797 && s.CRM_ENTITY_ID !== 797) throw new Error('an intact CRM_ENTITY_ID was lost');
        if (answer.CRM_BINDINGS === DOC_STATUS.CRM_BINDINGS && s.CRM_BINDINGS.length !== 2) throw new Error('intact bindings were lost');
        if (answer.CALL_LIST_MODE === null && s.CALL_LIST_MODE !== false) throw new Error('a null flag became true');
      }),
      700
    );
  });

  it('the all-strings options shape, also as a JSON string (500); numeric strings become ids', () => {
    run(
      fc.property(optionsShape, (answer) => {
        const s = normalisesCleanly(answer);
        const raw = typeof answer === 'string' ? (JSON.parse(answer) as Record<string, unknown>) : (answer as Record<string, unknown>);
        const given = raw.CRM_ENTITY_ID;
        if (typeof given === 'string' && /^\s*[1-9]\d{0,14}\s*$/.test(given) && s.CRM_ENTITY_ID !== Number(given)) throw new Error(`"${given}" was not read as an id`);
        if (raw.CALL_STATE === 'undefined' && 'CALL_STATE' in s) throw new Error('"undefined" was kept');
        if (raw.CALL_LIST_MODE === 'true' && s.CALL_LIST_MODE !== true) throw new Error('"true" was not read as true');
      }),
      500
    );
  });

  it('REST error objects (300); a well-formed one is recognised', () => {
    run(
      fc.property(restError, (answer) => {
        normalisesCleanly(answer);
        const raw = typeof answer === 'string' ? (JSON.parse(answer) as Record<string, unknown>) : (answer as Record<string, unknown>);
        if (isText(raw.error) && asRestError(answer)?.error !== raw.error) throw new Error('a REST error was missed');
      }),
      300
    );
  });

  it('prototype-polluting JSON (200) never leaks __proto__ or constructor', () => {
    run(fc.property(polluting, (v) => void normalisesCleanly(v)), 200);
  });
});

describe('<b24-call-status> under fuzzed answers', () => {
  const failures: string[] = [];
  const onError = (e: ErrorEvent) => failures.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => failures.push(`unhandledrejection: ${String(e.reason)}`);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('200 answers (and the hostile objects), resolved or rejected: no uncaught error, each element ends ready or error', async () => {
    const answers = [...fc.sample(fc.tuple(anyAnswer, fc.boolean()), { seed: SEED, numRuns: 200 }), ...hostileAnswers().map((a) => [a, false] as const)];
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    try {
      for (let i = 0; i < answers.length; i += 20) {
        const batch = answers.slice(i, i + 20).map(([answer, rejects]) => {
          const el = document.createElement('b24-call-status') as B24CallStatus;
          el.transport = { call: async () => (rejects ? Promise.reject(answer) : answer) };
          box.append(el);
          return el;
        });
        await waitUntil(() => batch.every((el) => el.state !== 'loading'), 'an element stayed loading', { timeout: 10000 });
        for (const el of batch) {
          await el.updateComplete;
          expect(['ready', 'error']).to.include(el.getAttribute('state'));
          const shown = el.shadowRoot!.querySelector(el.state === 'ready' ? '[part~="state"]' : '[part~="message"]');
          expect(shown, `${el.state} is rendered: ${el.shadowRoot!.innerHTML.slice(0, 400)}`).not.to.equal(null);
        }
        box.replaceChildren();
      }
      // Let any late rejection or error surface before judging.
      await new Promise((r) => setTimeout(r, 50));
      expect(failures).to.deep.equal([]);
    } finally {
      box.remove();
    }
  });
});
