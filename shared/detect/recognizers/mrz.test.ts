import { describe, expect, it } from 'vitest';
import { detect } from '../index.ts';

const found = (text: string) => detect(text).map((f) => [f.type, text.slice(f.start, f.end)]);

describe('machine-readable zones', () => {
  it.each([
    [
      "a card's back",
      'IDVNM1850012344079185001234<<2\n8511032F3011036VNM<<<<<<<<<<<4\nTRAN<<THI<MY<DUNG<<<<<<<<<<<<<',
      [['cccd', '079185001234'], ['person_name', 'TRAN<<THI<MY<DUNG']],
    ],
    [
      'a card read by OCR (l for 1, a blank line, indented)',
      'Ngón trỏ trái / Left index finger\n IDVNM095012345l079095012345<<2\n\n9501153M3501157VNM<<<<<<<<<<<8\nNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<',
      [['cccd', '079095012345'], ['person_name', 'NGUYEN<<VAN<AN']],
    ],
    [
      "a passport's data page",
      'P<VNMLE<<THI<HONG<NHUNG<<<<<<<<<<<<<<<<<<<<<\nC1234567<6VNM9003154F3203149001090012345<<<76',
      [['person_name', 'LE<<THI<HONG<NHUNG'], ['passport', 'C1234567']],
    ],
  ])('reads %s', (_, text, expected) => {
    for (const e of expected) expect(found(text)).toContainEqual(e);
  });

  it.each([
    // Not a Vietnamese card's zone, or no personal number where it belongs.
    ['another country', 'IDFRA1850012344079185001234<<2\n8511032F3011036FRA<<<<<<<<<<<4\nMARTIN<<PAUL<<<<<<<<<<<<<<<<<<'],
    ['a province code that does not exist', 'IDVNM1850012344999185001234<<2'],
    ['a line too short', 'IDVNM07908500<<2'],
    ['a log line with fillers', 'status<<ok<<code 079185001234'],
  ])('reads nothing in %s', (_, text) => {
    expect(detect(text).filter((f) => f.explanation.includes('machine-readable'))).toEqual([]);
  });

  it('keeps the zone raw values out of the explanation', () => {
    const [f] = detect('IDVNM1850012344079185001234<<2');
    expect(f.type).toBe('cccd');
    expect(f.explanation).not.toContain('079185001234');
    expect(f.masked).toBe('**********34');
  });
});
