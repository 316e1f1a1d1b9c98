/**
 * CRM names: the display names of a call's CRM items, read through the
 * host's REST (`crm.item.get`, all of a request in one `batch`) and kept for
 * the page by the hub, keyed `TYPE:id`. Names are an enhancement: nothing
 * here throws, reports an error, or makes anyone wait.
 */
import type { HostAdapter, RestAnswer, RestCalls } from './adapters/index.js';
import { itemName, itemRequest } from './crm.js';
import { errorFacts } from './errors.js';
import type { CrmBinding } from './status.js';
import { withTimeout } from './time.js';

/** Bitrix24 takes at most 50 commands in one batch. */
const MAX_BATCH = 50;

/** The key of an item's name: `"CONTACT:797"`. */
export const nameKey = (type: string, id: number) => `${type}:${id}`;

type Arrived = () => void;

/** The items that can be asked for, with their keys; a hostile list or item gives what was read so far. */
function requests(items: readonly CrmBinding[]): Array<[string, { entityTypeId: number; id: number }]> {
  const out: Array<[string, { entityTypeId: number; id: number }]> = [];
  try {
    for (const item of items) {
      const type = item?.ENTITY_TYPE;
      const id = item?.ENTITY_ID;
      const params = itemRequest(type, id);
      if (params) out.push([nameKey(type, id), params]);
    }
  } catch {
    // A throwing getter or a revoked Proxy: nothing more from this list.
  }
  return out;
}

const keysOf = (items: readonly CrmBinding[]) => requests(items).map(([key]) => key);

export class CrmNames {
  /** `TYPE:id` → its name, or null when the item has none for this page (no access, not found, no name). */
  readonly #names = new Map<string, string | null>();
  /** Who waits for each key in flight. */
  readonly #waiting = new Map<string, Set<Arrived>>();

  constructor(private readonly adapter: HostAdapter) {}

  /** The names known for these items. */
  known(items: readonly CrmBinding[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const key of keysOf(items)) {
      const name = this.#names.get(key);
      if (name) out[key] = name;
    }
    return out;
  }

  /**
   * Ask, in one batch bounded by `ms`, for the names neither known nor in
   * flight; `arrived` is called when a name of these items arrives (also one
   * another request asked for). Nothing is sent without REST.
   */
  request(items: readonly CrmBinding[], ms: number, arrived: Arrived): void {
    const batch = this.adapter.batch;
    if (!batch) return;
    const calls: RestCalls = {};
    const keys: string[] = [];
    for (const [key, params] of requests(items)) {
      if (this.#names.has(key)) continue;
      const waiting = this.#waiting.get(key);
      if (waiting) waiting.add(arrived);
      else if (keys.length < MAX_BATCH && !keys.includes(key)) {
        calls[`n${keys.length}`] = ['crm.item.get', params];
        keys.push(key);
      }
    }
    if (!keys.length) return;
    for (const key of keys) this.#waiting.set(key, new Set([arrived]));
    let sent: Promise<Record<string, RestAnswer>>;
    try {
      sent = withTimeout(batch.call(this.adapter, calls), ms);
    } catch {
      sent = Promise.resolve({}); // A library that throws at once: no names this time.
    }
    sent.then(
      (answers) => this.#arrived(keys, answers),
      () => this.#arrived(keys, {})
    );
  }

  /** `arrived` is no longer called. */
  cancel(arrived: Arrived): void {
    for (const set of this.#waiting.values()) set.delete(arrived);
  }

  #arrived(keys: string[], answers: Record<string, RestAnswer>) {
    const tell = new Set<Arrived>();
    keys.forEach((key, i) => {
      const waiting = this.#waiting.get(key);
      this.#waiting.delete(key);
      let answer: RestAnswer | undefined;
      try {
        answer = answers?.[`n${i}`];
      } catch {
        // A hostile answer object names nothing.
      }
      // No answer, or an error that says nothing about the item: asked again with a later status.
      if (!answer || (answer.error !== undefined && errorFacts(answer.error).askAgain)) return;
      const name = answer.error === undefined ? itemName(answer.result) : undefined;
      this.#names.set(key, name ?? null);
      if (name) for (const f of waiting ?? []) tell.add(f);
    });
    for (const f of tell) {
      try {
        f();
      } catch {
        // One listener's failure is not the others'.
      }
    }
  }
}
