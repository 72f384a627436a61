import { describe, expect, it } from 'vitest';
import { findApprox } from './approx.ts';
import { findCardNumbers } from './card-number.ts';
import { decide, idCardFinding, recognizeIdCard } from './recognize.ts';
import { skeletonOf } from './skeleton.ts';

// OCR-like texts of invented cards, several copied from what tesseract read
// from the generated test images (blurred, halved, JPEG, phone-like).
const CARDS: [string, string][] = [
  [
    'CCCD front, clean',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCĂN CƯỚC CÔNG DÂN\nCitizen Identity Card\nSố / No.: 001203004567\nHọ và tên / Full name:\nNGUYỄN VĂN THÀNH\nNgày sinh / Date of birth: 12/04/2003',
  ],
  [
    'CCCD front, title and number lost (red print), motto and bilingual labels kept',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSOCIALIST REPUBLIC OF VIET NAM\nSố / No.:\nHọ và tên / Full name:\nNGUYỄN VĂN THÀNH\nNgày sinh / Date of birth: 12/04/2003\nGiới tính / Sex: Nam Quốc tịch / Nationality: Việt Nam',
  ],
  [
    'CCCD front, no diacritics, O/0 and l/1 confusions',
    'CONG HOA XA HOI CHU NGHIA VIET NAM\nDoc lap - Tu do - Hanh phuc\nCAN CUOC CONG DAN\ns6/No.: OO12O3OO4567\nHo va ten / Fu11 name: NGUYEN VAN THANH',
  ],
  [
    'CCCD front, phone photo',
    'Á CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nf \\ Độc lập - Tư do - Hạnh phúc\nRi CĂN CƯỚC CÔNG DÂN\ncitizen Identity card\nsố/No: 00 1203004567\nHo và tén/ Full name:\nNGUYEN VAN THANH',
  ],
  [
    'CCCD front, half size',
    'CONG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc.\nCitizen Identity Card\nSố/Ne:\nHọ và tên / Full name:\nNgày sinh Date of birth: 12/04/2003\nQuê quan Place of origi: Xã Yên Lạc, Vinh Phúc.',
  ],
  [
    'CCCD back, MRZ read with noise',
    'Đặc điểm nhân dang Persona identification:\nNgày, thing, năm / Date, month, year: 25/08/2021\n1DVNH2039945671991203004567<<4\n9304128M2808254VNH<<<<<<<<<<<8\nNGUYEN<<VAN<THANH<<<<<<<<<<<<<',
  ],
  ['CCCD back, MRZ only', 'IDVNM0790850012345079185001234<<2\n8511032F3011036VNM<<<<<<<<<<<4\nTRAN<<THI<MY<DUNG<<<<<<<<<<<<<'],
  [
    'Căn cước 2024',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCĂN CƯỚC\nIDENTITY CARD\nSố định danh cá nhân / Personal identification number:\n079185001234\nHọ, chữ đệm và tên khai sinh / Full name:',
  ],
  [
    'old CMND',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGIẤY CHỨNG MINH NHÂN DÂN\nSỐ 025671394\nHọ tên: LÊ QUANG VINH\nSinh ngày: 21-07-1978\nNguyên quán: Hải Hậu, Nam Định',
  ],
  [
    'old CMND, no diacritics',
    'CONG HOA XA HOI CHU NGHIA VIET NAM\nGIAY CHUNG MlNH NHAN DAN\nSO 0256713g4\nHo ten: LE QUANG VINH\nSinh ngay 21-07-1978',
  ],
  [
    'English card',
    'SOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom - Happiness\nCITIZEN IDENTITY CARD\nNo.: 048096007215\nFull name: PHAM MINH KHOA\nDate of birth: 30/01/1996',
  ],
  ['words run together', 'CONGHOAXAHOICHUNGHIAVIETNAM\nCANCUOCCONGDAN\nSo:001203004567'],
];

const NOT_CARDS: [string, string][] = [
  [
    'news article about the new card',
    'Từ 1/7/2024, thẻ căn cước thay cho thẻ căn cước công dân\nLuật Căn cước năm 2023 có hiệu lực từ ngày 1/7/2024. Theo luật mới, thẻ căn cước công dân đã cấp vẫn còn giá trị sử dụng đến hết thời hạn in trên thẻ.',
  ],
  [
    'official letter about issuing cards (motto, title, labels, long)',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nV/v tổ chức cấp thẻ căn cước công dân lưu động\n' +
      'Công dân mang theo sổ hộ khẩu, ghi rõ họ và tên, ngày sinh, quê quán và nơi thường trú vào tờ khai. '.repeat(20),
  ],
  [
    'blank registration form',
    'PHIẾU ĐĂNG KÝ THAM DỰ HỘI NGHỊ\nHọ và tên: ....................\nNgày sinh: ....................\nĐơn vị công tác: ..........\nSố điện thoại: .............',
  ],
  ['price list', 'Bảng giá văn phòng phẩm quý III\nVP-001 Giấy A4 Double A 80gsm Ram 78.000 120\nVP-005 Mực in HP 107A Hộp 1.250.000 6'],
  ['the motto alone (any official letter)', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQUYẾT ĐỊNH về việc khen thưởng'],
  ['a CCCD number typed in a chat', 'số cccd của em là 001203004567 nhé'],
  ['empty', ''],
  ['OCR garbage from an upside-down card', '>>>>>>>>>>>>>HNVHIL>NVA>>N1An39N\n8>>>>>>>>>>>| INAV SZ808CW8ZIVOED\nWVN LẬIA VIHON QHD IOH YX VOH 9NÔ2'],
];

describe('recognizeIdCard', () => {
  it.each(CARDS)('recognizes %s', (_name, text) => {
    const f = idCardFinding(text);
    expect(f).not.toBeNull();
    expect(f!.type).toBe('id_card_image');
    expect(f!.category).toBe('sensitive');
    expect(f!.masked).toBe('[id_card_image]');
    expect(f!.start).toBeGreaterThanOrEqual(0);
    expect(f!.end).toBeGreaterThan(f!.start);
    expect(f!.end).toBeLessThanOrEqual(text.length);
  });

  it.each(NOT_CARDS)('stays silent on %s', (_name, text) => {
    expect(recognizeIdCard(text)).toBeNull();
  });

  it('never puts a value in the explanation or masks', () => {
    const f = idCardFinding(CARDS[0][1])!;
    for (const s of [f.explanation, f.masked, f.displayMasked]) {
      expect(s).not.toContain('001203004567');
      expect(s).not.toContain('THÀNH');
    }
    expect(f.explanation).toMatch(/card title/);
  });

  it('points its span at the MRZ on a back side', () => {
    const text = CARDS[6][1];
    const f = idCardFinding(text)!;
    expect(text.slice(f.start, f.end)).toMatch(/^IDVNM\d{9}/);
  });
});

describe('decide', () => {
  const none = { motto: false, strongTitle: false, weakTitle: false, englishLabels: 0, labels: 0, number: false, mrz: false };
  it('needs more than a title, more than the motto', () => {
    expect(decide({ ...none, strongTitle: true })).toBe(0);
    expect(decide({ ...none, motto: true, labels: 5 })).toBe(0);
    expect(decide({ ...none, strongTitle: true, number: true })).toBeGreaterThan(0);
    expect(decide({ ...none, mrz: true })).toBeGreaterThan(0);
  });
  it('asks a long text for the number', () => {
    const e = { ...none, strongTitle: true, motto: true, labels: 3 };
    expect(decide(e, 200)).toBeGreaterThan(0);
    expect(decide(e, 5000)).toBe(0);
    expect(decide({ ...e, number: true }, 5000)).toBeGreaterThan(0);
  });
});

describe('OCR-tolerant pieces', () => {
  it('folds diacritics, case, spacing and O/0, l/1 confusions together', () => {
    expect(skeletonOf('CĂN CƯỚC CÔNG DÂN').chars).toBe(skeletonOf('can cuoc c0ng dan').chars);
    expect(skeletonOf('Đặc điểm').chars).toBe('dacdiem');
    expect(skeletonOf('Fu11 name').chars).toBe(skeletonOf('Full name').chars);
  });
  it('finds a word with a letter wrong, not one with many', () => {
    expect(findApprox('xxcancuoccongdanxx', 'cancuoccongdan', 0)?.start).toBe(2);
    expect(findApprox('xxcancu0ccongdanxx', 'cancuoccongdan', 2)?.errors).toBe(1);
    expect(findApprox('xxcanxxxxxxngdanxx', 'cancuoccongdan', 2)).toBeNull();
  });
  it('reads card numbers through OCR confusions, only with a province code or 9 digits', () => {
    expect(findCardNumbers('No.: OO12O3OO4567').map((n) => n.digits)).toEqual(['001203004567']);
    expect(findCardNumbers('No: 00 1203004567').map((n) => n.digits)).toEqual(['001203004567']);
    expect(findCardNumbers('SỐ 025671394')[0]?.kind).toBe('cmnd');
    expect(findCardNumbers('999203004567')).toEqual([]);
    expect(findCardNumbers('12/04/2003')).toEqual([]);
  });
});
