/**
 * The app page of test/e2e/call-card.test.ts, served from another origin than
 * the portal: it loads a real client library (`?lib=bx24`: the wire-level
 * BX24 stand-in; `?lib=b24jssdk`: the real SDK), opens `callCard()` over it
 * (the transport itself, or `?promise=1` the promise initializeB24Frame()
 * returns), and reports every snapshot and event to the portal page as
 * `{coreProbe}`; `{coreCommand: 'keepOpen' | 'release' | 'dispose'}` acts on
 * the handle. Not Bitrix24 protocol: the portal ignores both.
 */
import { initializeB24Frame } from '@bitrix24/b24jssdk';
import { loadBX24 } from '../../../demo/bx24-wire.js';
import { callCard, type Transport } from '../../../src/core/index.js';

const [domain, protocol] = window.name.split('|');
const portal = `${protocol === '1' ? 'https' : 'http'}://${domain}`;
const query = new URLSearchParams(location.search);
const report = (probe: unknown) => window.parent.postMessage({ coreProbe: probe }, portal);

let transport: Transport | PromiseLike<Transport>;
if (query.get('lib') === 'b24jssdk') {
  const frame = initializeB24Frame();
  transport = (query.get('promise') ? frame : await frame) as unknown as Transport | PromiseLike<Transport>;
} else {
  const BX24 = loadBX24();
  transport = BX24 as unknown as Transport;
}

const card = callCard(transport);
// Same task as callCard(): these hear the first events.
for (const type of ['b24-status-change', 'b24-call-state-change', 'b24-entity-change', 'b24-before-close', 'b24-error'])
  card.addEventListener(type, (e) => report({ event: type, detail: JSON.parse(JSON.stringify((e as CustomEvent).detail)) }));
card.subscribe((s) => report({ snapshot: JSON.parse(JSON.stringify(s)) }));

let release: (() => void) | undefined;
window.addEventListener('message', (e) => {
  const command = (e.data as { coreCommand?: string } | null)?.coreCommand;
  if (e.origin !== portal || !command) return;
  if (command === 'keepOpen') release = card.keepOpen();
  if (command === 'release') release?.();
  if (command === 'dispose') card.dispose();
  if (command === 'open') report({ opened: card.open('CONTACT', 797) });
});
