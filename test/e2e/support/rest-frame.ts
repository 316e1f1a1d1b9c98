/**
 * The app page of test/e2e/rest.test.ts, served from another origin than the
 * portal: it loads a real client library (`?lib=bx24`: the wire-level BX24
 * stand-in; `?lib=b24jssdk`: the real SDK), and on the portal's `{restProbe}`
 * messages runs the library's adapter (`adapterFor(t).batch`, bounded by
 * `withTimeout`) or the page's CrmNames over it, reporting
 * `{restProbeResult}` back. Not Bitrix24 protocol: the portal ignores both.
 */
import { initializeB24Frame } from '@bitrix24/b24jssdk';
import { loadBX24 } from '../../../demo/bx24-wire.js';
import { adapterFor, type HostAdapter, type RestCalls } from '../../../src/core/adapters/index.js';
import { CrmNames, nameKey } from '../../../src/core/crm-names.js';
import { codeOf } from '../../../src/core/errors.js';
import { withTimeout } from '../../../src/core/time.js';

export type Probe =
  | { id: number; kind: 'batch'; calls: RestCalls; ms: number }
  | { id: number; kind: 'names'; items: Array<{ ENTITY_TYPE: string; ENTITY_ID: number }>; ms: number };
export type ProbeResult = { id: number; answers?: unknown; code?: string; names?: Record<string, string | undefined>; updates?: number };

const [domain, protocol] = window.name.split('|');
const portal = `${protocol === '1' ? 'https' : 'http'}://${domain}`;
const lib = new URLSearchParams(location.search).get('lib');

async function transport(): Promise<unknown> {
  if (lib === 'b24jssdk') return initializeB24Frame();
  const BX24 = loadBX24();
  await new Promise<void>((r) => BX24.init(r));
  return BX24;
}

// One adapter and one CrmNames for the page, as the page's hub has them.
const ready: Promise<{ adapter: HostAdapter; names: CrmNames }> = transport().then((t) => {
  const adapter = adapterFor(t)!;
  return { adapter, names: new CrmNames(adapter) };
});
const report = (r: ProbeResult | { ready: true }) => window.parent.postMessage({ restProbeResult: r }, portal);

// How many times CrmNames said that names arrived.
let updates = 0;
const arrived = () => void updates++;

window.addEventListener('message', async (e) => {
  const probe = (e.data as { restProbe?: Probe } | null)?.restProbe;
  if (e.origin !== portal || !probe) return;
  const { adapter, names } = await ready;
  if (probe.kind === 'batch') {
    try {
      report({ id: probe.id, answers: await withTimeout(adapter.batch!(probe.calls), probe.ms) });
    } catch (err) {
      report({ id: probe.id, code: codeOf(err) });
    }
    return;
  }
  const before = updates;
  names.request(probe.items, probe.ms, arrived);
  const end = Date.now() + probe.ms + 100;
  while (updates === before && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  const known = names.known(probe.items);
  const out: Record<string, string | undefined> = {};
  for (const i of probe.items) out[nameKey(i.ENTITY_TYPE, i.ENTITY_ID)] = known[nameKey(i.ENTITY_TYPE, i.ENTITY_ID)];
  report({ id: probe.id, names: out, updates });
});
void ready.then(() => report({ ready: true }));
