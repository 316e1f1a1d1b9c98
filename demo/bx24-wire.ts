/**
 * A wire-level stand-in for the legacy BX24 script (`//api.bitrix24.com/api/v1/`),
 * which cannot be installed from a registry. Like the real one (call-card-host.md
 * §2, §3) it reads DOMAIN, PROTOCOL and APP_SID from window.name only, throws and
 * leaves `window.BX24` null outside a frame, sends `getInitData` at once and runs
 * `BX24.init` callbacks only when it is answered, posts `cmd:{json}:cbid:sid`,
 * keeps every callbackId forever, never fires a callback the parent does not
 * answer, and has no unbind.
 */
import type { BX24Like } from '../src/host.js';

type Callback = (result: unknown) => void;

interface InitData {
  LANG?: string;
  PLACEMENT?: string;
  PLACEMENT_OPTIONS?: unknown;
}

/** What loading the script does to `win`: sets `win.BX24`, or throws and leaves it null. */
export function loadBX24(win: Window = window): BX24Like {
  const host = win as Window & { BX24?: BX24Like | null };
  const [domain, protocol, appSid] = win.name.split('|');
  if (win.parent === win || !domain || !appSid) {
    host.BX24 = null;
    throw new Error('Unable to initialize Bitrix24 JS library!');
  }
  const origin = `${protocol === '1' ? 'https' : 'http'}://${domain}`;
  const callbacks = new Map<string, Callback>();
  let seq = 0;
  let init: InitData | undefined;
  const waiting: Array<() => void> = [];

  const send = (command: string, params: object | undefined, cb?: Callback) => {
    const id = cb ? `${Date.now().toString(36)}${(seq++).toString(36)}` : '';
    if (cb) callbacks.set(id, cb);
    win.parent.postMessage(`${command}:${params === undefined ? '' : JSON.stringify(params)}:${id}:${appSid}`, origin);
  };

  win.addEventListener('message', (e) => {
    if (e.origin !== origin || typeof e.data !== 'string') return;
    const at = e.data.indexOf(':');
    if (at < 0) return;
    const cb = callbacks.get(e.data.slice(0, at));
    const args = e.data.slice(at + 1);
    if (!cb) return;
    // An answer or event with no argument reaches the callback as [].
    let value: unknown = [];
    if (args) {
      try {
        value = JSON.parse(args);
      } catch {
        return;
      }
    }
    cb(value);
  });

  const mustInit = () => {
    if (!init) throw new Error('BX24: wait for BX24.init');
    return init;
  };

  send('getInitData', undefined, (data) => {
    init = (data ?? {}) as InitData;
    waiting.splice(0).forEach((cb) => cb());
  });

  const BX24: BX24Like = {
    init(cb) {
      if (init) cb();
      else waiting.push(cb);
    },
    getLang: () => mustInit().LANG ?? 'en',
    openPath: (path, cb) => send('openPath', { path }, () => cb?.()),
    placement: {
      info: () => ({ placement: mustInit().PLACEMENT, options: mustInit().PLACEMENT_OPTIONS }),
      call: (command, params, cb) => send(command, params ?? {}, cb),
      bindEvent: (event, cb) => send('placementBindEvent', { event }, cb),
    },
  };
  host.BX24 = BX24;
  return BX24;
}
