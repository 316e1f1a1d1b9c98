/**
 * Every event the element fires. Each is a class that bubbles and crosses
 * shadow roots, and is added to HTMLElementEventMap so listeners are typed
 * everywhere. The classes come from one factory: six hand-written
 * constructors would cost bytes in every bundle.
 */
import type { StatusError } from './host.js';
import type { CallStatus, EntityChange } from './status.js';

function eventClass<T>(type: string, cancelable = false) {
  return class extends Event {
    constructor(readonly detail: T) {
      super(type, { bubbles: true, composed: true, cancelable });
    }
  };
}

export interface StatusChangeDetail {
  status: CallStatus;
  previous: CallStatus | undefined;
}
/** A new status was read or applied. */
export const StatusChangeEvent = eventClass<StatusChangeDetail>('b24-status-change');
export type StatusChangeEvent = InstanceType<typeof StatusChangeEvent>;

export interface CallStateChangeDetail {
  state: string;
  previous: string | undefined;
}
/** `CallCard::CallStateChanged` arrived and was applied. */
export const CallStateChangeEvent = eventClass<CallStateChangeDetail>('b24-call-state-change');
export type CallStateChangeEvent = InstanceType<typeof CallStateChangeEvent>;

/** `CallCard::EntityChanged` arrived; the detail is normalised. */
export const EntityChangeEvent = eventClass<EntityChange>('b24-entity-change');
export type EntityChangeEvent = InstanceType<typeof EntityChangeEvent>;

/** `CallCard::BeforeClose` arrived. It can arrive twice. */
export const BeforeCloseEvent = eventClass<Record<string, never>>('b24-before-close');
export type BeforeCloseEvent = InstanceType<typeof BeforeCloseEvent>;

export interface EntityOpenDetail {
  ENTITY_TYPE: string;
  ENTITY_ID: number;
  path: string;
}
/** A CRM item was activated. Cancel it to open the item yourself. */
export const EntityOpenEvent = eventClass<EntityOpenDetail>('b24-entity-open', true);
export type EntityOpenEvent = InstanceType<typeof EntityOpenEvent>;

/** A read failed; the detail says why. */
export const StatusErrorEvent = eventClass<StatusError>('b24-error');
export type StatusErrorEvent = InstanceType<typeof StatusErrorEvent>;

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
