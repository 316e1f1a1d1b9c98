/**
 * An in-memory call card: the status, the placement, the language, the init
 * data and its placement options, the portal's REST (demo/rest-api.js, over
 * the demo's CRM fixture), and the ways a real portal fails (silence, wrong
 * placement, slow init, REST failures through `rest.set()`). The two
 * stand-ins put the two client libraries' faces on it.
 */
import { RestPortal } from '../../demo/rest-api.js';
import type { CallCardEvent } from '../../src/core/adapters/index.js';

export { DOC_STATUS } from '../../demo/doc-status.js';
import { DOC_STATUS } from '../../demo/doc-status.js';

const COMMANDS = ['getStatus', 'disableAutoClose', 'enableAutoClose', 'openPath', 'resizeWindow'];

export interface PortalOptions {
  placement?: string;
  lang?: string;
  /** The getStatus answer; a function is called per command. */
  status?: unknown;
  /** ms before the answer arrives. */
  delay?: number;
  /** ms before init completes; Infinity never. */
  initDelay?: number;
  /** The portal answers nothing at all. */
  silent?: boolean;
  /** The placement options of the init data; by default the status with every value a string, as Bitrix24 sends it. */
  options?: unknown;
}

/** The host the stand-ins' portal lives at (`window.name` bootstrap, REST URLs). */
export const PORTAL_HOST = 'portal.example';
export const PORTAL_ORIGIN = `https://${PORTAL_HOST}`;

/** The status as placement options carry it: every value a string. */
export function asOptions(status: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (status === null || typeof status !== 'object' || Array.isArray(status)) return out;
  for (const [k, v] of Object.entries(status)) out[k] = typeof v === 'string' ? v : v === undefined ? 'undefined' : JSON.stringify(v);
  return out;
}

export class FakePortal {
  placement: string;
  lang: string;
  status: unknown;
  delay: number;
  initDelay: number;
  silent: boolean;
  /** Every command received, in order. */
  readonly received: Array<{ command: string; params: unknown }> = [];
  /** Every bind received; a library keeps each callback forever. */
  readonly binds: Array<{ event: string; cb: (...args: unknown[]) => void }> = [];
  autoCloseBlocked = false;
  readonly opened: string[] = [];
  /** The portal's REST: its tokens, controls and every request. */
  readonly rest = new RestPortal();
  #options: unknown;

  constructor(o: PortalOptions = {}) {
    this.placement = o.placement ?? 'CALL_CARD';
    this.lang = o.lang ?? 'en';
    this.status = o.status ?? structuredClone(DOC_STATUS);
    this.delay = o.delay ?? 1;
    this.initDelay = o.initDelay ?? 1;
    this.silent = o.silent ?? false;
    this.#options = o.options;
  }

  /** The placement options: those given, or the status's (a status object only, in CALL_CARD). */
  get options(): unknown {
    if (this.#options !== undefined) return this.#options;
    const s = this.status;
    const statusLike = s !== null && typeof s === 'object' && !Array.isArray(s) && !('error' in s);
    return this.placement === 'CALL_CARD' && statusLike ? asOptions(s) : {};
  }

  set options(value: unknown) {
    this.#options = value;
  }

  /** What getInitData answers, with a fresh token from the portal's REST. */
  initData(): Record<string, unknown> {
    return {
      LANG: this.lang,
      DOMAIN: PORTAL_HOST,
      PROTOCOL: 1,
      PATH: '/rest',
      ...this.rest.issue(),
      MEMBER_ID: 'stand-in-member',
      FIRST_RUN: false,
      IS_ADMIN: true,
      INSTALL: false,
      USER_OPTIONS: {},
      APP_OPTIONS: {},
      PLACEMENT: this.placement,
      PLACEMENT_OPTIONS: this.options,
    };
  }

  count(command: string): number {
    return this.received.filter((r) => r.command === command).length;
  }

  bindCount(event: string): number {
    return this.binds.filter((b) => b.event === event).length;
  }

  /** Answer a command as the portal does: not at all outside CALL_CARD or for unknown commands. */
  handle(command: string, params: unknown, answer: (result: unknown) => void): void {
    this.received.push({ command, params });
    if (this.silent || this.placement !== 'CALL_CARD' || !COMMANDS.includes(command)) return;
    let result: unknown = [];
    if (command === 'getStatus') result = typeof this.status === 'function' ? (this.status as () => unknown)() : this.status;
    if (command === 'disableAutoClose') this.autoCloseBlocked = true;
    if (command === 'enableAutoClose') this.autoCloseBlocked = false;
    if (command === 'openPath') this.opened.push(String((params as { path?: string }).path));
    // Answers cross the frame as JSON.
    const wire = result === undefined ? undefined : JSON.parse(JSON.stringify(result));
    setTimeout(() => answer(wire), this.delay);
  }

  /** Fire a placement event: only its first argument crosses the frame. */
  fire(event: CallCardEvent, first?: unknown, ..._dropped: unknown[]): void {
    const wire = first === undefined ? undefined : JSON.parse(JSON.stringify(first));
    for (const b of this.binds) if (b.event === event) b.cb(wire);
  }
}
