import { describe, expect, it } from 'vitest';
import { NO_WORDS, applyContext, columnHeader, forgetScan, headerHit, keywords, nearestAfter, nearestBefore } from './context.ts';
import { createScanContext } from './scan-context.ts';
import { rng } from './seeded-random.ts';
import { detect } from './engine.ts';

const PHONE = keywords(['số điện thoại', 'sđt', 'điện thoại']);

function before(text: string, at: string) {
  const ctx = createScanContext(text);
  return nearestBefore(ctx, PHONE, ctx.folded.indexOf(at));
}

describe('context words', () => {
  it('match with or without diacritics, in any case, as JSON and CSV keys, glued to digits', () => {
    expect(before('Số điện thoại: 0912', '0912')).toEqual({ word: 'so dien thoai', distance: 2 });
    expect(before('SO DIEN THOAI 0912', '0912')?.word).toBe('so dien thoai');
    expect(before('"so_dien_thoai": "0912"', '0912')?.word).toBe('so dien thoai');
    expect(before('"soDienThoai": "0912"', '0912')?.word).toBe('so dien thoai');
    expect(before('sdt0912', '0912')).toEqual({ word: 'sdt', distance: 0 });
    expect(before('xsdt 0912', '0912')).toBeNull();
  });

  it('stay on the candidate\'s line and cell unless the candidate opens it', () => {
    expect(before('SĐT\nmã hàng 0912', '0912')).toBeNull();
    expect(before('Số điện thoại:\n0912', '0912')?.word).toBe('so dien thoai');
    expect(before('SĐT\tghi chú 0912', '0912')).toBeNull();
    expect(before('SĐT\t0912', '0912')?.word).toBe('sdt');
  });

  it('look a short way after the value, within its field', () => {
    const ctx = createScanContext('0912 (điện thoại), ghi chú');
    expect(nearestAfter(ctx, PHONE, 4)?.word).toBe('dien thoai');
    const other = createScanContext('0912, điện thoại');
    expect(nearestAfter(other, PHONE, 4)).toBeNull();
  });

  it('leave a label that opens the next number to that number', () => {
    const ctx = createScanContext('0912345678 còn điện thoại vợ em 0987654321');
    expect(nearestAfter(ctx, PHONE, 10)).toBeNull();
    const year = createScanContext('0912345678 (điện thoại mới 2024)');
    expect(nearestAfter(year, PHONE, 10)?.word).toBe('dien thoai');
    expect(detect('so gplx cua e 001083016472 con cccd vo e 001185021936').map((f) => f.type)).toEqual(['driver_license', 'cccd']);
  });
});

describe('column headers', () => {
  const header = (text: string, at: string) => {
    const ctx = createScanContext(text);
    return columnHeader(ctx, ctx.folded.lastIndexOf(at));
  };

  it('read tab, pipe and CSV tables', () => {
    expect(header('Họ tên\tSĐT\nAn\t0912', '0912')).toBe('sdt');
    expect(header('Họ tên | SĐT\nAn | 0912', '0912')).toBe(' sdt');
    expect(header('ho_ten,ngay_sinh,sdt\nAn,12/05/1990,0912', '0912')).toBe('sdt');
    expect(header('Ghi chú, thêm, nữa\nAn, 12, 0912', '0912')).toBeNull();
  });

  it('skip a title line of fields with values above the header', () => {
    // "Ngày thi: 08/7/2024" is a field, not a header cell: the next row is the header.
    const table = 'Ngành: Sản xuất chế tạo | Ngày thi: 08/7/2024\nSBD | Họ và tên | Ngày sinh | Số CCCD\n24HT0153 | NGUYỄN VĂN THỊNH | 04/02/1998 | 042098016438';
    expect(header(table, '04/02')).toBe(' ngay sinh ');
  });

  it('read a CSV row whose quoted cells hold ", " (an exported address)', () => {
    const csv = 'ma,ho_ten,nam_sinh,dia_chi,sdt\nKH1,Lê An,1949,"12 Lê Lợi, P. 6, Q. 3",0912\nKH2,Bình,1963,"Thôn Đông, xã Tân Hòa",0987';
    expect(header(csv, '1963')).toBe('nam_sinh');
    expect(header(csv, '0987')).toBe('sdt');
    // Outside quotes prose still decides: ", " makes the line no row.
    expect(header('ma,ho_ten,nam_sinh\nKH1, "Lê An", 1949', '1949')).toBeNull();
  });

  it('read a table aligned with spaces by column position, not by cell count', () => {
    const typed = 'STT HO VA TEN          NGAY SINH   MA THE BHYT\n1   NGUYEN THI HOAN      07/03/1941  BT2262620048731\n2   DO VAN LUC           19/11/1979  BT2262620172945';
    expect(header(typed, '19/11')).toBe('ngay sinh');
    expect(header(typed, 'BT2262620172945'.toLowerCase())).toBe('ma the bhyt');
    expect(header(typed, 'do van')).toBe('stt ho va ten');
    // Prose with a double space after a full stop is no table.
    expect(header('Họp lúc 9 giờ.  Chủ trì: ông An.\nSinh năm 1990.  Ghi chú  thêm', '1990')).toBeNull();
    expect(detect('STT  Họ và tên           Năm sinh   Chi bộ\n1    Lê Văn Bảy          1942       Tổ 4').filter((f) => f.type === 'date_of_birth')).toHaveLength(1);
  });

  it('read a table typed with two spaces but not padded to columns by its cells\' order', () => {
    const typed = 'STT  HỌ VÀ TÊN CHỦ HỘ  NĂM SINH  SỐ CCCD  SỐ KHẨU  SĐT\n1  NGUYỄN VĂN HẢI  1965  033065204910  5  0888444440\n2  ĐÀO THỊ NỤ  1958  033158632400  2  0912345678';
    expect(header(typed, '1965')).toBe('nam sinh');
    expect(header(typed, '1958')).toBe('nam sinh');
    expect(header(typed, '033158632400')).toBe('so cccd');
    // Padded rows keep reading by column, though the header joined two cells with one space.
    const padded = 'STT HO VA TEN          NGAY SINH   MA THE BHYT\n1   NGUYEN THI HOAN      07/03/1941  BT2262620048731\n2   DO VAN LUC           19/11/1979  BT2262620172945';
    expect(header(padded, '19/11')).toBe('ngay sinh');
  });

  it('join a two-row header and a header cell broken over lines', () => {
    // The empty top cell is the merged one to its left: the group's name heads both columns.
    expect(header('STT\tTHÔNG TIN CÁ NHÂN\t\n\tHọ tên\tNgày sinh\n1\tAn\t12/05/1990', '12/05')).toBe('thong tin ca nhan ngay sinh');
    expect(header('STT\tHọ và tên\tNgày sinh\t\tDân tộc\n\t\tNam\tNữ\t\n2\tHà Thị Duyên\t\t28/09/1999\tTày', '28/09')).toBe('ngay sinh nu');
    // A second row with a count in brackets is still the header.
    expect(header('TT\tHọ và tên\tGiấy tờ tùy thân\t\n\t\tCMND (9 số)\tCCCD (12 số)\n1\tHà\t151234876\t034178002946', '151234876')).toBe('giay to tuy than cmnd (9 so)');
    expect(header('STT\tHọ tên\tMã số\nBHXH\tGhi chú\n1\tAn\t0123456789\tx', '0123')).toBe('ma so bhxh');
  });

  it('read a header whose cells hold a unit or note in brackets', () => {
    const land = 'STT | Họ tên | Năm sinh | Diện tích (m2)\n1 | Phạm Văn Bốn | 1960 | 412,6';
    expect(header(land, '1960')).toBe(' nam sinh ');
    expect(header('Emp ID\tNew address (2 cấp)\tMST cá nhân\nTP-1\tTổ 2\t8102345671', '8102345671')).toBe('mst ca nhan');
    // Digits outside brackets still make a data row.
    expect(header('1\tAn (2)\t0912\n2\tBình\t0987', '0987')).toBeNull();
  });

  it('does not take a data row for a header', () => {
    expect(header('1\tAn\t0912\n2\tBình\t0987', '0987')).toBeNull();
    expect(header('An\tSN 1987\t0912\nBình\tSN 1990\t0987', '0987')).toBeNull();
  });

  it('reads the header under a note written in the table\'s style', () => {
    const list = 'Vắc xin MRVAC lô 0423K12, HSD 08/2025 | Bơm kim tiêm 0,5ml lô 2309104\nTT | Họ tên trẻ | Ngày sinh | Thôn\n1 | Nguyễn Bảo An | 02/01/2023 | thôn Đồng Mới';
    expect(header(list, '02/01/2023')).toBe(' ngay sinh ');
  });

  it('reads a header whose cells count months or name a year among more letters', () => {
    const pay = 'STT\tHọ tên\t3 tháng\tSTK BIDV\n1\tLương Văn Thái\t7.020.000\t51310000418822';
    expect(header(pay, '51310000418822')).toBe('stk bidv');
    expect(header('Họ tên\tQuý IV/2024\tSTK\nAn\t2.340.000\t51310000418930', '51310000418930')).toBe('stk');
  });

  it('names SQL tuple values from the column list', () => {
    const sql = "INSERT INTO t (id, ho_ten, ngay_sinh, so_cccd) VALUES\n(1, N'An', '1990-05-12', '038090012345'),\n(2, N'Bình', '1991-01-01', '001190012345');";
    expect(header(sql, '1991-01-01')).toBe('ngay_sinh');
    expect(detect(sql).filter((f) => f.type === 'date_of_birth')).toHaveLength(2);
  });

  it('reuse a window only for the same scan, position and size', () => {
    // Same offsets, different texts: the reused window of the first scan must not answer for the second.
    const a = createScanContext('sđt 0912345678 liên hệ');
    const b = createScanContext('mã 0912345678 đơn hàng');
    expect(nearestBefore(a, PHONE, 4)?.word).toBe('sdt');
    expect(nearestBefore(b, PHONE, 4)).toBeNull();
    expect(nearestBefore(a, PHONE, 4)?.word).toBe('sdt');
    // A header cell read in between replaces the shared words; the window is read again.
    const table = createScanContext('Họ tên\tSố điện thoại\nAn\t0912345678');
    const at = table.folded.indexOf('0912');
    expect(headerHit(table, PHONE, at)?.word).toBe('so dien thoai');
    expect(nearestBefore(a, PHONE, 4)?.word).toBe('sdt');
    expect(nearestAfter(b, keywords(['đơn hàng']), 13)?.word).toBe('don hang');
    expect(nearestAfter(a, keywords(['đơn hàng']), 13)).toBeNull();
  });

  it('answer interleaved look-ups (before, header, after; several keyword sets) as fresh ones do', () => {
    // The window before a candidate is kept while the look-ahead and header
    // reads happen in between; each answer must equal the one given with no
    // window kept at all.
    let seed = 5;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const sets = [PHONE, keywords(['cccd', 'số cccd', 'căn cước']), keywords(['mã đơn hàng', 'đơn hàng', 'hóa đơn'])];
    const pieces = ['SĐT ', 'cccd: ', 'đơn hàng ', 'ghi chú ', 'số cccd\t', '\n', '\t', ' | ', 'điện thoại', ', '];
    for (let k = 0; k < 40; k++) {
      let text = 'Họ tên\tSố điện thoại\tCCCD\n';
      for (let i = 0; i < 30; i++) text += next() < 0.5 ? String(Math.floor(next() * 1e10)).padStart(10, '0') : pieces[Math.floor(next() * pieces.length)];
      const ctx = createScanContext(text);
      const positions: [number, number][] = [];
      for (const m of ctx.folded.matchAll(/[0-9]+/g)) positions.push([m.index, m.index + m[0].length]);
      const ask = (kw: (typeof sets)[number], start: number, end: number) => [nearestBefore(ctx, kw, start), headerHit(ctx, kw, start), nearestAfter(ctx, kw, end)];
      for (const [start, end] of positions) {
        const kept = sets.map((kw) => ask(kw, start, end));
        const again = sets.map((kw) => nearestBefore(ctx, kw, start));
        const fresh = sets.map((kw) => {
          forgetScan();
          return ask(kw, start, end);
        });
        expect(kept).toEqual(fresh);
        expect(again).toEqual(fresh.map((f) => f[0]));
      }
    }
  });

  it('give the same column header in any order of positions as for each position alone (the kept line)', () => {
    let seed = 29;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const text = [
      'Họ tên\tSố điện thoại\tCCCD', 'An\t0912345678\t038090012345', 'Bình\t0987654321\t001190012345', '',
      'ghi chú 0912345678', 'ho_ten,sdt,cccd', 'An,0912345678,038090012345', 'Họ tên | SĐT', 'An | 0912345678',
      "INSERT INTO t (id, sdt) VALUES", "(1, '0912345678'),", "(2, '0987654321');",
    ].join('\n');
    const ctx = createScanContext(text);
    const fresh: (string | null)[] = [];
    for (let pos = 0; pos <= text.length; pos++) {
      forgetScan();
      fresh.push(columnHeader(ctx, pos));
    }
    forgetScan();
    for (let k = 0; k < 3000; k++) {
      const pos = next() < 0.5 ? Math.floor(next() * (text.length + 1)) : Math.min(text.length, k % (text.length + 1));
      expect(columnHeader(ctx, pos), `at ${pos}`).toBe(fresh[pos]);
    }
  });

  it('give the same column header walking forward by any number of lines as for each position alone (the short walk)', () => {
    let seed = 31;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const rows = ['Họ tên\tSố điện thoại\tCCCD'];
    for (let i = 0; i < 60; i++) {
      const x = next();
      rows.push(x < 0.5 ? `An\t09${i}12345\t0380900${i}` : x < 0.7 ? '' : x < 0.85 ? 'ghi chú 0912' : 'x;y;z');
    }
    const text = rows.join('\n');
    const ctx = createScanContext(text);
    const fresh: (string | null)[] = [];
    for (let pos = 0; pos <= text.length; pos++) {
      forgetScan();
      fresh.push(columnHeader(ctx, pos));
    }
    for (let round = 0; round < 200; round++) {
      forgetScan();
      // Strides from within a line to several lines on, as candidates come.
      for (let pos = Math.floor(next() * 20); pos <= text.length; pos += 1 + Math.floor(next() * next() * 120)) {
        expect(columnHeader(ctx, pos), `at ${pos}`).toBe(fresh[pos]);
      }
    }
  });

  it('give the same column header in any order where rows of other delimiters lie between a table\'s rows', () => {
    // A short row of another delimiter sits in a table's gap and heads a block
    // of its own: its header was whichever block's walk reached it first.
    const next = rng(37);
    const kinds = [
      () => `An\t09${Math.floor(next() * 90 + 10)}12345\tx`,
      () => '12345678 | x',
      () => 'Ghi | 0912345678',
      () => 'a;b;0912',
      () => 'Số TK\tGhi chú',
      () => 'Họ tên | SĐT',
      () => 'ghi chú 0912',
    ];
    for (let t = 0; t < 20; t++) {
      const rows = ['Số TK\tGhi chú'];
      for (let i = 0; i < 30; i++) rows.push(kinds[Math.floor(next() * kinds.length)]());
      const text = rows.join('\n');
      // Each position alone, in a scan of its own (a scan's line index keeps what it walked).
      const fresh: (string | null)[] = [];
      for (let pos = 0; pos <= text.length; pos++) {
        forgetScan();
        fresh.push(columnHeader(createScanContext(text), pos));
      }
      for (let round = 0; round < 5; round++) {
        forgetScan();
        const ctx = createScanContext(text);
        for (let k = 0; k < 200; k++) {
          const pos = Math.floor(next() * (text.length + 1));
          expect(columnHeader(ctx, pos), `text ${t} at ${pos}`).toBe(fresh[pos]);
        }
      }
    }
  });

  it('find no word in a text without letters', () => {
    const digits = createScanContext('0912345678 0987654321');
    expect(nearestBefore(digits, PHONE, 11)).toBeNull();
    expect(nearestAfter(digits, PHONE, 10)).toBeNull();
  });
});

describe('context lists', () => {
  it('share one frozen empty list when no word decides, and one frozen list per word when one does', () => {
    expect(applyContext(0.5, { positive: null, negative: null }, 0.1).context).toBe(NO_WORDS);
    const sdt = applyContext(0.5, { positive: { word: 'sdt', distance: 1 }, negative: null }, 0.1).context;
    expect(sdt).toEqual(['+sdt']);
    expect(Object.isFrozen(sdt)).toBe(true);
    expect(applyContext(0.7, { positive: { word: 'sdt', distance: 9 }, negative: null }, 0.2).context).toBe(sdt);
    expect(applyContext(0.7, { positive: null, negative: { word: 'hoa don', distance: 2 } }, 0.2).context).toEqual(['−hoa don']);
    // Glued words and labels added on top never write into the shared list.
    for (const text of ['DH0912345678', '0912345678abc', 'sdt0912345678', 'CCCD 038090012345', '038090012345', 'xx038090012345yy']) detect(text);
    expect(NO_WORDS).toEqual([]);
    expect(Object.isFrozen(NO_WORDS)).toBe(true);
  });
});
