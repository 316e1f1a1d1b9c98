/**
 * A stand-in for the legacy BX24 script (it cannot be installed from a
 * registry), faithful to call-card-host.md: asynchronous init, callbacks
 * that never fire outside CALL_CARD, no unbind, BeforeClose passing `[]`.
 */
import { FakePortal, type PortalOptions } from './fake-portal.js';

export function createBX24(options: PortalOptions = {}) {
  const portal = new FakePortal(options);
  let initialised = false;
  const initCallbacks: Array<() => void> = [];
  let initStarted = false;
  const startInit = () => {
    if (initStarted || portal.initDelay === Infinity) return;
    initStarted = true;
    setTimeout(() => {
      initialised = true;
      initCallbacks.splice(0).forEach((cb) => cb());
    }, portal.initDelay);
  };
  const mustInit = () => {
    if (!initialised) throw new Error('BX24: call BX24.init first');
  };
  const BX24 = {
    init(cb: () => void) {
      if (initialised) setTimeout(cb);
      else {
        initCallbacks.push(cb);
        startInit();
      }
    },
    getLang: () => portal.lang,
    openPath(path: string, cb?: () => void) {
      mustInit();
      portal.handle('openPath', { path }, () => cb?.());
    },
    placement: {
      info() {
        mustInit();
        return { placement: portal.placement, options: {} };
      },
      call(command: string, params: object, cb: (result: unknown) => void) {
        mustInit();
        portal.handle(command, params, (result) => cb(result));
      },
      bindEvent(event: string, cb: (payload?: unknown) => void) {
        mustInit();
        portal.binds.push({ event, cb: (payload) => cb(event === 'CallCard::BeforeClose' ? [] : payload) });
      },
    },
  };
  return { BX24, portal };
}
