import { describe, expect, it } from 'vitest';
import { createIncrementalScanner } from './incremental.ts';
import { detect } from './engine.ts';
import type { TextChange } from './api.ts';
import { rng } from './seeded-random.ts';

// A small deterministic generator so failures reproduce.
const PIECES = [
  'Họ tên: Nguyễn Văn An, ', 'CCCD 038090012345. ', 'SĐT: 0912 345 678 ', 'email an.nguyen@gmail.com, ', 'MST 0100109106 ',
  'ngày sinh 12/05/1990 ', 'biển số 30A-123.45 ', 'STK Vietcombank 0011004123456 ', 'giá 1.500.000đ ', 'hotline 1900 1234\n',
  'Cuộc họp ngày 20/11/2024 tại phòng 301. ', 'so dien thoai 0987654321 ', '\n', 'tọa độ 21.0285, 105.8542 ', 'GPLX 790123456789 ',
];
const ALPHABET = '0123456789 .-\nabcSĐT:@';

function edit(text: string, r: () => number): { next: string; change: TextChange } {
  const start = Math.floor(r() * (text.length + 1));
  const removed = r() < 0.5 ? 0 : Math.min(text.length - start, Math.floor(r() * 4));
  let insert = '';
  if (r() < 0.3) insert = PIECES[Math.floor(r() * PIECES.length)];
  else if (r() < 0.8) insert = ALPHABET[Math.floor(r() * ALPHABET.length)];
  const next = text.slice(0, start) + insert + text.slice(start + removed);
  return { next, change: { start, removed, inserted: insert.length } };
}

function key(f: { type: string; start: number; end: number; score: number; masked: string }): string {
  return `${f.type}@${f.start}-${f.end}:${f.score}:${f.masked}`;
}

describe('createIncrementalScanner', () => {
  /** Random edits to a text built from `pieces`; after each, the scanner must equal detect(). */
  function editsMatchDetect(pieces: readonly string[], seed: number, length: number, steps: number): void {
    const r = rng(seed);
    let text = '';
    while (text.length < length) text += pieces[Math.floor(r() * pieces.length)];
    const scanner = createIncrementalScanner();
    scanner.update(text);
    for (let step = 0; step < steps; step++) {
      const { next, change } = edit(text, r);
      expect(scanner.update(next, change).map(key), `step ${step}`).toEqual(detect(next).map(key));
      text = next;
    }
  }

  it('after random edits in a large field, equals a whole-text detect()', { timeout: 120_000 }, () => {
    editsMatchDetect(PIECES, 42, 3000, 400);
  });

  it('after random edits around tables aligned with spaces, equals a whole-text detect()', { timeout: 120_000 }, () => {
    // A header read by column position may be far above the edit; two typed
    // spaces in prose make no table of it.
    const pieces = [
      'STT  Họ và tên            Năm sinh   Số CCCD\n', '1    Lê Văn Bảy           1942       038042001234\n',
      '2    Nguyễn Thị Xuân Lan  1950       001150012345\n', 'Ghi chú  thêm  vào đây. ', 'Họ tên: Trần An  sđt 0912345678\n', '\n',
    ];
    editsMatchDetect(pieces, 7, 2000, 300);
  });

  it('keeps findings far from the edit as they were, shifted', () => {
    const head = 'CCCD 038090012345. ' + 'Nội dung dài. '.repeat(100);
    const scanner = createIncrementalScanner();
    scanner.update(head + 'SĐT 0912345678');
    const before = scanner.findings.map((f) => f.type);
    const next = 'X' + head + 'SĐT 0912345678';
    const after = scanner.update(next, { start: 0, removed: 0, inserted: 1 });
    expect(after.map((f) => f.type)).toEqual(before);
    expect(next.slice(after[1].start, after[1].end)).toBe('0912345678');
  });

  it('falls back to a whole scan for an inconsistent change', () => {
    const scanner = createIncrementalScanner();
    scanner.update('SĐT 0912345678');
    const got = scanner.update('CCCD 038090012345', { start: 0, removed: 1, inserted: 1 });
    expect(got.map((f) => f.type)).toEqual(['cccd']);
  });

  it('typing a number digit by digit ends with the same finding as pasting it', () => {
    const scanner = createIncrementalScanner();
    let text = 'Xin chào, số điện thoại của tôi là ';
    scanner.update(text);
    for (const d of '0912345678') {
      const change = { start: text.length, removed: 0, inserted: 1 };
      text += d;
      scanner.update(text, change);
    }
    expect(scanner.findings.map((f) => f.type)).toEqual(['phone']);
  });
});
