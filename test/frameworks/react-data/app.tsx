// React through `b24-call-status/react`: useCallStatus() in components of the app's own, and
// the <B24CallStatus> wrapper beside them, under StrictMode (effects run twice, and a handle
// must still be one per component). Bundled with React 19 here and with React 18 as
// ../react18-data; the README's hook snippet is taken from it.
import { StrictMode, useRef, useState, version } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { B24CallStatus, useCallStatus } from 'b24-call-status/react';
import type { Transport } from 'b24-call-status/core';
import { first, line, liveCards, type DataApp } from '../data-probe.js';

function Call({ label, transport }: { label: string; transport: Transport }) {
  const call = useCallStatus(transport);
  const firstRender = useRef(first(call));
  return (
    <div className="call" id={`call-${label}`}>
      <span className="line">{line(call)}</span> <span className="first">{firstRender.current}</span>
    </div>
  );
}

function App({ ok, broken }: { ok: Transport; broken: Transport }) {
  const [late, setLate] = useState(false);
  const [swapped, setSwapped] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  return (
    <>
      <button className="late" onClick={() => setLate(true)}>Late</button>
      <button className="swap" onClick={() => setSwapped(true)}>Swap</button>
      <Call label="ok" transport={swapped ? broken : ok} />
      <Call label="broken" transport={broken} />
      {late && <Call label="late" transport={ok} />}
      <B24CallStatus id="el" className="card" theme="dark" transport={ok} onStatusChange={(e) => setLog((l) => [...l, `status ${e.detail.status.PHONE_NUMBER}`])} />
      <ol className="log">
        {log.map((l, i) => (
          <li key={i}>{l}</li>
        ))}
      </ol>
    </>
  );
}

export const reactVersion = version;
export { liveCards };

export function start(root: HTMLElement, transports: { ok: unknown; broken: unknown }): DataApp {
  const app = createRoot(root);
  flushSync(() =>
    app.render(
      <StrictMode>
        <App ok={transports.ok as Transport} broken={transports.broken as Transport} />
      </StrictMode>,
    ),
  );
  return { stop: () => app.unmount() };
}
