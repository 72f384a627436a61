import { describe, expect, it } from 'vitest';
import { luhnValid, taxCheckDigit, taxCodeValid } from './checksums.ts';

describe('luhnValid', () => {
  it.each([
    ['4111111111111111', true],
    ['5555555555554444', true],
    ['3530111333300000', true],
    ['79927398713', true],
    ['4111111111111112', false],
    ['79927398710', false],
    ['1', false],
    ['41111111111a1111', false],
  ])('%s → %s', (digits, ok) => {
    expect(luhnValid(digits)).toBe(ok);
  });
});

describe('tax code check digit', () => {
  it.each(['0100109106', '0311609355', '0300588569', '0101248141'])('accepts the real code %s', (code) => {
    expect(taxCodeValid(code)).toBe(true);
    expect(taxCheckDigit(code.slice(0, 9))).toBe(Number(code[9]));
  });

  it.each(['0100109107', '0311609350', '1234567890', '0300588568', '010010910', '01001091066'])(
    'rejects %s',
    (code) => {
      expect(taxCodeValid(code)).toBe(false);
    },
  );

  it('never issues a code whose check would be 10', () => {
    // Find a prefix whose weighted sum is ≡ 0 (mod 11); no tenth digit may complete it.
    let found = '';
    for (let i = 0; i < 1000 && !found; i++) {
      const first9 = String(100000000 + i * 7919).slice(0, 9);
      if (taxCheckDigit(first9) === null) found = first9;
    }
    expect(found).not.toBe('');
    for (let d = 0; d <= 9; d++) expect(taxCodeValid(found + d)).toBe(false);
  });
});
