import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { honorificNames } from './honorific-names.ts';
import { detect } from '../index.ts';

const spans = (text: string) => honorificNames(createScanContext(text)).map((c) => text.slice(c.start, c.end));
const names = (text: string) => detect(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));

describe('names after an English honorific, a greeting or "my name is"', () => {
  it.each([
    ['Dear Mr. Weber, thank you for the documents.', 'Weber'],
    ['1. Mr. Takeshi YAMAMOTO — passport T8250317', 'Takeshi YAMAMOTO'],
    ['2. Ms. Aiko SUZUKI — passport M3097714', 'Aiko SUZUKI'],
    ['itinerary for Dr. Marie Claire DUBOIS (passport no. B9138402)', 'Marie Claire DUBOIS'],
    ['Prof Hans Müller will chair the session', 'Hans Müller'],
    ['MR. JOHN O\'BRIEN, TEAM LEADER', "JOHN O'BRIEN"],
    ['My name is PARK JI-HOON, general director', 'PARK JI-HOON'],
    ['Hi Ryan,\nSở LĐTBXH asked for more documents.', 'Ryan'],
    ['  Dear Anna Schmidt,\nplease find attached', 'Anna Schmidt'],
    ["Mr. Weber's office called", 'Weber'],
    // A Vietnamese title before a name no Vietnamese syllable list holds.
    ['Đại diện công ty: ông Zhang Wei (Tổng giám đốc)', 'Zhang Wei'],
    ['hộ chiếu mang tên ông Pierre Laurent, quốc tịch Pháp', 'Pierre Laurent'],
    ['Người đại diện theo pháp luật: ông Lin Chih-Wei, chức danh: Giám đốc', 'Lin Chih-Wei'],
    ['kết hôn với ông KIM MIN-JUN, quốc tịch Hàn Quốc', 'KIM MIN-JUN'],
    // The name under an English letter's sign-off.
    ['Please inform his family.\n\nBest regards,\nKenji Yamamoto\nSupervising Organization', 'Kenji Yamamoto'],
    ["Kind regards,\nJames O'Connor", "James O'Connor"],
  ])('%s', (text, name) => {
    expect(spans(text)).toEqual([name]);
    expect(names(text)).toContain(name);
  });

  it.each([
    'MS BHXH 0123456789', // mã số, not Ms
    'ms. 123 đã nhận',
    'Dear Sir/Madam,',
    'Dear PMU team,',
    'Dear Director,',
    'Hi all,',
    'Say hi Ryan, he said', // a greeting inside a sentence
    'Hi Ryan and team please call', // the greeting line goes on
    'I miss Hanoi a lot',
    'address: dr. unknown',
    // A place after a capitalised title, a Vietnamese name (the Vietnamese rules' own), an acronym after a given name.
    'Bà Nà Hills đông khách',
    'ông Nguyễn Văn An',
    'ghi rõ ông Lượng ĐKTT ở hẻm 51',
    // A team or an office signs.
    'Best regards,\nHR Team',
    'Kind regards,\nProject Management Unit',
    'Best regards,\nKenji Yamamoto and the Visa Team',
  ])('nothing in %s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
