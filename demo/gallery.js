// Mounts one <b24-call-status> per figure, each with a fake host (a plain
// transport) that answers getStatus the way that state needs.
const STATUS = {
  CALL_ID: 'E45D40253D1C2D2F.1774588815.822533',
  PHONE_NUMBER: '+19999999666',
  LINE_NUMBER: 'reg151083',
  LINE_NAME: 'Sales',
  CRM_ENTITY_TYPE: 'CONTACT',
  CRM_ENTITY_ID: 797,
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 },
  ],
  CALL_DIRECTION: 'outgoing',
  CALL_STATE: 'idle',
  CALL_LIST_MODE: false,
};

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
