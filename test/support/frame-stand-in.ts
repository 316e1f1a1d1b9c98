/**
 * A stand-in for a b24jssdk B24Frame with its documented quirks: a silent
 * parent resolves `{isSafely: true}` after 900 ms (scaled by `safelyMs`), and
 * an event fired within that window after `bindEvent` resolves the bind
 * promise instead of reaching the callback. The real SDK is used end to end.
 */
import { FakePortal, type PortalOptions } from './fake-portal.js';

export function createFrame(options: PortalOptions & { safelyMs?: number } = {}) {
  const portal = new FakePortal(options);
  const safelyMs = options.safelyMs ?? 900;
  const send = (command: string, params: object) =>
    new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve({ isSafely: true }), safelyMs);
      portal.handle(command, { ...params, isRawValue: false }, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
    });
  const frame = {
    getLang: () => portal.lang,
    slider: {
      getUrl: (path: string) => new URL(path, 'https://portal.example'),
      openPath: (url: URL) => send('openPath', { path: url.pathname }),
    },
    placement: {
      get placement() {
        return portal.placement;
      },
      get options() {
        return {};
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
