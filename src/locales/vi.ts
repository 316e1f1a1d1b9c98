/** Vietnamese strings. Importing this module registers them as `vi` and under Bitrix24's id `vn`. */
import { registerLocale, type Strings } from '../strings.js';

export const vi: Strings = {
  region: 'Trạng thái cuộc gọi',
  loading: 'Đang tải trạng thái cuộc gọi…',
  retry: 'Thử lại',
  idle: 'Rảnh',
  connecting: 'Đang kết nối',
  connected: 'Đã kết nối',
  incoming: 'Cuộc gọi đến',
  outgoing: 'Cuộc gọi đi',
  callback: 'Gọi lại',
  phone: 'Số',
  phoneUnknown: 'Số không xác định',
  phoneHidden: 'Số bị ẩn',
  line: 'Đường dây',
  crm: 'CRM',
  bindings: 'Mục liên kết',
  activity: 'Hoạt động',
  callId: 'ID cuộc gọi',
  callList: 'Danh sách gọi',
  LEAD: 'Khách hàng tiềm năng',
  DEAL: 'Giao dịch',
  CONTACT: 'Liên hệ',
  COMPANY: 'Công ty',
  errNoAppContext: 'Hãy mở trang này từ thẻ cuộc gọi Bitrix24.',
  errWrongPlacement: 'Ứng dụng này không được mở trong thẻ cuộc gọi. Hãy thêm nó vào vị trí CALL_CARD.',
  errTimeout: 'Bitrix24 không phản hồi kịp thời. Hãy kiểm tra kết nối và thử lại.',
  errAccess: 'Bitrix24 đã từ chối truy cập. Hãy đăng nhập lại hoặc liên hệ quản trị viên.',
  errBusy: 'Bitrix24 đang quá tải. Hãy đợi một lát rồi thử lại.',
  errOther: 'Không thể đọc trạng thái cuộc gọi. Hãy thử lại.',
};

for (const lang of ['vi', 'vn']) registerLocale(lang, vi);
