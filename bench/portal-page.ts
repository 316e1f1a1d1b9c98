/**
 * The bench's portal page: the demo's emulated portal (demo/portal.ts) with a
 * call card whose app comes from another origin. Beside the Bitrix24
 * protocol it echoes `bench-echo:*` strings (the bare round trip) and fires
 * CallStateChanged when the app asks with `{benchFire}`, so the app frame can
 * drive its own loops.
 */
import { Portal, type CallCardEvent } from '../demo/portal.js';

const EVENTS: CallCardEvent[] = ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose'];
const appUrl = new URLSearchParams(location.search).get('app')!;
const portal = new Portal(document.body.appendChild(document.createElement('div')), { appUrl });

window.addEventListener('message', (e) => {
  const app = portal.iframe?.contentWindow;
  if (!app || e.source !== app || e.origin !== portal.appOrigin) return;
  if (typeof e.data === 'string' && e.data.startsWith('bench-echo:')) app.postMessage(e.data, e.origin);
  const fire = (e.data as { benchFire?: string } | null)?.benchFire;
  if (fire) portal.setCallState(fire);
});

const bench = {
  /** A fresh call card with the app on `lib`; binds and counts start over with the new page. */
  async load(lib: string): Promise<void> {
    const url = new URL(appUrl);
    url.searchParams.set('lib', lib);
    portal.appUrl = url.href;
    await portal.load();
  },
  /** What the portal has received so far: every command, getStatus, and the binds per event. */
  counts: () => ({
    commands: portal.received.length,
    getStatus: portal.count('getStatus'),
    binds: EVENTS.map((e) => portal.bindCount(e)),
  }),
};

export type PortalBench = typeof bench;
(window as unknown as { portalBench: PortalBench }).portalBench = bench;
