// Labelled form fields: the label wordings a Vietnamese form actually uses and
// the value segment each one carries. Forms and tables pick from these.
import * as decoys from './decoys.ts';
import type { Rng } from './rng.ts';
import { d, topic, type Seg } from './segments.ts';
import type { Person, Values } from './values.ts';

export type FieldKey =
  | 'name' | 'dob' | 'gender' | 'cccd' | 'issue_date' | 'issue_place' | 'phone' | 'email' | 'address' | 'current_address'
  | 'hometown' | 'ethnicity' | 'religion' | 'tax_code' | 'social_insurance' | 'health_insurance' | 'bank' | 'passport'
  | 'plate' | 'driver_license' | 'job' | 'cmnd' | 'file_code' | 'fee' | 'submitted' | 'party';

const LABELS: Record<FieldKey, readonly string[]> = {
  name: ['Họ và tên', 'Họ tên', 'Họ, chữ đệm và tên', 'Tên người nộp', 'Người đề nghị', 'Họ và tên người khai'],
  dob: ['Ngày sinh', 'Ngày, tháng, năm sinh', 'Sinh ngày', 'Ngày tháng năm sinh', 'NS'],
  gender: ['Giới tính'],
  cccd: ['Số CCCD', 'Số định danh cá nhân', 'Số CCCD/CMND', 'Căn cước công dân số', 'Số căn cước', 'Số ĐDCN'],
  issue_date: ['Ngày cấp', 'Cấp ngày'],
  issue_place: ['Nơi cấp'],
  phone: ['Điện thoại', 'Số điện thoại', 'SĐT', 'Điện thoại di động', 'Số ĐT liên hệ', 'Di động'],
  email: ['Email', 'Thư điện tử', 'E-mail', 'Địa chỉ email'],
  address: ['Địa chỉ thường trú', 'Nơi thường trú', 'Địa chỉ', 'Hộ khẩu thường trú', 'Địa chỉ liên hệ'],
  current_address: ['Chỗ ở hiện tại', 'Nơi ở hiện nay', 'Địa chỉ tạm trú'],
  hometown: ['Quê quán', 'Nơi sinh', 'Nguyên quán'],
  ethnicity: ['Dân tộc'],
  religion: ['Tôn giáo'],
  tax_code: ['Mã số thuế', 'MST', 'Mã số thuế cá nhân'],
  social_insurance: ['Mã số BHXH', 'Số sổ BHXH', 'Mã BHXH'],
  health_insurance: ['Mã thẻ BHYT', 'Số thẻ BHYT', 'Thẻ BHYT số'],
  bank: ['Số tài khoản', 'STK', 'Tài khoản số'],
  passport: ['Số hộ chiếu', 'Hộ chiếu số', 'Passport No'],
  plate: ['Biển số xe', 'Biển kiểm soát', 'BKS'],
  driver_license: ['Số GPLX', 'Giấy phép lái xe số', 'Số giấy phép lái xe'],
  job: ['Nghề nghiệp', 'Chức vụ', 'Đơn vị công tác'],
  cmnd: ['Số CMND', 'CMND số', 'Số chứng minh nhân dân'],
  file_code: ['Mã hồ sơ', 'Số biên nhận', 'Mã tra cứu'],
  fee: ['Lệ phí', 'Số tiền', 'Phí'],
  submitted: ['Ngày nộp', 'Ngày tiếp nhận', 'Ngày hẹn trả'],
  party: ['Ngày vào Đảng', 'Ngày kết nạp Đảng'],
};

export const ETHNICITIES = ['Kinh', 'Kinh', 'Kinh', 'Tày', 'Thái', 'Mường', 'Khmer', 'Hoa', 'Nùng', 'H\'Mông', 'Dao', 'Gia Rai', 'Ê Đê', 'Ba Na', 'Chăm'];
export const RELIGIONS = ['Phật giáo', 'Công giáo', 'Tin Lành', 'Cao Đài', 'Hòa Hảo', 'Hồi giáo', 'Thiên Chúa giáo'];
const JOBS = ['Công chức', 'Viên chức', 'Giáo viên', 'Nông dân', 'Kinh doanh tự do', 'Công nhân', 'Hưu trí', 'Học sinh', 'Sinh viên', 'Kế toán', 'Chuyên viên'];
const ISSUERS = ['Cục Cảnh sát QLHC về TTXH', 'Bộ Công an', 'Công an tỉnh Thanh Hóa', 'Cục CS QLHC về TTXH', 'CA TP Hà Nội'];

export function label(rng: Rng, key: FieldKey): string {
  return rng.pick(LABELS[key]);
}

/** The value segment(s) for a field, consistent with the person. */
export function fieldValue(v: Values, p: Person, key: FieldKey): Seg[] {
  const rng = v.rng;
  switch (key) {
    case 'name':
      return [v.name(p)];
    case 'dob':
      return [v.dob(p)];
    case 'gender':
      return d`${p.name.female ? 'Nữ' : 'Nam'}`;
    case 'cccd':
      return [v.cccd(p)];
    case 'issue_date':
      return [decoys.issueDate(rng)];
    case 'issue_place':
      return d`${rng.pick(ISSUERS)}`;
    case 'phone':
      return [rng.chance(0.15) ? v.landline() : v.phone(p)];
    case 'email':
      return [v.email(p)];
    case 'address':
    case 'current_address':
      return [v.address()];
    case 'hometown':
      return [v.hometown()];
    case 'ethnicity':
      return [topic('ethnicity', rng.pick(ETHNICITIES))];
    case 'religion':
      return [topic('religion', rng.pick(RELIGIONS))];
    case 'tax_code':
      return [rng.chance(0.3) ? v.personalTaxCode(p) : v.taxCode(false)];
    case 'social_insurance':
      return [v.socialInsurance()];
    case 'health_insurance':
      return [v.healthInsurance()];
    case 'bank': {
      const a = v.bankAccount();
      return d`${a.seg}${rng.pick([` - ${a.bank}`, ` tại ${a.bank}`, ` (${a.bank})`, ''])}`;
    }
    case 'passport':
      return [v.passport()];
    case 'plate':
      return [v.plate()];
    case 'driver_license':
      return [v.driverLicense()];
    case 'job':
      return d`${rng.pick(JOBS)}`;
    case 'cmnd':
      return [v.cmnd()];
    case 'file_code':
      return [rng.pick([decoys.orderCode, decoys.bareNumber, decoys.badProvinceNumber])(rng)];
    case 'fee':
      return [decoys.money(rng)];
    case 'submitted':
      return [rng.chance(0.6) ? decoys.meetingDate(rng) : decoys.timestamp(rng)];
    case 'party':
      return [topic('political_view', decoys.someDate(rng, 1985, 2022))];
  }
}

export function fieldLine(v: Values, p: Person, key: FieldKey, sep = ': '): Seg[] {
  return d`${label(v.rng, key)}${sep}${fieldValue(v, p, key)}`;
}
