/**
 * How long the agent has talked on the page's call: counted from the moment
 * the page first knew the call was connected, kept after the call ends, and
 * started over on a new CALL_ID. One per hub, so every view of the call agrees.
 */
import { clock } from './time.js';

export interface TalkTimes {
  /** Epoch ms the talk would have started at, had it not paused: `now - connectedAt` is the time talked. Only while connected. */
  connectedAt?: number;
  /** ms talked, once the call is no longer connected. */
  talkTime?: number;
}

export class TalkTime {
  #callId?: string;
  // Talk measured before the current stretch; the current stretch began at #since.
  #talked?: number;
  #since?: number;

  /** Feed a status's call id and state; returns the times for it. */
  track(callId: string | undefined, state: string | undefined): TalkTimes {
    // A new call id starts a new count; an empty or unknown id is no news.
    if (callId && callId !== this.#callId) {
      if (this.#callId !== undefined) this.#talked = this.#since = undefined;
      this.#callId = callId;
    }
    // An unknown state is no news either; any known state but connected stops the count.
    if (state !== undefined) {
      const now = clock.now();
      if (state === 'connected') {
        if (this.#since === undefined) {
          this.#since = now;
          this.#talked ??= 0;
        }
      } else if (this.#since !== undefined) {
        this.#talked = (this.#talked ?? 0) + now - this.#since;
        this.#since = undefined;
      }
    }
    if (this.#talked === undefined) return {};
    return this.#since === undefined ? { talkTime: this.#talked } : { connectedAt: this.#since - this.#talked };
  }
}
