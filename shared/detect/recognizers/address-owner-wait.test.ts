import { describe, expect, it } from 'vitest';
import { detect } from '../engine.ts';
import { createScanContext } from '../scan-context.ts';
import { deferOwnerChecks, findAddresses, ORGANISATION_SCORE, settleOwner, settleOwners } from './address.ts';

const OFFICE = 'Gửi đơn tới UBND xã Tân Lập, địa chỉ: thôn Đông, xã Tân Lập, huyện Đan Phượng.';

describe('owner look-ups that wait (deferOwnerChecks)', () => {
  it('leaves a waiting candidate unlowered until settled, then lowers it once', () => {
    const ctx = createScanContext(OFFICE);
    deferOwnerChecks(ctx);
    const [c] = findAddresses(ctx, true);
    expect(c.score).toBeGreaterThan(0.9);
    settleOwner(ctx, c);
    expect(c.score).toBe(ORGANISATION_SCORE);
    expect(c.context.some((w) => w.startsWith('-organisation'))).toBe(true);
    const context = c.context.length;
    settleOwner(ctx, c);
    settleOwners(ctx);
    expect(c.context.length).toBe(context);
  });

  it('lowers at once when nothing asked it to wait', () => {
    const [c] = findAddresses(createScanContext(OFFICE), true);
    expect(c.score).toBe(ORGANISATION_SCORE);
  });

  it('settles every waiting owner when someone is named', () => {
    const text = `Ông Nguyễn Văn An, CCCD 001203004567. ${OFFICE}`;
    expect(detect(text).map((f) => f.type)).toEqual(['person_name', 'cccd']);
    expect(detect(text, { threshold: 0.4 }).find((f) => f.type === 'address')?.score).toBe(ORGANISATION_SCORE);
  });

  it("looks up the owner of an address someone may live at: an office's houses no one", () => {
    expect(detect(`Chị ấy gửi đơn tới UBND xã Tân Lập, địa chỉ: thôn Đông, xã Tân Lập, huyện Đan Phượng.`)).toEqual([]);
    expect(detect('Chị ấy ở thôn Đông, xã Tân Lập, huyện Đan Phượng.').map((f) => f.type)).toEqual(['address']);
  });

  it('gives a lower threshold the owner look-up at once (an office address scores below an unidentified one)', () => {
    expect(detect(OFFICE, { threshold: 0.4 }).map((f) => f.score)).toEqual([ORGANISATION_SCORE]);
  });
});
