/**
 * An in-memory call card: the status, the placement, the language, and the
 * ways a real portal fails (silence, wrong placement, slow init). The two
 * stand-ins below put the two client libraries' faces on it.
 */
import type { CallCardEvent } from '../../src/host.js';

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

  constructor(o: PortalOptions = {}) {
    this.placement = o.placement ?? 'CALL_CARD';
    this.lang = o.lang ?? 'en';
    this.status = o.status ?? structuredClone(DOC_STATUS);
    this.delay = o.delay ?? 1;
    this.initDelay = o.initDelay ?? 1;
    this.silent = o.silent ?? false;
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
