import { describe, expect, it } from 'vitest';
import { REPORT_THRESHOLD, chooseInCluster, detached, detect, explain, forgetExplanations, resolveOverlaps, sortBySpan } from './engine.ts';
import { rng } from './seeded-random.ts';
import { NO_WORDS } from './context.ts';
import { categoryOf, type FindingType } from './types.ts';
import type { Candidate } from './recognizer.ts';

const PLANTED = ['038090012345', '0912345678', '0100109106', 'an.nguyen@gmail.com', '4111111111111111', 'HS4010120878811'];
const TEXT = `Họ tên: Nguyễn Văn An, CCCD ${PLANTED[0]}, SĐT ${PLANTED[1]}, MST ${PLANTED[2]}, email ${PLANTED[3]}, thẻ ${PLANTED[4]}, BHYT ${PLANTED[5]}`;

describe('detect', () => {
  it('reports each value once, with offsets into the original text', () => {
    const findings = detect(TEXT);
    for (const value of PLANTED) {
      const hits = findings.filter((f) => TEXT.slice(f.start, f.end) === value);
      expect(hits, value).toHaveLength(1);
    }
  });

  it('fills category from Decree 356 Art. 3–4 and scores within 0..1 at or above the threshold', () => {
    for (const f of detect(TEXT)) {
      expect(f.category).toBe(categoryOf(f.type));
      expect(f.score).toBeGreaterThanOrEqual(REPORT_THRESHOLD);
      expect(f.score).toBeLessThanOrEqual(1);
    }
    expect(detect('thẻ 4111111111111111')[0].category).toBe('sensitive');
    expect(detect('CCCD 038090012345')[0].category).toBe('basic');
  });

  it('never puts a raw value, or any 3+ digits of one, into masks or explanations', () => {
    for (const f of detect(TEXT)) {
      const value = TEXT.slice(f.start, f.end).replace(/\D/g, '');
      for (let i = 0; i + 3 <= value.length; i++) {
        expect(f.explanation).not.toContain(value.slice(i, i + 3));
        expect(f.masked).not.toContain(value.slice(i, i + 3));
      }
      expect(f.explanation).not.toContain('an.nguyen');
      expect(f.masked).not.toContain('an.nguyen');
    }
    // Positive control: the explanation does carry the words that decided it.
    const phone = detect(TEXT).find((f) => f.type === 'phone');
    expect(phone?.explanation).toContain('+sdt');
    expect(phone?.explanation).toContain('mobile prefix valid');
  });

  it('maps offsets back through NFD input and full-width digits', () => {
    const text = 'Số điện thoại: ０９１２ ３４５ ６７８, căn cước 038090012345'.normalize('NFD');
    const findings = detect(text);
    expect(findings.map((f) => f.type)).toEqual(['phone', 'cccd']);
    expect(text.slice(findings[0].start, findings[0].end)).toBe('０９１２ ３４５ ６７８');
    expect(text.slice(findings[1].start, findings[1].end)).toBe('038090012345');
  });

  it('gives one span one type: the nearest label decides a 12-digit number', () => {
    const types = (text: string) => detect(text).map((f) => f.type);
    expect(types('Số 038090012345')).toEqual(['cccd']);
    expect(types('Mã số thuế: 038090012345')).toEqual(['tax_code']);
    expect(types('GPLX: 038090012345')).toEqual(['driver_license']);
    expect(types('CCCD 038090011111, GPLX 038090012345')).toEqual(['cccd', 'driver_license']);
    expect(types('STK: 0912345678')).toEqual(['bank_account']);
  });

  it('covers the value as written, prefix included', () => {
    const text = 'Gọi +84 912 345 678 nhé';
    const [f] = detect(text);
    expect(text.slice(f.start, f.end)).toBe('+84 912 345 678');
  });

  it('honours threshold and types options', () => {
    expect(detect(TEXT, { types: ['phone'] }).map((f) => f.type)).toEqual(['phone']);
    expect(detect('Số 999090012345').length).toBe(0);
    expect(detect('Số 999090012345', { threshold: 0 }).some((f) => f.type === 'cccd')).toBe(true);
  });

  it('never reports legal document numbers, money, timestamps, hotlines or bare years', () => {
    const text =
      'Theo Nghị định 13/2023/NĐ-CP và công văn 2916/BCA-A05, phí 1.500.000đ (2,5 triệu, 15.000.000 VND), lúc 10:30:45 ngày 2024-05-12T10:30:00Z, hotline 1900 1234 hoặc 1800599920, năm 2023.';
    expect(detect(text)).toEqual([]);
  });

  it('handles empty and separator-only input', () => {
    expect(detect('')).toEqual([]);
    expect(detect(' . - . - ')).toEqual([]);
  });
});

describe('detect on random input', () => {
  // Digits, separators, Vietnamese letters, combining marks, full-width
  // digits, astral characters and keywords, mixed at random.
  const ALPHABET = [
    ...'0123456789', ' ', ' ', '.', '-', '/', ':', '(', ')', '+', '@', '\t', '\n', ',', '°', "'", '"',
    'a', 'Đ', 'ư', 'ệ', 'e\u0302\u0301', '\u00a0', '\u200b', '０', '９', '😀', 'sđt ', 'CCCD ', 'ngày sinh ', 'STK ', 'MST ',
  ];
  let seed = 7;
  const next = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return seed / 2 ** 32;
  };

  it('never throws and returns sorted, disjoint, in-bounds findings with masked values', () => {
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = Math.floor(next() * 120);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(next() * ALPHABET.length)];
      const findings = detect(text);
      let last = 0;
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(last);
        expect(f.end).toBeGreaterThan(f.start);
        expect(f.end).toBeLessThanOrEqual(text.length);
        last = f.end;
        const digits = text.slice(f.start, f.end).replace(/\D/g, '');
        if (digits.length >= 6) expect(f.masked).not.toContain(digits.slice(0, digits.length - 2));
      }
    }
  });
});

describe('overlap arbitration', () => {
  it('chooses within a cluster of two as the general cluster choice does', () => {
    let seed = 3;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const types = ['cccd', 'tax_code', 'driver_license', 'phone', 'bank_account'] as const;
    const rank = new Map<FindingType, number>(types.map((t, i) => [t, i]));
    const make = (): Candidate => {
      const start = Math.floor(next() * 6);
      const c: Candidate = {
        type: types[Math.floor(next() * types.length)],
        start,
        end: start + Math.floor(next() * 5),
        score: [0.6, 0.7, 0.82][Math.floor(next() * 3)],
        rule: 'r',
        validator: 'v',
        context: [],
      };
      if (next() < 0.5) c.contextDistance = Math.floor(next() * 3);
      return c;
    };
    let pairs = 0;
    for (let k = 0; k < 5000; k++) {
      const input = [make(), make()];
      const sorted = [...input].sort((a, b) => a.start - b.start || b.end - a.end);
      // Only pairs that form one cluster reach the two-candidate path.
      if (sorted[1].start >= sorted[0].end) continue;
      pairs++;
      const general = chooseInCluster([...sorted], sorted[0].start, Math.max(sorted[0].end, sorted[1].end), rank);
      expect(resolveOverlaps(input, rank)).toEqual(general);
    }
    expect(pairs).toBeGreaterThan(1000);
  });

  it("gives a name back the words a topic's phrase ran into, keeping both", () => {
    const text = 'Bưu gửi: Đại đức Thích Minh Tâm, trụ trì chùa Phước Huệ, thôn Lại Bằng';
    const found = detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);
    expect(found).toContainEqual(['person_name', 'Thích Minh Tâm']);
    expect(found).toContainEqual(['religion', 'Đại đức']);
  });
});

describe('explanations', () => {
  const FROZEN = [NO_WORDS, Object.freeze(['+sdt']) as unknown as string[], Object.freeze(['+sdt', '−glued to a word']) as unknown as string[]];

  it('copy a rule or validator whole (detached)', () => {
    const text = 'Họ và tên: Nguyễn Văn An, số CCCD 038090012345';
    for (const [a, b] of [[0, 0], [0, 3], [3, 20], [11, text.length], [0, text.length]]) expect(detached(text.slice(a, b))).toBe(text.slice(a, b));
  });

  it('are the same text whether written anew or reused from the last finding of the rule', () => {
    let seed = 9;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
    for (let k = 0; k < 3000; k++) {
      const c: Candidate = {
        type: 'cccd',
        start: 0,
        end: 12,
        score: pick([0.82, 0.8234, 0.9, 0.61]),
        rule: pick(['cccd.structure', 'phone.structure']),
        validator: pick(['province code valid', 'mobile prefix valid', `${pick([10, 12])} digits`]),
        // Frozen lists (shared, kept across scans) as well as lists of the candidate's own.
        context: next() < 0.5 ? pick(FROZEN) : pick([[], ['+sdt'], ['+sdt', '−glued to a word'], ['−hoa don']]).slice(),
      };
      if (next() < 0.2) forgetExplanations();
      const context = c.context.length > 0 ? c.context.join(', ') : 'none';
      expect(explain(c)).toBe(`${c.rule}: ${c.validator}; context: ${context}; score ${c.score.toFixed(2)}`);
      // A context array changed after the fact must not change a reused text.
      if (next() < 0.1 && !Object.isFrozen(c.context)) c.context.push('+later');
    }
  });
});

describe('sortBySpan', () => {
  it('orders as the stable sort by start, the longer first, does', () => {
    const random = rng(5);
    for (let t = 0; t < 400; t++) {
      // A few sorted runs (one per recognizer), or any order (past the runs it merges).
      const runs = 1 + Math.floor(random() * (t % 4 === 0 ? 120 : 8));
      const list: Candidate[] = [];
      for (let r = 0; r < runs; r++) {
        const size = Math.floor(random() * 12);
        let start = Math.floor(random() * 20);
        for (let k = 0; k < size; k++) {
          start += Math.floor(random() * 3);
          const end = start + 1 + Math.floor(random() * 4);
          list.push({ type: 'phone', start, end, score: 0.9, rule: `r${list.length}`, validator: '', context: NO_WORDS, contextDistance: undefined });
        }
      }
      const expected = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
      sortBySpan(list);
      expect(list.map((c) => c.rule)).toEqual(expected.map((c) => c.rule));
    }
  });
});
