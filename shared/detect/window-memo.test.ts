import { describe, expect, it } from 'vitest';
import { createScanContext } from './scan-context.ts';
import { createWords, readWords } from './keyword-index.ts';
import { createWindowMemo, forgetWindows, recallWindow, rememberWindow } from './window-memo.ts';

describe('window memo', () => {
  it('recalls a kept window exactly, for its own scan and size only, and forgets between scans', () => {
    const a = createScanContext('so dien thoai 0912345678 cccd 038090012345');
    const b = createScanContext('ma don hang 0912345678 va hoa don 03809001');
    const memo = createWindowMemo();
    const w = createWords();
    const into = createWords();
    readWords(a.folded, 0, 14, w);
    rememberWindow(memo, a, 14, 48, 0, w);
    expect(recallWindow(memo, a, 14, 48, into)).toBe(0);
    expect(Array.from(into.start.subarray(0, into.count))).toEqual(Array.from(w.start.subarray(0, w.count)));
    expect(Array.from(into.hash.subarray(0, into.count))).toEqual(Array.from(w.hash.subarray(0, w.count)));
    expect(into.s).toBe(a.folded);
    expect(recallWindow(memo, a, 14, 16, into)).toBe(-1);
    expect(recallWindow(memo, b, 14, 48, into)).toBe(-1);
    // A new scan clears the old one's positions: b never sees a's window at 14.
    readWords(b.folded, 0, 12, w);
    rememberWindow(memo, b, 12, 48, 0, w);
    expect(recallWindow(memo, b, 14, 48, into)).toBe(-1);
    expect(recallWindow(memo, b, 12, 48, into)).toBe(0);
    forgetWindows(memo);
    expect(recallWindow(memo, b, 12, 48, into)).toBe(-1);
  });

  it('holds many positions of a large scan and clears them all', () => {
    const text = 'sdt 0912345678, '.repeat(5000);
    const ctx = createScanContext(text);
    const memo = createWindowMemo();
    const w = createWords();
    const into = createWords();
    for (let pos = 4; pos < text.length; pos += 16) {
      readWords(ctx.folded, Math.max(0, pos - 48), pos, w);
      rememberWindow(memo, ctx, pos, 48, Math.max(0, pos - 48), w);
    }
    for (let pos = 4; pos < text.length; pos += 16) expect(recallWindow(memo, ctx, pos, 48, into)).toBe(Math.max(0, pos - 48));
    const other = createScanContext(text);
    readWords(other.folded, 0, 4, w);
    rememberWindow(memo, other, 4, 48, 0, w);
    for (let pos = 20; pos < text.length; pos += 16) expect(recallWindow(memo, other, pos, 48, into)).toBe(-1);
    forgetWindows(memo);
  });
});
