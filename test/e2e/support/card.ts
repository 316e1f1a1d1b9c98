/**
 * Opens the demo's call card in the test page: the page plays the portal
 * (demo/portal.ts) at http://localhost:PORT, and the app page
 * (demo/app.html) loads in its iframe from http://127.0.0.1:PORT, a
 * different origin, with a real client library inside.
 */
import { waitUntil } from '@open-wc/testing';
import { AppLink } from '../../../demo/app-link.js';
import { Portal, type CallCardEvent, type LogEntry, type PortalOptions } from '../../../demo/portal.js';

export type Lib = 'b24jssdk' | 'bx24';
export const EVENTS: CallCardEvent[] = ['CallCard::CallStateChanged', 'CallCard::EntityChanged', 'CallCard::BeforeClose'];

export interface Card {
  portal: Portal;
  link: AppLink;
  log: LogEntry[];
  lib: Lib;
  close(): void;
}

const open: Card[] = [];

export async function openCard(lib: Lib, query: Record<string, string> = {}, options: Partial<PortalOptions> = {}): Promise<Card> {
  const appUrl = new URL('/demo/app.html', `http://127.0.0.1:${location.port}`);
  for (const [k, v] of Object.entries({ lib, ...query })) appUrl.searchParams.set(k, v);
  if (appUrl.origin === location.origin) throw new Error('the app must load from another origin than the portal');
  const container = document.createElement('div');
  document.body.append(container);
  const log: LogEntry[] = [];
  const portal = new Portal(container, { appUrl: appUrl.href, log: (e) => log.push(e), ...options });
  const link = new AppLink(portal);
  const card: Card = {
    portal,
    link,
    log,
    lib,
    close() {
      link.dispose();
      portal.dispose();
      container.remove();
    },
  };
  open.push(card);
  await portal.load();
  return card;
}

export function closeCards(): void {
  open.splice(0).forEach((c) => c.close());
}

/** Wait until widget `index` has left loading, as the app reports it. */
export async function rendered(card: Card, index = 0): Promise<void> {
  await waitUntil(() => card.link.widgets[index] && card.link.widgets[index].state !== 'loading', 'the widget never rendered', { timeout: 10000 });
}

/** Wait until the portal has seen every bind; with b24jssdk, also past its 900 ms bind window. */
export async function bound(card: Card, settle = true): Promise<void> {
  await waitUntil(() => EVENTS.every((e) => card.portal.bindCount(e) >= 1), 'the events were never bound', { timeout: 10000 });
  // b24jssdk hands an event fired within 900 ms of the bind to the bind promise
  // instead; wait that window out to test the ordinary callback path.
  if (settle && card.lib === 'b24jssdk') await new Promise((r) => setTimeout(r, 1000));
}

export const widgetText = (card: Card, index = 0) => card.link.widgets[index]?.text ?? '';
