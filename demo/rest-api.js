// The REST side of the emulated portal, without any transport: a small CRM
// fixture, the tokens the portal handed out, the failure controls, and the
// answers Bitrix24 gives to `crm.item.get` and `batch` (call-card-host.md,
// "REST from the frame"). Plain ESM with no Node or DOM API, so that the
// HTTP server (demo/rest-server.mjs) and the in-memory stand-ins share it.

/** entityTypeId per CRM type name; DYNAMIC_<n> is n. */
const TYPE_IDS = { LEAD: 1, DEAL: 2, CONTACT: 3, COMPANY: 4, QUOTE: 7, SMART_INVOICE: 31 };

/** `CONTACT:797` (or `3:797`) → `3:797`; undefined when it is not an item. */
export function itemKey(ref) {
  const [type, id] = String(ref).trim().toUpperCase().split(':');
  const dynamic = /^DYNAMIC_(\d+)$/.exec(type ?? '');
  const typeId = /^\d+$/.test(type ?? '') ? Number(type) : dynamic ? Number(dynamic[1]) : TYPE_IDS[type];
  return typeId && /^\d+$/.test(id ?? '') ? `${typeId}:${Number(id)}` : undefined;
}

/** The items of demo/doc-status.js, and one of each other type, as crm.item.get returns them. */
export const CRM_FIXTURE = {
  '3:797': { id: 797, name: 'Ivan', secondName: '', lastName: 'Petrov' },
  '2:4615': { id: 4615, title: 'Website redesign' },
  '4:643': { id: 643, title: 'Acme LLC' },
  '1:311': { id: 311, title: 'Callback request from the site' },
  '7:18': { id: 18, title: 'Quote: support for 2027' },
  '31:25': { id: 25, title: 'Invoice 25 for Acme LLC' },
  '128:7': { id: 7, title: 'Onboarding: Acme LLC' },
};

const ERRORS = {
  NO_AUTH_FOUND: [401, 'Wrong authorization data'],
  invalid_token: [401, 'The access token provided is invalid.'],
  expired_token: [401, 'The access token provided has expired.'],
  insufficient_scope: [401, 'The request requires higher privileges than provided by the access token'],
  QUERY_LIMIT_EXCEEDED: [503, 'Too many requests'],
  ACCESS_DENIED: [403, 'Access denied.'],
  NOT_FOUND: [400, 'Element not found'],
  ERROR_METHOD_NOT_FOUND: [404, 'Method not found!'],
  INVALID_ARG_VALUE: [400, 'Invalid value for entityTypeId or id'],
};
const fail = (code) => ({ status: ERRORS[code][0], body: { error: code, error_description: ERRORS[code][1] } });
const time = () => ({ start: Date.now() / 1000, finish: Date.now() / 1000, duration: 0.001 });

/**
 * Reads a PHP-style query string (`cmd[a]=x&halt=0`, `select[]=id`) into
 * nested objects, as Bitrix24 reads the legacy script's form body.
 */
export function parseQuery(text) {
  const out = {};
  for (const [rawKey, value] of new URLSearchParams(String(text))) {
    const path = rawKey.match(/^[^[]+|\[[^\]]*\]/g) ?? [rawKey];
    let node = out;
    path.forEach((part, i) => {
      const key = part.startsWith('[') ? part.slice(1, -1) : part;
      const last = i === path.length - 1;
      const name = key === '' ? String(Object.keys(node).length) : key;
      if (last) node[name] = value;
      else node = node[name] = typeof node[name] === 'object' && node[name] !== null ? node[name] : {};
    });
  }
  return out;
}

/**
 * Form-encodes params as the legacy script does: PHP-style brackets for
 * nested objects and arrays, `name=` for an empty array, dates as JSON,
 * null as nothing, other values through encodeURIComponent; the plain values
 * first, then the nested ones.
 */
export function formEncode(data, prefix = '') {
  if (data === null || data === undefined) return '';
  if (typeof data !== 'object') return String(data);
  const plain = [];
  const nested = [];
  for (const key of Object.keys(data)) {
    const name = prefix ? `${prefix}[${encodeURIComponent(key)}]` : encodeURIComponent(key);
    const value = data[key];
    if (value === null) continue;
    if (typeof value !== 'object') plain.push(`${name}=${encodeURIComponent(value)}`);
    else if (value instanceof Date) nested.push(`${name}=${encodeURIComponent(value.toJSON())}`);
    else if (Array.isArray(value) && value.length === 0) nested.push(`${name}=`);
    else nested.push(formEncode(value, name));
  }
  return [...plain, ...nested].filter(Boolean).join('&');
}

/** Default controls: every failure off. */
export const NO_FAILURES = Object.freeze({
  /** The app has no `crm` scope: crm.item.get answers insufficient_scope. */
  noScope: false,
  /** Items (`CONTACT:797`) the user may not read: ACCESS_DENIED. */
  denied: [],
  /** 'once': the tokens handed out so far are expired; 'always': every token is. */
  expired: false,
  /** Every request answers 503 QUERY_LIMIT_EXCEEDED. */
  rateLimited: false,
  /** Requests are never answered. */
  hang: false,
  /** The connection is cut before any answer: a network error. */
  dropped: false,
});

export class RestPortal {
  #serial = 0;

  constructor() {
    this.controls = { ...NO_FAILURES, denied: [] };
    /** token → { expired } */
    this.tokens = new Map();
    /** Every REST request received: { method, kind, auth, status } (status undefined when not answered). */
    this.requests = [];
  }

  /** A new access token, as getInitData and refreshAuth hand out. */
  issue() {
    const n = ++this.#serial;
    const rand = Math.random().toString(36).slice(2, 10);
    const auth = `auth-${n}-${rand}`;
    this.tokens.set(auth, { expired: this.controls.expired === 'always' });
    return { AUTH_ID: auth, REFRESH_ID: `refresh-${n}-${rand}`, AUTH_EXPIRES: '3600' };
  }

  /** Change some controls; `expired: 'once'` expires the tokens handed out until now. */
  set(changes = {}) {
    const c = this.controls;
    if ('noScope' in changes) c.noScope = changes.noScope === true;
    if ('denied' in changes) c.denied = (Array.isArray(changes.denied) ? changes.denied : []).map(itemKey).filter(Boolean);
    if ('rateLimited' in changes) c.rateLimited = changes.rateLimited === true;
    if ('hang' in changes) c.hang = changes.hang === true;
    if ('dropped' in changes) c.dropped = changes.dropped === true;
    if ('expired' in changes) {
      c.expired = changes.expired === 'once' || changes.expired === 'always' ? changes.expired : false;
      if (c.expired) for (const t of this.tokens.values()) t.expired = true;
    }
    return this.state();
  }

  state() {
    return { controls: { ...this.controls, denied: [...this.controls.denied] }, requests: this.requests.map((r) => ({ ...r })) };
  }

  /** Count of the requests for `method` (all when omitted), preflights excluded. */
  count(method) {
    return this.requests.filter((r) => r.kind !== 'preflight' && (method === undefined || r.method === method)).length;
  }

  /**
   * Answer one REST request. `params` is already parsed (form or JSON) and
   * holds `auth`. Returns { status, body }; { status: 0, drop: true } when
   * the connection is to be cut; undefined when the portal never answers.
   */
  answer(method, params, kind = 'legacy') {
    const auth = params && typeof params === 'object' ? params.auth : undefined;
    const entry = { method, kind, auth: typeof auth === 'string' ? auth : undefined, status: undefined };
    // A batch's rows (`crm.item.get?entityTypeId=3&id=797`), for tests that count items.
    if (method === 'batch' && params && typeof params.cmd === 'object' && params.cmd) entry.commands = Object.values(params.cmd).map(String);
    this.requests.push(entry);
    const out = this.#answer(method, params ?? {});
    if (out) entry.status = out.status;
    return out;
  }

  #answer(method, params) {
    if (this.controls.hang) return undefined;
    if (this.controls.dropped) return { status: 0, body: null, drop: true };
    if (this.controls.rateLimited) return fail('QUERY_LIMIT_EXCEEDED');
    if (typeof params.auth !== 'string' || params.auth === '') return fail('NO_AUTH_FOUND');
    const token = this.tokens.get(params.auth);
    if (!token) return fail('invalid_token');
    if (token.expired) return fail('expired_token');
    if (method === 'batch') return this.#batch(params);
    const one = this.#method(method, params);
    return one.status === 200 ? { status: 200, body: { result: one.body.result, time: time() } } : one;
  }

  #method(method, params) {
    if (method !== 'crm.item.get') return fail('ERROR_METHOD_NOT_FOUND');
    if (this.controls.noScope) return fail('insufficient_scope');
    const key = itemKey(`${params.entityTypeId}:${params.id}`);
    if (!key) return fail('INVALID_ARG_VALUE');
    if (this.controls.denied.includes(key)) return fail('ACCESS_DENIED');
    const item = CRM_FIXTURE[key];
    return item ? { status: 200, body: { result: { item: { ...item } } } } : fail('NOT_FOUND');
  }

  // Each command answers on its own; an error stays in result_error. Empty
  // maps go out as [], as PHP encodes them.
  #batch(params) {
    const cmd = params.cmd && typeof params.cmd === 'object' ? params.cmd : {};
    const halt = String(params.halt) === '1' || params.halt === true;
    const result = {};
    const errors = {};
    const times = {};
    for (const [key, row] of Object.entries(cmd)) {
      const text = String(row);
      const at = text.indexOf('?');
      const sub = this.#method(at < 0 ? text : text.slice(0, at), at < 0 ? {} : parseQuery(text.slice(at + 1)));
      if (sub.status === 200) {
        result[key] = sub.body.result;
        times[key] = time();
      } else {
        errors[key] = sub.body;
        if (halt) break;
      }
    }
    const map = (o) => (Object.keys(o).length ? o : []);
    return {
      status: 200,
      body: { result: { result: map(result), result_error: map(errors), result_total: [], result_next: [], result_time: map(times) }, time: time() },
    };
  }
}
