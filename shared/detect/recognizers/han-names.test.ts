import { describe, expect, it } from 'vitest';
import { createScanContext } from '../scan-context.ts';
import { hanNames } from './han-names.ts';
import { detect } from '../index.ts';

const spans = (text: string) => hanNames(createScanContext(text)).map((c) => text.slice(c.start, c.end));
const names = (text: string) => detect(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end));

describe('Chinese names in Han characters', () => {
  it.each([
    ['- Bên nam: Hoàng Kiến Hoa (黄建华), quốc tịch Trung Quốc', '黄建华'],
    ['Họ, chữ đệm, tên người vợ: LƯƠNG HIỂU ĐÌNH (梁晓婷)', '梁晓婷'],
    ['姓名/Name 黄美玲\nHUANG, MEILING', '黄美玲'],
    ['{"full_name": "ZHANG WEIDONG", "name_cn": "张卫东", "sex": "M"}', '张卫东'],
    ['Họ tên: HUANG ZHIQIANG (tên tiếng Trung: 黄志强)', '黄志强'],
    ['Người điều khiển: Wei Guoliang / 韦国良', '韦国良'],
    // Traditional characters.
    ['ông Trần Chí Minh (陳志明), quốc tịch Đài Loan', '陳志明'],
  ])('%s', (text, name) => {
    expect(spans(text)).toEqual([name]);
    expect(names(text)).toContain(name);
  });

  it.each([
    // Words, places and a notice: no surname first, no name before or label.
    '国籍/Nationality 中国/CHINESE',
    '出生地点/Place of birth 广西/GUANGXI',
    '护照 PASSPORT\n类型/Type P',
    '因中越双方边境联检部门进行系统升级，友谊关口岸旅客通道将于2024年12月10日暂停通关。',
    'Date: 2024年6月20日(木) 15:02',
    // A surname's character opening a word, with nothing naming a person.
    'Mặt hàng: 金属 (kim loại), 安全 (an toàn)',
    'Biển số phương tiện: 桂F·A5831',
    // One character, or a run too long for a name.
    'ông Lý (李) đến',
    'Cơ quan cấp: 国家移民管理局',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});
