import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { formLexicon, hasMarks, marksAround, originalLower } from './forms.ts';

describe('formLexicon', () => {
  const surnames = formLexicon(['Lê', 'Nguyễn', 'Anh']);
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
});
