import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { mayNameVenue, VENUE } from './address.ts';

describe("a venue's words before an address (mayNameVenue)", () => {
  it('never says no where the venue pattern matches the clause', () => {
    const text = 'Họp tại trụ sở mới, Hội trường A; công ty X, tòa nhà B, KCN Tân Tạo, sinh viên, Viện Y, quán cà phê Z, cơ sở 2, xtrụ sở';
    const ctx = createScanContext(text);
    const { folded } = ctx;
    for (let from = 0; from < folded.length; from++) {
      for (let to = from + 1; to <= Math.min(folded.length, from + 40); to++) {
        if (VENUE.test(folded.slice(from, to))) expect(mayNameVenue(ctx, from, to)).toBe(true);
      }
    }
  });

  it('says no for a clause of place names and numbers', () => {
    const text = '61 Huỳnh Lan Khanh, phường 2, quận Tân61 Huỳnh';
    expect(mayNameVenue(createScanContext(text), 0, text.length)).toBe(false);
    // "quận" folds like the first word of "quán cà phê", which needs its second word.
    expect(mayNameVenue(createScanContext('quận Cà Mau'), 0, 11)).toBe(true);
    expect(mayNameVenue(createScanContext('quận Tân Bình'), 0, 13)).toBe(false);
  });
});
