import { describe, expect, it } from 'vitest';
import { createScanContext, foldText } from './scan-context.ts';

describe('createScanContext', () => {
  it('removes Vietnamese diacritics and keeps case in plain, lowers it in folded', () => {
    const ctx = createScanContext('Số Điện Thoại của NGUYỄN Văn Ánh');
    expect(ctx.plain).toBe('So Dien Thoai cua NGUYEN Van Anh');
    expect(ctx.folded).toBe('so dien thoai cua nguyen van anh');
  });

  it('folds NFD input to the same text as NFC and maps offsets back across combining marks', () => {
    const nfc = 'Họ tên: Nguyễn Thị Ánh, CCCD 038190012345';
    const nfd = nfc.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(nfc.length);
    const a = createScanContext(nfc);
    const b = createScanContext(nfd);
    expect(b.plain).toBe(a.plain);
    const at = b.folded.indexOf('nguyen thi anh');
    const original = nfd.slice(b.toOriginal(at), b.toOriginal(at + 'nguyen thi anh'.length));
    expect(original.normalize('NFC')).toBe('Nguyễn Thị Ánh');
    const digits = b.folded.indexOf('038190012345');
    expect(nfd.slice(b.toOriginal(digits), b.toOriginal(digits + 12))).toBe('038190012345');
    expect(b.toOriginal(b.plain.length)).toBe(nfd.length);
    expect(b.toOriginal(0)).toBe(0);
  });

  it('maps full-width digits and letters to ASCII without moving offsets', () => {
    const text = 'ＳĐＴ：０９１２ ３４５ ６７８';
    const ctx = createScanContext(text);
    expect(ctx.plain).toBe('SDT:0912 345 678');
    expect(ctx.plain.length).toBe(text.length);
    expect(ctx.toOriginal(5)).toBe(5);
  });

  it('turns unusual spaces into spaces, dashes into hyphens, and drops zero-width characters', () => {
    const text = '0912\u00a0345\u2009678 – 09\u200b12';
    const ctx = createScanContext(text);
    expect(ctx.plain).toBe('0912 345 678 - 0912');
    const at = ctx.plain.lastIndexOf('0912');
    expect(text.slice(ctx.toOriginal(at), ctx.toOriginal(at + 4))).toBe('09\u200b12');
  });

  it('treats ð as đ and keeps non-Latin text unchanged in length', () => {
    expect(createScanContext('ðường Ðinh').plain).toBe('duong Dinh');
    const mixed = '電話 0912345678 Привет';
    const ctx = createScanContext(mixed);
    expect(ctx.plain.length).toBe(mixed.length);
    expect(ctx.folded).toBe('電話 0912345678 привет');
  });

  it('returns the input itself when nothing needs folding', () => {
    const text = 'plain ascii 123';
    const ctx = createScanContext(text);
    expect(ctx.plain).toBe(text);
    expect(ctx.toOriginal(7)).toBe(7);
  });

  it('folds keywords the same way as text', () => {
    expect(foldText('Căn cước công dân')).toBe('can cuoc cong dan');
    expect(foldText('SỐ ĐỊNH DANH'.normalize('NFD'))).toBe('so dinh danh');
  });
});
