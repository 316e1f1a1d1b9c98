/** @jsxImportSource preact */
// The Preact app of the framework tests; the README's Preact snippet is taken from it.
// Preact sets a prop the element has (transport, keepOpen) as a property, and an
// `on<event-name>` prop adds a listener for that event name.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import 'b24-call-status';
import type {} from 'b24-call-status/preact'; // types <b24-call-status> in Preact's JSX
import type { StatusChangeEvent, StatusErrorEvent, CallStateChangeEvent, EntityChangeEvent, EntityOpenEvent, Transport } from 'b24-call-status';

function App({ ok, broken }: { ok: Transport; broken: Transport }) {
  const [keepOpen, setKeepOpen] = useState(false);
  const [log, setLog] = useState<string[]>([]);
  const add = (line: string) => setLog((l) => [...l, line]);
  const handlers = {
    'onb24-status-change': (e: StatusChangeEvent) => add(`status ${e.detail.status.CALL_STATE} ${e.detail.status.PHONE_NUMBER}`),
    'onb24-error': (e: StatusErrorEvent) => add(`error ${e.detail.code}`),
    'onb24-call-state-change': (e: CallStateChangeEvent) => add(`state ${e.detail.state}`),
    'onb24-entity-change': (e: EntityChangeEvent) => add(`entity ${e.detail.PHONE_NUMBER}`),
    'onb24-before-close': () => add('close'),
    'onb24-entity-open': (e: EntityOpenEvent) => {
      e.preventDefault();
      add(`open ${e.detail.path}`);
    },
  };
  return (
    <>
      <button class="keep-open" onClick={() => setKeepOpen((k) => !k)}>
        Keep open
      </button>
      <b24-call-status id="ok" transport={ok} keepOpen={keepOpen} {...handlers} />
      <b24-call-status id="broken" transport={broken} {...handlers} />
      <ol class="log">
        {log.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ol>
    </>
  );
}

export function start(root: HTMLElement, transports: { ok: Transport; broken: Transport }) {
  render(<App {...transports} />, root);
}
