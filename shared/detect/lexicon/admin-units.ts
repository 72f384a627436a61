// The parts of a Vietnamese address, from the house to the province, with the
// abbreviations people type. Each unit word is listed with its diacritics so
// "số" matches but "sở" (a department) does not, and "đường" matches but
// "Dương" (a surname) does not; text without diacritics matches on the bare
// form. Since the 2025 reform most addresses have two administrative levels
// (phường/xã + tỉnh/thành phố), older ones four; both read the same here.

export type AddressLevel = 'house' | 'lane' | 'street' | 'hamlet' | 'ward' | 'district' | 'province';

/** What may follow the unit word: a number ("ngõ 12"), a name ("xã Tân Lập") or either. */
export type UnitValue = 'number' | 'name' | 'either';

export interface AddressUnit {
  /** Spellings, lower case, with diacritics where the word has them. */
  forms: readonly string[];
  level: AddressLevel;
  value: UnitValue;
  /** A one-letter abbreviation ("P.", "Q", "F") must be upper case and glued to a dot or digits. */
  letter?: boolean;
}

export const ADDRESS_UNITS: readonly AddressUnit[] = [
  { forms: ['số nhà', 'nhà số', 'số'], level: 'house', value: 'number' },
  { forms: ['căn hộ', 'căn', 'lô', 'tầng', 'phòng', 'kios', 'ki ốt', 'ki-ốt'], level: 'house', value: 'number' },
  { forms: ['tòa nhà', 'toà nhà', 'chung cư', 'khu tập thể', 'ktt', 'tập thể'], level: 'house', value: 'either' },
  { forms: ['ngõ', 'ngách', 'hẻm', 'kiệt', 'hxh'], level: 'lane', value: 'number' },
  { forms: ['đường', 'phố', 'đại lộ', 'quốc lộ', 'tỉnh lộ', 'ql', 'đường số'], level: 'street', value: 'either' },
  { forms: ['thôn', 'xóm', 'ấp', 'bản', 'buôn', 'làng', 'bon', 'plei', 'khóm', 'khu phố', 'kp', 'tổ dân phố', 'tdp', 'tổ', 'khu dân cư', 'kdc', 'khu đô thị', 'kđt', 'khu', 'cụm', 'tiểu khu', 'khối', 'khu vực', 'kv'], level: 'hamlet', value: 'either' },
  // "đặc khu": the island zones that became ward-level units in 2025 (Phú Quốc, Cát Hải, Côn Đảo).
  { forms: ['phường', 'xã', 'thị trấn', 'tt', 'đặc khu'], level: 'ward', value: 'either' },
  { forms: ['p', 'f', 'x'], level: 'ward', value: 'either', letter: true },
  { forms: ['quận', 'huyện', 'thị xã', 'tx'], level: 'district', value: 'either' },
  { forms: ['q', 'h'], level: 'district', value: 'either', letter: true },
  { forms: ['tỉnh', 'thành phố', 'tp'], level: 'province', value: 'name' },
  { forms: ['t'], level: 'province', value: 'name', letter: true },
];

/** Labels that introduce a personal address. */
export const ADDRESS_LABELS: readonly string[] = [
  'địa chỉ', 'địa chỉ thường trú', 'địa chỉ tạm trú', 'địa chỉ liên hệ', 'địa chỉ liên lạc', 'địa chỉ nhà',
  'địa chỉ giao hàng', 'địa chỉ nhận hàng', 'địa chỉ cư trú', 'địa chỉ hiện tại', 'địa chỉ nơi ở', 'thường trú',
  'tạm trú', 'nơi thường trú', 'nơi tạm trú', 'nơi ở', 'nơi ở hiện nay', 'nơi ở hiện tại', 'chỗ ở', 'chỗ ở hiện nay',
  'chỗ ở hiện tại', 'quê quán', 'nguyên quán', 'hộ khẩu', 'hộ khẩu thường trú', 'đkhk', 'hktt', 'nơi cư trú', 'cư trú',
  'nơi đăng ký hộ khẩu', 'nơi đăng ký khai sinh', 'nơi sinh', 'address', 'home address', 'đ/c nhà', 'đ/c', 'dc', 'đc',
  'giao đến', 'giao tới', 'giao hàng đến', 'gửi về', 'ship đến', 'ship về', 'nhà ở', 'sống tại', 'ở tại', 'trú tại',
  'cư trú tại', 'thường trú tại', 'tạm trú tại', 'sinh sống tại', 'nhà tại', 'hiện ở', 'hiện sống tại', 'quê', 'quê ở',
  'đang ở', 'đang sống tại', 'nhà ở tại', 'dia_chi', 'địa chỉ nhà riêng', 'địa chỉ người nhận', 'địa chỉ người gửi', 'địa chỉ người sử dụng đất', 'địa chỉ chủ sử dụng', 'địa chỉ chủ hộ', 'place of origin', 'place of residence', 'permanent address',
];

/** Weak address context: raises a chain of two or more levels, never a lone "tỉnh X". */
export const WEAK_ADDRESS_LABELS: readonly string[] = ['ở', 'tại', 'về', 'đến', 'sống ở', 'trú', 'ngụ', 'trú ở', 'ngụ tại', 'hiện trú'];

// Labels that introduce the address of an organisation, not a person.
export const ORGANISATION_ADDRESS_WORDS: readonly string[] = [
  'trụ sở', 'trụ sở chính', 'văn phòng', 'chi nhánh', 'địa chỉ trụ sở', 'địa điểm kinh doanh', 'cơ quan',
];

// Words right before a unit that make it part of an agency's name
// ("UBND tỉnh Thanh Hóa", "Công an phường 5", "trên địa bàn tỉnh").
export const AGENCY_HEADS: readonly string[] = [
  'ubnd', 'uy ban nhan dan', 'hdnd', 'hoi dong nhan dan', 'cong an', 'ca', 'so', 'truong', 'benh vien', 'trung tam',
  'tram y te', 'dang uy', 'dang bo', 'toa an', 'toa an nhan dan', 'vien kiem sat', 'vks', 'vksnd', 'tand', 'chi cuc',
  'cuc', 'ban', 'doan', 'mat tran', 'hoi', 'chu tich', 'pho chu tich', 'van phong', 'tinh uy', 'thanh uy', 'huyen uy',
  'quan uy', 'cap', 'tren dia ban', 'dia ban', 'cac', 'toan', 'kho bac', 'buu dien', 'ngan hang', 'chi nhanh',
  'ttyt', 'bhxh', 'thue', 'chi cuc thue', 'doi', 'phong', 'lanh dao', 'thuoc', 'noi bo', 'quy', 'ban chi dao',
  'ubmttq', 'hoi nong dan', 'hoi phu nu', 'doan thanh nien', 'ban quan ly', 'dai', 'bao',
];
