import { describe, expect, it } from 'vitest';
import { alnumUpperByUnit, canonicalize, dateOfPlain, digitsByUnit, digitsOf } from './canonical.ts';
import { createScanContext } from '../detect/scan-context.ts';

describe('alnumUpper fast path', () => {
  it('equals the unit-by-unit reading on generated plates, passports and cards', () => {
    let seed = 13;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    // Mostly digits and capitals with ASCII separators (the fast path), now
    // and then a lower-case letter, a full-width or accented character, a tab.
    const units = ['A', 'Z', 'G', '0', '9', '-', '.', ' ', ' - ', '\t', 'g', 'đ', 'Đ', '０', 'Ａ', '_', '/'];
    for (let k = 0; k < 3000; k++) {
      const length = Math.floor(next() * 16);
      let value = '';
      for (let i = 0; i < length; i++) value += next() < 0.7 ? String(Math.floor(next() * 10)) : units[Math.floor(next() * units.length)];
      expect(canonicalize('license_plate', value)).toBe(alnumUpperByUnit(value));
      expect(canonicalize('passport', value)).toBe(alnumUpperByUnit(value));
    }
    expect(canonicalize('license_plate', '30A-123.45')).toBe('30A12345');
    expect(canonicalize('license_plate', '51g 678.90')).toBe('51G67890');
  });
});

describe('digitsOf fast path', () => {
  it('equals the unit-by-unit reading on generated values', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    // Mostly ASCII digits (the fast path), now and then a separator, a
    // full-width digit or an OCR letter (the slow path).
    const units = ['0', '1', '5', '9', '0', '3', ' ', '.', '-', '０', '９', 'O', 'l', 'I', 'x', '/'];
    for (let k = 0; k < 2000; k++) {
      const length = Math.floor(next() * 20);
      let value = '';
      for (let i = 0; i < length; i++) value += next() < 0.8 ? String(Math.floor(next() * 10)) : units[Math.floor(next() * units.length)];
      expect(digitsOf(value)).toBe(digitsByUnit(value));
    }
  });

  it('returns an all-digit value unchanged and reads the others unit by unit', () => {
    expect(digitsOf('038090012345')).toBe('038090012345');
    expect(digitsOf('038 090 012 345')).toBe('038090012345');
    expect(digitsOf('０９１２3O5')).toBe('0912305');
    expect(digitsOf('')).toBe('');
  });
});

describe('compact dates', () => {
  it('read an export\'s YYYYMMDD as the same date written otherwise', () => {
    expect(canonicalize('date_of_birth', '19670204')).toBe(canonicalize('date_of_birth', '04/02/1967'));
    expect(canonicalize('date_of_birth', '196702040000')).toBe(canonicalize('date_of_birth', '04/02/1967'));
  });
});

describe('date fast path', () => {
  it('equals the general reading on generated dates, numbers and words', () => {
    let seed = 21;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pieces = ['12', '5', '05', '1990', '92', '31', '2001', '0', '123456789012345678', '/', '.', '-', ' ', ', ', 'May', 'tháng', 'x', '３'];
    const values = ['12/05/1990', '3/7/92', '1990-05-12', '1990', '12 May 1990', 'May 12, 1990', '12.5.31', '', '12/05', '19900512'];
    for (let k = 0; k < 3000; k++) {
      let raw = '';
      for (let i = 0, n = 1 + Math.floor(next() * 7); i < n; i++) raw += pieces[Math.floor(next() * pieces.length)];
      values.push(raw);
    }
    for (const raw of values) expect(canonicalize('date_of_birth', raw), raw).toBe(dateOfPlain(createScanContext(raw).plain));
  });
});
