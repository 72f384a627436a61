import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { createWords, readWords, type Words } from './keyword-index.ts';
import { createWindowMemo, forgetWindows, recallWindow, rememberWindow, type WindowMemo } from './window-memo.ts';

const range = (w: Words, lo: number, hi: number) => ({
  start: Array.from(w.start.subarray(lo, hi)),
  end: Array.from(w.end.subarray(lo, hi)),
  hash: Array.from(w.hash.subarray(lo, hi)),
});
const recalled = (memo: WindowMemo) => range(memo.words, memo.lo, memo.hi);

describe('window memo', () => {
  it('recalls a kept window exactly, for its own scan and size only, and forgets between scans', () => {
    const memo = createWindowMemo();
    const a = createScanContext('so dien thoai 0912345678 cccd 038090012345');
    const b = createScanContext('ma don hang 0912345678 va hoa don 03809001');
    const w = createWords();
    readWords(a.folded, 0, 14, w);
    rememberWindow(memo, a, 14, 48, 0, w);
    expect(recallWindow(memo, a, 14, 48)).toBe(true);
    expect(memo.bound).toBe(0);
    expect(recalled(memo)).toEqual(range(w, 0, w.count));
    expect(memo.words.s).toBe(a.folded);
    expect(recallWindow(memo, a, 14, 16)).toBe(false);
    expect(recallWindow(memo, b, 14, 48)).toBe(false);
    // A new scan clears the old one's positions: b never sees a's window at 14.
    readWords(b.folded, 0, 12, w);
    rememberWindow(memo, b, 12, 48, 0, w);
    expect(recallWindow(memo, b, 14, 48)).toBe(false);
    expect(recallWindow(memo, b, 12, 48)).toBe(true);
    forgetWindows(memo);
    expect(recallWindow(memo, b, 12, 48)).toBe(false);
    expect(memo.words.s).toBe('');
  });

  it('holds many windows of a large scan, each as read, and clears them all', () => {
    const memo = createWindowMemo();
    const text = 'sdt 0912345678, so dien thoai '.repeat(3000);
    const ctx = createScanContext(text);
    const w = createWords();
    for (let pos = 4; pos < text.length; pos += 30) {
      readWords(ctx.folded, Math.max(0, pos - 48), pos, w);
      rememberWindow(memo, ctx, pos, 48, Math.max(0, pos - 48), w);
    }
    for (let pos = 4; pos < text.length; pos += 30) {
      expect(recallWindow(memo, ctx, pos, 48)).toBe(true);
      expect(memo.bound).toBe(Math.max(0, pos - 48));
      readWords(ctx.folded, Math.max(0, pos - 48), pos, w);
      expect(recalled(memo)).toEqual(range(w, 0, w.count));
    }
    const other = createScanContext(text);
    readWords(other.folded, 0, 4, w);
    rememberWindow(memo, other, 4, 48, 0, w);
    for (let pos = 34; pos < text.length; pos += 30) expect(recallWindow(memo, other, pos, 48)).toBe(false);
    forgetWindows(memo);
  });

  it('clears a table dense with kept windows (one pass) as well as a sparse one', () => {
    const memo = createWindowMemo();
    const w = createWords();
    const dense = createScanContext('sdt 0912 cccd 0380 '.repeat(4));
    for (let pos = 1; pos <= dense.folded.length; pos++) {
      readWords(dense.folded, Math.max(0, pos - 48), pos, w);
      rememberWindow(memo, dense, pos, 48, Math.max(0, pos - 48), w);
    }
    const next = createScanContext('ma don hang 0912 '.repeat(4));
    readWords(next.folded, 0, 3, w);
    rememberWindow(memo, next, 3, 48, 0, w);
    for (let pos = 1; pos <= next.folded.length; pos++) expect(recallWindow(memo, next, pos, 48)).toBe(pos === 3);
    forgetWindows(memo);
  });
});

describe('window memo on a big text', () => {
  it('keeps nothing, so every look-up reads its window from the text', () => {
    const memo = createWindowMemo();
    const ctx = createScanContext('sdt 0912345678, '.repeat(9000));
    const w = createWords();
    readWords(ctx.folded, 0, 4, w);
    rememberWindow(memo, ctx, 4, 48, 0, w);
    expect(recallWindow(memo, ctx, 4, 48)).toBe(false);
    expect(memo.slotAt.length).toBe(0);
  });
});
