/**
 * A demo portal (this page) whose call card loads one of our probe pages
 * (test/e2e/support/*-frame.html) from the other origin, and the messages
 * that page posts back under one key. The probe channel is not Bitrix24
 * protocol: the portal ignores it. Close the card with `closeProbeCards()`.
 */
import { Portal } from '../../../demo/portal.js';

export interface ProbeCard<T> {
  portal: Portal;
  /** Every message the probe page posted under the key, in order. */
  received: T[];
  /** Post a message to the probe page. */
  post(message: unknown): void;
}

const open: Array<() => void> = [];

export async function openProbeCard<T>(page: string, query: Record<string, string>, key: string): Promise<ProbeCard<T>> {
  const appUrl = new URL(`/test/e2e/support/${page}`, `http://127.0.0.1:${location.port}`);
  for (const [k, v] of Object.entries(query)) appUrl.searchParams.set(k, v);
  const box = document.body.appendChild(document.createElement('div'));
  const portal = new Portal(box, { appUrl: appUrl.href });
  const received: T[] = [];
  const listener = (e: MessageEvent) => {
    const message = (e.data as Record<string, T> | null)?.[key];
    if (message !== undefined && e.origin === portal.appOrigin) received.push(message);
  };
  window.addEventListener('message', listener);
  open.push(() => {
    window.removeEventListener('message', listener);
    portal.dispose();
    box.remove();
  });
  await portal.load();
  return { portal, received, post: (message) => portal.iframe!.contentWindow!.postMessage(message, portal.appOrigin) };
}

export function closeProbeCards(): void {
  open.splice(0).forEach((close) => close());
}

/** Polls `check` until it holds; throws after `ms`. `poll` runs between checks (with a 50 ms pause). */
export async function until(check: () => boolean, what: string, ms = 10000, poll?: () => Promise<unknown>): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out: ${what}`);
    await (poll ? Promise.all([poll(), new Promise((r) => setTimeout(r, 50))]) : new Promise((r) => setTimeout(r, 10)));
  }
}
