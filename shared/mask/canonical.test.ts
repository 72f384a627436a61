import { describe, expect, it } from 'vitest';
import { digitsByUnit, digitsOf } from './canonical.ts';

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
