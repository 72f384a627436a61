import { describe, expect, it } from 'vitest';
import { createScanContext, foldText, foldedUnitsOf, plainCode, readOcrLettersAlwaysForTests, releaseScanUnits, searchEveryOcrBlockForTests, useNativeCopy } from './scan-context.ts';
import { rng } from './seeded-random.ts';

describe('createScanContext', () => {
  it('reads O, l and I touching a digit as 0 and 1 in folded only, where no other letter is beside them', () => {
    const ctx = createScanContext('CCCD số O26196Ol7852, sinh 2l/O5/2019, năm 197O');
    expect(ctx.folded).toBe('cccd so 026196017852, sinh 21/05/2019, nam 1970');
    expect(ctx.plain).toBe('CCCD so O26196Ol7852, sinh 2l/O5/2019, nam 197O');
    // Words and codes keep their letters; a plate's series L after two digits stays a letter.
    for (const text of ['SpO2 98%', 'lo 12 cái', 'Quý III/2024', 'Biển số 61L3-639.72', 'lan1990@gmail.com']) {
      expect(createScanContext(text).folded).toBe(createScanContext(text).plain.toLowerCase());
    }
    // A date's parts between separators, whose letters touch no digit: the date's shape says what they are.
    expect(createScanContext('Ngày sinh: l3/lO/l997, sinh ngay O2-ll-1969').folded).toBe('ngay sinh: 13/10/1997, sinh ngay 02-11-1969');
    expect(createScanContext('lo/li/lolo 12/ll').folded).toBe('lo/li/lolo 12/ll');
    // The same scans read the label "Số" as "S0": a label in folded, not the number's first digit.
    expect(createScanContext('CHUNG MINH NHAN DAN\nS0 23l567O93').folded).toBe('chung minh nhan dan\nso 231567093');
  });

  it('passes over the search for 0s standing for O only in texts where no 0 touches a letter other than o, l, i', () => {
    const random = rng(3);
    const pieces = ['0', '1', '9', 'o', 'O', 'l', 'I', 'i', 'a', 'T', 'đ', 'Ư', ' ', '  ', '.', '/', '-', '\n', 'e\u0301', '\u0301', 'ﬁ', 'Ｏ', '０'];
    for (let t = 0; t < 3000; t++) {
      let text = '';
      const n = 1 + Math.floor(random() * 24);
      for (let i = 0; i < n; i++) text += pieces[Math.floor(random() * pieces.length)];
      const flagged = createScanContext(text).folded;
      readOcrLettersAlwaysForTests(true);
      const always = createScanContext(text).folded;
      readOcrLettersAlwaysForTests(false);
      expect(flagged, JSON.stringify(text)).toBe(always);
    }
  });

  it('reads OCR letters and digits in long texts as a search of every block would (the folding loop flags the blocks that may hold some)', () => {
    const random = rng(11);
    const prose = ['Công văn số ', 'kính gửi ', 'ông Nguyễn Văn An ', 'ngày 12/05/2019, ', 'SĐT 0912 345 678. ', '\n', 'ghi chú  ', 'mail lan90@gmail.com '];
    const rare = ['O9', 'l2', '3o ', 'KH0A', 'T0n ', '2l/O5/2019', 'l3/lO/l997', 'S0 23l5', 'sdt0.765', '0l/0l/2012', '11/ll/2019', 'O2-ll-1969', '12.o5.1990', '1l.ll.ll', 'l/1/11', '61L3-639.72', 'e\u0301', '\u200b', 'x0', '0', 'O', 'l', '1'];
    for (let t = 0; t < 60; t++) {
      let text = '';
      const n = 2000 + Math.floor(random() * 30000);
      const density = random() < 0.5 ? 0.002 : 0.05;
      while (text.length < n) text += random() < density ? rare[Math.floor(random() * rare.length)] : prose[Math.floor(random() * prose.length)];
      for (const letters of [false, true]) {
        readOcrLettersAlwaysForTests(letters);
        const flagged = createScanContext(text).folded;
        searchEveryOcrBlockForTests(true);
        const every = createScanContext(text).folded;
        searchEveryOcrBlockForTests(false);
        readOcrLettersAlwaysForTests(false);
        expect(flagged === every, `text ${t}, letters ${letters}`).toBe(true);
      }
    }
  });

  it('reads a date whose letters touch no digit as a read at every separator would, where the only letter beside a digit stays a letter', () => {
    // "mai20@" holds a letter beside a digit, which stays a letter: only the dates' letters become digits.
    const random = rng(12);
    const prose = ['Email: mai20@gmail.com ', 'ngày 12/05/2019, ', 'số 0912.345.678 ', 'hết. ', 'a-b ', '1.5 '];
    const dates = ['ll/11/2019', '11/ll/2019', '11/11/ll', 'oo-11-1990', '11.11.llll', 'l/1/11', 'l.l.ll', '1/l/11', '11/ll'];
    for (let t = 0; t < 200; t++) {
      let text = 'Email: mai20@gmail.com ';
      const n = 20 + Math.floor(random() * 400);
      while (text.length < n) text += random() < 0.2 ? `${dates[Math.floor(random() * dates.length)]} ` : prose[Math.floor(random() * prose.length)];
      const flagged = createScanContext(text).folded;
      searchEveryOcrBlockForTests(true);
      const every = createScanContext(text).folded;
      searchEveryOcrBlockForTests(false);
      expect(flagged, JSON.stringify(text)).toBe(every);
    }
    expect(createScanContext('mai20@gmail.com sinh ll/11/2019').folded).toBe('mai20@gmail.com sinh 11/11/2019');
  });

  it('reads a 0 inside a word as the O it stands for, in folded only, but never a digit beside a digit or an OCR letter', () => {
    const ctx = createScanContext('H0 va ten: BUI VAN KH0AT\nDan t0c: Muong   T0n giao: Thien Chua giao\n0ng Trư0ng');
    expect(ctx.folded).toBe('ho va ten: bui van khoat\ndan toc: muong   ton giao: thien chua giao\nong truong');
    expect(ctx.plain).toBe('H0 va ten: BUI VAN KH0AT\nDan t0c: Muong   T0n giao: Thien Chua giao\n0ng Tru0ng');
    // Numbers keep their zeros: a phone glued to its label, a date read with OCR letters, codes.
    for (const [text, folded] of [
      ['sdt0.765.132.489', 'sdt0.765.132.489'],
      ['sdt 0912 345 678, HN4010123456789', 'sdt 0912 345 678, hn4010123456789'],
      ['Ngay: 0l/0l/2012', 'ngay: 01/01/2012'],
      ['C0123456 và 30A-012.34', 'c0123456 va 30a-012.34'],
    ]) expect(createScanContext(text).folded).toBe(folded);
  });

  it('tells whether the text has two spaces in a row (a table aligned with spaces may), and reads OCR digits as before', () => {
    expect(createScanContext('STT  Họ và tên').gaps).toBe(true);
    expect(createScanContext('x\u00a0\u00a0y').gaps).toBe(true);
    expect(createScanContext('một dòng văn bản thường, 0912 345 678').gaps).toBe(false);
    expect(createScanContext('a \tb').gaps).toBe(false);
    expect(createScanContext('CCCD  O38O9OO12345').folded).toBe('cccd  038090012345');
  });

  it('finds a wide gap, OCR digits and a dropped mark on either unit of a pair (folding reads two units at a time)', () => {
    for (let shift = 0; shift < 4; shift++) {
      const pad = 'a'.repeat(shift);
      expect(createScanContext(`${pad}x  y`).gaps).toBe(true);
      expect(createScanContext(`${pad}x y z`).gaps).toBe(false);
      expect(createScanContext(`${pad} sinh 2l/O5/2019`).folded).toBe(`${pad} sinh 21/05/2019`);
      const ctx = createScanContext(`${pad}Nguye\u0302\u0303n A`);
      expect(ctx.plain).toBe(`${pad}Nguyen A`);
      expect(ctx.toOriginal(shift + 6)).toBe(shift + 8);
    }
  });

  it('removes Vietnamese diacritics and keeps case in plain, lowers it in folded', () => {
    const ctx = createScanContext('Số Điện Thoại của NGUYỄN Văn Ánh');
    expect(ctx.plain).toBe('So Dien Thoai cua NGUYEN Van Anh');
    expect(ctx.folded).toBe('so dien thoai cua nguyen van anh');
  });

  it('folds NFD input to the same text as NFC and maps offsets back across combining marks', () => {
    const nfc = 'Họ tên: Nguyễn Thị Ánh, CCCD 038190012345';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    const a = createScanContext(nfc);
    const b = createScanContext(nfd);
    expect(b.plain).toBe(a.plain);
    const at = b.folded.indexOf('nguyen thi anh');
    const original = nfd.slice(b.toOriginal(at), b.toOriginal(at + 'nguyen thi anh'.length));
    expect(original.normalize('NFC')).toBe('Nguyễn Thị Ánh');
    const digits = b.folded.indexOf('038190012345');
    expect(nfd.slice(b.toOriginal(digits), b.toOriginal(digits + 12))).toBe('038190012345');
    expect(b.toOriginal(b.plain.length)).toBe(nfd.length);
    expect(b.toOriginal(0)).toBe(0);
  });

  it('maps full-width digits and letters to ASCII without moving offsets', () => {
    const text = 'ＳĐＴ：０９１２ ３４５ ６７８';
    const ctx = createScanContext(text);
    expect(ctx.plain).toBe('SDT:0912 345 678');
    expect(ctx.plain.length).toBe(text.length);
    expect(ctx.toOriginal(5)).toBe(5);
  });

  it('turns unusual spaces into spaces, dashes into hyphens, and drops zero-width characters', () => {
    const text = '0912\u00a0345\u2009678 – 09\u200b12';
    const ctx = createScanContext(text);
    expect(ctx.plain).toBe('0912 345 678 - 0912');
    const at = ctx.plain.lastIndexOf('0912');
    expect(text.slice(ctx.toOriginal(at), ctx.toOriginal(at + 4))).toBe('09\u200b12');
  });

  it("reads a word processor's quotes, apostrophes and ellipsis as ASCII's, offsets unmoved", () => {
    const text = '“Hộ ông K’Brơi” ghi «tạm trú»…';
    const ctx = createScanContext(text);
    expect(ctx.plain).toBe('"Ho ong K\'Broi" ghi "tam tru".');
    expect(ctx.plain.length).toBe(text.length);
    expect(ctx.toOriginal(ctx.plain.indexOf('K'))).toBe(text.indexOf('K'));
  });

  it('treats ð as đ and keeps non-Latin text unchanged in length', () => {
    expect(createScanContext('ðường Ðinh').plain).toBe('duong Dinh');
    const mixed = '電話 0912345678 Привет';
    const ctx = createScanContext(mixed);
    expect(ctx.plain.length).toBe(mixed.length);
    expect(ctx.folded).toBe('電話 0912345678 привет');
  });

  it('returns the input itself when nothing needs folding', () => {
    const text = 'plain ascii 123';
    const ctx = createScanContext(text);
    expect(ctx.plain).toBe(text);
    expect(ctx.toOriginal(7)).toBe(7);
  });

  it('folds keywords the same way as text', () => {
    expect(foldText('Căn cước công dân')).toBe('can cuoc cong dan');
    expect(foldText('SỐ ĐỊNH DANH'.normalize('NFD'))).toBe('so dinh danh');
  });

  it('folds every BMP unit as lower-casing it alone would (the table is lower-cased in blocks)', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const p = plainCode(c);
      if (p === 0xffff) continue;
      const alone = String.fromCharCode(p).toLowerCase();
      const expected = alone.length === 1 ? alone : String.fromCharCode(p);
      if (createScanContext(String.fromCharCode(c)).folded !== expected) differ.push(c);
    }
    expect(differ).toEqual([]);
    // The checks above must have seen real lower-casing, not an identity table.
    expect(foldText('ÀÉ ΣΑ Ж')).toBe('ae σα ж');
  });

  it('decodes long texts the same on the one-byte path (all Latin-1) and the UTF-16 path', () => {
    // Reference: one character at a time through the same table.
    const reference = (text: string) => {
      let plain = '';
      for (const unit of text.split('')) {
        const p = plainCode(unit.charCodeAt(0));
        if (p !== 0xffff) plain += String.fromCharCode(p);
      }
      const folded = plain.split('').map((ch) => (ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch)).join('');
      return { plain, folded };
    };
    const pieces = ['Nguyễn Văn An ', 'SĐT 0912 345 678, ', 'ＡＢＣ１２３ ', 'e\u0301\u200b', '\u00a0–\t', '\n', 'x'];
    const odd = ['×', '²', '°', 'µ', 'Æ', '“', '€', '\u0085', '\u0096', 'Ω', 'ß', 'İ', '電'];
    let seed = 3;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 60; k++) {
      let text = '';
      const length = 200 + next(800);
      while (text.length < length) text += pieces[next(pieces.length)];
      // Half the texts carry one character that keeps the plain form out of ASCII (and some out of Latin-1).
      if (k % 2 === 1) {
        const at = next(text.length);
        // (Spaced: "İ" folds to an "i" that, touching a digit, reads as 1, which the reference leaves out.)
        text = `${text.slice(0, at)} ${odd[next(odd.length)]} ${text.slice(at)}`;
      }
      const ctx = createScanContext(text);
      const want = reference(text);
      expect(ctx.plain).toBe(want.plain);
      expect(ctx.folded).toBe(want.folded);
    }
  });

  it('reads texts the same by the native copy and by charCodeAt, with drops anywhere and lone surrogates', () => {
    const pieces = ['Nguyễn Văn An ', 'SĐT 0912 345 678, ', 'e\u0301', '\u200b', '\ud83d\ude00', '\ud800', '\udfff', 'ＡＢＣ', '\n', 'x', '電'];
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed % n;
    };
    const read = (text: string) => {
      const ctx = createScanContext(text);
      const offsets = Array.from({ length: ctx.plain.length + 1 }, (_, i) => ctx.toOriginal(i));
      return { plain: ctx.plain, folded: ctx.folded, offsets };
    };
    try {
      for (let k = 0; k < 80; k++) {
        let text = '';
        const length = next(3) === 0 ? next(40) : 200 + next(3000);
        while (text.length < length) text += pieces[next(pieces.length)];
        // A sliced string too, as chunked pastes and incremental windows are.
        if (k % 3 === 0) text = (text + text).slice(next(text.length + 1), text.length + next(text.length + 1));
        useNativeCopy(true);
        const native = read(text);
        useNativeCopy(false);
        expect(read(text)).toEqual(native);
      }
    } finally {
      useNativeCopy(true);
    }
  });

  it('lends its typed units to the latest long scan only, and lets go of it when released', () => {
    const long = createScanContext('Nguyễn Văn An '.repeat(30));
    expect(foldedUnitsOf(long)?.subarray(0, long.folded.length)).toEqual(Uint16Array.from(long.folded, (c) => c.charCodeAt(0)));
    const short = createScanContext('12/05/1990');
    expect(foldedUnitsOf(short)).toBeNull();
    expect(foldedUnitsOf(long)).toBeNull();
    const again = createScanContext('x'.repeat(300));
    releaseScanUnits();
    expect(foldedUnitsOf(again)).toBeNull();
  });

  it("lends them to a whole detection's context however short, until a later scan or the release", () => {
    const message = createScanContext('Chị Lan ơi, 0912 345 678', true);
    expect(foldedUnitsOf(message)?.subarray(0, message.folded.length + 1)).toEqual(Uint16Array.from(`${message.folded}\0`, (c) => c.charCodeAt(0)));
    // A value canonicalized meanwhile takes them from it, keeping none itself.
    const value = createScanContext('0912 345 678');
    expect(foldedUnitsOf(value)).toBeNull();
    expect(foldedUnitsOf(message)).toBeNull();
    const next = createScanContext('ok', true);
    expect(foldedUnitsOf(next)).not.toBeNull();
    releaseScanUnits();
    expect(foldedUnitsOf(next)).toBeNull();
  });
});
