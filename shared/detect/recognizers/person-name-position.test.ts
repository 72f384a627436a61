import { describe, expect, it } from 'vitest';
import { rng } from '../seeded-random.ts';
import { mayHoldPosition, POSITIONS } from './person-name-position.ts';

const PIECES = ['truong', 'TRUON', 'truong phong', 'Truong Ban', 'khoa', 'chu tich', 'CHU TIC', 'Chanh Van Phong', 'giam doc', 'bi thu', 'BI TH', 'bo', 'thu', 'vien', 'cuc', 'hieu', ' truong',
  'm.', 'T.', 'tm.', 'kt.', 'q', 'Q.', 'tl.', 'tuq.', 'TU', 'x', '_', '1', 'l.', '(', '(da ky)', '(ky,', '(ky ten', '(KY', ')', ' ', '\n', 'a', 'x.', 'Đ', 'ê', '“', '—', '.', 'TM', 'Nguyen Van An', 'ı', 'ſ', 'ﬀ', 'ǅ', 'ß', 'ẗ', 'ŉ'];

describe('mayHoldPosition (person-name-position.ts)', () => {
  it('never tell a stretch holding a position that it holds none', () => {
    const next = rng(7);
    let held = 0;
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const parts = 1 + Math.floor(next() * 12);
      for (let k = 0; k < parts; k++) text += PIECES[Math.floor(next() * PIECES.length)];
      for (let q = 0; q < 4; q++) {
        const from = Math.floor(next() * (text.length + 1));
        const to = from + Math.floor(next() * (text.length - from + 1));
        const holds = POSITIONS.test(text.slice(from, to).toUpperCase());
        if (holds) {
          held++;
          expect(mayHoldPosition(text, from, to), JSON.stringify([text, from, to])).toBe(true);
        }
      }
    }
    expect(held).toBeGreaterThan(1000);
  });

  it('tell most stretches of prose that they hold none', () => {
    const text = 'Chào anh Tuấn,\nEm gửi lại bản tốt.\nTrường THCS (sáng mai) họp lúc 8h.\nNguyễn Văn An\n';
    expect(mayHoldPosition(text, 0, text.length)).toBe(false);
    const signed = 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n'.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    expect(mayHoldPosition(signed, 0, signed.length)).toBe(true);
    expect(mayHoldPosition(signed, 4, 18)).toBe(false);
    expect(mayHoldPosition(signed, 0, 2)).toBe(false);
  });

  it('know every unit that upper-cases to ASCII', () => {
    for (let cp = 0x80; cp < 0x110000; cp++) {
      if (cp >= 0xd800 && cp < 0xe000) continue;
      const c = String.fromCodePoint(cp);
      if (/[\x00-\x7f]/.test(c.toUpperCase())) expect(mayHoldPosition(`x${c}`, 0, 1 + c.length), cp.toString(16)).toBe(true);
    }
  });
});
