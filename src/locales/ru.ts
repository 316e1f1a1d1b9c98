/**
 * Russian strings: built in. `strings.ts` puts them in the registry as `ru`;
 * importing this module registers nothing.
 */
import type { Strings } from '../strings.js';

// Bitrix24's Russian UI words: Лид, Сделка, Контакт, Компания, Обзвон, Дело. Idle is "Нет разговора",
// not "Ожидание": CALL_STATE idle means both "not started yet" and "ended", and "Ожидание" reads as
// "on hold" after a call; "Нет разговора" (no conversation) is true before and after, and pairs
// with "Разговор" for connected.
export const ru = {
  region: 'Статус звонка',
  loading: 'Загрузка статуса звонка…',
  retry: 'Повторить',
  retrying: 'Повторная попытка…',
  idle: 'Нет разговора',
  connecting: 'Соединение',
  connected: 'Разговор',
  incoming: 'Входящий звонок',
  outgoing: 'Исходящий звонок',
  callback: 'Обратный звонок',
  phoneUnknown: 'Номер неизвестен',
  phoneHidden: 'Номер скрыт',
  line: 'Линия',
  crm: 'CRM',
  bindings: 'Связанные объекты',
  activity: 'Дело',
  callId: 'ID звонка',
  lineId: 'ID линии',
  details: 'Подробнее',
  callList: 'Обзвон',
  notInCrm: 'Нет в CRM',
  talkTime: 'Длительность разговора',
  stale: 'Данные устарели',
  errorCode: 'Код ошибки',
  LEAD: 'Лид',
  DEAL: 'Сделка',
  CONTACT: 'Контакт',
  COMPANY: 'Компания',
  QUOTE: 'Предложение',
  SMART_INVOICE: 'Счёт',
  DYNAMIC: 'Элемент смарт-процесса',
  errNoAppContext: 'Нет связи с Битрикс24. Откройте эту страницу из карточки звонка Битрикс24.',
  errWrongAuthType: 'Приложение открыто без контекста приложения Битрикс24. Закройте и снова откройте карточку звонка; если это не поможет, попросите администратора Битрикс24 переустановить приложение.',
  errWrongPlacement: 'Приложение не настроено для карточки звонка. Попросите администратора Битрикс24 встроить его в CALL_CARD.',
  errTimeout: 'Битрикс24 не ответил вовремя. Проверьте подключение к интернету.',
  errSession: 'Сессия Битрикс24 истекла. Если ошибка повторится, откройте карточку звонка заново.',
  errAccess: 'Нет доступа к статусу звонка. Попросите администратора Битрикс24 проверить права приложения.',
  errBusy: 'Битрикс24 сейчас перегружен. Подождите несколько секунд.',
  errOther: 'Не удалось получить статус звонка. Если ошибка повторится, сообщите администратору Битрикс24.',
} satisfies Partial<Strings>;
