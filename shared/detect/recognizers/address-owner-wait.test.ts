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

  it('settles waiting candidates in any order, each once, as looking their owners up at once does', () => {
    const text = [OFFICE, 'Chị ấy ở thôn Đông, xã Tân Lập, huyện Đan Phượng.', OFFICE, 'Nhà tôi ở số 5 ngõ 12 phố Huế, Hà Nội.', 'Anh Bình thường trú tại thôn Bắc, xã Yên Lạc, huyện Như Thanh.'].join('\n');
    const seen = (found: { start: number; score: number; context: string[] }[]) => found.map((c) => [c.start, c.score, c.context.join('|')]);
    const atOnce = seen(findAddresses(createScanContext(text), true));
    for (const order of ['reverse', 'forward', 'middle first']) {
      const ctx = createScanContext(text);
      deferOwnerChecks(ctx);
      const found = findAddresses(ctx, true);
      expect(found.length).toBeGreaterThan(3);
      const asked = order === 'reverse' ? [...found].reverse() : order === 'forward' ? found : [found[1], found[0], ...found.slice(1)];
      for (const c of asked) settleOwner(ctx, c);
      expect(seen(found), order).toEqual(atOnce);
      for (const c of found) settleOwner(ctx, c);
      settleOwners(ctx);
      expect(seen(found), order).toEqual(atOnce);
    }
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
