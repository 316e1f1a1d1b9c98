// A React app that mounts a second <B24CallStatus> after the first has shown the status,
// as a tab or a route does: the wrapper adds its listeners after the element is in the DOM.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { B24CallStatus } from 'b24-call-status/react';
import type { Transport } from 'b24-call-status';

let show: () => void = () => {};

function App({ transport }: { transport: Transport }) {
  const [second, setSecond] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((l) => [...l, line]);
  show = () => setSecond(true);
  return (
    <>
      <B24CallStatus id="first" transport={transport} onStatusChange={(e) => add(`first ${e.detail.status.PHONE_NUMBER}`)} />
      {second && <B24CallStatus id="second" transport={transport} onStatusChange={(e) => add(`second ${e.detail.status.PHONE_NUMBER}`)} />}
      <ol className="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </>
  );
}

export function start(root: HTMLElement, transport: Transport) {
  flushSync(() => createRoot(root).render(<App transport={transport} />));
}

/** Mount the second component. */
export function showSecond() {
  flushSync(() => show());
}
