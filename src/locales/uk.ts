/** Ukrainian strings. Importing this module registers them as `uk` and under Bitrix24's id `ua`. */
import { registerLocale, type Strings } from '../strings.js';

export const uk: Strings = {
  region: 'Статус дзвінка',
  loading: 'Завантаження статусу дзвінка…',
  retry: 'Повторити',
  idle: 'Очікування',
  connecting: 'З’єднання',
  connected: 'Розмова',
  incoming: 'Вхідний дзвінок',
  outgoing: 'Вихідний дзвінок',
  callback: 'Зворотний дзвінок',
  phone: 'Номер',
  phoneUnknown: 'Номер невідомий',
  phoneHidden: 'Номер приховано',
  line: 'Лінія',
  crm: 'CRM',
  bindings: 'Пов’язані об’єкти',
  activity: 'Справа',
  callId: 'ID дзвінка',
  callList: 'Обдзвін',
  LEAD: 'Лід',
  DEAL: 'Угода',
  CONTACT: 'Контакт',
  COMPANY: 'Компанія',
  errNoAppContext: 'Відкрийте цю сторінку з картки дзвінка Бітрікс24.',
  errWrongPlacement: 'Застосунок відкрито не в картці дзвінка. Вбудуйте його в місце CALL_CARD.',
  errTimeout: 'Бітрікс24 не відповів вчасно. Перевірте зв’язок і повторіть.',
  errAccess: 'Бітрікс24 відмовив у доступі. Увійдіть знову або зверніться до адміністратора.',
  errBusy: 'Бітрікс24 перевантажений. Зачекайте трохи й повторіть.',
  errOther: 'Не вдалося отримати статус дзвінка. Повторіть.',
};

for (const lang of ['uk', 'ua']) registerLocale(lang, uk);
