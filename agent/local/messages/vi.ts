// Vietnamese first: the agent's command-line messages.
export const vi = {
  firstStartToken: 'Lần chạy đầu: đã tạo mã truy cập cho tiện ích trong {path} (chỉ người dùng này đọc được).',
  firstStartKey: 'Chưa có tệp khóa của cơ quan: đã tạo khóa cục bộ {path}; thẻ băm chỉ đối chiếu được trên máy này.',
  listening: 'PDP Guard agent đang chạy tại http://127.0.0.1:{port} (dữ liệu: {data}).',
  portInUse: 'Cổng {port} đang được dùng (có một agent khác đang chạy?).',
  noHub: 'Chưa đăng ký với máy chủ DPO: sự kiện được giữ lại cho đến khi chạy `agent enroll --hub URL --token T`.',
  configError: 'Lỗi cấu hình: {detail}',
  notRunning: 'Không kết nối được agent tại {url} ({detail}). Agent có đang chạy không?',
  requestFailed: 'Agent từ chối yêu cầu: {status} {detail}',
  enrolled: 'Đã đăng ký với máy chủ {hub}; cấu hình ghi vào {path}. Khởi động lại agent để áp dụng.',
  enrollMissing: 'Cần cả --hub URL và --token T.',
  flushed: 'Đã gửi {delivered} sự kiện, bị từ chối {rejected}, còn lại {remaining}.',
  flushFailed: 'Chưa gửi được: {error}. Còn {remaining} sự kiện trong hàng đợi.',
  statusLine: 'Hàng đợi: {queueDepth} sự kiện (cũ nhất: {oldest}). Lần gửi cuối: {lastDelivery}. Máy chủ: {hub}. Tiện ích liên lạc lần cuối: {extension}. Bị bỏ: {dropped}; bị từ chối: {rejected}. Chính sách: {policy} ({source}).',
  never: 'chưa có',
  reachable: 'kết nối được',
  unreachable: 'không kết nối được',
  unknown: 'chưa rõ',
  notConfigured: 'chưa cấu hình',
  usage:
    'Cách dùng: npm run agent -- [--port P] [--data DIR] [--hub URL] [--hub-token T] [--token T] [--extension-origin O,...] [--flush-interval S] [--key-file F] [--ca-file F]\n' +
    '          npm run agent -- status | flush | enroll --hub URL --token T [--name TÊN-MÁY]',
};
export type Messages = typeof vi;
