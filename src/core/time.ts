/**
 * Time bounds: the one timeout every wait goes through, the clamping of a
 * user's `timeout`, and the clock (swappable by tests). Nothing here touches
 * a timer at import.
 */
import { CallCardError } from './errors.js';

/** The default wait, and the longest one `setTimeout` can keep (a larger one it reads as 0). */
export const DEFAULT_TIMEOUT_MS = 5000;
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

/** A usable wait from whatever `timeout` holds: garbage falls back to the default, huge values are clamped. */
export function boundMs(value: unknown): number {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (ms === Infinity) return MAX_TIMEOUT_MS;
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS;
}

/**
 * Settles as `work` does, or rejects with TIMEOUT after `ms`; the timer is always cleared,
 * also at once when `signal` aborts (the waiter is gone: it rejects with the signal's reason).
 */
export function withTimeout<T>(work: PromiseLike<T>, ms: number, signal?: AbortSignal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abort: (() => void) | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(reject, boundMs(ms), new CallCardError('TIMEOUT'));
    abort = () => reject(signal!.reason);
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
  return Promise.race([work, limit]).finally(() => {
    clearTimeout(timer);
    signal?.removeEventListener('abort', abort!);
  });
}

/** Epoch time and timers, looked up when used; tests swap them. */
export const clock = {
  now: (): number => Date.now(),
  set: (fn: () => void, ms: number): unknown => setTimeout(fn, ms),
  clear: (handle: unknown): void => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
