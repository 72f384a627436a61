import { describe, expect, it } from 'vitest';
import { composedAlready, displayMask, masksAt, masksOf, recordMask } from './masks.ts';
import { plainCode } from '../detect/scan-context.ts';
import { FINDING_TYPES } from '../detect/types.ts';
import { canonicalize } from './canonical.ts';

describe('record and display masks (interfaces.md §1)', () => {
  it.each([
    ['cccd', '038090012345', '**********45', '038*******45'],
    ['cccd', '038 090 012 345', '**********45', '038*******45'],
    ['phone', '0912345678', '********78', '091*****78'],
    ['phone', '+84 912 345 678', '********78', '091*****78'],
    ['phone', '(+84) 912-345-678', '********78', '091*****78'],
    ['phone', '０９１２３４５６７８', '********78', '091*****78'],
    ['cmnd', '123456789', '*******89', '123****89'],
    ['passport', 'c1234567', '******67', 'C12***67'],
    ['health_insurance', 'HS 4 01 0120878811', '*************11', 'HS4**********11'],
    ['license_plate', '30A-123.45', '******45', '30A***45'],
    ['payment_card', '4111 1111 1111 1111', '**************11', '411***********11'],
    ['email', 'Nguyen.Van.An@Gmail.com', '***@gmail.com', 'n***@gmail.com'],
    ['date_of_birth', '12/05/1990', '**/**/****', '**/**/1990'],
    ['person_name', 'Nguyễn Văn Ánh', '[person_name]', 'N. V. Á.'],
    ['address', '12 Lê Lợi, Huế', '[address]', '[address]'],
    ['health', 'ung thư', '[health]', '[health]'],
    ['location', '21.0285, 105.8542', '[location]', '[location]'],
  ] as const)('%s %s → %s / %s', (type, value, record, display) => {
    expect(recordMask(type, value)).toBe(record);
    expect(displayMask(type, value)).toBe(display);
  });

  it('reads initials without normalizing only text NFC leaves as it is', () => {
    const kept: number[] = [];
    for (let c = 0; c < 0x2000; c++) if (c < 0xd800 && composedAlready(String.fromCharCode(c))) kept.push(c);
    // Each such character is its own NFC, and so is any two of them in a row.
    for (const a of kept) {
      for (const b of kept) {
        const pair = String.fromCharCode(a, b);
        if (pair.normalize('NFC') !== pair) expect.fail(`U+${a.toString(16)} U+${b.toString(16)}`);
      }
    }
    expect(composedAlready('Nguyễn Văn Ánh')).toBe(true);
    expect(composedAlready('Nguye\u0302\u0303n')).toBe(false);
    expect(displayMask('person_name', '\u00c1nh A\u0301nh')).toBe('Á. Á.');
  });

  it('never keeps more than the last two digits of a number in the record mask', () => {
    const value = '038090012345';
    const record = recordMask('cccd', value);
    expect(record.replace(/\*/g, '')).toBe('45');
  });
});

describe('canonical values', () => {
  it.each([
    ['phone', '+84 912 345 678', '0912345678'],
    ['phone', '84912345678', '0912345678'],
    ['phone', '(024) 3825 1234', '02438251234'],
    ['cccd', '038.090.012.345', '038090012345'],
    ['cccd', '038O90012345', '038090012345'],
    ['email', 'An@Gmail.COM', 'an@gmail.com'],
    ['license_plate', '29b1-123.45', '29B112345'],
    ['passport', 'c 1234567', 'C1234567'],
    ['date_of_birth', '12/5/1990', '1990-05-12'],
    ['date_of_birth', '1990-05-12', '1990-05-12'],
    ['date_of_birth', '3/7/92', '1992-07-03'],
    ['date_of_birth', '12 tháng 5 năm 1990', '1990-05-12'],
    ['date_of_birth', '1985', '1985'],
    ['date_of_birth', 'May 12, 1990', '1990-05-12'],
    ['date_of_birth', '3-Jan-1985', '1985-01-03'],
    ['location', '21.0285, 105.8542', '21.0285,105.8542'],
    ['location', '21°01\'42"N 105°51\'15"E', '21.0283,105.8542'],
    ['person_name', 'NGUYỄN  Văn An', 'nguyễn văn an'],
  ] as const)('%s %s → %s', (type, raw, canonical) => {
    expect(canonicalize(type, raw)).toBe(canonical);
  });
});

describe('masksOf', () => {
  it('gives the same masks as recordMask and displayMask for every type (it skips unused canonical forms)', () => {
    const values = ['038190012345', '+84 912 345 678', 'Nguyễn Văn An', 'an.nguyen@Gmail.com', '12/05/1990', '1990', '30A-123.45', '21.0285, 105.8542', 'số 12 đường Lê Lợi', 'Ubnd@539', ' x '];
    for (const type of FINDING_TYPES) {
      for (const value of values) {
        expect(masksOf(type, value)).toEqual({ record: recordMask(type, value), display: displayMask(type, value) });
      }
    }
  });
});

describe('masksAt', () => {
  it('gives masksOf\'s masks for every type, a number\'s read from its shape in place', () => {
    const values = [
      '038190012345', '038O90012345', '03819OO12345', 'l38190012345', '+84 912 345 678', '84912345678', '840912345678', '8409123456789',
      '849123456789', '84012345678', '(024) 3825 1234', '０９１２３４５６７８', '0912-345-678', '0912i4567I', '12345', '123456', '1234', '84 1', '',
      '30A-123.45', '29b1-123.45', 'C1234567', 'c1234567', 'HS 4 01 0120878811', 'AB', 'ABCDEF', 'A\u00a0BCDEF', 'Nguyễn Văn An',
      'an.nguyen@Gmail.com', '12/05/1990', '1990', '21.0285, 105.8542', 'số 12 đường Lê Lợi', 'Ubnd@539', ' x ', '8'.repeat(200),
      'Nguye\u0302\u0303n Văn', '\ud835\udc9cnh \ud835\udc9c', ' Lê  Thị\u00a0Hà ',
    ];
    for (const type of FINDING_TYPES) {
      for (const value of values) {
        const text = `ab ${value}\tcd`;
        const masks = masksAt(type, text, 3, 3 + value.length);
        expect({ ...masks }, `${type} ${value}`).toEqual(masksOf(type, value));
      }
    }
  });
});

describe('name initials', () => {
  it('equal the split-and-spread reading on random names', () => {
    const reference = (value: string) =>
      value
        .normalize('NFC')
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => `${[...w][0].toUpperCase()}.`)
        .join(' ');
    const pieces = ['Nguyễn', 'văn', 'ánh', 'e\u0301', 'ß', 'ǆ', '𝒜bc', '\ud835', 'x', ' ', '  ', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '\u200b', 'İ', 'ﬀ',
      '\u1680', '\u2000', '\u200a', '\u2029', '\u202f', '\u205f', '\v', '\f', '\r', '\n', '\u0085', '\u180e', '\u00ad', '\uff00'];
    let seed = 17;
    const next = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let k = 0; k < 3000; k++) {
      let value = '';
      for (let i = next(7); i >= 0; i--) value += pieces[next(pieces.length)];
      expect(displayMask('person_name', value)).toBe(reference(value));
      // masksAt reads them in place, in one walk with composedAlready's test.
      expect(masksAt('person_name', `x ${value}`, 2, 2 + value.length).display).toBe(reference(value));
    }
  });

  it('read ASCII white space as \\s does, without the fold table', () => {
    // isSpace's ASCII branch: no unit below 0x80 but the space folds to one.
    for (let c = 0; c < 0x80; c++) expect(plainCode(c) === 32, String(c)).toBe(c === 32);
  });
});
