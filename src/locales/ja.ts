/** Japanese strings. Importing this module registers them as `ja`. */
import { registerLocale, type Strings } from '../strings.js';

export const ja: Strings = {
  region: '通話状態',
  loading: '通話状態を読み込んでいます…',
  retry: '再試行',
  idle: '待機中',
  connecting: '接続中',
  connected: '通話中',
  incoming: '着信',
  outgoing: '発信',
  callback: 'コールバック',
  phone: '番号',
  phoneUnknown: '不明な番号',
  phoneHidden: '非通知',
  line: '回線',
  crm: 'CRM',
  bindings: '関連アイテム',
  activity: 'アクティビティ',
  callId: '通話 ID',
  callList: 'コールリスト',
  LEAD: 'リード',
  DEAL: '取引',
  CONTACT: '連絡先',
  COMPANY: '会社',
  errNoAppContext: 'このページは Bitrix24 の通話カードから開いてください。',
  errWrongPlacement: 'このアプリは通話カードで開かれていません。CALL_CARD プレースメントに追加してください。',
  errTimeout: 'Bitrix24 から時間内に応答がありませんでした。接続を確認して再試行してください。',
  errAccess: 'Bitrix24 へのアクセスが拒否されました。再度ログインするか、管理者に問い合わせてください。',
  errBusy: 'Bitrix24 が混み合っています。しばらく待ってから再試行してください。',
  errOther: '通話状態を取得できませんでした。再試行してください。',
};

registerLocale('ja', ja);
