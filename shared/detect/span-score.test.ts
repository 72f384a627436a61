import { describe, expect, it } from 'vitest';
import { detect } from './engine.ts';
import { createScanContext } from './scan-context.ts';
import { labelOf, labelsPossible, scoreLabelledShared, scoreLabelledWith } from './span-score.ts';
import { keywords, negativeKeywords } from './context.ts';
import type { FindingType } from './types.ts';
import { rng } from './seeded-random.ts';

// Types whose recognizers return at once on a text without letters.
const LABELLED: FindingType[] = ['cmnd', 'bank_account', 'driver_license', 'social_insurance', 'passport', 'date_of_birth'];

describe('labelled types in a text without letters', () => {
  it('are found by the full scan no more than by the early return', () => {
    // The same digits with one lone letter far below (so the full scan runs):
    // no label can come of it, and no labelled type may be found either way.
    const r = rng(31);
    const pieces = ['038090012345', '0912345678', '123456789', '0123456789', '0011004123456', '12/05/1990', '1990', '\t', '\n', ' ', ', ', '; ', '|', '(1, ', "'", ')', '-', '.'];
    for (let k = 0; k < 200; k++) {
      let text = '';
      for (let i = 0, n = 5 + Math.floor(r() * 30); i < n; i++) text += pieces[Math.floor(r() * pieces.length)];
      expect(labelsPossible(createScanContext(text))).toBe(false);
      const fast = detect(text).filter((f) => LABELLED.includes(f.type));
      const full = detect(`${text}\n\n${' '.repeat(60)}\n\nx`).filter((f) => LABELLED.includes(f.type) && f.end <= text.length);
      expect(fast).toEqual([]);
      expect(full, text).toEqual([]);
    }
  });

  it('leave every finding as the full scan gives it (no context look-up where no word can be)', () => {
    const r = rng(37);
    const pieces = ['038090012345', '0912345678', '+84 912 345 678', '0100109106', '4111 1111 1111 1111', '21.0285, 105.8542', '1.500.000', '\t', '\n', ' ', ', ', '|', '-', '(', ')'];
    for (let k = 0; k < 200; k++) {
      let text = '';
      for (let i = 0, n = 5 + Math.floor(r() * 30); i < n; i++) text += pieces[Math.floor(r() * pieces.length)];
      const full = detect(`${text}\n\n${' '.repeat(60)}\n\nx`).filter((f) => f.end <= text.length);
      expect(detect(text), text).toEqual(full);
    }
  });

  it('leave the types that need no label to be found', () => {
    const text = '038090012345\t0912345678\t0100109106\t4111111111111111';
    expect(detect(text).map((f) => f.type)).toEqual(['cccd', 'phone', 'tax_code', 'payment_card']);
  });
});

describe('scoreLabelledShared', () => {
  it('scores as scoreLabelledWith does, into one object', () => {
    const rule = { positive: keywords(['stk', 'so tai khoan']), negative: negativeKeywords(), boost: 0.2 };
    const texts = ['STK 0011004123456', 'mã đơn hàng 0011004123456', 'x0011004123456', 'số tài khoản: 0011004123456y', '0011004123456'];
    let last = null;
    for (const text of texts) {
      const ctx = createScanContext(text, true);
      const start = text.indexOf('0011');
      const end = start + 13;
      const label = labelOf(ctx, start, end, rule) ?? null;
      const shared = scoreLabelledShared(ctx, start, end, 0.5, rule, label);
      expect({ ...shared }).toEqual({ ...scoreLabelledWith(ctx, start, end, 0.5, rule, label) });
      if (last !== null) expect(shared).toBe(last);
      last = shared;
    }
  });
});
