// React 19's bare tag and the React 18/19 component, as typed by b24-call-status/react.
import { B24CallStatus, useCallStatus } from 'b24-call-status/react';
import type { PlainTransport } from 'b24-call-status';

declare const transport: PlainTransport;

export const bare = (
  <b24-call-status transport={transport} keepOpen timeout={3000} onb24-status-change={(e) => console.log(e.detail.status.CALL_STATE)} />
);
export const wrapped = <B24CallStatus transport={transport} keepOpen onStatusChange={(e) => console.log(e.detail.previous)} />;
export const everyAttribute = <B24CallStatus theme="auto" noCrmNames id="card" className="wide" />;

export const misspelledBare = (
  // @ts-expect-error: `keepOpn` is not a property
  <b24-call-status keepOpn />
);
export const misspelledWrapped = (
  // @ts-expect-error: `keepOpn` is not a prop
  <B24CallStatus keepOpn />
);
export const badTheme = (
  // @ts-expect-error: theme is light, dark or auto
  <B24CallStatus theme="blue" />
);
export const wrongDetail = (
  <b24-call-status
    onb24-error={(e) => {
      // @ts-expect-error: an error's detail is {code, message}
      console.log(e.detail.status);
    }}
  />
);

export function Phone() {
  const { state, status, error } = useCallStatus(transport, { timeout: 3000 });
  // @ts-expect-error: a misspelled snapshot field
  const misspelled = status?.PHONE_NUMBR;
  return <p title={misspelled}>{state === 'ready' ? status?.PHONE_NUMBER : error?.code}</p>;
}
