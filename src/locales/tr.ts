/** Turkish strings. Importing this module registers them as `tr`. */
import { registerLocale, type Strings } from '../strings.js';

export const tr: Strings = {
  region: 'Arama durumu',
  loading: 'Arama durumu yükleniyor…',
  retry: 'Yeniden dene',
  idle: 'Boşta',
  connecting: 'Bağlanıyor',
  connected: 'Bağlandı',
  incoming: 'Gelen arama',
  outgoing: 'Giden arama',
  callback: 'Geri arama',
  phone: 'Numara',
  phoneUnknown: 'Bilinmeyen numara',
  phoneHidden: 'Gizli numara',
  line: 'Hat',
  crm: 'CRM',
  bindings: 'Bağlı öğeler',
  activity: 'Etkinlik',
  callId: 'Arama kimliği',
  callList: 'Arama listesi',
  LEAD: 'Potansiyel müşteri',
  DEAL: 'Anlaşma',
  CONTACT: 'Kişi',
  COMPANY: 'Şirket',
  errNoAppContext: 'Bu sayfayı bir Bitrix24 arama kartından açın.',
  errWrongPlacement: 'Bu uygulama bir arama kartında açık değil. Uygulamayı CALL_CARD yerleşimine ekleyin.',
  errTimeout: 'Bitrix24 zamanında yanıt vermedi. Bağlantıyı kontrol edip yeniden deneyin.',
  errAccess: 'Bitrix24 erişimi reddetti. Yeniden oturum açın veya yöneticinize başvurun.',
  errBusy: 'Bitrix24 şu anda yoğun. Biraz bekleyip yeniden deneyin.',
  errOther: 'Arama durumu okunamadı. Yeniden deneyin.',
};

registerLocale('tr', tr);
