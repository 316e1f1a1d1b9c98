/**
 * REST through the host's own access (call-card-host.md, "REST from the
 * frame"): one `batch` request per call, over whichever library the page
 * has. Every call is bounded by its own timer, since neither library
 * promises an answer: the legacy script never calls back on a 5xx answer or
 * a whole-request batch error, and a b24jssdk request can hang for minutes.
 * No browser global is touched, and b24jssdk is a type here, never code.
 */

import { boundMs } from './host.js';

/** One command's answer: its `result`, or its REST error code. */
export interface RestAnswer {
  result?: unknown;
  error?: string;
}

export type RestCalls = Record<string, [method: string, params: object]>;

export interface Rest {
  /**
   * Send `calls` as one REST `batch` (halt off). Resolves with an entry per
   * command that answered; a command the answer does not mention is left
   * out. Rejects only with a RestError: `TIMEOUT` after `ms`, the REST code
   * of a whole-request failure (`insufficient_scope`, `QUERY_LIMIT_EXCEEDED`,
   * `expired_token`…), or `HOST_ERROR` when the library threw or answered
   * nonsense. Never throws synchronously; leaves no rejection unhandled.
   */
  batch(calls: RestCalls, ms: number): Promise<Record<string, RestAnswer>>;
}

/** A failure of a whole REST request, with its code. */
export class RestError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * A plain transport's REST: `callMethod(method, params)` returns (or
 * resolves to) the parsed REST answer body, as `fetch(...).json()` gives it:
 * `{result}` or `{error, error_description}`; for `batch`,
 * `{result: {result: {key: …}, result_error: {key: {error, error_description}}}}`.
 * A JSON string of that is read too. Batch commands arrive as
 * `cmd: {key: 'method?query'}`, as Bitrix24's `batch` takes them.
 */
export interface PlainRest {
  callMethod(method: string, params: object): unknown;
}

// The shapes read from the two libraries; structural, so that no SDK code is pulled in.
interface LegacyResult {
  data(): unknown;
  error(): unknown;
}
interface LegacyBX24 {
  callBatch?(calls: object, cb: (results: unknown) => void, halt?: boolean): void;
  callMethod?(method: string, params: object, cb: (result: LegacyResult) => void): void;
}
interface SdkResultLike {
  isSuccess?: boolean;
  errors?: unknown;
  getData?(): unknown;
}
interface SdkFrame {
  actions?: { v2?: { batch?: { make?(o: { calls: object; options: object }): PromiseLike<unknown> } } };
  callBatch?(calls: object, isHaltOnError?: boolean, returnAjaxResult?: boolean): PromiseLike<unknown>;
  callMethod?(method: string, params: object): PromiseLike<unknown>;
}

const CODE = /^[\w.-]{1,64}$/;

type Raw = Record<string, unknown>;
const isFn = (v: unknown): v is (...a: never[]) => unknown => typeof v === 'function';
const isObj = (v: unknown): v is Raw => v !== null && typeof v === 'object';
const get = (o: unknown, key: string): unknown => (isObj(o) ? o[key] : undefined);
const codeOf = (v: unknown): string | undefined => (typeof v === 'string' && CODE.test(v) ? v : undefined);

/** `a=1&b[c]=2`: the query part of a batch row, as Bitrix24 reads it. */
function toQuery(params: unknown, prefix = ''): string {
  if (!isObj(params)) return '';
  return Object.keys(params)
    .map((k) => {
      const name = prefix ? `${prefix}[${encodeURIComponent(k)}]` : encodeURIComponent(k);
      const v = params[k];
      return isObj(v) ? toQuery(v, name) : v === undefined || v === null ? '' : `${name}=${encodeURIComponent(String(v))}`;
    })
    .filter(Boolean)
    .join('&');
}

const rows = (calls: RestCalls) => Object.fromEntries(Object.entries(calls).map(([k, [m, p]]) => [k, `${m}?${toQuery(p)}`]));

/** The error code inside whatever a library gives for an error; `ERROR` when it has none readable. */
function errorCode(e: unknown): string {
  if (typeof e === 'string') return codeOf(e) ?? codeOf(e.split(/[:\s(]/)[0]) ?? 'ERROR';
  for (const v of [get(e, 'code'), get(e, 'error'), get(get(e, 'ex'), 'error')]) {
    const code = codeOf(v) ?? (isObj(v) ? codeOf(get(v, 'error')) : undefined);
    if (code) return code;
  }
  const legacy = get(e, 'getError');
  if (isFn(legacy)) return codeOf(get((legacy as () => unknown).call(e), 'error')) ?? 'ERROR';
  return 'ERROR';
}

/** Read a raw `batch` answer body: per-command results and errors; a top-level error is thrown. */
function fromBody(body: unknown, keys: string[]): Record<string, RestAnswer> {
  if (typeof body === 'string') body = JSON.parse(body);
  const whole = get(body, 'error');
  if (whole !== undefined) throw new RestError(codeOf(whole) ?? 'ERROR');
  const inner = get(body, 'result');
  if (!isObj(inner)) throw new RestError('HOST_ERROR');
  return pick(keys, get(inner, 'result'), get(inner, 'result_error'));
}

function pick(keys: string[], results: unknown, errors: unknown): Record<string, RestAnswer> {
  const out: Record<string, RestAnswer> = {};
  for (const key of keys) {
    const error = get(errors, key);
    const result = get(results, key);
    if (error !== undefined && error !== null) out[key] = { error: errorCode(error) };
    else if (result !== undefined) out[key] = { result };
  }
  return out;
}

/** The legacy callback's value: one result object per key. */
function fromLegacy(results: unknown, keys: string[]): Record<string, RestAnswer> {
  const out: Record<string, RestAnswer> = {};
  for (const key of keys) {
    const r = get(results, key) as LegacyResult | undefined;
    if (!isObj(r) || !isFn(r.data)) continue;
    const error = isFn(r.error) ? r.error() : undefined;
    out[key] = error ? { error: errorCode(error) } : { result: r.data() };
  }
  return out;
}

/** b24jssdk's Result: data per key (AjaxResults, or bare results), errors in a Map by key. */
function fromSdk(res: unknown, keys: string[]): Record<string, RestAnswer> {
  const r = res as SdkResultLike;
  const data = isFn(r?.getData) ? r.getData() : undefined;
  const errors = r?.errors instanceof Map ? (r.errors as Map<string, unknown>) : new Map<string, unknown>();
  if (!keys.some((k) => errors.has(k)) && errors.size > 0) throw new RestError(errorCode(errors.values().next().value));
  const out: Record<string, RestAnswer> = {};
  for (const key of keys) {
    const one = get(data, key) as SdkResultLike | undefined;
    if (errors.has(key)) out[key] = { error: errorCode(errors.get(key)) };
    else if (isObj(one) && typeof one.isSuccess === 'boolean' && isFn(one.getData)) {
      out[key] = one.isSuccess ? { result: get(one.getData(), 'result') } : { error: errorCode((one.errors as Map<string, unknown>)?.values?.().next().value) };
    } else if (one !== undefined) out[key] = { result: one };
  }
  return out;
}


/**
 * Run `start` under a timer: it gets `done` for the answer and `fail` for an
 * error; whatever comes first settles, and a throw in `start` is HOST_ERROR.
 */
function bounded<T>(ms: number, start: (done: (v: T) => void, fail: (e: unknown) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let over = false;
    const finish = (f: () => void) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      try {
        f();
      } catch (e) {
        reject(e instanceof RestError ? e : new RestError('HOST_ERROR'));
      }
    };
    const timer = setTimeout(() => finish(() => reject(new RestError('TIMEOUT'))), boundMs(ms));
    try {
      start(
        (v) => finish(() => resolve(v)),
        (e) => finish(() => reject(e instanceof RestError ? e : new RestError('HOST_ERROR')))
      );
    } catch {
      finish(() => reject(new RestError('HOST_ERROR')));
    }
  });
}

/** A promise's outcome fed to done/fail, with its rejection always handled. */
function settle<T>(p: unknown, read: (v: unknown) => T, done: (v: T) => void, fail: (e: unknown) => void) {
  Promise.resolve(p).then(
    (v) => {
      try {
        done(read(v));
      } catch (e) {
        fail(e);
      }
    },
    // Only an error object with a code is a REST failure; anything else the library threw is its own.
    (e: unknown) => fail(new RestError(isObj(e) && errorCode(e) !== 'ERROR' ? errorCode(e) : 'HOST_ERROR'))
  );
}

function legacyRest(bx: LegacyBX24): Rest {
  return {
    batch: (calls, ms) =>
      bounded(ms, (done, fail) => {
        const keys = Object.keys(calls);
        const read = (f: () => Record<string, RestAnswer>) => {
          try {
            done(f());
          } catch (e) {
            fail(e);
          }
        };
        if (isFn(bx.callBatch)) bx.callBatch({ ...calls }, (results) => read(() => fromLegacy(results, keys)), false);
        else
          bx.callMethod!('batch', { halt: 0, cmd: rows(calls) }, (res) =>
            read(() => {
              const error = res.error();
              if (error) throw new RestError(errorCode(error));
              return fromBody({ result: res.data() }, keys);
            })
          );
      }),
  };
}

function sdkRest(frame: SdkFrame): Rest {
  return {
    batch: (calls, ms) =>
      bounded(ms, (done, fail) => {
        const keys = Object.keys(calls);
        const options = { isHaltOnError: false, returnAjaxResult: true };
        // actions.v2.batch is what the deprecated callBatch calls, without its console warning.
        const make = frame.actions?.v2?.batch?.make;
        if (isFn(make)) settle(make.call(frame.actions!.v2!.batch, { calls: { ...calls }, options }), (v) => fromSdk(v, keys), done, fail);
        else if (isFn(frame.callBatch)) settle(frame.callBatch({ ...calls }, false, true), (v) => fromSdk(v, keys), done, fail);
        else
          settle(
            frame.callMethod!('batch', { halt: 0, cmd: rows(calls) }),
            (v) => {
              const r = v as SdkResultLike;
              const errors = r?.errors instanceof Map ? (r.errors as Map<string, unknown>) : undefined;
              if (errors && errors.size > 0) throw new RestError(errorCode(errors.values().next().value));
              return fromBody({ result: get(isFn(r?.getData) ? r.getData() : undefined, 'result') }, keys);
            },
            done,
            fail
          );
      }),
  };
}

function plainRest(t: PlainRest): Rest {
  return {
    batch: (calls, ms) =>
      bounded(ms, (done, fail) => {
        const keys = Object.keys(calls);
        settle(t.callMethod('batch', { halt: 0, cmd: rows(calls) }), (v) => fromBody(v, keys), done, fail);
      }),
  };
}

// A promise of a transport (initializeB24Frame()): its REST once it resolves, within the same bound.
function laterRest(pending: PromiseLike<unknown>): Rest {
  return {
    batch: (calls, ms) => {
      const started = Date.now();
      return bounded(ms, (done, fail) =>
        settle(
          pending,
          (t) => t,
          (t) => {
            const rest = restFor(t);
            if (!rest) return fail(new RestError('HOST_ERROR'));
            rest.batch(calls, Math.max(1, boundMs(ms) - (Date.now() - started))).then(done, fail);
          },
          () => fail(new RestError('HOST_ERROR'))
        )
      );
    },
  };
}

/**
 * The REST access of a transport, told apart by shape as the host adapters
 * do: legacy BX24 (`callBatch`, else `callMethod('batch')`), a b24jssdk
 * B24Frame (`actions.v2.batch.make`, else `callBatch`, else
 * `callMethod('batch')`), a plain transport with `callMethod` (see
 * PlainRest), or a promise of one. Undefined when it has none.
 */
export function restFor(transport: unknown): Rest | undefined {
  // One Rest per transport, so that what is cached by Rest is cached by transport.
  if ((typeof transport !== 'object' || transport === null) && typeof transport !== 'function') return undefined;
  const known = made.get(transport);
  if (known) return known;
  const rest = make(transport);
  if (rest) made.set(transport, rest);
  return rest;
}

const made = new WeakMap<object, Rest>();

function make(transport: object): Rest | undefined {
  try {
    const t = transport as Raw;
    if (isFn(t.then)) return laterRest(t as unknown as PromiseLike<unknown>);
    const placement = t.placement;
    const rest = isFn(t.callBatch) || isFn(t.callMethod);
    if (isFn(get(placement, 'info')) && isFn(t.init)) return rest ? legacyRest(t as LegacyBX24) : undefined;
    if (isFn(get(placement, 'call')) && isFn(get(placement, 'bindEvent'))) {
      return rest || isFn(get(get(get(t.actions, 'v2'), 'batch'), 'make')) ? sdkRest(t as SdkFrame) : undefined;
    }
    return isFn(t.callMethod) ? plainRest(t as unknown as PlainRest) : undefined;
  } catch {
    return undefined; // A hostile transport (throwing getters, a revoked Proxy) has no REST.
  }
}
