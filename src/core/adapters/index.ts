/** A transport's adapter, chosen by the transport's kind (told in one place: kindOf). */
import { kindOf, type HostAdapter } from './adapter.js';
import { restFailure } from './rest-answers.js';
import { b24FrameAdapter, type B24FrameLike } from './b24-frame.js';
import { bx24Adapter, type BX24Like } from './bx24.js';
import { pendingAdapter } from './pending.js';
import { plainAdapter, type PlainTransport } from './plain.js';

export * from './adapter.js';
export type { BX24Like, BX24Result } from './bx24.js';
export type { B24FrameLike } from './b24-frame.js';
export type { PlainTransport } from './plain.js';

/** The adapter for a transport, or undefined when it is no host we know. May throw on a hostile object. */
export function adapterFor(t: unknown): HostAdapter | undefined {
  const adapter = make(t);
  const batch = adapter?.batch;
  // Whatever a library throws or rejects with, at once or later, batch rejects with a CallCardError.
  if (adapter && batch) adapter.batch = (calls) => Promise.resolve().then(() => batch(calls)).catch((e: unknown) => Promise.reject(restFailure(e)));
  return adapter;
}

function make(t: unknown): HostAdapter | undefined {
  switch (kindOf(t)) {
    case 'pending':
      return pendingAdapter(t as PromiseLike<unknown>, adapterFor);
    case 'bx24':
      return bx24Adapter(t as BX24Like);
    case 'b24-frame':
      return b24FrameAdapter(t as B24FrameLike);
    case 'plain':
      return plainAdapter(t as PlainTransport);
    default:
      return undefined;
  }
}
