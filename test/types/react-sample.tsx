// Compiled, never run: `<b24-call-status>` as React 19 users write it. Every
// expected error below must stay an error, so the check fails if typing loosens.
import type {} from 'b24-call-status/react';
import type { B24CallStatus, PlainTransport } from 'b24-call-status';
import { useRef } from 'react';

declare const transport: PlainTransport;

export function Good({ keepOpen }: { keepOpen: boolean }) {
  const ref = useRef<B24CallStatus>(null);
  return (
    <b24-call-status
      ref={ref}
      transport={transport}
      keepOpen={keepOpen}
      timeout={3000}
      lang="ru"
      strings={{ retry: 'Again' }}
      onb24-status-change={(e) => console.log(e.detail.status.CALL_STATE, e.detail.previous?.PHONE_NUMBER)}
      onb24-error={(e) => console.log(e.detail.code.toLowerCase())}
      onb24-entity-open={(e) => e.preventDefault()}
    />
  );
}

export const misspelledProperty = (
  // @ts-expect-error: `keepOpn` is not a property
  <b24-call-status keepOpn />
);

export const wrongPropertyType = (
  // @ts-expect-error: timeout is a number
  <b24-call-status timeout="soon" />
);

export const wrongDetail = (
  <b24-call-status
    onb24-status-change={(e) => {
      // @ts-expect-error: a status change carries {status, previous}, not an error code
      console.log(e.detail.code);
    }}
  />
);

// @ts-expect-error: a b24-error handler does not take a status change
export const wrongHandler = <b24-call-status onb24-error={(e: Event & { detail: { status: string } }) => e.detail.status.trim()} />;
