/**
 * English strings: built in, and the fallback for any key another language
 * leaves out. `strings.ts` puts them in the registry as `en`; importing this
 * module registers nothing.
 */
import type { Strings } from '../strings.js';

// Messages speak to whoever can act: the agent first, the administrator when only they can fix it.
// None says "retry": the Retry button beside it does, and only where retrying can help (core/errors.ts).
export const en: Strings = {
  region: 'Call status',
  loading: 'Loading call status…',
  retry: 'Retry',
  retrying: 'Retrying…',
  idle: 'Idle',
  connecting: 'Connecting',
  connected: 'Connected',
  incoming: 'Incoming call',
  outgoing: 'Outgoing call',
  callback: 'Callback',
  phoneUnknown: 'Unknown number',
  phoneHidden: 'Number withheld',
  line: 'Line',
  crm: 'CRM',
  bindings: 'Linked items',
  activity: 'Activity',
  callId: 'Call ID',
  lineId: 'Line ID',
  details: 'Details',
  callList: 'Call list',
  notInCrm: 'Not in CRM',
  talkTime: 'Talk time',
  stale: 'Not up to date',
  errorCode: 'Error code',
  LEAD: 'Lead',
  DEAL: 'Deal',
  CONTACT: 'Contact',
  COMPANY: 'Company',
  QUOTE: 'Quote',
  SMART_INVOICE: 'Invoice',
  DYNAMIC: 'Smart process item',
  errNoAppContext: 'Not connected to Bitrix24. Open this page from a Bitrix24 call card.',
  errWrongAuthType: 'The app was opened without its Bitrix24 application context. Close and reopen the call card; if that does not help, ask your Bitrix24 administrator to reinstall the app.',
  errWrongPlacement: 'This app is not set up for call cards. Ask your Bitrix24 administrator to add it to the CALL_CARD placement.',
  errTimeout: 'Bitrix24 did not answer in time. Check your connection.',
  errSession: 'Your Bitrix24 session has expired. If this keeps happening, reopen the call card.',
  errAccess: 'You have no access to the call status. Ask your Bitrix24 administrator to check this app’s permissions.',
  errBusy: 'Bitrix24 is busy right now. Wait a few seconds.',
  errOther: 'Could not read the call status. If this keeps happening, tell your Bitrix24 administrator.',
};
