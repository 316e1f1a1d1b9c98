// Generated from custom-elements.json by scripts/gen-editor-data.mjs: do not edit.
// Types `<b24-call-status>` in Vue templates (vue-tsc, Volar) through GlobalComponents.
import type { B24CallStatus, StatusChangeEvent, CallStateChangeEvent, EntityChangeEvent, BeforeCloseEvent, EntityOpenEvent, StatusErrorEvent } from '../dist/index.js';
import type { DefineComponent } from 'vue';

export type B24CallStatusVueProps = Partial<Pick<B24CallStatus, 'timeout' | 'lang' | 'keepOpen' | 'strings' | 'transport'>> & {
  'keep-open'?: B24CallStatus['keepOpen'];
  /** A new status was read or applied. `detail: {status, previous}`. */
  onB24StatusChange?: (event: StatusChangeEvent) => void;
  /** The call state changed (`CallCard::CallStateChanged`). `detail: {state, previous}`. */
  onB24CallStateChange?: (event: CallStateChangeEvent) => void;
  /** The card's client changed (`CallCard::EntityChanged`). `detail: {PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID}`. */
  onB24EntityChange?: (event: EntityChangeEvent) => void;
  /** The card is about to close (`CallCard::BeforeClose`); can fire twice. */
  onB24BeforeClose?: (event: BeforeCloseEvent) => void;
  /** A CRM item was activated. Cancelable: cancel it to open the item yourself. `detail: {ENTITY_TYPE, ENTITY_ID, path}`. */
  onB24EntityOpen?: (event: EntityOpenEvent) => void;
  /** A read failed. `detail: {code, message}`. */
  onB24Error?: (event: StatusErrorEvent) => void;
};

declare module 'vue' {
  interface GlobalComponents {
    'b24-call-status': DefineComponent<B24CallStatusVueProps>;
  }
}
