/**
 * `CallStatusController`: the call's data in a Lit element of your own. A
 * ReactiveController that holds a card handle while its host is connected
 * (a new one on each connect, disposed on disconnect) and re-renders the host
 * on every change: `.value` is the snapshot. `<b24-call-status>` is built on it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { callCard, LOADING, type CallCard, type CallCardOptions, type CallCardSnapshot } from './core/call-card.js';
import type { Transport } from './core/adapters/index.js';

export class CallStatusController implements ReactiveController {
  /** The latest snapshot (`loading` before the host first connects). */
  value: CallCardSnapshot = LOADING;
  #card?: CallCard;
  #unsubscribe?: () => void;
  #transport?: Transport | PromiseLike<Transport> | null;
  #connected = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    transport?: Transport | PromiseLike<Transport> | null,
    private readonly options?: CallCardOptions
  ) {
    this.#transport = transport;
    host.addController(this);
  }

  /** The handle while the host is connected: refresh(), keepOpen(), open(), and its events. */
  get card(): CallCard | undefined {
    return this.#card;
  }

  /** The transport; a new one starts over with a new handle. Unset means `window.BX24`. */
  get transport(): Transport | PromiseLike<Transport> | null | undefined {
    return this.#transport;
  }
  set transport(value: Transport | PromiseLike<Transport> | null | undefined) {
    if (value === this.#transport) return;
    this.#transport = value;
    if (!this.#connected) return;
    this.#stop();
    this.#start();
  }

  hostConnected(): void {
    this.#connected = true;
    this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stop();
  }

  #start() {
    const card = (this.#card = callCard(this.#transport, this.options));
    this.#unsubscribe = card.subscribe((snapshot) => {
      this.value = snapshot;
      this.host.requestUpdate();
    });
  }

  #stop() {
    this.#unsubscribe?.();
    this.#card?.dispose();
    this.#card = this.#unsubscribe = undefined;
  }
}
