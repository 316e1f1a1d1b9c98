/**
 * `b24-call-status/react`: `useCallStatus()`, the call's data for your own
 * components, and `<B24CallStatus>`, a React component for the element.
 *
 * The element: React 18 sets every prop on a custom element as a string
 * attribute and ignores `on…` props, so `transport` would arrive as
 * "[object Object]" and no event would be heard; @lit/react's wrapper sets
 * properties and adds the listeners itself. It works in React 19 too, where
 * the bare `<b24-call-status>` tag (typed by this module) also works.
 */
// The bare tag's JSX typing, kept in the .d.ts (an import would be elided; without preserve, TypeScript drops the directive).
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../types/react.d.ts" preserve="true" />
import * as React from 'react';
import { createComponent } from '@lit/react';
import { B24CallStatus as B24CallStatusElement } from './index.js';
import { TAG } from './define.js';
import { callCard, LOADING, type CallCardOptions, type CallCardSnapshot } from './core/call-card.js';
import type { Transport } from './core/adapters/index.js';
import { events, type B24CallStatusElementProps, type B24CallStatusHandlers } from './react-api.js';

export type { B24CallStatusElementProps, B24CallStatusHandlers };

/**
 * The props `<B24CallStatus>` takes: the element's own (its settable properties and
 * attributes, and its events as `on…` props, generated from custom-elements.json into
 * ./react-api.ts), and React's usual HTML ones.
 */
export type B24CallStatusProps = B24CallStatusElementProps &
  B24CallStatusHandlers &
  Omit<React.HTMLAttributes<B24CallStatusElement>, keyof B24CallStatusHandlers | keyof B24CallStatusElementProps> &
  React.RefAttributes<B24CallStatusElement>;

// @lit/react sets a prop as a property when the class's prototype has it. Lit adds the
// accessors when the class is defined; when another copy of the package defined the tag
// first (a drop-in bundle beside the app's), this copy never is, so finalize it here.
void B24CallStatusElement.observedAttributes;

/** `<b24-call-status>` for React 18 and 19: `transport` and the others are set as properties, and `on…` props are its events. */
export const B24CallStatus: React.ForwardRefExoticComponent<B24CallStatusProps> = createComponent({
  react: React,
  tagName: TAG,
  elementClass: B24CallStatusElement,
  events,
  displayName: 'B24CallStatus',
});

export type { B24CallStatusElement };

/**
 * One component's subscription: the handle is made when React subscribes (after the commit)
 * and disposed when it unsubscribes (on unmount, or when the transport changes), so a render
 * React throws away (StrictMode's second one, an interrupted one) holds nothing.
 */
class CardStore {
  #card?: ReturnType<typeof callCard>;
  // What getSnapshot gives while no handle is subscribed: what a new one would start with, or the last one's.
  #idle?: CallCardSnapshot;

  constructor(
    readonly transport: Transport | PromiseLike<Transport> | null | undefined,
    readonly options: CallCardOptions,
  ) {}

  subscribe = (onChange: () => void): (() => void) => {
    const card = (this.#card = callCard(this.transport, this.options));
    const off = card.subscribe(onChange);
    return () => {
      off();
      if (this.#card === card) {
        this.#idle = card.getSnapshot();
        this.#card = undefined;
      }
      card.dispose();
    };
  };

  // Before the first subscribe, what a handle made now starts with: the status itself when the
  // page already knows it (a handle made then starts `ready`, and its read costs no host call),
  // so a component mounted later shows it in its first render. That handle lets go at once.
  getSnapshot = (): CallCardSnapshot => {
    if (this.#card) return this.#card.getSnapshot();
    if (!this.#idle) {
      const peek = callCard(this.transport, this.options);
      this.#idle = peek.getSnapshot();
      peek.dispose();
    }
    return this.#idle;
  };
}

// On the server, and while hydrating what it rendered: there is no call card there, so every
// component starts `loading`, on both sides; the browser's snapshot follows after hydration.
const serverSnapshot = () => LOADING;

/**
 * The call's data for your own components: the snapshot of a card handle (`state`, `status`,
 * `error`, `stale`, `names`, `connectedAt`, `talkTime`), re-rendering on every change.
 * One handle per component, disposed on unmount; a new `transport` (or `timeout`, or
 * `names`) makes a new one. Unset, the transport is `window.BX24`.
 *
 * ```tsx
 * const { state, status } = useCallStatus($b24);
 * return <p>{state === 'ready' ? status?.PHONE_NUMBER : '…'}</p>;
 * ```
 */
export function useCallStatus(transport?: Transport | PromiseLike<Transport> | null, options?: CallCardOptions): CallCardSnapshot {
  const timeout = options?.timeout;
  const names = options?.names;
  const store = React.useMemo(() => new CardStore(transport, { timeout, names }), [transport, timeout, names]);
  return React.useSyncExternalStore(store.subscribe, store.getSnapshot, serverSnapshot);
}

export type { CallCardOptions, CallCardSnapshot };
