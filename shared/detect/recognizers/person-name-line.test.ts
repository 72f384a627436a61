import { describe, expect, it } from 'vitest';
import { rng } from '../seeded-random.ts';
import { createScanContext } from '../scan-context.ts';
import { opensLineSkipsForTests } from './person-name.ts';

// What a name could follow on its line: labels, heads, house numbers, streets
// and their lists, titles, a route's junction.
const BEFORE = [
  'Họ và tên: ', 'Họ tên - ', 'Người nhận\t', 'Bệnh viện ', 'BỆNH VIỆN NHÂN ', 'đường ', 'phố Hàng Mã, ', 'số 12 ', '12A ', '45/', '#3 ', 'No.12 ',
  'tuyến phố Hàng Mã, Lương Văn Can và ', 'lộ trình: ', 'nút giao Nguyễn Văn Linh – ', 'ông ', 'Công ty ', 'thôn ', ', ', '. ', ' ', '  ', '',
];
const NAMES = ['Nguyễn Văn An', 'Lê Lợi', 'Hà Nội', 'NGUYỄN THỊ HOA', 'An', 'Trần'];

describe('a name that opens its line (scoreName reads nothing before it)', () => {
  it('follows no label, head, house number or street', () => {
    const next = rng(17);
    for (let n = 0; n < 3000; n++) {
      const pick = (list: string[]) => list[Math.floor(next() * list.length)];
      // The line before, its break, then the name.
      const head = pick(BEFORE) + pick(NAMES) + pick(BEFORE);
      const lineBreak = pick(['\n', '\r', '\r\n', '']);
      const name = pick(NAMES);
      const text = `${lineBreak === '' ? '' : head + lineBreak}${name}\n`;
      const ctx = createScanContext(text);
      const start = text.length - name.length - 1;
      let end = start;
      while (end < text.length && /[\p{L}]/u.test(text[end])) end++;
      expect(opensLineSkipsForTests(ctx, start, end), JSON.stringify(text)).toEqual([false, null, null, false, false]);
    }
  });

  it('did follow them mid-line (the hook reads them)', () => {
    const text = 'tuyến phố Hàng Mã, Lương Văn Can';
    const ctx = createScanContext(text);
    expect(opensLineSkipsForTests(ctx, text.indexOf('Lương'), text.indexOf('Lương') + 5)[4]).toBe(true);
    const labelled = 'Họ và tên: Nguyễn Văn An';
    expect(opensLineSkipsForTests(createScanContext(labelled), 11, 17)[0]).toBe(true);
  });
});
