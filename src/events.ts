/**
 * Every event the element fires. Each is a small class that bubbles and
 * crosses shadow roots, and is added to HTMLElementEventMap so listeners are
 * typed everywhere.
 */
import type { StatusError } from './host.js';
import type { CallStatus, EntityChange } from './status.js';

class B24Event<T> extends Event {
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
  constructor() {
    super('b24-before-close', {});
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

/** A read failed; the detail says why. */
export class StatusErrorEvent extends B24Event<StatusError> {
  constructor(detail: StatusError) {
    super('b24-error', detail);
  }
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
