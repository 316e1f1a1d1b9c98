/** @jsxImportSource preact */
// What the generated JSX typings must refuse in Preact; checked by tsc (../tsconfig.json), never run.
import type { StatusErrorEvent } from 'b24-call-status';
import type {} from 'b24-call-status/preact'; // types <b24-call-status> in Preact's JSX

export const fine = <b24-call-status lang="ru" timeout={3000} onb24-error={(e: StatusErrorEvent) => e.detail.code} />;
// @ts-expect-error transport is a host object, not a number
export const badTransport = <b24-call-status transport={42} />;
// @ts-expect-error a misspelled prop
export const misspelled = <b24-call-status keepOpenn />;
// @ts-expect-error a misspelled detail field
export const badDetail = <b24-call-status onb24-error={(e: StatusErrorEvent) => e.detail.codee} />;
