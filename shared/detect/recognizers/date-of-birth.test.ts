import { describe, expect, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';
import { checkEveryLabelForTests, NOT_BIRTH_AFTER, NOT_BIRTH_BEFORE, notBirthAfter, notBirthBefore, shortGroupFormsForTests } from './date-of-birth.ts';
import { detect } from '../engine.ts';
import { randomText, rng } from '../seeded-random.ts';

const positives: Row[] = [
  ['Ngày sinh: 12/05/1990', '12/05/1990'],
  // A scanned card's OCR: O for 0, l for 1.
  ['Ngày sinh / Date of birth: 2l/O5/2019', '2l/O5/2019'],
  // News and police texts: "SN" is sinh năm.
  ['cầm đầu là Phạm Văn Cường (SN 1987, trú tại xã Lai Cách)', '1987'],
  ['Doi tuong: LAI VAN HUNG, SN: 17/9/1984, CCCD: 001084022739', '17/9/1984'],
  ['sinh ngày 12 tháng 5 năm 1990 tại Hà Nội', '12 tháng 5 năm 1990'],
  ['NS: 01.01.1985', '01.01.1985'],
  ['DOB 1990-05-12', '1990-05-12'],
  ['năm sinh 1985', '1985'],
  ['sinh năm: 1978', '1978'],
  // "số, sinh" folds like sơ sinh (newborn): only written so is it one.
  ['NGUYEN DUC MANH, so 036203007481, sinh 2003, kem bang lai', '2003'],
  ['ngay sinh 3/7/92', '3/7/92'],
  ['Họ tên\tNgày sinh\nNguyễn Văn A\t12/05/1990\nTrần Thị B\t01/01/1991', '01/01/1991'],
  ['NGÀY SINH: 29/02/2000', '29/02/2000'],
  ['Ngày sinh: 1990/05/12', '1990/05/12'],
  ['Date of birth: 12 May 1990', '12 May 1990'],
  ['DOB: May 12, 1990', 'May 12, 1990'],
  ['born 3-Jan-1985 in Hue', '3-Jan-1985'],
  ['NS: mùng 8 tháng 5 năm 1962', 'mùng 8 tháng 5 năm 1962'],
  ["INSERT INTO t (ho_ten, ngay_sinh) VALUES\n(N'An', '1974-04-07');", '1974-04-07'],
  ['Ngày tháng năm sinh: 13 - 01 - 1994', '13 - 01 - 1994'],
  // In apposition to a full name, or a year in the cell after it.
  ['gửi gia đình: bệnh nhân Vũ Thị Lan Anh, 12/09/1962, BHYT HT2010162005873', '12/09/1962'],
  ['Ông Trần Văn Nam (15/3/1980) đến nộp đơn', '15/3/1980'],
  // "hợp" (a case) and "hộp" (a mailbox) fold like a meeting's "họp".
  ['Trường hợp ông Nguyễn Văn Hòa, 12/03/1968, đã được hỗ trợ', '12/03/1968'],
  ['Trong hộp thư có đơn của bà Lê Thị Mai, 05/06/1975, xin trợ cấp', '05/06/1975'],
  ['truong hop ong Nguyen Van Hoa, 12/03/1968, da duoc ho tro', '12/03/1968'],
  ['Nguyễn Thị Thanh Tâm\t1982\tNữ\t0908112457', '1982'],
  // Any given name in a row's first cell: "Triết", "Piếng" are listed nowhere.
  ['Võ Minh Triết\t2001\tNam\tSV4797921876034', '2001'],
  ['Lò Văn Piếng\t1958\tCN3141412837465', '1958'],
  // A year closing the brackets after a name.
  ['Chị Nhung ơi bác Hoàng Văn Lư (1948) thôn Bản Chang ấy', '1948'],
  ['Đại đức Thích Minh Tâm (thế danh Võ Văn Tâm, 1985), trụ trì chùa', '1985'],
  // An export's compact date under its column.
  ['MA_BN;HO_TEN;NGAY_SINH;GIOI_TINH\nBN0049321;LY THI SAU;19670204;2', '19670204'],
  // A health insurance claim's export: YYYYMMDDhhmm.
  ['ma_lk,ho_ten,ngay_sinh,gioi_tinh\nLK2409150031,Bui Thi Thuy,197203040000,2', '197203040000'],
  // English ordinals.
  ['Date of birth: March 5th, 1998', 'March 5th, 1998'],
  ['DOB: 1st of May 1990', '1st of May 1990'],
  // A small child's month and year of birth.
  ['chau Nguyen Gia Bao (ns 11/2021) kham o phong kham', '11/2021'],
  ['Tháng sinh: 03/2019', '03/2019'],
  // A list's row: a field after the name, or after the person's sex.
  ['1/ Kieu Thi Phuong Thao - 11/04/2000 - 001300051792', '11/04/2000'],
  ['02  Đào Thị Thúy Nga  1987  phường Trần Hưng Đạo', '1987'],
  ['1. DƯƠNG VĂN THẬT - CHỦ HỘ - NAM - 1964 - LÀM THUÊ', '1964'],
  ['Lê Thị Hoa, nữ, 12/5/1990, thôn 3', '12/5/1990'],
  // A labelled year read with the row's next field as one run.
  ['1. LÊ VĂN TRUNG - NS 1980 - 0912.470.385 - TT THỌ XUÂN', '1980'],
  // A headerless list: the date between the name's cell and the sex's.
  ['4\tNguyễn Hữu Phước\t30/01/2012\tNam\tKinh\tthôn 4, xã Nghĩa Hưng', '30/01/2012'],
  // …or before an ID's cell whose birth year it shares, whatever the given name.
  ['Trần Thị Tý\t12/01/1940\t035140001877', '12/01/1940'],
  ['Đinh Thị Mận\t27/07/1952\t035152004416\tthôn 2', '27/07/1952'],
  // A household's members: the relation between the name and the date, the date ending the line.
  ['Nhan khau can ho A-0906:\n1. Tran Quoc Bao - chu ho - 12/06/1979 - 0918 226 473\n2. Vo Thi Ngoc Diep - vo - 25/09/1982', '25/09/1982'],
  // A list's row of dashed fields: a date after the name, whatever its given name.
  ['1. Lữ Văn Thoại - 12/4/1995 - Thái - bản Huồi Giảng, xã Chiêu Lưu', '12/4/1995'],
];

const negatives: Row[] = [
  // A date with its own "ngày" after a birth word that labels something else; an examinee; an export's key.
  ['V/v hướng dẫn công tác tuyển sinh     Hà Nội, ngày 10 tháng 3 năm 2025', '10 tháng 3 năm 2025'],
  ['LỆ PHÍ DỰ THI: 500.000 ĐỒNG/THÍ SINH, NỘP TRƯỚC NGÀY 31/7/2025', '31/7/2025'],
  ['{"nam_tuyen_sinh": 2025, "ho_ten": "Lê Văn An"}', '2025'],
  ['Cuộc họp ngày 20/11/2024', '20/11/2024'],
  ['Họp với ông Nguyễn Văn Hòa, 12/03/1968 tại trụ sở', '12/03/1968'],
  // "sinh" as the end of another word: an expected delivery, enrolment, Easter.
  ['Tôi đang mang thai 37 tuần, dự sinh ngày 28/02/2025.', '28/02/2025'],
  ['Căn cứ Thông báo tuyển sinh số 96-TB/TCT ngày 10/12/2024 của Trường Chính trị tỉnh', '10/12/2024'],
  ['- Lễ Phục sinh: ngày 20/4/2025 tại 6 nhà thờ, giáo họ.', '20/4/2025'],
  // Digits glued into a token: a password holding a year.
  ['Mật khẩu của ông Đậu Quang Sinh là Sinh@1964tu, đề nghị khóa ngay.', '1964'],
  // A pupil's "sinh" before "năm", a span of birth years, a date in a cell that is no sex's neighbour.
  ['trường đang rà soát BHYT học sinh năm 2025, phụ huynh nào con chưa có thẻ', '2025'],
  ['tuyển chọn công dân sinh năm 1998 - 2007 đủ điều kiện', '1998'],
  ['4\tNguyễn Hữu Phước\t30/01/2012\tmũi 2\tTrạm y tế xã', '30/01/2012'],
  // A date of another year before the ID: a registration's, not the birth.
  ['Đinh Thị Mận\t01/02/2024\t035152004416', '01/02/2024'],
  ['Ngày sinh hoạt chuyên đề: 27/11/2020', '27/11/2020'],
  ['meeting on 12 May 2024', '12 May 2024'],
  ['Ngày sinh: 12/05/1990, ngày cấp 01/02/2020', '01/02/2020'],
  ['Năm 2023 là năm tốt', '2023'],
  ['ban hành ngày 15/03/2023', '15/03/2023'],
  ['Ngày sinh: 31/02/1990', '31/02/1990'],
  ['Nghị định 13/2023/NĐ-CP', '13/2023'],
  ['lúc 10:30 ngày 12/05/2024', '12/05/2024'],
  ['12/05/1990', '12/05/1990'],
  // A place is no name; a date cell after a name may be any column's; a label decides.
  ['Phường Lam Hạ, Hà Nam, 26/02/2026', '26/02/2026'],
  ['1\tNguyễn Thanh Hải\t02/03/2025', '02/03/2025'],
  ['Nguyễn Văn An, ngày cấp 12/09/2015', '12/09/2015'],
  ['NS: 13 - 01.1994', '13 - 01.1994'],
  // An antenatal card's last period and expected delivery.
  ['PARA: 1001. Kinh cuối: 12/02/2024. Dự kiến sinh: 19/11/2024', '12/02/2024'],
  ['PARA: 1001. Kinh cuối: 12/02/2024. Dự kiến sinh: 19/11/2024', '19/11/2024'],
  // "Sinh" inside a place's name is no birth label.
  ['Niêm yết tại nhà văn hóa thôn Tân Sinh Đông từ ngày 06/10/2025', '06/10/2025'],
  // A compact date needs its label or column; after a name alone it is any code.
  ['Lê Văn An, 20240315', '20240315'],
  ['Mã hồ sơ 20240315', '20240315'],
  ['ma_lk,ngay_vao\nLK2409150031,202409150812', '202409150812'],
  // Words that hold "sinh" and are no birth: a martyr's death, antibiotics, a newborn's vaccine; and a death.
  ['Hy sinh: 17/4/1972 tại mặt trận phía Nam', '17/4/1972'],
  ['Đơn vị: C3, D2, E48. Hy sinh ngày 27/7/1968 tại mặt trận phía Nam', '27/7/1968'],
  ['Nắm tình hình dịp Lễ Giáng sinh 2024; gặp mặt chức sắc', '2024'],
  ['Chị từng điều trị trầm cảm sau sinh năm 2023.', '2023'],
  ['thống nhất phác đồ kháng sinh nhóm dự trữ trước 31/10/2024.', '31/10/2024'],
  ['VGB sơ sinh          1     21/03/2023    BV ĐK Sa Đéc', '21/03/2023'],
  ['ông Lý Văn Sáu (sinh năm 1945, chết ngày 22/7/2024 theo Trích lục khai tử)', '22/7/2024'],
  // "năm 1964" folds as "nam 1964"; a year named by the sexagenary cycle is no person.
  ['Kế hoạch năm - 2024', '2024'],
  ['QUÝ III NĂM GIÁP THÌN (2024)', '2024'],
  ['hop ngay 11/2021 ve ke hoach', '11/2021'],
  // The next sentence's "Sinh viên"; a signature's date after the name, ending its line.
  ['Học phí nộp theo học kỳ, hạn cuối 30/10/2024. Sinh viên nộp qua ngân hàng BIDV.', '30/10/2024'],
  ['Thẩm định viên: Phùng Gia Bảo — 12/06/2025', '12/06/2025'],
];

describe('date_of_birth', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('date_of_birth', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('date_of_birth', [text, value]));

  // Big texts pass some types by when none of their words occur; a date after a name needs none.
  it('finds a date after a name in a big text without a birth word', () => {
    const filler = '30A-123.45 '.repeat(20_000);
    expectFound('date_of_birth', [`${filler}\nbệnh nhân Vũ Thị Lan Anh, 12/09/1962\n${filler}`, '12/09/1962']);
  });
});

// A date under a birth column with no letter near it skips the checks for
// words near it (they find none): in a big text dense in numbers, where the
// text's words tell, the findings are those the checks make.
describe('dates under a birth column with no letter near them', () => {
  it('are found as the checks find them', () => {
    const r = rng(47);
    const rows = [
      '1\t01/01/1990\n', '2\t3/7/92\n', '3\t12/05/1990\n', 'hy sinh\t27/7/1968\n', '4\t01/02/2000 sinh vien\n', 'hoc \t5/5/2005\n',
      'x\t12/12/1999\n', 'ngay 10/3/2025\t1\n', 'Tân Sinh Đông\t06/10/2025\n', '\n', 'STT\tSinh\n', 'STT\tNgày sinh\n', '5\t1/1/1901\t2\n',
    ];
    for (let t = 0; t < 3; t++) {
      let text = 'STT\tSinh\n';
      while (text.length < 150_000) text += r() < 0.9 ? rows[0] : rows[Math.floor(r() * rows.length)];
      const fast = detect(text);
      checkEveryLabelForTests(true);
      try {
        expect(fast).toEqual(detect(text));
      } finally {
        checkEveryLabelForTests(false);
      }
    }
  });
});

// The not-a-birth patterns are tried only where their "sinh" stands: at
// every position of texts made of their words and marks, they must answer
// as the patterns do on the slices around it.
describe('the not-a-birth patterns, tried only where their "sinh" stands', () => {
  it('answer as the patterns do on generated texts', () => {
    const r = rng(31);
    const pieces = [
      'sinh', 'hy', 'thi', 'tuyen', 'giang', 'sau', 'vien', 'hoat', 'hoc', 'thai', 'x', ' ', ' ', '_', '\n', ',', '.', ';', ':', ')',
      '12/05/1990', 'ngay ', 'hy sinh ', 'thi_sinh', ' sinh vien', '. sinh hoc', 'xhy sinh', 'sinh thai',
    ];
    let matched = 0;
    for (let t = 0; t < 2000; t++) {
      let s = '';
      const n = 1 + Math.floor(r() * 16);
      for (let k = 0; k < n; k++) s += pieces[Math.floor(r() * pieces.length)];
      for (let pos = 0; pos <= s.length; pos++) {
        const before = NOT_BIRTH_BEFORE.test(s.slice(Math.max(0, pos - 32), pos));
        const after = NOT_BIRTH_AFTER.test(s.slice(pos, pos + 16));
        if (before || after) matched++;
        expect(notBirthBefore(s, pos), `${JSON.stringify(s)} before ${pos}`).toBe(before);
        expect(notBirthAfter(s, pos), `${JSON.stringify(s)} after ${pos}`).toBe(after);
      }
    }
    expect(matched).toBeGreaterThan(2000);
  });
});

// find reads a short group as the first date form that reads it and tries no
// other once that date is scored: no two forms may read a date at one group.
describe('the date forms of a short group', () => {
  it('read a date at most one at a time, on generated texts', () => {
    const r = rng(53);
    const pieces = [
      '1', '5', '12', '31', '29', '/', '/5/', '/12/', '-', '.', ',', ', ', ' ', ' ', ' thang ', ' thang 5', ' thang 5 nam 1990', ' thang 12, 2000', ' thang 1/1990', ' nam ', ' nam 1990', 'mung ',
      'may', ' may ', '-jan-', ' sept ', 'march ', 'st', 'th', 'nd', ' of', '1990', '90', '2000', 'x', '\n',
    ];
    const found = [0, 0, 0];
    for (let t = 0; t < 4000; t++) {
      const s = randomText(r, pieces, [''], 1, 12);
      for (let start = 0; start < s.length; start++) {
        for (const dayLen of [1, 2]) {
          const forms = shortGroupFormsForTests(s, start, dayLen);
          forms.forEach((d, k) => {
            if (d !== null) found[k]++;
          });
          expect(forms.filter((d) => d !== null).length, `${JSON.stringify(s)} at ${start}, ${dayLen} digits`).toBeLessThanOrEqual(1);
        }
      }
    }
    // Each form reads dates in these texts.
    for (const k of found) expect(k, `${found}`).toBeGreaterThan(20);
  });
});
