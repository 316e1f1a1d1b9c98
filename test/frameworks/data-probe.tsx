// (.tsx only so that the repository's own type check, which takes test/**/*.ts before the build, leaves it
// out: it imports the built package; test/types/tsconfig.apps.json checks it after the build.)
/**
 * What the "data in your own UI" apps share (test/frameworks/data.test.ts, and from the packed
 * tarball test/package/installed.test.ts): how an app shows a snapshot, and a count of the
 * card handles alive in the app's copy of the package (subscribed to and not disposed), so a
 * test can tell that unmounting lets go of every one.
 *
 * Each app renders, per call, `<div class="call" id="call-…">` (call-ok, call-broken, call-late) holding `.line` (the
 * snapshot now, see `line`) and `.first` (the snapshot of the component's first render, see
 * `first`); a `.late` button mounts one more on the working transport, and where the
 * framework can change a component's transport, `.swap` gives the first call the broken one.
 * `start(root, transports)` resolves with `{ stop }`, which unmounts the app.
 */
import { CallCard, type CallCardSnapshot } from 'b24-call-status/core';

const live = new Set<CallCard>();
const { subscribe, dispose } = CallCard.prototype;
CallCard.prototype.subscribe = function (this: CallCard, listener) {
  live.add(this);
  return subscribe.call(this, listener);
};
CallCard.prototype.dispose = function (this: CallCard) {
  live.delete(this);
  dispose.call(this);
};

/** The handles subscribed to and not disposed, the elements' own included. */
export const liveCards = (): number => live.size;

/** `ready idle +19999999666 -`, `error - - WRONG_PLACEMENT`: state, call state, phone, error code. */
export const line = (s: CallCardSnapshot): string =>
  [s.state, s.status?.CALL_STATE ?? '-', s.status?.PHONE_NUMBER ?? '-', s.error?.code ?? '-'].join(' ');

/** What the first render showed: `ready +19999999666`, or `loading -`. */
export const first = (s: CallCardSnapshot): string => `${s.state} ${s.status?.PHONE_NUMBER ?? '-'}`;

export interface DataApp {
  stop(): void | Promise<void>;
}
