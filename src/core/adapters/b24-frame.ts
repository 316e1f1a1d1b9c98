/**
 * The adapter for a b24jssdk `B24Frame` (`await initializeB24Frame()`):
 * placement commands, the slider, and REST (`actions.v2.batch.make`, else
 * the deprecated `callBatch`, else `callMethod('batch')`).
 */
import { CallCardError } from '../errors.js';
import { get, ignore, isFn, noContext, unframed, type HostAdapter } from './adapter.js';
import { fromSdk, fromSdkBody, readAnswer, rows } from './rest-answers.js';

/**
 * A b24jssdk `B24Frame`, as much of it as the card uses: a structural type,
 * so users need not have b24jssdk installed.
 */
export interface B24FrameLike {
  getLang(): string;
  placement: {
    readonly placement: string;
    readonly options: unknown;
    call(command: string, params?: object): Promise<unknown>;
    bindEvent(event: string, cb: (payload?: unknown) => void): Promise<unknown>;
  };
  slider: {
    getUrl(path: string): URL;
    openPath(url: URL, width?: number): Promise<unknown>;
  };
  /** b24jssdk's `actions.v2.batch.make`, read by shape. */
  actions?: unknown;
  callMethod?(method: string, params?: object): Promise<unknown>;
  callBatch?(calls: object, isHaltOnError?: boolean, returnAjaxResult?: boolean): Promise<unknown>;
}

// b24jssdk resolves {isSafely: true} when the portal stayed silent for ~900 ms.
const isSafely = (v: unknown) => get(v, 'isSafely') === true && Object.keys(v as object).length === 1;

export function b24FrameAdapter(frame: B24FrameLike): HostAdapter {
  const adapter: HostAdapter = {
    // A B24Frame exists only once its init resolved; outside a frame nothing answers it.
    ready: (() => (unframed() ? noContext() : Promise.resolve())) as HostAdapter['ready'],
    placement: () => frame.placement.placement,
    options: () => frame.placement.options,
    lang: () => frame.getLang(),
    call: async (command, params) => {
      const answer: unknown = await frame.placement.call(command, params);
      if (isSafely(answer)) throw new CallCardError('TIMEOUT');
      return answer;
    },
    // An event fired within ~900 ms of the bind resolves this promise
    // instead of reaching cb; anything but {isSafely: true} is that event.
    bind: (event, cb) => void frame.placement.bindEvent(event, cb).then((early: unknown) => isSafely(early) || cb(early), ignore),
    openPath: (path) => void frame.slider.openPath(frame.slider.getUrl(path)).catch(ignore),
  };
  const batch = get(get(frame.actions, 'v2'), 'batch');
  const make = get(batch, 'make');
  if (isFn(make) || isFn(frame.callBatch) || isFn(frame.callMethod)) {
    adapter.batch = async (calls) => {
      const keys = Object.keys(calls);
      const options = { isHaltOnError: false, returnAjaxResult: true };
      // actions.v2.batch is what the deprecated callBatch calls, without its console warning.
      if (isFn(make)) return readAnswer((make as (o: object) => unknown).call(batch, { calls: { ...calls }, options }), (v) => fromSdk(v, keys));
      if (isFn(frame.callBatch)) return readAnswer(frame.callBatch({ ...calls }, false, true), (v) => fromSdk(v, keys));
      return readAnswer(frame.callMethod!('batch', { halt: 0, cmd: rows(calls) }), (v) => fromSdkBody(v, keys));
    };
  }
  return adapter;
}
