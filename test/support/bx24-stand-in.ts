/**
 * The legacy BX24 script in memory: the same library as the wire-level
 * stand-in (demo/bx24-wire.ts, `makeBX24`, which lists what it reproduces of
 * the real bx24.js), run over a FakePortal instead of a parent window and an
 * XHR. The library is the same code, so everything listed there holds here:
 * - with no bootstrap (`name: ''`), `BX24` is still a full object, `error` is
 *   the `Unable to initialize Bitrix24 JS library!` the script throws at load,
 *   init never fires, `getDomain()`/`getLang()` are `''`, commands throw the
 *   SyntaxError of postMessage to `https://`, callMethod throws a TypeError;
 * - getInitData is sent at creation, init callbacks run ~10 ms after its
 *   answer, `init(cb)` after init runs cb ~10 ms later;
 * - `placement.info()` is `{placement: null, options: null}` before init;
 *   `placement.call` ignores names of BX24 members;
 * - callMethod / callBatch reach `portal.rest` (demo/rest-api.js) with the
 *   form body the script sends; expired_token → refreshAuth → resend; a 5xx
 *   answer throws `'Query error!'` in a timer and never calls back; a batch
 *   whole-request error throws a TypeError there and never calls back; a
 *   cut connection (`rest.set({dropped: true})`) is the XHR's error handler.
 *
 * Not reproduced here (beyond the list in bx24-wire.ts): a real window, so
 * origins are checked against the stand-in portal's only; events reach the
 * callbacks synchronously when `portal.fire()` runs (answers and REST come
 * after `portal.delay` ms); `window.top` and `window.BX24` are left alone.
 */
import { makeBX24, type BX24Env, type BX24Script } from '../../demo/bx24-wire.js';
import { parseCommand } from '../../demo/portal.js';
import { parseQuery } from '../../demo/rest-api.js';
import { FakePortal, PORTAL_HOST, PORTAL_ORIGIN, type PortalOptions } from './fake-portal.js';

export interface BX24Options extends PortalOptions {
  /** The `window.name` the script reads; `''` is a page that is not in a Bitrix24 frame. */
  name?: string;
}

export const APP_SID = 'stand-in-sid';

export function createBX24(options: BX24Options = {}): { BX24: BX24Script; portal: FakePortal; error?: Error } {
  const portal = new FakePortal(options);
  let deliver: (e: { origin: string; data: unknown }) => void = () => {};
  const reply = (id: string, value?: unknown) => {
    if (id) deliver({ origin: PORTAL_ORIGIN, data: `${id}:${value === undefined ? '' : JSON.stringify(value)}` });
  };
  const env: BX24Env = {
    name: options.name ?? `${PORTAL_HOST}|1|${APP_SID}`,
    post(data, targetOrigin) {
      if (!/^https?:\/\/[^/]+$/.test(targetOrigin)) {
        throw new DOMException(`Failed to execute 'postMessage' on 'Window': Invalid target origin '${targetOrigin}' in a call to 'postMessage'.`, 'SyntaxError');
      }
      const cmd = parseCommand(data);
      // Posted to another origin, or with a wrong APP_SID: nobody answers.
      if (targetOrigin !== PORTAL_ORIGIN || !cmd || cmd.appSid !== APP_SID) return;
      const { command, params, callbackId } = cmd;
      if (command === 'getInitData') {
        if (portal.initDelay !== Infinity) setTimeout(() => reply(callbackId, portal.initData()), portal.initDelay);
      } else if (command === 'refreshAuth') {
        if (!portal.silent) setTimeout(() => reply(callbackId, portal.rest.issue()), portal.delay);
      } else if (command === 'placementBindEvent') {
        const event = String((params as { event?: unknown })?.event);
        if (callbackId) portal.binds.push({ event, cb: (payload) => reply(callbackId, payload) });
      } else {
        portal.handle(command, params === '' ? {} : params, (result) => reply(callbackId, result));
      }
    },
    listen(handler) {
      deliver = handler;
    },
    xhr(url, body, done, failed) {
      const method = decodeURIComponent(/\/rest\/(.+)\.json$/.exec(new URL(url).pathname)?.[1] ?? '');
      const answer = portal.rest.answer(method, parseQuery(body), 'legacy');
      if (answer?.drop) setTimeout(failed, portal.delay);
      else if (answer) setTimeout(() => done(answer.status, JSON.stringify(answer.body)), portal.delay);
    },
  };
  const { BX24, error } = makeBX24(env);
  return { BX24, portal, error };
}
