// What the wrapper's types must refuse; checked by tsc (tsconfig.json here), never run.
import { B24CallStatus, useCallStatus } from 'b24-call-status/react';
import type { B24CallStatusElement } from 'b24-call-status/react';
import type { StatusErrorEvent } from 'b24-call-status';
import { createRef } from 'react';

const ref = createRef<B24CallStatusElement>();
export const fine = <B24CallStatus ref={ref} lang="ru" timeout={3000} strings={{ retry: 'Again' }} onEntityOpen={(e) => e.preventDefault()} />;
// Every settable property and attribute of the element is a prop (src/react-api.ts, from the manifest).
export const everyProp = <B24CallStatus theme="dark" noCrmNames keepOpen transport={null} id="x" className="y" title="z" />;
// @ts-expect-error theme is light, dark or auto
export const badTheme = <B24CallStatus theme="blue" />;
// @ts-expect-error transport is a host object, not a number
export const badTransport = <B24CallStatus transport={42} />;
// @ts-expect-error a misspelled prop
export const misspelled = <B24CallStatus keepOpenn />;
// @ts-expect-error a misspelled detail field
export const badDetail = <B24CallStatus onError={(e) => e.detail.codee} />;
// @ts-expect-error the wrong event for the prop
export const wrongEvent = <B24CallStatus onStatusChange={(e: StatusErrorEvent) => e.detail.code} />;
// @ts-expect-error timeout is a number
export const badTimeout = <B24CallStatus timeout="5" />;

// The hook's snapshot is typed: status is a CallStatus.
export function Phone() {
  const { state, status, error, names } = useCallStatus(null, { timeout: 3000, names: false });
  // @ts-expect-error a misspelled snapshot field
  const misspelled = status?.PHONE_NUMBR;
  // @ts-expect-error timeout is a number
  useCallStatus(null, { timeout: '3000' });
  return <p title={misspelled}>{state === 'ready' ? status?.PHONE_NUMBER : error?.code} {names['CONTACT:797']}</p>;
}
