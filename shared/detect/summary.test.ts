import { describe, expect, it } from 'vitest';
import { detect } from './engine.ts';
import { canonicalValue, summarize } from './summary.ts';

describe('summarize', () => {
  it('counts findings and distinct values per type, by canonical value', () => {
    const text = 'SĐT 0912345678, gọi lại +84 912 345 678 hoặc 0987654321';
    const s = summarize(text, detect(text));
    expect(s.byType.phone).toEqual({ count: 3, distinct: 2 });
    expect(s.total).toBe(3);
    expect(s.distinct).toBe(2);
    expect(s.looksLikeList).toBe(false);
  });

  it('one phone number is not a list; a table of people is', () => {
    const one = 'Liên hệ chị Hoa 0912345678';
    expect(summarize(one, detect(one)).looksLikeList).toBe(false);
    const rows = ['STT\tHọ tên\tCCCD', '1\tNguyễn Văn A\t038090012345', '2\tTrần Thị B\t001190012345', '3\tLê Văn C\t079203001234'];
    const table = rows.join('\n');
    const s = summarize(table, detect(table));
    expect(s.byType.cccd).toEqual({ count: 3, distinct: 3 });
    expect(s.looksLikeList).toBe(true);
  });

  it('sees a list in lines of prose and in one line of many values', () => {
    const lines = 'Anh A: 0912345678\nChị B: 0987654321\nAnh C: 0978123456';
    expect(summarize(lines, detect(lines)).looksLikeList).toBe(true);
    const inline = 'SĐT: 0912345678, 0987654321, 0978123456, 0868123456, 0352123456';
    expect(summarize(inline, detect(inline)).looksLikeList).toBe(true);
    const repeated = 'SĐT 0912345678\nSĐT 0912345678\nSĐT 0912345678';
    expect(summarize(repeated, detect(repeated)).looksLikeList).toBe(false);
  });

  it('canonicalValue normalizes the written value', () => {
    const text = 'gọi +84 912 345 678';
    const [f] = detect(text);
    expect(canonicalValue(f, text)).toBe('0912345678');
  });
});
