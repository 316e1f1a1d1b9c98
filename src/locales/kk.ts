/** Kazakh strings. Importing this module registers them as `kk` and under Bitrix24's id `kz`. */
import { registerLocale, type Strings } from '../strings.js';

export const kk: Strings = {
  region: 'Қоңырау күйі',
  loading: 'Қоңырау күйі жүктелуде…',
  retry: 'Қайталау',
  idle: 'Күту',
  connecting: 'Қосылуда',
  connected: 'Сөйлесу',
  incoming: 'Кіріс қоңырау',
  outgoing: 'Шығыс қоңырау',
  callback: 'Кері қоңырау',
  phone: 'Нөмір',
  phoneUnknown: 'Нөмір белгісіз',
  phoneHidden: 'Нөмір жасырылған',
  line: 'Желі',
  crm: 'CRM',
  bindings: 'Байланысты нысандар',
  activity: 'Іс',
  callId: 'Қоңырау ID',
  callList: 'Қоңырау тізімі',
  LEAD: 'Лид',
  DEAL: 'Мәміле',
  CONTACT: 'Байланыс',
  COMPANY: 'Компания',
  errNoAppContext: 'Бұл бетті Битрикс24 қоңырау карточкасынан ашыңыз.',
  errWrongPlacement: 'Қолданба қоңырау карточкасында ашылмаған. Оны CALL_CARD орнына қосыңыз.',
  errTimeout: 'Битрикс24 уақытында жауап бермеді. Байланысты тексеріп, қайталаңыз.',
  errAccess: 'Битрикс24 қол жеткізуге рұқсат бермеді. Қайта кіріңіз немесе әкімшіге хабарласыңыз.',
  errBusy: 'Битрикс24 қазір бос емес. Біраз күтіп, қайталаңыз.',
  errOther: 'Қоңырау күйін алу мүмкін болмады. Қайталаңыз.',
};

for (const lang of ['kk', 'kz']) registerLocale(lang, kk);
