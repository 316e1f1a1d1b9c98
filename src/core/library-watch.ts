/**
 * Waiting for a BX24 script that loads late (at the end of <body>, `async`,
 * `defer`, or injected later). One watcher per page serves every waiting
 * element: DOMContentLoaded, load, and a short poll, all dropped as soon as
 * nobody waits any more.
 */

type Found = (bx24: unknown) => void;

const waiting = new Set<Found>();
let poll: ReturnType<typeof setInterval> | undefined;

/** How often the poll looks for `window.BX24`. */
export const POLL_MS = 50;

const look = () => {
  const bx24 = (globalThis as { BX24?: unknown }).BX24;
  if (!bx24) return;
  for (const found of [...waiting]) {
    waiting.delete(found);
    found(bx24);
  }
  if (!waiting.size) stop();
};

function stop() {
  clearInterval(poll);
  poll = undefined;
  globalThis.removeEventListener?.('DOMContentLoaded', look);
  globalThis.removeEventListener?.('load', look);
}

/** Calls `found` once `window.BX24` exists; returns a function that stops waiting. */
export function watchForBX24(found: Found): () => void {
  waiting.add(found);
  if (!poll) {
    poll = setInterval(look, POLL_MS);
    // DOMContentLoaded reaches window too, so both listeners sit on the global.
    globalThis.addEventListener?.('DOMContentLoaded', look);
    globalThis.addEventListener?.('load', look);
  }
  return () => {
    waiting.delete(found);
    if (!waiting.size) stop();
  };
}

/** What is left running: tests check that nothing is, once nobody waits. */
export const watching = () => ({ waiting: waiting.size, polling: poll !== undefined });
