/**
 * The app page of test/e2e/rest.test.ts, served from another origin than the
 * portal: it loads a real client library (`?lib=bx24`: the wire-level BX24
 * stand-in; `?lib=b24jssdk`: the real SDK), and on the portal's `{restProbe}`
 * messages runs src/rest.ts or the CrmNamesController over it, reporting
 * `{restProbeResult}` back. Not Bitrix24 protocol: the portal ignores both.
 */
import { initializeB24Frame } from '@bitrix24/b24jssdk';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadBX24 } from '../../../demo/bx24-wire.js';
import { CrmNamesController } from '../../../src/internal/crm-names.js';
import { restFor, type RestCalls } from '../../../src/rest.js';

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

const ready = transport();
const report = (r: ProbeResult | { ready: true }) => window.parent.postMessage({ restProbeResult: r }, portal);

class Host implements ReactiveControllerHost {
  updates = 0;
  controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  addController(c: ReactiveController) {
    this.controllers.push(c);
    c.hostConnected?.();
  }
  removeController() {}
  requestUpdate() {
    this.updates++;
  }
}
const host = new Host();
const names = new CrmNamesController(host);

window.addEventListener('message', async (e) => {
  const probe = (e.data as { restProbe?: Probe } | null)?.restProbe;
  if (e.origin !== portal || !probe) return;
  const rest = restFor(await ready);
  if (probe.kind === 'batch') {
    try {
      report({ id: probe.id, answers: await rest!.batch(probe.calls, probe.ms) });
    } catch (err) {
      report({ id: probe.id, code: (err as { code?: string }).code });
    }
    return;
  }
  const before = host.updates;
  names.request(rest, probe.items, probe.ms);
  const end = Date.now() + probe.ms + 100;
  while (host.updates === before && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
  const out: Record<string, string | undefined> = {};
  for (const i of probe.items) out[`${i.ENTITY_TYPE}:${i.ENTITY_ID}`] = names.name(i.ENTITY_TYPE, i.ENTITY_ID);
  report({ id: probe.id, names: out, updates: host.updates });
});
void ready.then(() => report({ ready: true }));
