/**
 * A plain transport (`{call, bindEvent, getLang}`) over the in-memory call
 * card. Unlike the BX24 and B24Frame stand-ins it needs no frame, so tests
 * that must run in the top page (the accessibility tree) use it.
 */
import { FakePortal, type PortalOptions } from './fake-portal.js';

export function createPlain(options: PortalOptions = {}) {
  const portal = new FakePortal(options);
  const transport = {
    call: (command: string, params: object) => new Promise<unknown>((resolve) => portal.handle(command, params, resolve)),
    bindEvent(event: string, cb: (payload?: unknown) => void) {
      portal.binds.push({ event, cb });
    },
    getLang: () => portal.lang,
  };
  return { transport, portal };
}
