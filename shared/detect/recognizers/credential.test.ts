import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { ADMINISTRATIVE_PROSE } from './topics/administrative-prose.fixture.ts';
import { bare } from './topics/test-variants.ts';

const secrets = (text: string) => detect(text, { types: ['credential'] }).map((f) => text.slice(f.start, f.end));

// [text, the secret itself]
const POSITIVES: [string, string][] = [
  // An activation code, a VPN code, a meeting's host key; an OTP in a CSV's quoted field.
  ['Ma kich hoat tai khoan dinh danh dien tu cua ban la 581204, co hieu luc trong 5 phut', '581204'],
  ['Dạ em thu hồi tin nhắn sau 10p ạ, mã VPN là 731904 hiệu lực trong ngày', '731904'],
  ['- Mã chủ trì (host key): 604117', '604117'],
  // A column of PINs or passwords.
  ['STT\tHọ và tên\tSerial USB Token\tMã PIN mặc định\n1\tTrịnh Thị Hiền\t54010103A7F2C1\t81426093', '81426093'],
  ['Tài khoản|Mật khẩu tạm\nmotcua.huongkhe|Hk@123456', 'Hk@123456'],
  // A string in code after "=".
  ["$mail->Password = 'Sgtvt#Mail2024';", 'Sgtvt#Mail2024'],
  ['SMS1,2024-11-29 07:58:12,DVC,84912603418,"Ma OTP dang nhap Cong DVC cua ban la 530281",DELIVERED', '530281'],
  ['mật khẩu: Abc@12345', 'Abc@12345'],
  ['mat khau la matkhau123', 'matkhau123'],
  ['Mã OTP là 123456, không chia sẻ cho ai', '123456'],
  ['tk: 0912345678 mk: 123456a', '123456a'],
  ['tài khoản VNeID 012345678901 mật khẩu Vneid@2024', 'Vneid@2024'],
  ['đổi mật khẩu thành Hoa2024! nhé', 'Hoa2024!'],
  ['password: hunter2', 'hunter2'],
  ['pass wifi: 12345678', '12345678'],
  ['mã PIN 1234', '1234'],
  ['Mật khẩu đăng nhập hệ thống quản lý văn bản của anh/chị là: TuanUbnd54', 'TuanUbnd54'],
  ['client_secret: eyJhbGciOitjBtELrUVuvrpFAdnjiZxUm8CA', 'eyJhbGciOitjBtELrUVuvrpFAdnjiZxUm8CA'],
  ['pass wifi phong mot cua: QweHoa98', 'QweHoa98'],
  ['Mã xác thực của bạn là 482913.', '482913'],
  ['MK: Ub@nd2023', 'Ub@nd2023'],
  ['mk vneid Vu la \nMk@85034 dung lo ra ngoai', 'Mk@85034'],
  ['Password = Qwerty!23', 'Qwerty!23'],
  // A URL's query: the value ends at the next parameter.
  ['GET /login?username=le@yte.vn&password=Trinh%402024&remember=1 HTTP/1.1', 'Trinh%402024'],
  // A JSON export's keys in quotes, the value up to its closing quote; a field named in snake or camel case.
  ['{"taiKhoan":"kytay_btxh","password":"Vn#48271a","canBo":"Định"}', 'Vn#48271a'],
  ['{"otp": "482917", "hetHan": 300}', '482917'],
  ['mat_khau=Vn#48271a&user=kytay', 'Vn#48271a'],
  ['"matKhau": "Tam@1977"', 'Tam@1977'],
  // A key that says which password it is, in camel or snake case.
  ['{"tenDangNhap": "ktv_hoa", "matKhauTam": "Hoa@2024xyz"}', 'Hoa@2024xyz'],
  ['matKhauMoi=Abc#12345', 'Abc#12345'],
  ['DB_PASSWORD=Sy5@dmin2024', 'Sy5@dmin2024'],
  ['new_password: "Tx#88aa12"', 'Tx#88aa12'],
  // Keys whose shape says what they are, with no label.
  ['Cần tính đường đi, dùng Google Maps API với key AIzaSyD3kQ7v-xR2mPp9LwT4nZc8bYh1uEoJfGs.', 'AIzaSyD3kQ7v-xR2mPp9LwT4nZc8bYh1uEoJfGs'],
  ['AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE', 'AKIAIOSFODNN7EXAMPLE'],
  // A code read out in two groups.
  ['Ma OTP cua ban la 518 204, het han sau 3 phut', '518 204'],
];

const NEGATIVES: string[] = [
  // A column of passwords with none given.
  'STT\tHọ và tên\tMật khẩu\n1\tTrịnh Thị Hiền\tchưa cấp\n2\tLê Văn An\tđã gửi',
  // What only points at a secret: a URL, a variable, a constant's name, a call, dots.
  'Vui long doi mat khau trong 24h tai https://mail.hatinh.gov.vn',
  'spring.datasource.password=${DB_PASSWORD}',
  '{ headers: { access_token: ACCESS_TOKEN } }',
  'token = r.json().get("access_token")',
  'Mat khau: ••••••••••',
  'location /api/ { proxy_pass http://10.42.5.20:8080; }',
  'My code returns error -216 "Access token is invalid". Can you check?',
  // Too short for the key's shape, or inside a longer word.
  'AIzaSyD3kQ7v là tiền tố thường gặp',
  'XAKIAIOSFODNN7EXAMPLE',
  'quên mật khẩu thì bấm vào đây',
  'Mật khẩu phải có ít nhất 8 ký tự, bao gồm: chữ hoa, số',
  'Mật khẩu mạnh là mật khẩu có chữ hoa',
  'Vui lòng đổi mật khẩu trong vòng 24 giờ',
  'Nhập mật khẩu: ********',
  'Không cung cấp mã OTP cho bất kỳ ai.',
  'Mã OTP sẽ được gửi qua SMS',
  'Phiên bản phần mềm 8.8.42, mã kích hoạt 7782528',
  'mật khẩu cũ không đúng',
  'đặt lại mật khẩu qua email',
  'Tài khoản bị khóa do nhập sai mật khẩu nhiều lần.',
  'Pass môn Toán rồi!',
  'Đăng nhập bằng tài khoản VNeID mức 2.',
  'OTP: hết hạn',
  'mã PIN phải gồm 6 chữ số',
  // A trigger word that is itself a value after '='.
  'compliance_check result=PASS patch_level=2024-05-01 storage_encrypted=true',
  // Words in quotes are a rule, not a secret.
  '{"password": "phai co it nhat 8 ky tu", "otp": ""}',
  // A key in prose, no value after it.
  'Trường newpassword trong form bị lỗi khi để trống',
  '"matKhauMoi": ""',
  // The phone a code went to, not the code.
  'ĐTV: Dạ hệ thống vừa gửi mã xác thực về số 0983 442 190, anh đọc giúp em mã ạ.',
];

describe('credential recognizer', () => {
  it.each(POSITIVES)('finds the secret in %j', (text, secret) => {
    expect(secrets(text)).toEqual([secret]);
  });

  it.each(POSITIVES)('finds it without diacritics too: %j', (text, secret) => {
    expect(secrets(bare(text))).toEqual([bare(secret)]);
  });

  it.each(NEGATIVES)('finds no secret in %j', (text) => {
    expect(secrets(text)).toEqual([]);
  });

  it.each(ADMINISTRATIVE_PROSE)('finds no secret in real administrative prose: $about', ({ text }) => {
    expect(secrets(text)).toEqual([]);
  });

  it('keeps a PIN under its own label against a farther banking word', () => {
    const text = 'tài khoản chữ ký số của phòng: USB token PIN 19872024. Em chỉ dùng để ký văn bản';
    expect(detect(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['credential', '19872024']]);
  });

  it('is sensitive data (Decree 356 Art. 4(i)) and never leaves as a value', () => {
    const [f] = detect('mật khẩu: Abc@12345', { types: ['credential'] });
    expect(f.category).toBe('sensitive');
    expect(f.masked).toBe('[credential]');
    expect(f.displayMasked).not.toContain('Abc@12345');
    expect(f.explanation).not.toContain('Abc');
  });
});
