/**
 * The adapter for the legacy BX24 script (`window.BX24`, callback style):
 * placement commands and REST (`callBatch`, else `callMethod('batch')`).
 */
import { CallCardError } from '../errors.js';
import { get, ignore, isFn, noContext, unframed, type HostAdapter } from './adapter.js';
import { fromBody, fromLegacy, reading, restCode, rows } from './rest-answers.js';

/** One REST result of the legacy script. */
export interface BX24Result {
  data(): unknown;
  error(): unknown;
}

/** The legacy BX24 library, as much of it as the card uses. */
export interface BX24Like {
  init(cb: () => void): void;
  getLang?(): string;
  /** The portal host from the frame bootstrap; `''` when the script found none (it is then dead). */
  getDomain?(): string;
  openPath?(path: string, cb?: () => void): void;
  callMethod?(method: string, params: object, cb: (result: BX24Result) => void): void;
  callBatch?(calls: object, cb: (results: unknown) => void, haltOnError?: boolean): void;
  placement: {
    info(): { placement?: string | null; options?: unknown };
    call(command: string, params: object, cb: (result: unknown) => void): void;
    bindEvent(event: string, cb: (payload?: unknown) => void): void;
  };
}

/**
 * A library's init, asked again after a failure or on `fresh`, and kept once
 * it succeeded: nothing from a failed attempt is cached for good.
 */
export function attempts(make: () => Promise<void>): HostAdapter['ready'] {
  let kept: Promise<void> | undefined;
  let done = false;
  return (fresh) => {
    if (!kept || (fresh && !done)) {
      const mine = (kept = make());
      mine.then(
        () => void (kept === mine && (done = true)),
        () => void (kept === mine && (kept = undefined))
      );
    }
    return kept;
  };
}

export function bx24Adapter(bx: BX24Like): HostAdapter {
  const adapter: HostAdapter = {
    // The real script, loaded outside a Bitrix24 frame, leaves a full BX24 whose
    // init never fires; what tells is the empty domain it read from window.name.
    ready: attempts(() => (unframed() || bx.getDomain?.() === '' ? noContext() : new Promise<void>((resolve) => bx.init(() => resolve())))),
    placement: () => get(bx.placement.info(), 'placement'),
    options: () => get(bx.placement.info(), 'options'),
    lang: () => bx.getLang?.(),
    // Outside CALL_CARD the callback never fires; the caller's timeout bounds it.
    call: (command, params) => new Promise((resolve) => bx.placement.call(command, params, resolve)),
    bind: (event, cb) => bx.placement.bindEvent(event, cb),
    openPath: (path) => bx.openPath?.(path, ignore),
  };
  // The script calls back only on success: a 5xx or a whole-batch error never answers, so the caller bounds it.
  if (isFn(bx.callBatch) || isFn(bx.callMethod)) {
    adapter.batch = (calls) =>
      new Promise((resolve, reject) => {
        const keys = Object.keys(calls);
        const read = reading(resolve, reject);
        if (isFn(bx.callBatch)) bx.callBatch({ ...calls }, (results) => read(() => fromLegacy(results, keys)), false);
        else
          bx.callMethod!('batch', { halt: 0, cmd: rows(calls) }, (res) =>
            read(() => {
              const error = res.error();
              if (error) throw new CallCardError(restCode(error));
              return fromBody({ result: res.data() }, keys);
            })
          );
      });
  }
  return adapter;
}
