import { describe, expect, it } from 'vitest';
import { fieldAfter, fieldBefore } from './row-fields.ts';

describe('row fields', () => {
  it('reads a field separator back before a value, a wide gap only when asked to', () => {
    const dash = 'sn 1989 - ap tan hoa';
    expect(fieldBefore(dash, dash.indexOf('ap'))).toBe(dash.indexOf(' - '));
    const gap = 'tong van khue  1972';
    expect(fieldBefore(gap, gap.indexOf('1972'))).toBe(gap.indexOf('  '));
    expect(fieldBefore(gap, gap.indexOf('1972'), false)).toBe(gap.indexOf('1972'));
    const prose = 'nam 2024 xa yen khanh';
    expect(fieldBefore(prose, prose.indexOf('2024'))).toBe(prose.indexOf('2024'));
  });

  it('tells whether another field follows a value on its line', () => {
    expect(fieldAfter('11/04/2000 - 001300051792', 0)).toBe(true);
    expect(fieldAfter('1987  phuong tran hung dao', 0)).toBe(true);
    expect(fieldAfter('12/06/2025\nnext line', 0)).toBe(false);
    expect(fieldAfter('12/06/2025 tai ha noi', 0)).toBe(false);
  });
});
