/**
 * Mounting and reading `<b24-call-status>` in tests: place it on a transport,
 * wait until it has settled, read its parts, and catch anything that escapes
 * to the page.
 */
import { waitUntil } from '@open-wc/testing';
import type { B24CallStatus } from '../../src/index.js';

/** Attach an element to the body, attributes first; without a transport it uses `window.BX24`. */
export function place(transport?: unknown, attrs: Record<string, string> = {}, parent: Node = document.body): B24CallStatus {
  const el = document.createElement('b24-call-status');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  if (transport !== undefined) el.transport = transport as B24CallStatus['transport'];
  parent.appendChild(el);
  return el;
}

/** Wait until the element has left `loading` and rendered that. */
export async function settled(el: B24CallStatus, timeout = 8000): Promise<B24CallStatus> {
  await waitUntil(() => el.state !== 'loading', `still loading: ${el.shadowRoot?.textContent}`, { timeout });
  await el.updateComplete;
  return el;
}

export const mount = (transport?: unknown, attrs: Record<string, string> = {}) => settled(place(transport, attrs));

export const part = (el: B24CallStatus, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);

export const parts = (el: B24CallStatus, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];

/** The text of a part, whitespace collapsed; undefined when the part is not rendered. */
export const partText = (el: B24CallStatus, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();

/** The live region. */
export const region = (el: B24CallStatus) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;

export function removeAll(): void {
  document.querySelectorAll('b24-call-status').forEach((el) => el.remove());
}

/** Lets timers, host answers and renders that are due run. */
export const nextTasks = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 5));
};

/** Everything that reached the page's error handlers while `body` ran (and a few tasks after). */
export async function uncaughtDuring(body: () => Promise<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onError = (e: ErrorEvent) => seen.push(e.error ?? e.message);
  const onRejection = (e: PromiseRejectionEvent) => seen.push(e.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await nextTasks();
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

/** Every event the element fires, recorded by type. */
export const EVENT_TYPES = [
  'b24-status-change',
  'b24-call-state-change',
  'b24-entity-change',
  'b24-before-close',
  'b24-entity-open',
  'b24-error',
] as const;

export function recordEvents(target: EventTarget): Array<{ type: string; detail: unknown }> {
  const log: Array<{ type: string; detail: unknown }> = [];
  for (const type of EVENT_TYPES) target.addEventListener(type, (e) => log.push({ type, detail: (e as CustomEvent).detail }));
  return log;
}
