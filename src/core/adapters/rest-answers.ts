/**
 * Reading REST answers (call-card-host.md, "REST from the frame"), shared by
 * the adapters: the `batch` rows Bitrix24 takes, the raw answer body, the
 * legacy script's result objects, b24jssdk's Result, and the code inside
 * whatever a library gives for an error. Pure: no browser global, and
 * b24jssdk is a shape here, never code.
 */
import { CallCardError } from '../errors.js';
import { get, isFn, type RestAnswer, type RestCalls } from './adapter.js';

type Raw = Record<string, unknown>;
const isObj = (v: unknown): v is Raw => v !== null && typeof v === 'object';
const CODE = /^[\w.-]{1,64}$/;
const asCode = (v: unknown): string | undefined => (typeof v === 'string' && CODE.test(v) ? v : undefined);

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

/** The `cmd` of a REST `batch`: key → `method?query`. */
export const rows = (calls: RestCalls) => Object.fromEntries(Object.entries(calls).map(([k, [m, p]]) => [k, `${m}?${toQuery(p)}`]));

/** The REST code inside whatever a library gives for an error; `ERROR` when it has none readable. */
export function restCode(e: unknown): string {
  if (typeof e === 'string') return asCode(e) ?? asCode(e.split(/[:\s(]/)[0]) ?? 'ERROR';
  for (const v of [get(e, 'code'), get(e, 'error'), get(get(e, 'ex'), 'error')]) {
    const code = asCode(v) ?? (isObj(v) ? asCode(get(v, 'error')) : undefined);
    if (code) return code;
  }
  const legacy = get(e, 'getError');
  if (isFn(legacy)) return asCode(get((legacy as () => unknown).call(e), 'error')) ?? 'ERROR';
  return 'ERROR';
}

/** A library's rejection as a CallCardError: only an error object with a code is a REST failure, anything else HOST_ERROR. */
export function restFailure(e: unknown): CallCardError {
  if (e instanceof CallCardError) return e;
  return new CallCardError(isObj(e) && restCode(e) !== 'ERROR' ? restCode(e) : 'HOST_ERROR');
}

/** A callback-style answer read into a promise: a throw while reading rejects it. */
export function reading<T>(resolve: (v: T) => void, reject: (e: unknown) => void) {
  return (read: () => T) => {
    try {
      resolve(read());
    } catch (e) {
      reject(restFailure(e));
    }
  };
}

/** A promise-style answer read: what `read` makes of it, or the failure as a CallCardError. */
export function readAnswer<T>(answer: unknown, read: (v: unknown) => T): Promise<T> {
  return Promise.resolve(answer).then(read).catch((e: unknown) => Promise.reject(restFailure(e)));
}

function pick(keys: string[], results: unknown, errors: unknown): Record<string, RestAnswer> {
  const out: Record<string, RestAnswer> = {};
  for (const key of keys) {
    const error = get(errors, key);
    const result = get(results, key);
    if (error !== undefined && error !== null) out[key] = { error: restCode(error) };
    else if (result !== undefined) out[key] = { result };
  }
  return out;
}

/** A raw `batch` answer body: per-command results and errors; a top-level error is thrown. */
export function fromBody(body: unknown, keys: string[]): Record<string, RestAnswer> {
  if (typeof body === 'string') body = JSON.parse(body);
  const whole = get(body, 'error');
  if (whole !== undefined) throw new CallCardError(asCode(whole) ?? 'ERROR');
  const inner = get(body, 'result');
  if (!isObj(inner)) throw new CallCardError('HOST_ERROR');
  return pick(keys, get(inner, 'result'), get(inner, 'result_error'));
}

/** The legacy `callBatch` callback's value: one result object per key. */
export function fromLegacy(results: unknown, keys: string[]): Record<string, RestAnswer> {
  const out: Record<string, RestAnswer> = {};
  for (const key of keys) {
    const r = get(results, key) as { data?: unknown; error?: unknown } | undefined;
    if (!isObj(r) || !isFn(r.data)) continue;
    const error = isFn(r.error) ? (r.error as () => unknown)() : undefined;
    out[key] = error ? { error: restCode(error) } : { result: (r.data as () => unknown)() };
  }
  return out;
}

interface SdkResultLike {
  isSuccess?: boolean;
  errors?: unknown;
  getData?(): unknown;
}
const errorsOf = (r: unknown) => (get(r, 'errors') instanceof Map ? (get(r, 'errors') as Map<string, unknown>) : new Map<string, unknown>());

/** b24jssdk's batch Result: data per key (AjaxResults, or bare results), errors in a Map by key. */
export function fromSdk(res: unknown, keys: string[]): Record<string, RestAnswer> {
  const r = res as SdkResultLike;
  const data = isFn(r?.getData) ? r.getData() : undefined;
  const errors = errorsOf(r);
  if (!keys.some((k) => errors.has(k)) && errors.size > 0) throw new CallCardError(restCode(errors.values().next().value));
  const out: Record<string, RestAnswer> = {};
  for (const key of keys) {
    const one = get(data, key) as SdkResultLike | undefined;
    if (errors.has(key)) out[key] = { error: restCode(errors.get(key)) };
    else if (isObj(one) && typeof one.isSuccess === 'boolean' && isFn(one.getData)) {
      out[key] = one.isSuccess ? { result: get(one.getData(), 'result') } : { error: restCode(errorsOf(one).values().next().value) };
    } else if (one !== undefined) out[key] = { result: one };
  }
  return out;
}

/** b24jssdk's `callMethod('batch')` AjaxResult: its body's result, or its first error. */
export function fromSdkBody(res: unknown, keys: string[]): Record<string, RestAnswer> {
  const errors = errorsOf(res);
  if (errors.size > 0) throw new CallCardError(restCode(errors.values().next().value));
  const getData = get(res, 'getData');
  return fromBody({ result: get(isFn(getData) ? (getData as () => unknown).call(res) : undefined, 'result') }, keys);
}
