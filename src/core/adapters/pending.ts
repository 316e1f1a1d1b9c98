/**
 * The adapter for a promise of a transport (e.g. `initializeB24Frame()`):
 * its rejection means no app context. Until it settles, every method but
 * ready() and batch() is a no-op.
 */
import { CallCardError } from '../errors.js';
import type { HostAdapter } from './adapter.js';

export function pendingAdapter(pending: PromiseLike<unknown>, adapt: (t: unknown) => HostAdapter | undefined): HostAdapter {
  let inner: HostAdapter | undefined;
  const settled = Promise.resolve(pending).then(
    (value) => (inner = adapt(value)),
    () => undefined
  );
  const later = async () => (await settled) ?? Promise.reject(new CallCardError('NO_APP_CONTEXT'));
  return {
    ready: async (fresh) => (await later()).ready(fresh),
    placement: () => inner?.placement(),
    options: () => inner?.options(),
    lang: () => inner?.lang(),
    call: async (command, params) => (await later()).call(command, params),
    bind: (event, cb) => inner?.bind(event, cb),
    openPath: (path) => inner?.openPath(path),
    batch: async (calls) => {
      const adapter = await later();
      if (!adapter.batch) throw new CallCardError('HOST_ERROR');
      return adapter.batch(calls);
    },
  };
}
