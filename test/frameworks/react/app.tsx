// The React 19 app of the framework tests; the README's React snippet is taken from it.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import 'b24-call-status';
import type {} from 'b24-call-status/react';
import type { StatusChangeEvent, StatusErrorEvent, Transport } from 'b24-call-status';

function App({ ok, broken }: { ok: Transport; broken: Transport }) {
  const [keepOpen, setKeepOpen] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((l) => [...l, line]);
  const onStatus = (e: StatusChangeEvent) => add(`status ${e.detail.status.CALL_STATE} ${e.detail.status.PHONE_NUMBER}`);
  const onError = (e: StatusErrorEvent) => add(`error ${e.detail.code}`);
  return (
    <>
      <button className="keep-open" onClick={() => setKeepOpen((k) => !k)}>
        Keep open
      </button>
      <b24-call-status id="ok" transport={ok} keepOpen={keepOpen} onb24-status-change={onStatus} onb24-error={onError} />
      <b24-call-status id="broken" transport={broken} onb24-status-change={onStatus} onb24-error={onError} />
      <ol className="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </>
  );
}

export function start(root: HTMLElement, transports: { ok: Transport; broken: Transport }) {
  flushSync(() => createRoot(root).render(<App {...transports} />));
}
