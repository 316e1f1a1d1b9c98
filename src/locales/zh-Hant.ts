/** Traditional Chinese strings. Importing this module registers them as `zh-Hant` and under Bitrix24's id `tc`. */
import { registerLocale, type Strings } from '../strings.js';

export const zhHant: Strings = {
  region: '通話狀態',
  loading: '正在載入通話狀態…',
  retry: '重試',
  idle: '閒置',
  connecting: '正在連線',
  connected: '通話中',
  incoming: '來電',
  outgoing: '撥出電話',
  callback: '回撥',
  phone: '號碼',
  phoneUnknown: '未知號碼',
  phoneHidden: '號碼已隱藏',
  line: '線路',
  crm: 'CRM',
  bindings: '關聯項目',
  activity: '活動',
  callId: '通話 ID',
  callList: '撥號清單',
  LEAD: '潛在客戶',
  DEAL: '交易',
  CONTACT: '聯絡人',
  COMPANY: '公司',
  errNoAppContext: '請從 Bitrix24 通話卡片開啟此頁面。',
  errWrongPlacement: '此應用程式未在通話卡片中開啟。請將其加入 CALL_CARD 嵌入位置。',
  errTimeout: 'Bitrix24 未及時回應。請檢查連線後重試。',
  errAccess: 'Bitrix24 拒絕存取。請重新登入或聯絡管理員。',
  errBusy: 'Bitrix24 忙碌中。請稍候再重試。',
  errOther: '無法讀取通話狀態。請重試。',
};

// Also under the Bitrix24 id and the regional tags that mean this script.
for (const lang of ['zh-Hant', 'tc', 'zh-tw', 'zh-hk', 'zh-mo']) registerLocale(lang, zhHant);
