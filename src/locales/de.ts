/** German strings. Importing this module registers them as `de`. */
import { registerLocale, type Strings } from '../strings.js';

export const de: Strings = {
  region: 'Anrufstatus',
  loading: 'Anrufstatus wird geladen…',
  retry: 'Erneut versuchen',
  idle: 'Inaktiv',
  connecting: 'Verbindungsaufbau',
  connected: 'Verbunden',
  incoming: 'Eingehender Anruf',
  outgoing: 'Ausgehender Anruf',
  callback: 'Rückruf',
  phone: 'Nummer',
  phoneUnknown: 'Unbekannte Nummer',
  phoneHidden: 'Nummer unterdrückt',
  line: 'Leitung',
  crm: 'CRM',
  bindings: 'Verknüpfte Elemente',
  activity: 'Aktivität',
  callId: 'Anruf-ID',
  callList: 'Anrufliste',
  LEAD: 'Lead',
  DEAL: 'Auftrag',
  CONTACT: 'Kontakt',
  COMPANY: 'Unternehmen',
  errNoAppContext: 'Öffnen Sie diese Seite aus einer Bitrix24-Anrufkarte.',
  errWrongPlacement: 'Diese App ist nicht in einer Anrufkarte geöffnet. Fügen Sie sie der Platzierung CALL_CARD hinzu.',
  errTimeout: 'Bitrix24 hat nicht rechtzeitig geantwortet. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  errAccess: 'Der Zugriff auf Bitrix24 wurde verweigert. Melden Sie sich erneut an oder wenden Sie sich an Ihren Administrator.',
  errBusy: 'Bitrix24 ist ausgelastet. Warten Sie kurz und versuchen Sie es erneut.',
  errOther: 'Der Anrufstatus konnte nicht gelesen werden. Versuchen Sie es erneut.',
};

registerLocale('de', de);
