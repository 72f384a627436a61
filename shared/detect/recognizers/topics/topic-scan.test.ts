import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createScanContext } from '../../scan-context.ts';
import { detect } from '../../index.ts';
import { TOPIC_SPECS } from './index.ts';
import { buildTopicIndex, namedWithin, scan, scanTopics } from './topic-scan.ts';
import { rng, randomText as randomTextOf } from '../../seeded-random.ts';
import { COMMON_SURNAMES, OTHER_SURNAMES } from '../../lexicon/surnames.ts';
import { foldText } from '../../scan-context.ts';

// scan() passes over labels with no value after them before reading their
// spelling: with and without that shortcut the candidates are the same.

const INDEX = buildTopicIndex(TOPIC_SPECS);

const WORDS = [
  'người', 'Người', 'NGƯỜI', 'nguoi', 'người dân', 'là người', 'người dân tộc', 'dân tộc', 'Tày', 'Kinh', 'Co', 'có', 'Hoa',
  'Ê Đê', 'Bru-Vân Kiều', 'tôn giáo', 'Công giáo', 'Phật giáo', 'ung thư', 'bệnh nhân', 'ông', 'Nguyễn Văn An', 'chị Lan',
  'điều trị', 'HIV', 'đảng viên', 'tiền án', 'đồng tính', 'vân tay', 'chiến dịch', 'tuyên truyền', 'lao động', 'tỉnh',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', ': ', ':', '\n', '\t', ' - ', '; '];

const randomText = (r: () => number) => randomTextOf(r, WORDS, SEPARATORS, 3, 30);

const same = (text: string) => {
  const a = scan(INDEX, createScanContext(text), true);
  const b = scan(INDEX, createScanContext(text), false);
  expect(a).toEqual(b);
};

describe('topic scan shortcuts', () => {
  it('finds the same candidates as scoring every phrase, on generated texts', () => {
    const r = rng(3);
    for (let k = 0; k < 3000; k++) same(randomText(r));
  });

  it('finds the same candidates as scoring every phrase, on the labelled corpus', () => {
    const lines = readFileSync(new URL('../../../../test/corpus/corpus.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) same((JSON.parse(line) as { text: string }).text);
  });
});

describe('a phrase inside a capitalised name', () => {
  const healthOf = (text: string) => detect(text, { types: ['health'] }).map((f) => text.slice(f.start, f.end));

  it('is a place\'s or a body\'s name, not a condition; written in lower case or after a lower-case word it is one', () => {
    expect(healthOf('Ông Nguyễn Văn An bán hàng ở chợ Cầu Tiểu Đường, thôn 2.')).toEqual([]);
    expect(healthOf('Ông Nguyễn Văn An bán hàng ở chợ, có tiểu đường.')).toEqual(['tiểu đường']);
    expect(healthOf('Ông Nguyễn Văn An bán hàng ở chợ, có Tiểu Đường.')).toEqual(['Tiểu Đường']);
  });
});

describe('the same phrase again right after the last one', () => {
  const healthOf = (text: string) => detect(text, { types: ['health'] }).map((f) => text.slice(f.start, f.end));

  it('extends that finding across a comma, a line break or a tab (a row of cells), not across words', () => {
    expect(healthOf('Ông Nguyễn Văn An: ung thư, ung thư')).toEqual(['ung thư, ung thư']);
    expect(healthOf('Ông Nguyễn Văn An\nung thư\nung thư')).toEqual(['ung thư\nung thư']);
    // (A megabyte of one tabbed label, each cell a candidate of its own, took 120 ms.)
    expect(healthOf('Ông Nguyễn Văn An\tung thư\tung thư')).toEqual(['ung thư\tung thư']);
    expect(healthOf('Ông Nguyễn Văn An: ung thư và ung thư')).toEqual(['ung thư', 'ung thư']);
  });
});

describe('topic candidates sharing a context list', () => {
  it('share one frozen list when the person near is all their context, and a demotion adds to a copy', () => {
    // "chị" addresses someone no finding names: every health finding is lowered.
    const text = 'chị bị ung thư. chị bị ung thư. chị bị ung thư.';
    const found = scan(INDEX, createScanContext(text), true).filter((c) => c.type === 'health');
    expect(found.length).toBe(3);
    expect(found[1].context).toBe(found[0].context);
    expect(found[0].context).toEqual(['+chi']);
    expect(Object.isFrozen(found[0].context)).toBe(true);
    const lowered = detect(text, { threshold: 0.3 }).filter((f) => f.type === 'health');
    expect(lowered.map((f) => f.explanation)).toEqual(Array(3).fill('health.strong: strong phrase; context: +chi, -no one identified in the text; score 0.50'));
    expect(scan(INDEX, createScanContext(text), true)[0].context).toEqual(['+chi']);
  });
});

describe('scanTopics', () => {
  it("gives each recognizer a list of its own, empty or not, and answers for the index it is asked about", () => {
    const index = buildTopicIndex(TOPIC_SPECS);
    const none = createScanContext('Chị Lan ơi, em gửi báo cáo nhé.');
    const a = scanTopics(index, none, 'health');
    const b = scanTopics(index, none, 'health');
    expect(a).toEqual([]);
    a.push(scan(index, createScanContext('Bệnh nhân Nguyễn Văn An chẩn đoán ung thư phổi'), true)[0]);
    expect(b).toEqual([]);
    expect(scanTopics(index, none, 'health')).toEqual([]);
    const ctx = createScanContext('Bệnh nhân Nguyễn Văn An chẩn đoán ung thư phổi, tôn giáo: Công giáo');
    const health = scanTopics(index, ctx, 'health');
    const found = health.length;
    expect(found).toBeGreaterThan(0);
    expect(new Set(health.map((c) => c.type))).toEqual(new Set(['health']));
    health.length = 0;
    expect(scanTopics(index, ctx, 'health')).toHaveLength(found);
    expect(scanTopics(index, ctx, 'religion')).toHaveLength(1);
    // Another index (only health's phrases) over the same scan reads its own topics.
    const healthOnly = buildTopicIndex(TOPIC_SPECS.filter((s) => s.type === 'health'));
    expect(scanTopics(healthOnly, ctx, 'religion')).toEqual([]);
    expect(scanTopics(index, ctx, 'religion')).toHaveLength(1);
  });
});

describe('a named person near a phrase', () => {
  // The pattern namedWithin tries in place, as a slice of the window read it.
  const surnames = [...new Set([...COMMON_SURNAMES, ...OTHER_SURNAMES].map(foldText))];
  const middles = 'VAN|THI|HUU|DUC|MINH|THANH|NGOC|QUANG|XUAN|HOANG|QUOC|THU|KIM|BAO|GIA|CONG|DINH|DUY|TIEN|TRONG|MANH|THE|HONG|PHUONG|ANH|THUY|TUAN|HAI|NHAT|VIET|BA|KHAC|CHI|MAI|BICH';
  const sliced = new RegExp(
    `(?<![A-Za-z])(?!DONG BAO(?![A-Z]))(?:(?:${surnames.map((s) => `${s[0].toUpperCase()}${s.slice(1)}`).join('|')}) [A-Z][a-z]|(?:${surnames.map((s) => s.toUpperCase()).join('|')}) (?:${middles})(?![A-Z]))`,
  );

  it('finds what the pattern finds in the window sliced out, for every surname', () => {
    const title = surnames.map((s) => `${s[0].toUpperCase()}${s.slice(1)}`);
    const upper = surnames.map((s) => s.toUpperCase());
    const words = [...title, ...upper, 'VAN', 'Van', 'BAO', 'DONG', 'An', 'A', 'x', 'xA', 'THIX', 'bệnh', '1', 'T'];
    const r = rng(5);
    let found = 0;
    for (let t = 0; t < 6000; t++) {
      const text = randomTextOf(r, words, [' ', ' ', '', '. ', '\n', '  '], 2, 8);
      const from = Math.floor(r() * (text.length / 2));
      const to = from + Math.floor(r() * (text.length - from + 1));
      const m = sliced.exec(text.slice(from, to));
      const want = m ? [from + m.index, from + m.index + m[0].length] : null;
      if (want) found++;
      expect(namedWithin(text, from, to), JSON.stringify([text, from, to])).toEqual(want);
    }
    expect(found).toBeGreaterThan(300);
    // Each surname, in both cases, at a window's start and after a letter.
    for (const s of [...title, ...upper]) {
      for (const text of [`${s} VAN An`, `x${s} Van`, `${s} Anh`]) {
        const m = sliced.exec(text);
        expect(namedWithin(text, 0, text.length)).toEqual(m ? [m.index, m.index + m[0].length] : null);
      }
    }
  });
});
