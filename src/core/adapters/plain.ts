/** The adapter for a host we have not foreseen: any object with a promise-returning `call`. */
import { ignore, isFn, type HostAdapter } from './adapter.js';
import { fromBody, readAnswer, rows } from './rest-answers.js';

/** A host we have not foreseen: any object with a promise-returning `call`. */
export interface PlainTransport {
  call(command: string, params: object): Promise<unknown> | unknown;
  bindEvent?(event: string, cb: (payload?: unknown) => void): void;
  openPath?(path: string): void;
  getLang?(): string;
  /**
   * REST, for CRM names: returns (or resolves to) the parsed REST answer
   * body, as `fetch(...).json()` gives it: `{result}` or `{error,
   * error_description}`; for `batch`, `{result: {result: {key: …},
   * result_error: {key: {error, error_description}}}}`. A JSON string of that
   * is read too. Batch commands arrive as `cmd: {key: 'method?query'}`.
   */
  callMethod?(method: string, params: object): unknown;
}

export function plainAdapter(t: PlainTransport): HostAdapter {
  const call = async (command: string, params: object) => t.call(command, params);
  const adapter: HostAdapter = {
    ready: () => Promise.resolve(),
    placement: ignore,
    options: ignore,
    lang: () => t.getLang?.(),
    call,
    bind: (event, cb) => t.bindEvent?.(event, cb),
    // Without an openPath of its own, the host may know the portal's `openPath` command.
    openPath: (path) => void (t.openPath ? t.openPath(path) : call('openPath', { path }).catch(ignore)),
  };
  if (isFn(t.callMethod)) {
    adapter.batch = async (calls) => readAnswer(t.callMethod!('batch', { halt: 0, cmd: rows(calls) }), (v) => fromBody(v, Object.keys(calls)));
  }
  return adapter;
}
