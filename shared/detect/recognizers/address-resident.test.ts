import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';
import { createIncrementalScanner } from '../incremental.ts';
import { deleteAtEnd, typeAtEnd } from '../testing.ts';
import { asciiUnitsOf, createScanContext, foldedUnitsOf, plainUnitsOf } from '../scan-context.ts';
import { firstOtherIndexed, firstOtherWordIn, otherWordIn, pointsAtResident, unitWordsAreLetters } from './address-resident.ts';
import { prepareTables } from '../first-scan.ts';
import { randomText, rng } from '../seeded-random.ts';

const addressesOf = (text: string) => detect(text).filter((f) => f.type === 'address').map((f) => text.slice(f.start, f.end));

describe('addresses in a text that names no one', () => {
  // No name, number or e-mail, yet the address is someone's home.
  it.each([
    // The whole text is the address (a pasted field), however the recognizer cut it.
    ['Số 168 ngõ 261, Đ. Trần Phú, P.Lạch Tray, Q.Kiến An, HP', 'Số 168 ngõ 261'],
    ['Nơi thường trú: thôn 6, xã Giao Lạc, tỉnh Nam Định', 'thôn 6, xã Giao Lạc, tỉnh Nam Định'],
    // A field pasted alone, its plain label with it.
    ['Địa chỉ: ấp 3, xã Long Phước, TP Bà Rịa - Vũng Tàu', 'ấp 3, xã Long Phước, TP Bà Rịa - Vũng Tàu'],
    // A household, a dweller, the writer, someone the reader knows.
    ['TDP 7 Tan Mai: Nha so 15 ngo 8 Tan Mai chua nop phi ve sinh moi truong quy III', 'Nha so 15 ngo 8 Tan Mai'],
    ['nha Hai o thon 6 xa giao lac nam dinh nhe', 'thon 6 xa giao lac nam dinh'],
    ['Tôi ở số 12 ngõ 5 Láng Hạ, Đống Đa, mai chị qua lấy nhé', 'số 12 ngõ 5 Láng Hạ, Đống Đa'],
    ['Chị Trang chuyển về số 45 Nguyễn Trãi, phường 2, quận 5 rồi', 'số 45 Nguyễn Trãi, phường 2, quận 5'],
  ])('keeps the home in %j', (text, home) => {
    expect(addressesOf(text).some((a) => a.startsWith(home))).toBe(true);
  });

  // A power cut's streets, a how-to's example, a scene in the news: places, not anyone's home.
  it.each([
    'Ngõ 102 Trường Chinh sẽ mất điện từ 8h00 đến 16h30 ngày 07/10.',
    'Khu vực ảnh hưởng: phố Phương Mai, ngõ 4C Đặng Văn Ngữ, tập thể Kim Liên.',
    'Ví dụ: Số 10, ngõ 5, phố Láng Hạ, phường Giảng Võ, thành phố Hà Nội',
    'Một người đàn ông tử vong ven kênh thủy lợi thuộc thôn Phước Thuận, xã Hòa Vang, TP Đà Nẵng.',
    'STT | Tuyến đường | Đoạn | Giá đất\n5 | Hẻm 45 Nguyễn Trãi | Cuối hẻm | 38.200',
  ])('lowers the places in %j', (text) => {
    expect(addressesOf(text)).toEqual([]);
    // Still there below the threshold, saying why.
    const low = detect(text, { threshold: 0.3 }).filter((f) => f.type === 'address');
    expect(low.some((f) => f.explanation.includes('no one lives there in the text'))).toBe(true);
  });

  // The text's first and last other words are found once per scan (once per candidate was quadratic).
  it('keeps every address of a text made of addresses alone, and none once another word comes before or after them', () => {
    const line = 'thôn Đông xã Tân Lập huyện Đan Phượng, '.repeat(40);
    expect(addressesOf(line).length).toBeGreaterThan(5);
    expect(addressesOf(`${line}mất điện`)).toEqual([]);
    expect(addressesOf(`Mất điện ${line}`)).toEqual([]);
    // A word among them tells too: the addresses before it have text after them, those after it text before.
    expect(addressesOf(`${line}mất điện ${line}`)).toEqual([]);
  });

  it("finds the text's first other word from the units as otherWordIn does from the string", () => {
    const texts = [
      'số 61 đường Huỳnh Lan Khanh, phường 2, quận Tân61 đường Lê Lợi',
      'thôn Đông xã Tân Lập huyện Đan Phượng, mất điện',
      '12A/3 ngõ 5 phố Huế TP. Hà Nội p5 q10',
      'Q.1 HCM tp hcm 5b ngách 7/2 Straße ß 北京 xã',
      'xa thon ap to khu pho',
      '  Mất 61 phường',
      'phường 2, quận Tân',
    ];
    for (const short of texts) {
      // Long enough for the scan to keep its units, an other word maybe last.
      const text = `${short.repeat(Math.ceil(300 / short.length))}${short.endsWith('Tân') ? 'mất' : ''}`;
      const ctx = createScanContext(text);
      const units = foldedUnitsOf(ctx);
      const plain = plainUnitsOf(ctx);
      if (units === null || plain === null) throw new Error('the latest scan holds its units');
      expect(firstOtherWordIn(ctx, units, plain), text).toBe(otherWordIn(ctx, 0, ctx.folded.length));
      if (asciiUnitsOf(ctx)) expect(firstOtherIndexed(ctx, units, plain), text).toBe(otherWordIn(ctx, 0, ctx.folded.length));
    }
  });

  it('reads an ASCII text word by word from the word index as firstOtherWordIn reads its units', () => {
    prepareTables();
    expect(unitWordsAreLetters()).toBe(true);
    const words = ['thôn', 'Đông', 'xã', 'xa', 'p', 'p5', 'P5', 'q10', 'tp', 'TP', 'phường', 'phuongx', 'huyện', 'Tân61', '61', '12A', 'mất', 'điện', 'ab', 'x', 'xab', 'ki', 'ốt', 'kios', 'HCM', 'thonthon', 'xa1'];
    const seps = [' ', ' ', ', ', '. ', '', '-', '/', '\n'];
    let ascii = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const r = rng(seed);
      // Long enough for the scan to keep its units; other words rare, so that most texts are read far.
      let text = '';
      while (text.length < 300) text += randomText(r, r() < 0.7 ? words.filter((w) => !['mất', 'điện', 'ab', 'xab', 'phuongx', 'thonthon', 'xa1', 'p5', 'q10'].includes(w)) : words, seps, 5, 20);
      const ctx = createScanContext(text, true);
      const units = foldedUnitsOf(ctx)!;
      const plain = plainUnitsOf(ctx)!;
      if (!asciiUnitsOf(ctx)) continue;
      ascii++;
      expect(firstOtherIndexed(ctx, units, plain), text).toBe(firstOtherWordIn(ctx, units, plain));
    }
    expect(ascii).toBeGreaterThan(250);
  });

  it('tells ASCII units only where every plain unit, and so every folded one, is ASCII', () => {
    for (let c = 1; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ctx = createScanContext(`${'a'.repeat(256)}${String.fromCharCode(c)}`, true);
      const plainAscii = [...ctx.plain].every((ch) => ch.charCodeAt(0) < 0x80);
      expect(asciiUnitsOf(ctx), `U+${c.toString(16)}`).toBe(plainAscii);
      if (plainAscii) expect([...ctx.folded].every((ch) => ch.charCodeAt(0) < 0x80), `U+${c.toString(16)}`).toBe(true);
    }
  });

  // A bound inside a word ("Lập61", a house number glued on) reads that word's head or tail as a
  // word of its own, the words beyond it as the scan's whole words (read per candidate, quadratic).
  it('reads a word cut by the span as its head or tail, beside the text\'s whole words', () => {
    const resident = (text: string, from: string, to?: string) => {
      const start = text.indexOf(from);
      const end = to === undefined ? text.length : text.indexOf(to) + to.length;
      return pointsAtResident(createScanContext(text), { type: 'address', start, end, score: 0.9, rule: 'address.units', validator: '', context: [] });
    };
    expect(resident('Xã Tân Lập61 thôn Đông', '61')).toBe(true);
    expect(resident('mất Lập61 thôn Đông', '61')).toBe(false);
    expect(resident('Xã Tân lap61 thôn Đông', '61')).toBe(false);
    expect(resident('thôn Đông xã Tân Lập huyện Đan PhượngAB', 'thôn', 'Phượng')).toBe(true);
    expect(resident('thôn Đông xã Tân Lập huyện Đan Phượngabc', 'thôn', 'Phượng')).toBe(false);
    expect(resident('thôn Đông xã Tân Lập huyện Đan Phượngabc Nam', 'thôn', 'Phượng')).toBe(false);
    // A text of such addresses, glued one to the next, keeps them all.
    const glued = 'số 61 đường Huỳnh Lan Khanh, phường 2, quận Tân61 đường Lê Lợi, phường Bến Thành, quận 1';
    expect(addressesOf(glued)).toEqual(['số 61 đường Huỳnh Lan Khanh, phường 2', 'đường Lê Lợi, phường Bến Thành, quận 1']);
    expect(addressesOf(`${glued} mất điện`)).toEqual([]);
  });

  it("leaves a plain label under a letterhead the office's", () => {
    expect(addressesOf('CÔNG TY TNHH AN PHÁT\nĐịa chỉ: Lô B2, KCN Quang Minh, Mê Linh, Hà Nội')).toEqual([]);
  });

  it('keeps the same address once someone is named in the text', () => {
    expect(addressesOf('Ngõ 102 Trường Chinh sẽ mất điện từ 8h00. Liên hệ anh Nguyễn Văn Hùng 0912 345 678.')).toEqual(['Ngõ 102 Trường Chinh']);
  });

  it('makes the text identified for its topics when the address is a home', () => {
    const types = (text: string) => detect(text).map((f) => f.type);
    expect(types('Tôi ở số 12 ngõ 5 Láng Hạ, Đống Đa, đang điều trị ung thư gan.')).toEqual(expect.arrayContaining(['address', 'health']));
    expect(types('Ngõ 102 Trường Chinh có 3 ca sốt xuất huyết tuần này.')).toEqual([]);
  });
});

describe('a province of birth', () => {
  it('is not an address; a commune of birth and a hometown are', () => {
    const form = 'Họ và tên: Lê Thị Hoa\nSinh ngày: 02/09/2005\nNơi sinh: Nam Định\nQuê quán: xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định';
    expect(addressesOf(form)).toEqual(['xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định']);
    expect(addressesOf('Họ và tên: Lê Thị Hoa\nNƠI SINH: TỈNH BẮC NINH')).toEqual([]);
    expect(addressesOf('Họ và tên: Lê Thị Hoa\nNơi sinh: xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định')).toEqual(['xã Hải Anh, huyện Hải Hậu, tỉnh Nam Định']);
  });
});

describe('the typing path agrees with a whole scan', () => {
  it('re-decides a far address when the first name or number is typed, and again when it is deleted', () => {
    const head = 'Thông báo: ngõ 102 Trường Chinh sẽ mất điện từ 8h00 đến 16h30 ngày 07/10.\n';
    const body = 'Nội dung thông báo tuần, không có gì thêm. '.repeat(60);
    const scanner = createIncrementalScanner();
    let text = head + body;
    scanner.update(text);
    expect(scanner.findings).toEqual([]);
    const phone = 'SĐT 0912 345 678';
    text = typeAtEnd(scanner, text, phone);
    expect(scanner.findings).toEqual(detect(text));
    expect(scanner.findings.some((f) => f.type === 'address')).toBe(true);
    const cut = deleteAtEnd(scanner, text, phone.length);
    expect(scanner.findings).toEqual(detect(cut));
    expect(scanner.findings).toEqual([]);
  });

  it("does not let the writer's home far away vouch for a place typed now", () => {
    // The home names no one either: each address of such a text needs its own resident.
    const head = 'Tôi ở số 12 ngõ 5 Láng Hạ, Đống Đa.\n';
    const body = 'Nội dung thông báo tuần, không có gì thêm. '.repeat(60);
    const scanner = createIncrementalScanner();
    let text = head + body;
    scanner.update(text);
    expect(scanner.findings.map((f) => f.type)).toEqual(['address']);
    text = typeAtEnd(scanner, text, '\nNgõ 102 Trường Chinh sẽ mất điện từ 8h00.');
    expect(scanner.findings).toEqual(detect(text));
    expect(scanner.findings.map((f) => f.type)).toEqual(['address']);
  });
});
