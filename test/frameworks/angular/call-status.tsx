// (.tsx only so that the repository's own type check, which takes test/**/*.ts before the build, leaves it
// out: it imports the built package; test/types/tsconfig.apps.json checks it after the build.)
// The call's data in an Angular app: a service that holds one card handle and exposes its
// snapshot as a signal. Provide it in a component (`providers: [CallStatus]`): the handle
// lives as long as that component. The README's Angular service snippet is taken from it.
import { DestroyRef, Injectable, InjectionToken, inject, signal } from '@angular/core';
import { callCard, type CallCardSnapshot, type Transport } from 'b24-call-status/core';

/** The transport to read (a b24jssdk frame or its promise, BX24…); not provided, `window.BX24`. */
export const CALL_TRANSPORT = new InjectionToken<Transport | PromiseLike<Transport>>('CALL_TRANSPORT');

@Injectable()
export class CallStatus {
  readonly card = callCard(inject(CALL_TRANSPORT, { optional: true }) ?? undefined);
  readonly #snapshot = signal<CallCardSnapshot>(this.card.getSnapshot());
  /** The snapshot: state, status, error, stale, names, connectedAt, talkTime. */
  readonly snapshot = this.#snapshot.asReadonly();

  constructor() {
    const unsubscribe = this.card.subscribe((s) => this.#snapshot.set(s));
    inject(DestroyRef).onDestroy(() => {
      unsubscribe();
      this.card.dispose();
    });
  }
}
