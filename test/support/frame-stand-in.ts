/**
 * A stand-in for a b24jssdk B24Frame (2.2.0) over a FakePortal. The real SDK
 * runs end to end in test/e2e; this one keeps unit tests fast.
 *
 * Reproduced from the SDK's dist/esm:
 * - a silent parent resolves `{isSafely: true}` after 900 ms (`safelyMs`);
 *   an event fired within that window after `bindEvent` resolves the bind
 *   promise instead of reaching the callback; BeforeClose passes `''`;
 * - `placement.placement` and `placement.options` (the init data's
 *   PLACEMENT_OPTIONS: the status with string values);
 * - REST through `portal.rest` with the SDK's semantics: `callMethod` resolves
 *   an AjaxResult (`isSuccess`, `getData().result`, `getErrorMessages()`);
 *   `callBatch(calls, isHaltOnError = true, returnAjaxResult = false)` and
 *   `actions.v2.batch.make({calls, options})` resolve a Result whose
 *   `errors` Map holds each failed command's error under its key; a
 *   whole-request error rejects with an error carrying `code` and `status`;
 *   401 expired_token / invalid_token → a new token, then one retry; 503 and
 *   a cut connection → up to 3 attempts, `retryMs` apart; a REST that never answers never
 *   settles (the SDK's 30 s axios timeout is not reproduced).
 *
 * Not reproduced: the SDK's rate limiter and adaptive delays, its logger and
 * the deprecation warnings of callMethod/callBatch, qs-style encoding (the
 * batch rows use the legacy form encoding, equal for flat params).
 */
import { formEncode } from '../../demo/rest-api.js';
import { FakePortal, type PortalOptions } from './fake-portal.js';

/** As the SDK's AjaxError: a message, a code and an HTTP status. */
export class FrameRestError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    description = ''
  ) {
    super(`${code}${description ? `: ${description}` : ''}`);
  }
}

/** As the SDK's Result. */
export class FrameResult<T = unknown> {
  readonly errors = new Map<string, Error>();
  constructor(protected data: T) {}
  get isSuccess() {
    return this.errors.size === 0;
  }
  getData(): T | undefined {
    return this.data;
  }
  getErrorMessages() {
    return [...this.errors.values()].map((e) => e.message);
  }
}

/** As the SDK's AjaxResult: an error in the answer is its `base-error`. */
export class FrameAjaxResult extends FrameResult<{ result: unknown; time?: unknown }> {
  constructor(
    answer: { result?: unknown; error?: unknown; error_description?: unknown; time?: unknown },
    readonly status: number
  ) {
    super({ result: answer.result, time: answer.time });
    if (answer.error) this.errors.set('base-error', new FrameRestError(String(answer.error), status, String(answer.error_description ?? '')));
  }
  override getData() {
    return this.isSuccess ? this.data : undefined;
  }
  getStatus() {
    return this.status;
  }
}

type Calls = Record<string, unknown> | unknown[];

export function createFrame(options: PortalOptions & { safelyMs?: number; retryMs?: number } = {}) {
  const portal = new FakePortal(options);
  const safelyMs = options.safelyMs ?? 900;
  const retryMs = options.retryMs ?? 1000;
  let auth = portal.rest.issue().AUTH_ID;
  const send = (command: string, params: object) =>
    new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve({ isSafely: true }), safelyMs);
      portal.handle(command, { ...params, isRawValue: false }, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
    });

  // One POST of JSON, as axios sends it; never settles when the portal never answers.
  const post = (method: string, params: object) =>
    new Promise<{ status: number; body: Record<string, unknown> }>((resolve) => {
      const answer = portal.rest.answer(method, JSON.parse(JSON.stringify({ ...params, auth })), 'json');
      // A cut connection is axios's ERR_NETWORK, which the SDK calls NETWORK_ERROR.
      const wire = answer?.drop ? { status: 0, body: { error: 'NETWORK_ERROR' } } : answer;
      if (wire) setTimeout(() => resolve(wire as { status: number; body: Record<string, unknown> }), portal.delay);
    });

  async function call(method: string, params: object = {}): Promise<FrameAjaxResult> {
    for (let attempt = 0; ; attempt++) {
      let a = await post(method, params);
      const code = () => String(a.body.error ?? '');
      if (a.status === 401 && ['expired_token', 'invalid_token'].includes(code())) {
        auth = portal.rest.issue().AUTH_ID;
        a = await post(method, params);
      }
      if (a.status >= 200 && a.status < 300) return new FrameAjaxResult(a.body, a.status);
      if ((a.status === 503 || a.status === 0) && attempt < 2) {
        await new Promise((r) => setTimeout(r, retryMs));
        continue;
      }
      throw new FrameRestError(code() || 'JSSDK_AXIOS_ERROR', a.status, String(a.body.error_description ?? ''));
    }
  }

  async function batch(calls: Calls, o: { isHaltOnError?: boolean; returnAjaxResult?: boolean } = {}) {
    const rows = Object.entries(calls as Record<string, unknown>).map(([key, row]) => {
      const [method, params] = Array.isArray(row) ? row : [(row as { method?: unknown }).method, (row as { params?: unknown }).params];
      if (typeof method !== 'string') throw new FrameRestError('JSSDK_INTERACTION_BATCH_ROW_FAIL', 500);
      return [key, `${method}?${formEncode(params ?? {})}`] as const;
    });
    if (rows.length === 0) throw new FrameRestError('JSSDK_BATCH_EMPTY', 400);
    const halt = o.isHaltOnError ?? true;
    const res = await call('batch', { halt: halt ? 1 : 0, cmd: Object.fromEntries(rows) });
    const out = new FrameResult<Record<string, unknown>>({});
    if (!res.isSuccess) {
      res.errors.forEach((e, k) => out.errors.set(k, e));
      return out;
    }
    const inner = (res.getData()?.result ?? {}) as Record<string, Record<string, unknown> | undefined>;
    for (const [key] of rows) {
      const data = inner.result?.[key];
      const error = inner.result_error?.[key] as { error?: unknown; error_description?: unknown } | undefined;
      if (data === undefined && error === undefined) continue;
      const one = new FrameAjaxResult({ result: data, error: error?.error, error_description: error?.error_description }, res.status);
      if (!one.isSuccess) out.errors.set(key, one.errors.get('base-error')!);
      if (o.returnAjaxResult) out.getData()![key] = one;
      else if (one.isSuccess) out.getData()![key] = data;
    }
    return out;
  }

  const frame = {
    getLang: () => portal.lang,
    slider: {
      getUrl: (path: string) => new URL(path, 'https://portal.example'),
      openPath: (url: URL) => send('openPath', { path: url.pathname }),
    },
    callMethod: (method: string, params?: object) => call(method, params),
    callBatch: (calls: Calls, isHaltOnError?: boolean, returnAjaxResult?: boolean) => batch(calls, { isHaltOnError, returnAjaxResult }),
    actions: {
      v2: {
        call: { make: (o: { method: string; params?: object }) => call(o.method, o.params) },
        batch: { make: (o: { calls: Calls; options?: { isHaltOnError?: boolean; returnAjaxResult?: boolean } }) => batch(o.calls, o.options) },
      },
    },
    placement: {
      get placement() {
        return portal.placement;
      },
      get options() {
        return portal.options;
      },
      call: (command: string, params: object = {}) => send(command, params),
      bindEvent(event: string, cb: (payload?: unknown) => void) {
        portal.received.push({ command: 'placementBindEvent', params: { event } });
        return new Promise<unknown>((resolve) => {
          let early = true;
          const timer = setTimeout(() => ((early = false), resolve({ isSafely: true })), safelyMs);
          portal.binds.push({
            event,
            cb: (payload) => {
              const value = event === 'CallCard::BeforeClose' ? '' : payload;
              if (early) {
                early = false;
                clearTimeout(timer);
                resolve(value);
              } else cb(value);
            },
          });
        });
      },
    },
  };
  return { frame, portal };
}
