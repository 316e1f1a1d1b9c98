/** Italian strings. Importing this module registers them as `it`. */
import { registerLocale, type Strings } from '../strings.js';

export const it: Strings = {
  region: 'Stato della chiamata',
  loading: 'Caricamento dello stato della chiamata…',
  retry: 'Riprova',
  idle: 'Inattiva',
  connecting: 'Connessione in corso',
  connected: 'Connessa',
  incoming: 'Chiamata in arrivo',
  outgoing: 'Chiamata in uscita',
  callback: 'Richiamata',
  phone: 'Numero',
  phoneUnknown: 'Numero sconosciuto',
  phoneHidden: 'Numero nascosto',
  line: 'Linea',
  crm: 'CRM',
  bindings: 'Elementi collegati',
  activity: 'Attività',
  callId: 'ID chiamata',
  callList: 'Elenco chiamate',
  LEAD: 'Lead',
  DEAL: 'Trattativa',
  CONTACT: 'Contatto',
  COMPANY: 'Azienda',
  errNoAppContext: 'Apri questa pagina da una scheda di chiamata di Bitrix24.',
  errWrongPlacement: 'Questa app non è aperta in una scheda di chiamata. Aggiungila alla posizione CALL_CARD.',
  errTimeout: 'Bitrix24 non ha risposto in tempo. Controlla la connessione e riprova.',
  errAccess: 'L’accesso a Bitrix24 è stato negato. Accedi di nuovo o contatta l’amministratore.',
  errBusy: 'Bitrix24 è sovraccarico. Attendi un momento e riprova.',
  errOther: 'Impossibile leggere lo stato della chiamata. Riprova.',
};

registerLocale('it', it);
