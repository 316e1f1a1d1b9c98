// Generated from custom-elements.json by scripts/gen-editor-data.mjs: do not edit.
// React 19 sets a custom element's known properties and listens to `on<event-name>` props.
import type { B24CallStatus, StatusChangeEvent, CallStateChangeEvent, EntityChangeEvent, BeforeCloseEvent, EntityOpenEvent, StatusErrorEvent } from '../dist/index.js';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

export type B24CallStatusProps = DetailedHTMLProps<HTMLAttributes<B24CallStatus>, B24CallStatus> &
  Partial<Pick<B24CallStatus, 'timeout' | 'lang' | 'keepOpen' | 'strings' | 'transport'>> & {
  /** A new status was read or applied. `detail: {status, previous}`. */
  'onb24-status-change'?: (event: StatusChangeEvent) => void;
  /** The call state changed (`CallCard::CallStateChanged`). `detail: {state, previous}`. */
  'onb24-call-state-change'?: (event: CallStateChangeEvent) => void;
  /** The card's client changed (`CallCard::EntityChanged`). `detail: {PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`. */
  'onb24-entity-change'?: (event: EntityChangeEvent) => void;
  /** The card is about to close (`CallCard::BeforeClose`); can fire twice. */
  'onb24-before-close'?: (event: BeforeCloseEvent) => void;
  /** A CRM item was activated. Cancelable: cancel it to open the item yourself. `detail: {ENTITY_TYPE, ENTITY_ID, path}`. */
  'onb24-entity-open'?: (event: EntityOpenEvent) => void;
  /** A read failed. `detail: {code, message}`. */
  'onb24-error'?: (event: StatusErrorEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'b24-call-status': B24CallStatusProps;
    }
  }
}
