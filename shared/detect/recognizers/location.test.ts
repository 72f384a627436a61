import { describe, expect, it } from 'vitest';
import { expectFound, expectNotFound, type Row } from '../testing.ts';
import { detect } from '../engine.ts';

const positives: Row[] = [
  ['Tọa độ: 21.0285, 105.8542', '21.0285, 105.8542'],
  ['vị trí 10.7769,106.7009', '10.7769,106.7009'],
  ['21°01\'42"N 105°51\'15"E', '21°01\'42"N 105°51\'15"E'],
  ['GPS: -33.8688, 151.2093', '-33.8688, 151.2093'],
  // A table's latitude and longitude columns: a coordinate per cell.
  ['Mốc\tVĩ độ\tKinh độ\nM1\t21.05394\t105.99618', '21.05394'],
  ['Mốc\tVĩ độ\tKinh độ\nM1\t21.05394\t105.99618', '105.99618'],
  // A boat's report: degrees and minutes joined by a dash; decimals with their hemispheres.
  ["đang câu mực tại vị trí 16°05'N – 111°32'E thì", "16°05'N – 111°32'E"],
  ['trôi dạt tại vị trí 15.6542 N – 111.2310 E, đang được lai dắt', '15.6542 N – 111.2310 E'],
];

const negatives: Row[] = [
  ['phiên bản 21.0285, 105.8542', '21.0285, 105.8542'],
  ['giá 21.028, 105.854', '21.028, 105.854'],
  ['tỷ lệ 1.5, 2.5', '1.5, 2.5']
];

describe('location', () => {
  it.each(positives)('finds %s', (text, value) => expectFound('location', [text, value]));
  it.each(negatives)('does not report %s', (text, value) => expectNotFound('location', [text, value]));
});

describe('degree pairs among degree signs', () => {
  it('finds every planted pair, and only those, however dense the signs around it (the next-sign search)', () => {
    let seed = 17;
    const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const pairs = ['21°01\'42"N 105°51\'15"E', '15.3828° N, 108.2468° E', '10°46\'12"N 106°42\'05"E'];
    const noise = ['1°', '°', '12°', ' ', '1.5°', 'x°y', '°°', '7', '\n'];
    for (let k = 0; k < 200; k++) {
      let text = '';
      const planted: string[] = [];
      for (let i = 0; i < 40; i++) {
        if (next() < 0.05) {
          const pair = pairs[Math.floor(next() * pairs.length)];
          text += ` tọa độ ${pair} `;
          planted.push(pair);
        } else text += noise[Math.floor(next() * noise.length)];
      }
      const found = detect(text).filter((f) => f.type === 'location').map((f) => text.slice(f.start, f.end));
      expect(found, text).toEqual(planted);
    }
  });
});
