import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { tablesReady } from '../first-scan.ts';
import { rng } from '../seeded-random.ts';
import { foldedSet, formLexicon, hasMarks, marksAround, originalLower, originalWords } from './forms.ts';

describe('formLexicon', () => {
  const surnames = formLexicon(['Lê', 'Nguyễn', 'Anh']);
  const keys = foldedSet(['Quận', 'PHƯỜNG']);

  it('is filled at the first scan, not when built', () => {
    expect(tablesReady()).toBe(false);
    expect(surnames.has('nguyen')).toBe(false);
    expect(keys.size).toBe(0);
    createScanContext('x');
    expect(surnames.has('nguyen')).toBe(true);
    expect([...keys]).toEqual(['quan', 'phuong']);
    // Built after the first scan: filled at once.
    expect(formLexicon(['Trần']).has('tran')).toBe(true);
  });

  it('tells a right spelling from a wrong one that folds the same', () => {
    expect(surnames.check('le', 'lê')).toBe('exact');
    expect(surnames.check('le', 'lễ')).toBe('wrong');
    expect(surnames.check('le', 'le')).toBe('bare');
    expect(surnames.check('anh', 'anh')).toBe('exact');
  });
  it('accepts marks dropped but not marks changed', () => {
    expect(surnames.check('nguyen', 'nguyen')).toBe('bare');
    expect(surnames.check('nguyen', 'nguyên')).toBe('wrong');
    expect(formLexicon(['tiền án']).check('tien an', 'tiền an')).toBe('partial');
    expect(formLexicon(['tiền án']).check('tien an', 'tiền ăn')).toBe('wrong');
  });
});

describe('originalLower', () => {
  it('gives the typed spelling of a plain range, NFC, across NBSP and NFD input', () => {
    const nfd = createScanContext('Ông Trần\u00a0Văn'.normalize('NFD'));
    const start = nfd.folded.indexOf('tran');
    expect(originalLower(nfd, start, start + 8)).toBe('trần văn');
  });
  it('knows whether a text or a neighbourhood has diacritics', () => {
    const plain = createScanContext('Nguyen Van An');
    expect(hasMarks(plain)).toBe(false);
    const mixed = createScanContext(`${'x'.repeat(100)} Nguyen Van An ${'y'.repeat(100)} Trần`);
    expect(hasMarks(mixed)).toBe(true);
    expect(marksAround(mixed, 101, 114)).toBe(false);
    expect(marksAround(mixed, mixed.plain.length - 4, mixed.plain.length)).toBe(true);
  });
  it('equals the full clean-up (invisibles, odd spaces, full width, NFC) on every range', () => {
    const full = (ctx: ReturnType<typeof createScanContext>, start: number, end: number) =>
      ctx.text
        .slice(ctx.toOriginal(start), ctx.toOriginal(end))
        .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
        .replace(/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
        .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
        .normalize('NFC')
        .toLowerCase();
    const pieces = ['Trần', 'Văn', 'Ánh', 'Nguyễn', 'Thị', 'Hoa', 'ệ', 'ỹ', '\u00a0', '\u00ad', '\u1680', '\u2003', '\u200b', '\u2060', '\u202f', '\u205f', '\u3000', '\ufeff', 'Ａ', 'ｂ', '１', 'e\u0301', ' ', 'x'];
    const r = rng(9);
    const next = (n: number) => Math.floor(r() * n);
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let i = next(12) + 1; i > 0; i--) text += pieces[next(pieces.length)];
      const ctx = createScanContext(`đ ${text}`);
      for (let r = 0; r < 5; r++) {
        const start = next(ctx.plain.length + 1);
        const end = start + next(ctx.plain.length - start + 1);
        expect(originalLower(ctx, start, end)).toBe(full(ctx, start, end));
      }
    }
  });
});

describe('originalWords', () => {
  it('is originalLower with each run of white space as one space, on every range', () => {
    const pieces = ['Tiền', 'án', 'ung', 'THƯ', ' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\u0085', 'x', 'e\u0301'];
    const r = rng(5);
    const next = (n: number) => Math.floor(r() * n);
    for (let k = 0; k < 300; k++) {
      let text = '';
      for (let i = next(10) + 1; i > 0; i--) text += pieces[next(pieces.length)];
      const ctx = createScanContext(k % 2 ? `đ ${text}` : `d ${text}`);
      for (let r = 0; r < 5; r++) {
        const start = next(ctx.plain.length + 1);
        const end = start + next(ctx.plain.length - start + 1);
        expect(originalWords(ctx, start, end)).toBe(originalLower(ctx, start, end).replace(/\s+/g, ' '));
      }
    }
  });
});
