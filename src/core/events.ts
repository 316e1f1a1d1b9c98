/**
 * Every event a card handle and the element fire. Each is a small class that
 * bubbles and crosses shadow roots, and is added to HTMLElementEventMap so
 * listeners are typed everywhere. The element fires the same classes as the
 * handle it views, with the same details (its `b24-error` adds the message).
 */
import type { CardError } from './errors.js';
import type { CallStatus, EntityChange } from './status.js';

/** What the element's `error` and `b24-error` carry: the card's error and the message shown for it. */
export interface StatusError extends CardError {
  readonly message: string;
}

/** The base of every event here: a typed `detail`. */
export class B24Event<T> extends Event {
  readonly detail: T;
  constructor(type: string, detail: T, cancelable = false) {
    super(type, { bubbles: true, composed: true, cancelable });
    this.detail = detail;
  }
}

export interface StatusChangeDetail {
  status: CallStatus;
  previous: CallStatus | undefined;
}
/** A new status was read or applied. */
export class StatusChangeEvent extends B24Event<StatusChangeDetail> {
  constructor(detail: StatusChangeDetail) {
    super('b24-status-change', detail);
  }
}

export interface CallStateChangeDetail {
  state: string;
  previous: string | undefined;
}
/** `CallCard::CallStateChanged` arrived and was applied. */
export class CallStateChangeEvent extends B24Event<CallStateChangeDetail> {
  constructor(detail: CallStateChangeDetail) {
    super('b24-call-state-change', detail);
  }
}

/** `CallCard::EntityChanged` arrived; the detail is normalised. */
export class EntityChangeEvent extends B24Event<EntityChange> {
  constructor(detail: EntityChange) {
    super('b24-entity-change', detail);
  }
}

/** `CallCard::BeforeClose` arrived. It can arrive twice. */
export class BeforeCloseEvent extends B24Event<Record<string, never>> {
  constructor(detail: Record<string, never> = {}) {
    super('b24-before-close', detail);
  }
}

export interface EntityOpenDetail {
  ENTITY_TYPE: string;
  ENTITY_ID: number;
  path: string;
}
/** A CRM item was activated. Cancel it to open the item yourself. */
export class EntityOpenEvent extends B24Event<EntityOpenDetail> {
  constructor(detail: EntityOpenDetail) {
    super('b24-entity-open', detail, true);
  }
}

/** A read failed; the detail says why (from the element, with the message it shows). */
export class StatusErrorEvent<D extends CardError = StatusError> extends B24Event<D> {
  constructor(detail: D) {
    super('b24-error', detail);
  }
}

/** The events a card handle fires (the element's, but `b24-entity-open`, which is about a click). */
export interface CallCardEventMap {
  'b24-status-change': StatusChangeEvent;
  'b24-call-state-change': CallStateChangeEvent;
  'b24-entity-change': EntityChangeEvent;
  'b24-before-close': BeforeCloseEvent;
  'b24-error': StatusErrorEvent<CardError>;
}

declare global {
  interface HTMLElementEventMap {
    'b24-status-change': StatusChangeEvent;
    'b24-call-state-change': CallStateChangeEvent;
    'b24-entity-change': EntityChangeEvent;
    'b24-before-close': BeforeCloseEvent;
    'b24-entity-open': EntityOpenEvent;
    'b24-error': StatusErrorEvent;
  }
}
