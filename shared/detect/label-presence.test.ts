import { afterEach, describe, expect, it } from 'vitest';
import { detect } from './engine.ts';
import { checkLabelsForTests, labelsAbsent } from './label-presence.ts';
import { keywords } from './context.ts';
import { createScanContext } from './scan-context.ts';
import { MIN_PRESENCE_TEXT } from './word-presence.ts';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** A big text of `pieces`, with `rare` pieces dropped in now and then. */
function big(seed: number, pieces: string[], rare: string[]): string {
  const r = rng(seed);
  let text = '';
  while (text.length < MIN_PRESENCE_TEXT + 5000) {
    text += r() < 0.002 && rare.length > 0 ? rare[Math.floor(r() * rare.length)] : pieces[Math.floor(r() * pieces.length)];
  }
  return text;
}

afterEach(() => checkLabelsForTests(true));

describe('recognizers skipped when no label can occur', () => {
  it('find what they find when every span is visited', () => {
    const numbers = ['30A-123.45 ', 'O9l2345678 ', '0912345 678901 ', '038012345678 ', '123456789 ', '0011004123456\t', '1234567890 ', '0100109106 ', '0100109106-001 ', 'số 038012345678 '];
    const texts = [
      big(1, numbers, []),
      // Labels present somewhere: the shortcut must not apply.
      big(2, numbers, ['STK 0011004123456 ', 'CMND 123456789 ', 'GPLX 012345678901 ', 'BHXH 0123456789 ', 'Vietcombank ', ' ngân hàng ', 'MST 038012345678 ', 'mã số thuế 1234567890 ']),
      // A group opened by a letter read as a digit, right after a label's letters.
      big(3, numbers, ['stkO12345678 ', 'cmnd O23456789 ', ' o12 3456789 ']),
      // A header cell; SQL column lists, whose names lose their spaces ("st k" names an account).
      big(4, numbers, ['\nSố TK\tGhi chú\n0011004123\tx\n']),
      big(5, numbers, ["\nINSERT INTO t (`st k`, `c mnd`) VALUES\n(0011004123, 123456789),\n"]),
    ];
    for (const text of texts) {
      checkLabelsForTests(true);
      const fast = detect(text);
      checkLabelsForTests(false);
      const plain = detect(text);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(plain));
    }
    // The shortcut does apply to the first text (and to no text holding the label's word).
    checkLabelsForTests(true);
    expect(labelsAbsent(createScanContext(texts[0]), keywords(['cmnd', 'mã số thuế']))).toBe(true);
    expect(labelsAbsent(createScanContext(texts[1]), keywords(['cmnd']))).toBe(false);
    // The SQL text does hold a label no word of it spells.
    expect(detect(texts[4]).some((f) => f.type === 'bank_account')).toBe(true);
  });
});
