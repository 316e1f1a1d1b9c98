// Mounts one <b24-call-status> per figure, each with a fake host (a plain
// transport) that answers getStatus the way that state needs.
import { DOC_STATUS } from './doc-status.js';

const STATUS = { ...DOC_STATUS, LINE_NAME: 'Sales' };

const answering = (answer) => ({ call: (command) => (command === 'getStatus' ? answer : []) });

const HOSTS = {
  // Never answers: the element stays in loading for as long as its timeout.
  loading: { call: () => new Promise(() => {}) },
  idle: answering(STATUS),
  connecting: answering({ ...STATUS, CALL_DIRECTION: 'incoming', CALL_STATE: 'connecting' }),
  connected: answering({ ...STATUS, CALL_STATE: 'connected', CALL_LIST_MODE: true }),
  error: answering({ error: 'WRONG_AUTH_TYPE', error_description: 'Application context required' }),
};

for (const [id, transport] of Object.entries(HOSTS)) {
  const el = document.createElement('b24-call-status');
  el.timeout = 600000;
  el.transport = transport;
  document.getElementById(id).append(el);
}
