/** Simplified Chinese strings. Importing this module registers them as `zh-Hans` and under Bitrix24's id `sc`. */
import { registerLocale, type Strings } from '../strings.js';

export const zhHans: Strings = {
  region: '通话状态',
  loading: '正在加载通话状态…',
  retry: '重试',
  idle: '空闲',
  connecting: '正在连接',
  connected: '通话中',
  incoming: '来电',
  outgoing: '去电',
  callback: '回拨',
  phone: '号码',
  phoneUnknown: '未知号码',
  phoneHidden: '号码已隐藏',
  line: '线路',
  crm: 'CRM',
  bindings: '关联项',
  activity: '活动',
  callId: '通话 ID',
  callList: '呼叫列表',
  LEAD: '线索',
  DEAL: '交易',
  CONTACT: '联系人',
  COMPANY: '公司',
  errNoAppContext: '请从 Bitrix24 通话卡片中打开此页面。',
  errWrongPlacement: '此应用未在通话卡片中打开。请将其添加到 CALL_CARD 嵌入位置。',
  errTimeout: 'Bitrix24 未及时响应。请检查网络连接后重试。',
  errAccess: 'Bitrix24 拒绝访问。请重新登录或联系管理员。',
  errBusy: 'Bitrix24 繁忙。请稍候重试。',
  errOther: '无法读取通话状态。请重试。',
};

// Also under the Bitrix24 id and the regional tags that mean this script.
for (const lang of ['zh-Hans', 'sc', 'zh', 'zh-cn', 'zh-sg']) registerLocale(lang, zhHans);
