// The emulated portal's REST endpoint over HTTP, on the portal's origin:
// `npm start` (demo/serve.mjs) and the tests' server (web-test-runner.config.mjs)
// both mount `handleRest`. The answers come from demo/rest-api.js.
//
//   POST /rest/<method>.json   the legacy script: form body (text/plain), auth=…
//   POST /rest/<method>        b24jssdk: JSON body after a CORS preflight
//   OPTIONS /rest/…            the preflight
// The portal page drives its own session (same origin, not for the app):
//   POST /_emulator/rest/<session>/token   a new token, as getInitData and refreshAuth hand out
//   POST /_emulator/rest/<session>         change the failure controls (JSON body)
//   GET  /_emulator/rest/<session>         the controls and every REST request received
//   POST /_emulator/rest/<session>/reset   forget everything; release requests left hanging
import { parseQuery, RestPortal } from './rest-api.js';

const sessions = new Map();
const owners = new Map(); // token → session
let preflights = 0;
const NOBODY = new RestPortal(); // answers tokens nobody handed out

function session(id) {
  if (!sessions.has(id)) sessions.set(id, { rest: new RestPortal(), hanging: new Set() });
  return sessions.get(id);
}

function cors(req, res) {
  res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
  res.setHeader('Vary', 'Origin');
}

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function rest(req, res, method, kind) {
  const text = await readBody(req);
  const type = String(req.headers['content-type'] ?? '');
  let params;
  try {
    params = type.includes('application/json') ? JSON.parse(text || '{}') : parseQuery(text);
  } catch {
    params = {};
  }
  const auth = params && typeof params === 'object' ? params.auth : undefined;
  const owner = owners.get(auth);
  const target = owner ?? { rest: NOBODY, hanging: new Set() };
  const answer = target.rest.answer(method, params, kind);
  const entry = target.rest.requests.at(-1);
  if (entry) Object.assign(entry, { contentType: type, origin: req.headers.origin ?? '' });
  if (owner === undefined) NOBODY.requests.length = 0;
  if (answer?.drop) {
    res.destroy(); // The connection is cut: the client sees a network error.
    return;
  }
  if (!answer) {
    // Never answered: held until the session is reset or the client gives up.
    target.hanging.add(res);
    res.on('close', () => target.hanging.delete(res));
    return;
  }
  cors(req, res);
  send(res, answer.status, answer.body);
}

async function control(req, res, id, op) {
  const s = session(id);
  if (op === 'token' && req.method === 'POST') {
    const token = s.rest.issue();
    owners.set(token.AUTH_ID, s);
    return send(res, 200, token);
  }
  if (op === 'reset' && req.method === 'POST') {
    for (const r of s.hanging) r.destroy();
    for (const [token, owner] of owners) if (owner === s) owners.delete(token);
    sessions.delete(id);
    return send(res, 200, { ok: true });
  }
  if (op === '' && req.method === 'POST') {
    let changes = {};
    try {
      changes = JSON.parse((await readBody(req)) || '{}');
    } catch {
      return send(res, 400, { error: 'bad JSON' });
    }
    const state = s.rest.set(changes);
    // Once nothing hangs any more, the held requests are let go.
    if (!s.rest.controls.hang) for (const r of s.hanging) r.destroy();
    return send(res, 200, { ...state, preflights });
  }
  if (op === '' && req.method === 'GET') return send(res, 200, { ...s.rest.state(), preflights });
  return send(res, 405, { error: 'method not allowed' });
}

/** Handle the request when it is the REST endpoint or its controls; false otherwise. */
export function handleRest(req, res) {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const ctl = /^\/_emulator\/rest\/([\w-]{1,64})(?:\/(token|reset))?$/.exec(path);
  if (ctl) {
    control(req, res, ctl[1], ctl[2] ?? '').catch(() => res.destroy());
    return true;
  }
  const m = /^\/rest\/([\w.]+?)(\.json)?$/.exec(path);
  if (!m) return false;
  if (req.method === 'OPTIONS') {
    preflights++;
    cors(req, res);
    res.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
    res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] ?? 'content-type');
    res.setHeader('Access-Control-Max-Age', '0');
    res.writeHead(204).end();
    return true;
  }
  if (req.method !== 'POST') {
    cors(req, res);
    send(res, 405, { error: 'ERROR_METHOD_NOT_FOUND', error_description: 'POST only' });
    return true;
  }
  rest(req, res, m[1], m[2] ? 'legacy' : 'json').catch(() => res.destroy());
  return true;
}

/** The same, as a Koa middleware for @web/dev-server and @web/test-runner. */
export function restMiddleware() {
  return async (ctx, next) => {
    if (handleRest(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  };
}
