import { describe, expect, it } from 'vitest';
import { prepareTables } from '../first-scan.ts';
import { createScanContext } from '../scan-context.ts';
import { clauseStart, headsApartByHash, institutionAt, lastOwnerRead, officeOfLine, organisationOf, ownerWordIn, ownerWordInAlone } from './address-owner.ts';
import { randomText, rng } from '../seeded-random.ts';

/** The owner of the address that starts at `at` (a substring of the text) under `label`. */
function ownerOf(text: string, at: string, label: string | null = null): string | null {
  const ctx = createScanContext(text);
  return organisationOf(ctx, text.indexOf(at), label);
}

describe('whose address it is', () => {
  it('keeps every head phrase apart by its hash (phrases are found by hash, then compared)', () => {
    prepareTables();
    expect(headsApartByHash()).toBe(true);
  });

  it.each([
    ['Văn phòng công chứng Phạm Gia, địa chỉ số 210 Trần Hưng Đạo', 'số 210', 'van phong cong chung'],
    ['Trưởng phòng CSGT (số 86 Lý Thường Kiệt)', 'số 86', 'phong'],
    ['UỶ BAN NHÂN DÂN xã Tân Lập, thôn Đông', 'thôn Đông', 'uy ban nhan dan'],
    // The nearer of a person and an office decides.
    ['Công an xã nhận đơn của bà Lụa, trú tại thôn 3', 'thôn 3', null],
    // A head in another sense: a rented room, a room's number, the owner of a house.
    ['Cho thuê phòng trọ tại số 5 ngõ 12', 'số 5', null],
    ['Họp tại Phòng 1014, số 5 Lê Lợi', 'số 5', null],
    // Without diacritics the heads that fold like other words are not trusted.
    ['so 12 duong Le Loi', 'duong', null],
    ['Ban quan ly du an, so 12 Le Loi', 'so 12', 'ban quan ly'],
    // Ending a place's name a head word heads nothing.
    ['Xuân Trường, Nam Định, xóm 2', 'xóm 2', null],
    // A comrade, a soldier: no team.
    ['Anh em ơi, đồng đội Lê Bá Tĩnh ở xã Hương Trà, huyện Hương Khê', 'xã Hương', null],
  ])('%s → %s', (text, at, owner) => {
    expect(ownerOf(text, at)).toBe(owner);
  });

  it('reads a clause of more words than its arrays first hold', () => {
    expect(ownerOf(`Công ty ${'x '.repeat(40)}số 5 Lê Lợi`, 'số 5')).toBe('cong ty');
    expect(ownerOf(`Công ty ${'x '.repeat(30)}bà Lụa, ${'x '.repeat(5)}số 5 Lê Lợi`, 'số 5')).toBe(null);
  });

  it('reads a letterhead above a plain address label', () => {
    const text = 'TÒA ÁN NHÂN DÂN HUYỆN X\nĐịa chỉ: 85 Xô Viết Nghệ Tĩnh';
    expect(ownerOf(text, '85 Xô', 'dia chi')).toBe('toa an');
    expect(ownerOf('CÔNG TY TNHH A\nĐịa chỉ: 12 Lê Lợi', '12 Lê', 'dia chi')).toBe('cong ty');
    // A tax code's line heads a company's block; a 12-digit one is a person's ID.
    expect(ownerOf('Mã số thuế: 0307982162\nĐịa chỉ: 12 Lê Lợi', '12 Lê', 'dia chi')).toBe('ma so thue');
    expect(ownerOf('Mã số thuế: 001089012345\nĐịa chỉ: 12 Lê Lợi', '12 Lê', 'dia chi')).toBe(null);
    // …and so is one its label calls personal.
    expect(ownerOf('Mã số thuế cá nhân: 5448334004\nĐịa chỉ: Bản Lác 1, thị trấn Mai Châu', 'Bản Lác', 'dia chi')).toBe(null);
    // …and one under a household business or a person is theirs.
    expect(ownerOf('Kính gửi: Hộ kinh doanh Hồ Văn Lợi\nMã số thuế: 4224716439\nĐịa chỉ: xóm 3, xã Diễn Thịnh', 'xóm 3', 'dia chi')).toBe(null);
    expect(ownerOf('Người nộp thuế: ông Lê Văn Tám\nMST: 4224716439\nĐịa chỉ: xóm 3, xã Diễn Thịnh', 'xóm 3', 'dia chi')).toBe(null);
    expect(ownerOf('BÊN NHẬN THẾ CHẤP (Bên B): Ngân hàng TMCP Tây Nam – Chi nhánh Tri Tôn\nMã số thuế chi nhánh: 1600451278-004\nĐịa chỉ: số 25 đường Trần Hưng Đạo', 'số 25', 'dia chi')).toBe('chi nhanh');
    expect(ownerOf('CÔNG TY TNHH MINH PHÁT\nMã số thuế: 0307982162\nĐịa chỉ: 12 Lê Lợi', '12 Lê', 'dia chi')).toBe('cong ty');
    expect(ownerOf('Họ và tên: Nguyễn Văn A\nĐịa chỉ: 12 Lê Lợi', '12 Lê', 'dia chi')).toBe(null);
  });

  it('finds the institution a value opens with, and an office that answers a line', () => {
    const birth = 'Nơi sinh: Bệnh viện Phụ sản Hải Phòng';
    const ctx = createScanContext(birth);
    const start = birth.indexOf('Bệnh');
    expect(institutionAt(ctx, start, birth.length)).toBe('benh vien');
    expect(institutionAt(ctx, birth.indexOf('Phụ'), birth.length)).toBe(null);
    const line = (text: string) => officeOfLine(createScanContext(text), text.indexOf('0219'));
    expect(line('Phòng Quản lý Văn hóa, điện thoại 0219 3862 123')).toBe('phong');
    expect(line('Chuyên viên Phòng Quản lý Văn hóa, điện thoại 0219 3862 123')).toBe(null);
    expect(line('Đề nghị ông liên hệ Phòng Quản lý đô thị, ĐT 0219 3862 123')).toBe('phong');
  });

  it('finds an institution only where a value opens with one (its first word asked first)', () => {
    const at = (text: string, from: string) => {
      const ctx = createScanContext(text);
      return institutionAt(ctx, text.indexOf(from), text.length);
    };
    expect(at('Nơi sinh: Ủy ban nhân dân xã Tân Lập', 'Ủy')).toBe('uy ban nhan dan');
    expect(at('Nơi sinh: (Trạm y tế xã Tân Lập)', '(')).toBe('tram');
    expect(at('Nơi sinh: thôn Đông, Bệnh viện huyện', 'thôn')).toBe(null);
    expect(at('Nơi sinh: Bệnh', 'Bệnh')).toBe(null);
    expect(at('Nơi sinh: ', ': ')).toBe(null);
  });
});

/** clauseStart as it reads back from `pos`, the reference its reading ahead must agree with. */
function clauseStartReadBack(folded: string, pos: number): number {
  const floor = Math.max(0, pos - 90);
  for (let i = pos - 1; i >= floor; i--) {
    const c = folded[i];
    if (c === '\n' || c === ';' || c === '!' || c === '?' || (c === '.' && folded[i + 1] === ' ')) return i + 1;
  }
  return floor;
}

describe('the clause before an address (clauseStart)', () => {
  // Every mark, a dot that ends none ("3.5", "a.b"), marks side by side, and long stretches with none.
  const folded = createScanContext(`${'thon dong. xa tan lap; huyen dan phuong! so 3.5 a.b? ⏎. ;;'.replace('⏎', '\n').repeat(6)}${'x'.repeat(200)} so 5; ${'y '.repeat(60)}.`).folded;

  it('agrees with reading back, asked in text order, backwards and by jumps', () => {
    const positions = [...Array(folded.length + 1).keys()];
    const orders = [positions, [...positions].reverse(), positions.filter((p) => p % 37 === 0), [5, 300, 120, 121, 400, 3, folded.length]];
    for (const order of orders) {
      // A copy of the text: each order starts a reading of its own.
      const text = `${folded}`.slice(0);
      for (const pos of order) expect(clauseStart(text, pos)).toBe(clauseStartReadBack(text, pos));
    }
  });
});

describe('whether a clause may name an owner (ownerWordIn)', () => {
  function mayName(text: string, from: number, to: number): boolean {
    return ownerWordIn(createScanContext(text), from, to);
  }

  it('finds a listed last word among the whole words', () => {
    expect(mayName('Công ty ABC, số 5', 0, 13)).toBe(true);
    expect(mayName('trú tại nhà bà Lụa, số 5', 0, 20)).toBe(true);
  });

  it('reads a word cut by either bound as the part inside', () => {
    // "ông" cut from "ôngxyz" at the end, from "xyzông" at the start.
    expect(mayName('nhà ôngxyz', 0, 7)).toBe(true);
    expect(mayName('xyzông nhà', 3, 10)).toBe(true);
    expect(mayName('nhà ôngxyz', 0, 3)).toBe(false);
  });

  it('finds a longer phrase by its last two words', () => {
    expect(mayName('Cơ quan thuế, số 5', 0, 12)).toBe(true);
    // "cơ" cut at the start: the rest of the phrase after it is asked alone.
    expect(mayName('xcơ quan thuế, số 5', 1, 13)).toBe(true);
  });

  it('finds none in a clause of place names and numbers', () => {
    // "quận" folds like the last word of "cơ quan", which no "cơ" opens here.
    const text = '61 Huỳnh Lan Khanh, phường 2, quận Tân61 Huỳnh';
    expect(mayName(text, 0, text.indexOf('61 Huỳnh', 5))).toBe(false);
  });
});

describe('ownerWordIn across windows', () => {
  it('answers as each window read alone, windows asked mostly in text order', () => {
    prepareTables();
    const words = ['Công', 'ty', 'cơ', 'quan', 'quận', 'Tân', 'bà', 'Lụa', '61', 'Huỳnh', 'phường', 'nhà', 'ông', 'số', 'xã', 'ban', 'quản', 'lý'];
    const seps = [' ', ' ', ', ', '. ', ''];
    for (let seed = 1; seed <= 100; seed++) {
      const r = rng(seed);
      const text = randomText(r, words, seps, 40, 80);
      const ctx = createScanContext(text);
      let to = 0;
      for (let step = 0; step < 60; step++) {
        // On mostly; now and then a window further back.
        to = r() < 0.8 ? Math.min(text.length, to + Math.floor(r() * 12)) : Math.floor(r() * (text.length + 1));
        const from = Math.max(0, to - Math.floor(r() * 40));
        expect(ownerWordIn(ctx, from, to), `seed ${seed} [${from}, ${to}) of ${text}`).toBe(ownerWordInAlone(ctx, from, to));
      }
    }
  });
});

describe('ownerWordIn before reading a clause', () => {
  it('says a clause may name an owner wherever reading its words finds one, windows cut anywhere', () => {
    prepareTables();
    // Phrases' words (last words of longer ones among them), unit words that end longer phrases ("xã", "dân"), letters past a–z.
    const words = ['Công', 'ty', 'cơ', 'quan', 'hợp', 'tác', 'xã', 'Xã', 'ủy', 'ban', 'nhân', 'dân', 'Đan', 'công', 'hội', 'đồng', 'Đông', 'bà', 'ông', 'thôn', 'ñ', 'xñ', 'Tân', '12', 'ab12', 'chủ', 'hộ', 'sở', 'hữu', 'trường', 'nhà', 'hàng', 'xnhà', 'khách'];
    const seps = [' ', ' ', ' ', ', ', '. ', '', '-'];
    let asked = 0;
    let found = 0;
    for (let seed = 1; seed <= 150; seed++) {
      const r = rng(seed);
      const text = randomText(r, words, seps, 20, 60);
      const ctx = createScanContext(text);
      for (let step = 0; step < 80; step++) {
        const to = Math.floor(r() * (text.length + 1));
        const from = Math.max(0, to - Math.floor(r() * 50));
        // (Read first: ownerWordIn keeps a reading across windows, which lastOwnerRead leaves alone.)
        const owner = lastOwnerRead(ctx, from, to);
        asked++;
        if (owner === undefined) continue;
        found++;
        expect(ownerWordIn(ctx, from, to), `seed ${seed} [${from}, ${to}) of ${text}: ${owner}`).toBe(true);
      }
    }
    expect(found).toBeGreaterThan(asked / 10);
  });

  it('reads a window that opens on a cut word whose tail a phrase goes on from', () => {
    // "nhà" cut from "xnhà" ends no phrase, and "hàng" ends only longer ones: "nhà hàng" is read.
    const ctx = createScanContext('xnhà hàng, số 5');
    expect(lastOwnerRead(ctx, 1, 10)).toBe('nha hang');
    expect(ownerWordIn(ctx, 1, 10)).toBe(true);
  });
});
