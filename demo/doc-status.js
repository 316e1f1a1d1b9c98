// The getStatus answer from Bitrix24's documentation, exactly as it is there:
// the one example status the demo, the gallery and the tests start from.
export const DOC_STATUS = {
  CALL_ID: 'E45D40253D1C2D2F.1774588815.822533',
  PHONE_NUMBER: '+19999999666',
  LINE_NUMBER: 'reg151083',
  LINE_NAME: '',
  CRM_ENTITY_TYPE: 'CONTACT',
  CRM_ENTITY_ID: 797,
  CRM_ACTIVITY_ID: '',
  CRM_BINDINGS: [
    { ENTITY_TYPE: 'DEAL', ENTITY_ID: 4615 },
    { ENTITY_TYPE: 'COMPANY', ENTITY_ID: 643 },
  ],
  CALL_DIRECTION: 'outgoing',
  CALL_STATE: 'idle',
  CALL_LIST_MODE: false,
};
