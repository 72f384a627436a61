import { describe, expect, it } from 'vitest';
import { bareSpeakerForTests, speakerMatchForTests, speakerNamesForTests, speakerSearchesForTests } from './person-name.ts';
import { createScanContext } from '../scan-context.ts';
import { randomText, rng } from '../seeded-random.ts';

// stampedSpeaker reads a chat's commonest speaker line without the SPEAKER
// pattern: wherever it reads a line, the pattern must match there with the
// same bounds and groups.

const STAMPS = ['[09:14]', '[10:15]', '[]', '[1]', '[Zalo]', '[2025-09-03 22:41]', `[${'1'.repeat(24)}]`, `[${'1'.repeat(25)}]`, '[12:0\n]', '[:]', '[đ]', '[ ]', '09:14', '['];
const SPACES = [' ', ' ', ' ', '', '  ', '\t'];
const WORDS = [
  'Lan', 'An', 'Nguyễn', 'Văn', 'Thị', 'Ngọc', 'Ánh', 'Đức', 'Đ', 'ĐT', 'ĐĐ', 'TP', 'TP-HT', 'CA', 'A', 'Aa', 'AN', 'Hương', 'phường', 'phong',
  'P.', 'P', 'C-1105', '1205', 'x', '–', '-', '(TP)', '(Ngọc', 'Hà)', 'Mai', 'Út', 'D-', 'Đ-', 'Tũn', 'ÂU', 'Ơn', 'Bé', "H'Nhi", 'Lan–Anh',
];
const JOINS = [' ', ' ', ' ', ' ', '  ', ' - ', ' – ', '', '\n'];
const ENDS = [':', ':', ': ok', ':/', '://x', ' :', '', '::', ': 21:05'];

function line(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  let name = pick(WORDS);
  const words = Math.floor(r() * 5);
  for (let k = 0; k < words; k++) name += pick(JOINS) + pick(WORDS);
  return `${pick(STAMPS)}${pick(SPACES)}${name}${pick(ENDS)}`;
}

describe('stampedSpeaker', () => {
  it('reads the lines it reads as the SPEAKER pattern does', () => {
    const r = rng(7);
    let read = 0;
    for (let k = 0; k < 80000; k++) {
      const prefix = r() < 0.2 ? 'x\n' : '';
      const text = prefix + line(r);
      const fast = speakerMatchForTests(text, prefix.length, true);
      if (fast === null) continue;
      read++;
      expect(speakerMatchForTests(text, prefix.length, false), JSON.stringify(text)).toEqual(fast);
    }
    // Most generated lines are of other forms; enough are of its own.
    expect(read).toBeGreaterThan(1500);
  });

  it('reads the commonest lines, and leaves a role or a long name to the pattern', () => {
    expect(speakerMatchForTests('[09:14] Trịnh Thu Hà: dạ', 0, true)).toEqual([0, 20, 8, 12, undefined, undefined]);
    expect(speakerMatchForTests('[09:14] Hương TP-HT: dạ', 0, true)).toBeNull();
    expect(speakerMatchForTests('[09:14] An – Mai: dạ', 0, true)).toBeNull();
    expect(speakerMatchForTests('[Zalo] An: dạ', 0, true)).toBeNull();
    expect(speakerMatchForTests('[09:14] An://x', 0, true)).toBeNull();
  });
});

// bareSpeaker answers for a line with no space before its first colon, match
// or no match, without the pattern: wherever it answers, the pattern must
// answer the same (with the same bounds and groups).

const BARE_OPENERS = ['', '', '', '[', '1', '/', '-', ':', '–', '\t', ' ', '.'];
const BARE_PARTS = ['x', 'Lan', 'ĐT', '9', '5', 'Họ', 'và', 'tên', 'a'.repeat(20), 'b'.repeat(26), 'c'.repeat(27), '1', '09', '-', '.', '(', ')', '\t', '\r', ' ', '/', "H'Nhi", 'P.', 'TP-HT', 'Đ', '–'];
const BARE_ENDS = [':', ': ok', ':/', '://x', '::', ':\n', '', '\n:'];

function bareLine(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  let name = pick(BARE_OPENERS);
  const parts = 1 + Math.floor(r() * 4);
  for (let k = 0; k < parts; k++) name += pick(BARE_PARTS);
  return name + pick(BARE_ENDS);
}

describe('bareSpeaker', () => {
  it('answers as the SPEAKER pattern does wherever it answers', () => {
    const r = rng(11);
    let matched = 0;
    let failed = 0;
    for (let k = 0; k < 80000; k++) {
      const prefix = r() < 0.2 ? 'x\n' : '';
      const text = prefix + bareLine(r);
      const colon = text.indexOf(':', prefix.length);
      if (colon < 0 || text.slice(prefix.length, colon).includes('\n')) continue;
      const fast = bareSpeakerForTests(text, prefix.length, colon);
      if (fast !== null && fast.length === 0) continue;
      if (fast === null) failed++;
      else matched++;
      expect(speakerMatchForTests(text, prefix.length, false), JSON.stringify(text)).toEqual(fast);
    }
    expect(matched).toBeGreaterThan(3000);
    expect(failed).toBeGreaterThan(3000);
  });

  it('answers for bare names and leaves a stamp or a space to the pattern', () => {
    expect(bareSpeakerForTests('x:\n', 0, 1)).toEqual([0, 1, 0, 1, undefined, undefined]);
    expect(bareSpeakerForTests('Lan://x', 0, 3)).toBeNull();
    expect(bareSpeakerForTests(`${'a'.repeat(27)}:`, 0, 27)).toBeNull();
    expect(bareSpeakerForTests('ab1:', 0, 3)).toBeNull();
    expect(bareSpeakerForTests('Ngọc Ánh:', 0, 8)).toEqual([]);
    expect(bareSpeakerForTests('[Zalo]:', 0, 6)).toEqual([]);
    expect(bareSpeakerForTests('09:14', 0, 2)).toEqual([]);
  });
});

// speakerNames passes over some lines early (read without the pattern, or
// words that are no name and no nickname): on chat-like texts of every kind
// of line, it must find what reading every line with the pattern, to the
// end of its tests, finds.

const CHAT_STAMPS = ['', '', '', '[09:14] ', '08:12 ', '[Zalo] '];
const CHAT_NAMES = [
  'x', 'ĐT', 'BM', 'ghichu', 'ghi chú', 'Lan', 'Tũn', 'Mập', 'Út Nhi', 'Ngọc Ánh', 'Trịnh Thu Hà', 'Hằng Nguyễn', 'Mẹ Bống', 'Dân', 'Hỏi', 'Từ',
  'Bình Dương', 'Phòng Tài chính', 'Tuấn xã Đông Hưng', 'Công an xã - Tuấn', 'Thủ quỹ (Ngọc Hà)', 'Hương TP-HT', 'Hằng 1205', 'lan', 'LAN', 'An1', 'Lan/Mai', 'Ông',
];
const CHAT_SAYS = [' dạ', ' ok', '', '//x', ' 21:05 nhé', ' ê'];

function chat(r: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const lines: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let k = 0; k < n; k++) lines.push(`${pick(CHAT_STAMPS)}${pick(CHAT_NAMES)}:${pick(CHAT_SAYS)}`);
  return lines.join(r() < 0.1 ? '\r\n' : '\n');
}

describe('speakerNames', () => {
  it('finds on every line what the pattern read to the end finds', () => {
    const r = rng(5);
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      const text = chat(r);
      const fast = speakerNamesForTests(createScanContext(text), false);
      found += fast.length;
      expect(fast, JSON.stringify(text)).toEqual(speakerNamesForTests(createScanContext(text), true));
    }
    expect(found).toBeGreaterThan(5000);
  });
});

// speakerNames reads a line's first two units for its colon, and the unit
// after the colon for its break, before searching: the answers must be the
// searches'.
describe('speakerNames\' colon and break', () => {
  it('are where indexOf finds them', () => {
    const r = rng(19);
    const pieces = [':', '\n', 'x', 'Lan', ' ', '::', ':\n', '\n\n', ''];
    const wrong: [string, number][] = [];
    let colons = 0;
    for (let n = 0; n < 20000; n++) {
      const s = randomText(r, pieces, [''], 0, 6);
      const from = Math.floor(r() * (s.length + 2));
      const [colon, searched, lineEnd, lineSearched] = speakerSearchesForTests(s, from);
      if (searched >= 0) colons++;
      if (colon !== searched || lineEnd !== lineSearched) wrong.push([s, from]);
    }
    expect(wrong).toEqual([]);
    expect(colons).toBeGreaterThan(5000);
  });
});
