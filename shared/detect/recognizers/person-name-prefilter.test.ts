import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { findNames, mayOpenForTests } from './person-name.ts';
import { rng, randomText as randomTextOf } from '../seeded-random.ts';

// The run prefilters (a one-word run with no title before it, then
// mayHoldName) must only skip runs that namesInRun would find nothing in, and
// the lower-case pass must only drop pairs it would pass over: with and
// without them the candidates are the same.

const WORDS = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Đỗ', 'Ông', 'Bà', 'anh', 'chị', 'Chị', 'đồng chí', 'Đồng Chí', 'bệnh nhân', 'Người Bệnh',
  'Văn', 'Thị', 'Minh', 'Ngọc', 'Hữu', 'An', 'Lan', 'Hùng', 'Công', 'Thông', 'Bảo', 'Sở', 'Luật', 'Ủy ban', 'Chủ tịch',
  'Giám Đốc', 'gửi', 'Gửi', 'Kính gửi', 'ông/bà', 'đ/c', 'Dear', 'Mr', 'Vũ', 'Hoàng', 'Quang', 'cho', 'Cho', 'của',
  'NGUYỄN', 'VĂN', 'THỊ', 'HOA', 'ÔNG', 'BỆNH NHÂN', 'Lê Lợi', 'phường', 'đường', 'Hà Nội', 'nguyen', 'van', 'nam',
  'Thanh', 'Tâm', 'Bình', 'Đức', 'Long', 'Tuấn', 'sinh', 'năm', '1980', '12', 'KT.', 'GIÁM ĐỐC', 'Phòng', 'Ban',
];
const SEPARATORS = [' ', ' ', ' ', ' ', ', ', '. ', ': ', '\n', '\t', ' - ', '  '];

const randomText = (r: () => number) => randomTextOf(r, WORDS, SEPARATORS, 5, 40);

const same = (text: string) => {
  const ctx = createScanContext(text);
  const key = (c: { start: number; end: number; score: number; rule: string; validator: string; context: string[] }) =>
    `${c.start}-${c.end} ${c.score} ${c.rule} ${c.validator} ${c.context.join('|')}`;
  expect(findNames(ctx, false).map(key).sort()).toEqual(findNames(ctx, true).map(key).sort());
};

describe('person_name run prefilter', () => {
  // mayOpen reads whether the second word is capitalised in the index's list of capitals.
  it('tells the runs a name may open as the text reads, on generated texts', () => {
    const r = rng(13);
    let opened = 0;
    let closed = 0;
    for (let k = 0; k < 1500; k++) {
      const text = randomTextOf(r, [...WORDS, 'A', 'X', 'Ab', "K'", 'Zzz', 'O1', 'Ol'], [...SEPARATORS, '', '/', "'", '-', '.'], 3, 40);
      const ctx = createScanContext(k % 2 === 0 ? text : text.repeat(Math.ceil(3000 / text.length)));
      for (const [fast, read] of mayOpenForTests(ctx)) {
        expect(fast).toBe(read);
        if (read) opened++;
        else closed++;
      }
    }
    // (Both answers come often.)
    expect(opened).toBeGreaterThan(5000);
    expect(closed).toBeGreaterThan(5000);
  });

  it('finds the same candidates as checking every run, on generated texts', () => {
    const r = rng(11);
    for (let k = 0; k < 3000; k++) same(randomText(r));
  });

  // Words that fold like a surname or end a longer title ("Tân": lễ tân, no Tần),
  // after a unit word or a title's first words, and titles read on past a '/'.
  it('finds the same candidates as checking every run, around titles that end on a run\'s first word', () => {
    const r = rng(12);
    const words = [...WORDS, 'Tân', 'Lập', 'lễ', 'Lễ', 'tân', 'xã', 'huyện', 'Đan', 'Phượng', 'thôn', 'trưởng', 'Trưởng Thôn', 'ông/Bà', 'anh/Chị', 'Tần', 'Đinh', 'Định', 'Thư', 'Ký', 'thư'];
    for (let k = 0; k < 3000; k++) same(randomTextOf(r, words, SEPARATORS, 5, 40));
  });

  it('finds the same candidates as checking every run, on the labelled corpus', () => {
    const lines = readFileSync(new URL('../../../test/corpus/corpus.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) same((JSON.parse(line) as { text: string }).text);
  });
});
