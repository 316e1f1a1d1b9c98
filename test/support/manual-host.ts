/**
 * A plain transport (`{call, bindEvent, getLang}`) whose every call waits
 * until the test answers it. Tests answer calls in any order, twice, or
 * never, to drive the element through races.
 */
import type { CallCardEvent } from '../../src/core/adapters/index.js';

export interface PendingCall {
  command: string;
  params: unknown;
  answer(result: unknown): void;
  fail(reason: unknown): void;
}

export function createManualHost(lang?: string) {
  const calls: PendingCall[] = [];
  const binds: Array<{ event: string; cb: (payload?: unknown) => void }> = [];
  const transport = {
    call(command: string, params: object) {
      return new Promise<unknown>((answer, fail) => calls.push({ command, params, answer, fail }));
    },
    bindEvent(event: string, cb: (payload?: unknown) => void) {
      binds.push({ event, cb });
    },
    getLang: () => lang ?? '',
  };
  return {
    transport,
    calls,
    /** The getStatus calls made so far. */
    reads: () => calls.filter((c) => c.command === 'getStatus'),
    fire(event: CallCardEvent, payload?: unknown) {
      for (const b of binds) if (b.event === event) b.cb(payload);
    },
  };
}
