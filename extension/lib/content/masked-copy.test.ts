import { describe, expect, it } from 'vitest';
import type { Finding, FindingType } from '../../../shared/detect/types.ts';
import { categoryOf } from '../../../shared/detect/types.ts';
import { maskedCopy, orderedSpans } from './masked-copy.ts';

function finding(text: string, value: string, type: FindingType, displayMasked: string): Finding {
  const start = text.indexOf(value);
  return { type, category: categoryOf(type), start, end: start + value.length, score: 1, masked: `[${type}]`, displayMasked, explanation: '' };
}

describe('maskedCopy', () => {
  const text = 'Ông Nguyễn Văn An, CCCD 038203004545, ĐT 0912345678, ở 12 Lý Thường Kiệt, bị tiểu đường.';
  const findings = [
    finding(text, '038203004545', 'cccd', '038*******45'),
    finding(text, 'Nguyễn Văn An', 'person_name', 'N. V. A.'),
    finding(text, '0912345678', 'phone', '091*****78'),
    finding(text, '12 Lý Thường Kiệt', 'address', '12 L. T. K.'),
    finding(text, 'tiểu đường', 'health', 't***'),
  ];

  it('replaces numbers by display masks, names by initials, addresses and topics by their type', () => {
    expect(maskedCopy(text, findings)).toBe(
      'Ông N. V. A., CCCD 038*******45, ĐT 091*****78, ở [address], bị [health].',
    );
  });

  it('leaves no digit run of the original values', () => {
    const out = maskedCopy(text, findings);
    expect(out).not.toContain('038203004545');
    expect(out).not.toContain('0912345678');
  });

  it('keeps text without findings as it is', () => {
    expect(maskedCopy('không có gì', [])).toBe('không có gì');
  });

  it('never applies two overlapping spans', () => {
    const t = 'MST 0100109106';
    const a = finding(t, '0100109106', 'tax_code', '010*****06');
    const b = { ...a, type: 'phone' as const, start: a.start + 1 };
    expect(orderedSpans([b, a])).toEqual([a]);
    expect(maskedCopy(t, [b, a])).toBe('MST 010*****06');
  });
});
