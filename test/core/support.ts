/** Helpers shared by the core tests. */
import { expect } from '@open-wc/testing';
import type { RestCalls } from '../../src/core/adapters/index.js';
import { CallCardError } from '../../src/core/errors.js';

/** Three crm.item.get calls: a contact, a deal, and a company the portal does not have. */
export const CALLS: RestCalls = {
  contact: ['crm.item.get', { entityTypeId: 3, id: 797 }],
  deal: ['crm.item.get', { entityTypeId: 2, id: 4615 }],
  gone: ['crm.item.get', { entityTypeId: 4, id: 999 }],
};

/** What the portal files CALLS under in its batch. */
export const CALL_ROWS = ['crm.item.get?entityTypeId=3&id=797', 'crm.item.get?entityTypeId=2&id=4615', 'crm.item.get?entityTypeId=4&id=999'];

/** The error a promise rejects with (the test fails when it resolves). */
export async function rejection(p: PromiseLike<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

/** The code of the CallCardError a promise rejects with; the test fails on anything else. */
export async function rejectionCode(p: PromiseLike<unknown>, what?: string): Promise<string> {
  const e = await rejection(p);
  expect(e, `${what ?? ''} rejects with a CallCardError, not ${String(e)}`).to.be.instanceOf(CallCardError);
  return (e as CallCardError).code;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `check` until it holds, or fails after `ms`. */
export async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await sleep(5);
  }
}

/**
 * Run `body` while the page's error handler swallows what the legacy script
 * throws inside its XHR handler ('Query error!', a TypeError), and return
 * what it swallowed: that throw is the real script's, not the test's.
 */
export async function swallowingPageErrors(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const previous = window.onerror;
  window.onerror = (message, _src, _line, _col, error) => (seen.push(error ?? message), true);
  try {
    await body();
  } finally {
    window.onerror = previous;
  }
  return seen;
}
