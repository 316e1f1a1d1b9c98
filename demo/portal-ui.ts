/**
 * The demo's portal page: wires the controls of index.html to a Portal,
 * and shows its log, the auto-close countdown, and the widgets' events.
 */
import { AppLink } from './app-link.js';
import { Portal, type CallCardEvent, type LogEntry, type Placement, type StatusFailure } from './portal.js';

const $ = <T extends HTMLElement = HTMLInputElement>(sel: string) => document.querySelector<T>(sel)!;
const configured = document.querySelector('script[data-app-url]')?.getAttribute('data-app-url') ?? '';
const appBase = configured.startsWith('http') ? configured : 'http://127.0.0.1:8001/app.html';
const STEPS: Record<string, string> = { idle: 'connecting', connecting: 'connected', connected: 'idle' };

const logBox = $<HTMLDivElement>('#log');
function logLine(kind: string, text: string, note?: string) {
  const row = document.createElement('div');
  row.className = kind;
  const time = new Date().toISOString().slice(11, 23);
  const arrow = kind === 'in' ? 'app → portal' : kind === 'out' ? 'portal → app' : 'widget event';
  row.textContent = `${time} ${arrow}  ${text}`;
  if (note) row.append(Object.assign(document.createElement('span'), { className: 'note', textContent: `  (${note})` }));
  const atEnd = logBox.scrollTop + logBox.clientHeight >= logBox.scrollHeight - 4;
  logBox.append(row);
  if (atEnd) logBox.scrollTop = logBox.scrollHeight;
}
const show = (data: unknown) => (typeof data === 'string' ? data : JSON.stringify(data));

const portal = new Portal($<HTMLDivElement>('#app'), {
  appUrl: appBase,
  log: (e: LogEntry) => logLine(e.dir, show(e.data), e.note),
  onChange: () => render(),
});
new AppLink(portal, (r) => {
  if (r.type === 'event') logLine('widget', `#${r.index} ${r.name} ${JSON.stringify(r.detail)}`, r.defaultPrevented ? 'cancelled' : undefined);
});

function fillForm() {
  const s = portal.status;
  $('#phone').value = s.PHONE_NUMBER ?? '';
  $('#line').value = s.LINE_NUMBER;
  $('#line-name').value = s.LINE_NAME;
  $<HTMLSelectElement>('#direction').value = s.CALL_DIRECTION;
  $('#call-list').checked = s.CALL_LIST_MODE;
  $<HTMLSelectElement>('#crm-type').value = s.CRM_ENTITY_TYPE;
  $('#crm-id').value = String(s.CRM_ENTITY_ID);
  $('#bindings').value = s.CRM_BINDINGS.map((b) => `${b.ENTITY_TYPE}:${b.ENTITY_ID}`).join(', ');
}

function render() {
  $('#state').textContent = portal.status.CALL_STATE;
  $('#where').textContent = `${portal.placement}, ${portal.lang}${portal.silent ? ', silent' : ''}`;
  $('#slider').hidden = !portal.slider;
  $('#slider-path').textContent = portal.slider?.path ?? '';
  $('#closed').hidden = !portal.closed;
  const box = $('#autoclose');
  const left = Math.ceil((portal.autoCloseBlockedUntil - Date.now()) / 1000);
  box.className = portal.closed ? 'closed' : portal.autoCloseBlocked ? 'blocked' : '';
  box.textContent = portal.closed
    ? 'the card closed'
    : portal.autoCloseBlocked
      ? `blocked by disableAutoClose, ${left} s of 65 left${portal.ended ? ' (the call ended; the card is held open)' : ''}`
      : 'allowed (the card closes when the call ends)';
}

function reload() {
  const url = new URL(appBase);
  url.searchParams.set('lib', $<HTMLSelectElement>('#lib').value);
  portal.appUrl = url.href;
  // Outside any frame the client library cannot start: the widgets there show NO_APP_CONTEXT.
  $<HTMLAnchorElement>('#outside').href = url.href;
  logBox.replaceChildren();
  void portal.load();
}

$('#apply').addEventListener('click', () => {
  const s = portal.status;
  s.LINE_NUMBER = $('#line').value;
  s.LINE_NAME = $('#line-name').value;
  s.CALL_DIRECTION = $<HTMLSelectElement>('#direction').value;
  s.CALL_LIST_MODE = $('#call-list').checked;
  const phone = $('#phone').value.trim();
  const bindings = $('#bindings')
    .value.split(',')
    .map((part) => part.trim().split(':'))
    .filter(([type, id]) => type && Number(id) > 0)
    .map(([type, id]) => ({ ENTITY_TYPE: type.toUpperCase(), ENTITY_ID: Number(id) }));
  portal.setEntity({
    PHONE_NUMBER: phone || undefined,
    CRM_ENTITY_TYPE: $<HTMLSelectElement>('#crm-type').value,
    CRM_ENTITY_ID: Number($('#crm-id').value) || 0,
    CRM_BINDINGS: bindings,
  });
});
$('#step').addEventListener('click', () => portal.setCallState(STEPS[portal.status.CALL_STATE] ?? 'idle'));
document.querySelectorAll<HTMLButtonElement>('[data-state]').forEach((b) =>
  b.addEventListener('click', () => portal.setCallState(b.dataset.state!))
);
document.querySelectorAll<HTMLButtonElement>('[data-fire]').forEach((b) =>
  b.addEventListener('click', () => {
    const event = b.dataset.fire as CallCardEvent;
    const { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID, CALL_STATE } = portal.status;
    if (event === 'CallCard::CallStateChanged') portal.fire(event, CALL_STATE);
    else if (event === 'CallCard::EntityChanged') portal.fire(event, { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID });
    else portal.fire(event);
  })
);
$('#placement').addEventListener('change', () => {
  portal.placement = $<HTMLSelectElement>('#placement').value as Placement;
  reload();
});
$('#lang').addEventListener('change', () => {
  portal.lang = $<HTMLSelectElement>('#lang').value;
  reload();
});
$('#lib').addEventListener('change', reload);
$('#silent').addEventListener('change', () => {
  portal.silent = $('#silent').checked;
  render();
});
// A failed answer shows on the widgets' next read: fire EntityChanged so they read at once.
$('#failure').addEventListener('change', () => {
  portal.failure = ($<HTMLSelectElement>('#failure').value || undefined) as StatusFailure | undefined;
  const { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID } = portal.status;
  portal.fire('CallCard::EntityChanged', { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID });
});
$('#reload').addEventListener('click', reload);
$('#reopen').addEventListener('click', reload);
$('#slider-close').addEventListener('click', () => portal.closeSlider());
setInterval(render, 1000); // The countdown.

// REST: the failure controls of this portal's session, and what the server received.
const restBox = (id: string) => $(`#rest-${id}`);
function restControls() {
  void portal
    .rest({
      noScope: restBox('no-scope').checked,
      denied: restBox('denied').value.split(',').map((s) => s.trim()).filter(Boolean),
      expired: ($<HTMLSelectElement>('#rest-expired').value || false) as false | 'once' | 'always',
      rateLimited: restBox('limit').checked,
      hang: restBox('hang').checked,
      dropped: restBox('drop').checked,
    })
    .then(() => {
      const { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID } = portal.status;
      portal.fire('CallCard::EntityChanged', { PHONE_NUMBER, CRM_ENTITY_TYPE, CRM_ENTITY_ID });
    })
    .catch((e: Error) => logLine('widget', `REST controls: ${e.message}`));
}
for (const id of ['no-scope', 'denied', 'limit', 'hang', 'drop']) restBox(id).addEventListener('change', restControls);
$('#rest-expired').addEventListener('change', restControls);
let restPolling = false;
setInterval(async () => {
  if (restPolling) return;
  restPolling = true;
  try {
    const { requests } = await portal.restState();
    const last = requests.at(-1);
    $('#rest-count').textContent = `${requests.length}${last ? ` (last: ${last.method} ${last.kind}, ${last.status ?? 'no answer'}${last.commands ? `, ${last.commands.length} commands` : ''})` : ''}`;
  } catch {
    $('#rest-count').textContent = 'no REST server';
  } finally {
    restPolling = false;
  }
}, 1000);

fillForm();
reload();
