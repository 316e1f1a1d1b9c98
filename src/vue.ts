/**
 * `b24-call-status/vue`: `useCallStatus()`, the call's data for your own
 * components; and, in its types, `<b24-call-status>` for Vue's templates
 * (../types/vue.d.ts, generated from the manifest).
 */
// The element's template typing, kept in the .d.ts (an import would be elided; without preserve, TypeScript drops the directive).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../types/vue.d.ts" preserve="true" />
import { getCurrentScope, isRef, onScopeDispose, shallowReadonly, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { callCard, LOADING, type CallCard, type CallCardOptions, type CallCardSnapshot } from './core/call-card.js';
import type { Transport } from './core/adapters/index.js';

type AnyTransport = Transport | PromiseLike<Transport> | null | undefined;

/**
 * The call's data for your own components: a read-only shallow ref of a card handle's
 * snapshot (`state`, `status`, `error`, `stale`, `names`, `connectedAt`, `talkTime`),
 * replaced on every change. The handle is disposed with the calling scope (a component's
 * `setup`, or an `effectScope`). `transport` may be a ref: a new value starts over with a
 * new handle. Unset, the transport is `window.BX24`. Rendered on the server, it stays
 * `loading` and makes no handle.
 *
 * ```vue
 * <script setup lang="ts">
 * const call = useCallStatus($b24);
 * </script>
 * <template><p v-if="call.status">{{ call.status.PHONE_NUMBER }}</p></template>
 * ```
 */
export function useCallStatus(transport?: AnyTransport | Ref<AnyTransport>, options?: CallCardOptions): Readonly<ShallowRef<CallCardSnapshot>> {
  // Server rendering: no call card there, and nothing would dispose a handle (no unmount).
  if (typeof document === 'undefined') return shallowReadonly(shallowRef(LOADING)) as Readonly<ShallowRef<CallCardSnapshot>>;
  let card: CallCard | undefined;
  let unsubscribe: (() => void) | undefined;
  const snapshot = shallowRef<CallCardSnapshot>();
  const start = (value: AnyTransport) => {
    stop();
    card = callCard(value, options);
    // Subscribers hear the snapshot at once: the ref holds one from here on.
    unsubscribe = card.subscribe((next) => (snapshot.value = next));
  };
  const stop = () => {
    unsubscribe?.();
    card?.dispose();
    card = unsubscribe = undefined;
  };
  if (isRef(transport)) watch(transport, start, { immediate: true, flush: 'sync' });
  else start(transport);
  if (getCurrentScope()) onScopeDispose(stop);
  return shallowReadonly(snapshot) as Readonly<ShallowRef<CallCardSnapshot>>;
}

export type { CallCardOptions, CallCardSnapshot };
