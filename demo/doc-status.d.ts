export declare const DOC_STATUS: {
  CALL_ID: string;
  PHONE_NUMBER: string;
  LINE_NUMBER: string;
  LINE_NAME: string;
  CRM_ENTITY_TYPE: string;
  CRM_ENTITY_ID: number;
  CRM_ACTIVITY_ID: string;
  CRM_BINDINGS: Array<{ ENTITY_TYPE: string; ENTITY_ID: number }>;
  CALL_DIRECTION: string;
  CALL_STATE: string;
  CALL_LIST_MODE: boolean;
};
