/** Polish strings. Importing this module registers them as `pl`. */
import { registerLocale, type Strings } from '../strings.js';

export const pl: Strings = {
  region: 'Status połączenia',
  loading: 'Wczytywanie statusu połączenia…',
  retry: 'Ponów',
  idle: 'Oczekiwanie',
  connecting: 'Łączenie',
  connected: 'Połączono',
  incoming: 'Połączenie przychodzące',
  outgoing: 'Połączenie wychodzące',
  callback: 'Oddzwonienie',
  phone: 'Numer',
  phoneUnknown: 'Nieznany numer',
  phoneHidden: 'Numer zastrzeżony',
  line: 'Linia',
  crm: 'CRM',
  bindings: 'Powiązane elementy',
  activity: 'Działanie',
  callId: 'ID połączenia',
  callList: 'Lista połączeń',
  LEAD: 'Lead',
  DEAL: 'Deal',
  CONTACT: 'Kontakt',
  COMPANY: 'Firma',
  errNoAppContext: 'Otwórz tę stronę z karty połączenia Bitrix24.',
  errWrongPlacement: 'Aplikacja nie jest otwarta w karcie połączenia. Dodaj ją do miejsca CALL_CARD.',
  errTimeout: 'Bitrix24 nie odpowiedział na czas. Sprawdź połączenie i ponów.',
  errAccess: 'Bitrix24 odmówił dostępu. Zaloguj się ponownie lub skontaktuj się z administratorem.',
  errBusy: 'Bitrix24 jest przeciążony. Poczekaj chwilę i ponów.',
  errOther: 'Nie udało się odczytać statusu połączenia. Ponów.',
};

registerLocale('pl', pl);
