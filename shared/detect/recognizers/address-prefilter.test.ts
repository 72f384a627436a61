import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanContext, plainUnitsOf } from '../scan-context.ts';
import { capitalAfterNumberIn, capitalAfterNumberOf, findAddresses, valueMayFollow, valueMayFollowIn } from './address.ts';
import { wordIndex } from '../lexicon/word-index.ts';
import { bare } from './topics/test-variants.ts';
import { rng, randomText as randomTextOf } from '../seeded-random.ts';

// Unit-word matches are dropped before readPart when no value can follow
// them (valueMayFollow), and a labelled value that a chain scored as high
// holds is not proposed (merge would fold it in); with and without those
// checks the candidates are the same.

const WORDS = [
  'số', 'Số', 'SỐ', 'đường', 'Đường', 'phố', 'Phố', 'ngõ', 'ngách', 'hẻm', 'tổ', 'Tổ', 'thôn', 'ấp', 'xã', 'Xã', 'phường', 'P.', 'Q.',
  'quận', 'Quận', 'huyện', 'tỉnh', 'Tỉnh', 'thành phố', 'TP.', 'khu', 'lượng', 'chức', 'Lê Lợi', 'Trần Phú', 'Hà Nội', 'Bến Nghé',
  'Nhân Dân', '12', '45/6', '7A', 'B', 'tôi', 'ở', 'tại', 'địa chỉ:', 'của', 'thường trú', 'Công ty', 'ban', 'Ban',
];
const GAPS = [' ', ' ', ' ', '  ', '   ', '.', '. ', ', ', ' - ', '\n', '\t'];

function randomText(r: () => number): string {
  const s = randomTextOf(r, WORDS, GAPS, 4, 30);
  return r() < 0.3 ? bare(s) : s;
}

const key = (c: { start: number; end: number; score: number; rule: string; context: string[] }) => `${c.start}-${c.end} ${c.score} ${c.rule} ${c.context.join('|')}`;

function same(text: string): void {
  const ctx = createScanContext(text);
  expect(findAddresses(ctx, true).map(key)).toEqual(findAddresses(ctx, false).map(key));
}

describe('address unit-word prefilter', () => {
  it('finds the same candidates as reading every unit word, on generated texts', () => {
    const r = rng(5);
    for (let k = 0; k < 3000; k++) same(randomText(r));
  });

  it('finds the same candidates as reading every unit word, on the labelled corpus', () => {
    const lines = readFileSync(new URL('../../../test/corpus/corpus.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) same((JSON.parse(line) as { text: string }).text);
  });
});

/** Random texts joined until at least 256 units long, up to `spread` more: long enough for a scan to keep its units. */
function longRandomText(r: () => number, spread: number): string {
  let text = randomText(r);
  while (text.length < 256 + Math.floor(r() * spread)) text += randomText(r);
  return text;
}

describe('address pre-checks read from the scan units', () => {
  it('answer as reading the plain string does, past a longer text left in the units', () => {
    const r = rng(11);
    for (let k = 0; k < 300; k++) {
      // Long enough for the scan to keep its units; a shorter one after a longer leaves the longer's units past its end.
      let text = longRandomText(r, 300);
      if (r() < 0.5) text += r() < 0.5 ? ' .  ' : ' 12';
      const ctx = createScanContext(text, true);
      const units = plainUnitsOf(ctx);
      expect(units).not.toBeNull();
      const n = ctx.plain.length;
      // (Differences counted, one expect a text: an expect per position was most of the test's time.)
      const differ: string[] = [];
      for (const lowerOk of [true, false]) {
        for (let end = 0; end <= n; end++) if (valueMayFollowIn(units!, n, end, lowerOk) !== valueMayFollow(ctx.plain, end, lowerOk)) differ.push(`follows ${end} ${lowerOk}`);
      }
      // Every prefix of the capitals: the first house number before a capital is found where the string's reading finds it.
      const words = wordIndex(ctx);
      for (let m = 0; m <= words.capitalCount; m++) {
        const some = { ...words, capitalCount: m };
        if (capitalAfterNumberIn(units!, some) !== capitalAfterNumberOf(ctx.plain, some)) differ.push(`capital ${m}`);
      }
      expect(differ, text).toEqual([]);
    }
  });
});

describe('address candidates from the scan units', () => {
  it('are those read from the strings (a context whose units a later scan took)', () => {
    const r = rng(17);
    for (let k = 0; k < 400; k++) {
      const text = longRandomText(r, 200);
      const typed = createScanContext(text, true);
      expect(plainUnitsOf(typed)).not.toBeNull();
      const fromUnits = findAddresses(typed, true).map(key);
      const strings = createScanContext(text, true);
      // A later scan takes the units: `strings` reads its strings.
      createScanContext(`${'x'.repeat(300)} `, true);
      expect(plainUnitsOf(strings)).toBeNull();
      expect(findAddresses(strings, true).map(key), text).toEqual(fromUnits);
    }
  });
});
