/**
 * CRM names: the display names of a status's CRM items, read through the
 * host's REST (`crm.item.get` in one `batch`) and cached for the page, per
 * transport (one Rest per transport, see rest.ts) and then per `TYPE:id`.
 * A Lit ReactiveController: `request()` asks, `name()` reads, and the host
 * re-renders when names arrive. Names are an enhancement: nothing here
 * throws, fires an error, or waits for anything.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { itemName, itemRequest } from '../crm.js';
import type { Rest, RestAnswer } from '../rest.js';

// Codes that say nothing about the item itself: the item stays unnamed and may be asked for again.
const PASSING = new Set([
  'insufficient_scope',
  'QUERY_LIMIT_EXCEEDED',
  'OPERATION_TIME_LIMIT',
  'OVERLOAD_LIMIT',
  'expired_token',
  'invalid_token',
  'NO_AUTH_FOUND',
  'INTERNAL_SERVER_ERROR',
  'ERROR_UNEXPECTED_ANSWER',
  'TIMEOUT',
  'HOST_ERROR',
]);

/** Bitrix24 takes at most 50 commands in one batch. */
const MAX_BATCH = 50;

interface PageNames {
  /** `TYPE:id` → its name, or null when the item has none for this page (no access, not found, no name). */
  names: Map<string, string | null>;
  /** The controllers waiting for each key in flight. */
  waiting: Map<string, Set<CrmNamesController>>;
}

const pages = new WeakMap<Rest, PageNames>();

function pageOf(rest: Rest): PageNames {
  let page = pages.get(rest);
  if (!page) pages.set(rest, (page = { names: new Map(), waiting: new Map() }));
  return page;
}

const keyOf = (type: string, id: number) => `${type}:${id}`;

export class CrmNamesController implements ReactiveController {
  #host: ReactiveControllerHost;
  #page?: PageNames;
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    // Nothing of this element is left waiting; the page's batch ends on its own bound.
    for (const set of this.#page?.waiting.values() ?? []) set.delete(this);
  }

  /** Ask for the names of these items: one batch for those not yet known; requestUpdate() on the host when names arrive. No-op when rest is undefined. */
  request(rest: Rest | undefined, items: ReadonlyArray<{ ENTITY_TYPE: string; ENTITY_ID: number }>, ms: number): void {
    if (!rest) return;
    try {
      const page = (this.#page = pageOf(rest));
      const calls: Record<string, [string, object]> = {};
      const keys: string[] = [];
      for (const item of items ?? []) {
        const type = item?.ENTITY_TYPE;
        const id = item?.ENTITY_ID;
        const params = itemRequest(type, id);
        if (!params) continue;
        const key = keyOf(type, id);
        if (page.names.has(key)) continue;
        const waiting = page.waiting.get(key);
        if (waiting) {
          waiting.add(this); // In flight for another element (or an earlier status): wait for it.
          continue;
        }
        if (keys.length >= MAX_BATCH || keys.includes(key)) continue;
        calls[`n${keys.length}`] = ['crm.item.get', params];
        keys.push(key);
      }
      if (keys.length === 0) return;
      for (const key of keys) page.waiting.set(key, new Set([this]));
      const done = (answers: Record<string, RestAnswer>) => {
        try {
          this.#arrived(page, keys, answers);
        } catch {
          for (const key of keys) page.waiting.delete(key);
        }
      };
      rest.batch(calls, ms).then(done, () => done({}));
    } catch {
      // A hostile item list or Rest: no names, and nothing else changes.
    }
  }

  /** The display name of an item, when known. */
  name(type: string, id: number): string | undefined {
    return this.#page?.names.get(keyOf(type, id)) ?? undefined;
  }

  #arrived(page: PageNames, keys: string[], answers: Record<string, RestAnswer>) {
    const update = new Set<CrmNamesController>();
    keys.forEach((key, i) => {
      const waiting = page.waiting.get(key);
      page.waiting.delete(key);
      const answer = answers?.[`n${i}`];
      if (!answer || (answer.error !== undefined && PASSING.has(answer.error))) return; // Asked again by a later status.
      const name = answer.error === undefined ? itemName(answer.result) : undefined;
      page.names.set(key, name ?? null);
      if (name) for (const c of waiting ?? []) update.add(c);
    });
    for (const c of update) {
      try {
        if (c.#connected) c.#host.requestUpdate();
      } catch {
        // One host's failure is not the others'.
      }
    }
  }
}
