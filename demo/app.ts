/**
 * The app page the emulated portal shows in its call card, served from
 * another origin. It uses a real client library: b24jssdk (default) or, with
 * `?lib=bx24`, the wire-level BX24 stand-in. Other query parameters:
 * `count` (widgets, default 2), `timeout` (ms), `keep=1`, `cancel=1`, and
 * `late=MS` (with `lib=bx24`: the script loads MS ms after the widgets, as
 * an `async` or injected script does; the widgets find it themselves).
 *
 * So that the portal page (and the e2e tests) can see inside this
 * cross-origin frame, it reports the widgets' events and what they show to
 * the parent as `{b24DemoReport}` objects, and obeys `{b24DemoControl}`
 * objects from the portal's origin. Neither is part of the Bitrix24 protocol;
 * the portal ignores them as such.
 */
import { initializeB24Frame } from '@bitrix24/b24jssdk';
import { define, type B24CallStatus, type Transport } from '../src/index.js';
import { loadBX24 } from './bx24-wire.js';

const EVENTS = ['b24-status-change', 'b24-call-state-change', 'b24-entity-change', 'b24-before-close', 'b24-entity-open', 'b24-error'];

export interface WidgetSnapshot {
  state: string | null;
  callState: string | null;
  /** The status shown is not up to date. */
  stale: boolean;
  keepOpen: boolean;
  text: string;
}
export type DemoReport =
  | { type: 'event'; name: string; index: number; detail: unknown; defaultPrevented: boolean }
  | { type: 'snapshot'; lib: string; widgets: WidgetSnapshot[] };
export interface DemoControl {
  keepOpen?: boolean;
  cancelOpen?: boolean;
  /** Click the `nth` element with this part in widget `index`. */
  click?: { index: number; part: string; nth?: number };
  /** Move the keep-open widget to the other box, as a framework re-parenting it would. */
  move?: boolean;
  snapshot?: boolean;
}

// Called, not just imported: the package marks its sources as free of side effects.
define();
const query = new URLSearchParams(location.search);
// `bx24-late` is the BX24 script loading 2 s after the widgets (the portal's "loaded late" choice).
const lib = query.get('lib')?.startsWith('bx24') ? 'bx24' : 'b24jssdk';
if (query.get('lib') === 'bx24-late' && !query.has('late')) query.set('late', '2000');
const [domain, protocol] = window.name.split('|');
const portalOrigin = domain ? `${protocol === '1' ? 'https' : 'http'}://${domain}` : undefined;
const keepBox = document.querySelector<HTMLInputElement>('#keep-open')!;
const cancelBox = document.querySelector<HTMLInputElement>('#cancel-open')!;
const list = document.querySelector<HTMLElement>('#widgets')!;

function transport(): Transport | PromiseLike<Transport> | undefined {
  if (lib === 'b24jssdk') {
    const frame = initializeB24Frame();
    frame.catch(() => {}); // The widgets show the failure; keep the console clean.
    return frame;
  }
  const load = () => {
    try {
      loadBX24();
    } catch {
      // Outside a Bitrix24 frame the script throws and leaves a dead window.BX24: the widgets say so.
    }
  };
  const late = Number(query.get('late'));
  if (late > 0) setTimeout(load, late);
  else load();
  return undefined; // The widgets look up window.BX24 themselves (and wait for a late one).
}

const shared = transport();
const count = Math.min(Math.max(Number(query.get('count') ?? 2) || 2, 1), 100);
const widgets = Array.from({ length: count }, () => {
  const el = document.createElement('b24-call-status');
  if (query.has('timeout')) el.setAttribute('timeout', query.get('timeout')!);
  if (shared) el.transport = shared;
  return el;
});
const keeper = widgets[Math.min(1, count - 1)];
keepBox.checked = query.get('keep') === '1';
cancelBox.checked = query.get('cancel') === '1';
keeper.keepOpen = keepBox.checked;
keepBox.addEventListener('change', () => (keeper.keepOpen = keepBox.checked));
// Re-parenting must cost nothing: no enableAutoClose, no new getStatus.
const other = document.querySelector<HTMLElement>('#moved')!;
const move = () => (keeper.parentElement === other ? list : other).append(keeper);
document.querySelector('#move')!.addEventListener('click', move);
document.querySelector('#lib')!.textContent = `Client library: ${lib}`;
list.addEventListener('b24-entity-open', (e) => cancelBox.checked && e.preventDefault());
list.append(...widgets);

function report(r: DemoReport) {
  if (portalOrigin && window.parent !== window) window.parent.postMessage({ b24DemoReport: r }, portalOrigin);
}

let pending = false;
async function snapshot() {
  if (pending) return;
  pending = true;
  await Promise.all(widgets.map((w) => w.updateComplete));
  pending = false;
  report({
    type: 'snapshot',
    lib,
    widgets: widgets.map((w) => ({
      state: w.getAttribute('state'),
      callState: w.getAttribute('call-state'),
      stale: w.hasAttribute('stale'),
      keepOpen: w.keepOpen,
      text: w.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    })),
  });
}

// Reported from the document, after the page's own listeners had their say.
for (const name of EVENTS) {
  document.addEventListener(name, (e) => {
    const index = widgets.indexOf(e.target as B24CallStatus);
    report({ type: 'event', name, index, detail: (e as CustomEvent).detail, defaultPrevented: e.defaultPrevented });
    void snapshot();
  });
}
new MutationObserver(() => void snapshot()).observe(document.body, { attributes: true, subtree: true });

window.addEventListener('message', (e) => {
  const control = (e.data as { b24DemoControl?: DemoControl } | null)?.b24DemoControl;
  if (e.origin !== portalOrigin || !control) return;
  if (control.keepOpen !== undefined) keeper.keepOpen = keepBox.checked = control.keepOpen;
  if (control.cancelOpen !== undefined) cancelBox.checked = control.cancelOpen;
  if (control.move) move();
  if (control.click) {
    const { index, part, nth = 0 } = control.click;
    widgets[index]?.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${part}"]`)[nth]?.click();
  }
  void snapshot();
});
void snapshot();
