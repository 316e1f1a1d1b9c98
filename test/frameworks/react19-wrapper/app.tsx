// The React app through the `b24-call-status/react` wrapper, bundled with React 19 here
// and with React 18 as ../react18 (the same code); the README's wrapper snippet is taken from it.
import { useState, version, type ComponentProps } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { B24CallStatus } from 'b24-call-status/react';
import type { Transport } from 'b24-call-status';

function App({ ok, broken }: { ok: Transport; broken: Transport }) {
  const [keepOpen, setKeepOpen] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((l) => [...l, line]);
  // Typed by the wrapper: e is a StatusChangeEvent, StatusErrorEvent, … here.
  const handlers = {
    onStatusChange: (e) => add(`status ${e.detail.status.CALL_STATE} ${e.detail.status.PHONE_NUMBER}`),
    onError: (e) => add(`error ${e.detail.code}`),
    onCallStateChange: (e) => add(`state ${e.detail.state}`),
    onEntityChange: (e) => add(`entity ${e.detail.PHONE_NUMBER}`),
    onBeforeClose: () => add('close'),
    onEntityOpen: (e) => {
      e.preventDefault();
      add(`open ${e.detail.path}`);
    },
  } satisfies ComponentProps<typeof B24CallStatus>;
  return (
    <>
      <button className="keep-open" onClick={() => setKeepOpen((k) => !k)}>
        Keep open
      </button>
      <B24CallStatus id="ok" transport={ok} keepOpen={keepOpen} {...handlers} />
      <B24CallStatus id="broken" transport={broken} {...handlers} />
      <ol className="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </>
  );
}

/** The React the app was bundled with, so the test knows which one ran. */
export const reactVersion = version;

export function start(root: HTMLElement, transports: { ok: Transport; broken: Transport }) {
  flushSync(() => createRoot(root).render(<App {...transports} />));
}
