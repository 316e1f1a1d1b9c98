/** Ukrainian; Bitrix24 calls it `ua` strings. Importing this module registers them as `uk`. */
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
  errWrongAuthType: 'Бітрікс24 потребує контексту застосунку. Відкрийте сторінку як застосунок у картці дзвінка.',
  errTimeout: 'Бітрікс24 не відповів вчасно. Перевірте зв’язок і повторіть.',
  errBadResponse: 'Бітрікс24 надіслав відповідь, яку віджет не може прочитати. Повторіть.',
  errAccess: 'Бітрікс24 відмовив у доступі. Увійдіть знову або зверніться до адміністратора.',
  errBusy: 'Бітрікс24 перевантажений. Зачекайте трохи й повторіть.',
  errOther: 'Не вдалося отримати статус дзвінка. Повторіть.',
};

registerLocale('uk', uk);
