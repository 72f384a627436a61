import { describe, expect, it } from 'vitest';
import { masksAt, masksOf } from './masks.ts';
import { FINDING_TYPES } from '../detect/types.ts';
import { rng } from '../detect/seeded-random.ts';

// masksAt reads a number's masks from its shape, a second reading of what
// canonicalize does: any value on which the two readings part would show a
// different mask, so they are compared on random values too (the characters
// numbers are written and misread with, and a few that take the slow path).
describe('masksAt on random values', () => {
  it('gives masksOf\'s masks for every type', () => {
    const r = rng(2026);
    const alphabet = '0123456789012345678901234567898484+()-. oOlIiABCXYZabcxyz/\t０９Đ';
    for (let k = 0; k < 4000; k++) {
      const length = 1 + Math.floor(r() * 18);
      let value = '';
      for (let i = 0; i < length; i++) value += alphabet[Math.floor(r() * alphabet.length)];
      if (r() < 0.3) value = `84${value}`;
      const text = `x ${value} y`;
      for (const type of FINDING_TYPES) {
        expect({ ...masksAt(type, text, 2, 2 + value.length) }, `${type} ${JSON.stringify(value)}`).toEqual(masksOf(type, value));
      }
    }
  });
});

// A birth date's masks are read from its year in place (numericDateYear),
// without its canonical form: dates of every part length and separator,
// years short, long and with leading zeros, must mask as canonicalize says.
describe('masksAt on random dates', () => {
  it('gives masksOf\'s masks for numeric dates', () => {
    const r = rng(1990);
    const separators = ['/', '.', '-', ' ', ',', ' - ', '/ ', '//'];
    const part = (): string => {
      const length = 1 + Math.floor(r() * 6);
      let digits = '';
      for (let i = 0; i < length; i++) digits += String(Math.floor(r() * 10));
      return digits;
    };
    for (let k = 0; k < 4000; k++) {
      const parts = 2 + Math.floor(r() * 3);
      let value = part();
      for (let p = 1; p < parts; p++) value += separators[Math.floor(r() * separators.length)] + part();
      if (r() < 0.1) value += r() < 0.5 ? 'x' : ' ';
      const text = `ngày sinh ${value}\t`;
      expect({ ...masksAt('date_of_birth', text, 10, 10 + value.length) }, JSON.stringify(value)).toEqual(masksOf('date_of_birth', value));
    }
  });
});
