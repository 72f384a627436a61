// Hard negatives: numbers and phrases that look like personal data but are
// not (interfaces.md §2): document numbers, codes, money, dates that are not
// birth dates, hotlines, bare years, 12-digit numbers with no valid province
// and no context, MSTs whose check digit is wrong.
import * as id from './identifiers.ts';
import type { Rng } from './rng.ts';
import { randomToken } from './secrets.ts';
import { decoy, type Seg } from './segments.ts';

const ISSUERS = ['UBND', 'QĐ-UBND', 'KH-UBND', 'BC-UBND', 'SYT-NVY', 'BHXH-TST', 'CV-VP', 'TB-UBND', 'TTr-STP', 'STTTT-CNTT', 'CAT-PC06', 'BCA-A05', 'BGDĐT-CNTT', 'BYT-KCB', 'UBND-KSTT', 'VPUBND-TTPVHCC'];
const LAW_KINDS = ['NĐ-CP', 'TT-BCA', 'QĐ-TTg', 'TT-BTTTT', 'QH15', 'TT-BYT', 'NQ-CP', 'TT-BTC'];

export function docNumber(rng: Rng): Seg {
  const y = rng.int(2016, 2026);
  return decoy('doc_number', rng.weighted<string>([
    [`${rng.int(1, 9999)}/${rng.pick(ISSUERS)}`, 4],
    [`${rng.int(1, 400)}/${y}/${rng.pick(LAW_KINDS)}`, 4],
    [`${rng.int(100, 9999)}/QĐ-${rng.pick(['UBND', 'BYT', 'SYT', 'BHXH', 'CT'])}`, 2],
    [`${rng.int(1, 99)}/${y}/QĐ-UBND`, 1],
    [`${rng.int(1000, 99999)}/${rng.pick(['BCA-A05', 'BTTTT-CATTT', 'VPCP-KSTT'])}`, 1],
  ]));
}

export function orderCode(rng: Rng): Seg {
  return decoy('order_code', rng.weighted<string>([
    [`${rng.pick(['DH', 'ĐH', 'SO', 'PO'])}${rng.digits(rng.int(6, 10))}`, 2],
    [`${rng.int(24, 26)}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${randomToken(rng, 6).toUpperCase()}`, 2],
    [`SPXVN0${rng.digits(11)}`, 1],
    [`GHN${randomToken(rng, 7).toUpperCase()}`, 1],
    [`VN${rng.digits(9)}VN`, 1],
    [`EB${rng.digits(9)}VN`, 1],
    [`FT${rng.digits(14)}`, 1],
    [`${rng.digits(7)}`, 1],
    [`1C${rng.int(23, 26)}T${randomToken(rng, 2).toUpperCase()}`, 1],
  ]));
}

export function serialOrImei(rng: Rng): Seg {
  return decoy('order_code', rng.weighted<string>([
    [`SN${randomToken(rng, 10).toUpperCase()}`, 2],
    [(() => { const b = '35' + rng.digits(12); return b + id.luhnCheck(b); })(), 2],
    [`${rng.pick(['C02', 'F17', 'R58'])}${randomToken(rng, 9).toUpperCase()}`, 1],
  ]));
}

export function money(rng: Rng): Seg {
  const n = rng.int(1, 900) * 10 ** rng.int(3, 7);
  const dotted = n.toLocaleString('de-DE');
  return decoy('money', rng.weighted<string>([
    [`${dotted} đồng`, 3],
    [`${dotted} VNĐ`, 2],
    [`${dotted} VND`, 1],
    [`${dotted}đ`, 2],
    [`${rng.int(1, 99)},${rng.int(1, 9)} triệu`, 1],
    [`${rng.int(1, 500)} triệu đồng`, 1],
    [`${rng.int(1, 20)} tỷ đồng`, 1],
    [`${n.toLocaleString('en-US')} VND`, 1],
    [`${n}`, 1],
  ]));
}

export function someDate(rng: Rng, yearFrom = 2019, yearTo = 2026): string {
  const d = rng.int(1, 28);
  const m = rng.int(1, 12);
  const y = rng.int(yearFrom, yearTo);
  return rng.weighted<string>([
    [`${d}/${m}/${y}`, 3],
    [`${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`, 3],
    [`${d} tháng ${m} năm ${y}`, 1],
    [`${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`, 1],
    [`${d}/${m}`, 1],
  ]);
}

export function meetingDate(rng: Rng): Seg {
  return decoy('meeting_date', someDate(rng));
}

export function issueDate(rng: Rng): Seg {
  return decoy('issue_date', someDate(rng, 2012, 2025));
}

export function timestamp(rng: Rng): Seg {
  const hh = String(rng.int(6, 22)).padStart(2, '0');
  const mi = String(rng.int(0, 59)).padStart(2, '0');
  const ss = String(rng.int(0, 59)).padStart(2, '0');
  const d = String(rng.int(1, 28)).padStart(2, '0');
  const m = String(rng.int(1, 12)).padStart(2, '0');
  const y = rng.int(2023, 2026);
  return decoy('timestamp', rng.weighted<string>([
    [`${hh}:${mi} ${d}/${m}/${y}`, 3],
    [`${d}/${m}/${y} ${hh}:${mi}:${ss}`, 2],
    [`${y}-${m}-${d}T${hh}:${mi}:${ss}Z`, 1],
    [`${y}-${m}-${d} ${hh}:${mi}:${ss}`, 1],
    [`${hh}h${mi} ngày ${d}/${m}`, 1],
    [`[${hh}:${mi}, ${d}/${m}/${y}]`, 1],
  ]));
}

export function hotline(rng: Rng): Seg {
  return decoy('hotline', rng.weighted<string>([
    [`1900 ${rng.digits(4)}`, 2],
    [`1900${rng.digits(4)}`, 1],
    [`1900.${rng.digits(4)}`, 1],
    [`1800 ${rng.digits(4)}`, 1],
    [`1800 ${rng.digits(4)} ${rng.digits(2)}`, 1],
    [`1900 ${rng.digits(3)} ${rng.digits(3)}`, 1],
    [rng.pick(['113', '114', '115', '111', '1022']), 1],
  ]));
}

export function bareYear(rng: Rng): Seg {
  return decoy('bare_year', String(rng.int(1945, 2030)));
}

export function badProvinceNumber(rng: Rng): Seg {
  return decoy('bad_province', id.cccdBadProvince(rng));
}

export function bareNumber(rng: Rng): Seg {
  // 8–11 digits with no context. A 10-digit one never starts like a phone and
  // never passes the MST check (that would make it a tax code by format alone).
  const len = rng.pick([9, 10, 8, 11]);
  let n: string;
  do n = String(rng.int(1, 9)) + rng.digits(len - 1);
  while (len === 10 && (/^84/.test(n) || id.isValidTaxCode(n)));
  return decoy('bare_number', n);
}

export function decoyDigits(rng: Rng, n: number): Seg {
  return decoy('bare_number', String(rng.int(1, 9)) + rng.digits(n - 1));
}

export function badTaxCode(rng: Rng): Seg {
  return decoy('bad_tax_code', id.taxCodeWrongCheck(rng));
}

/** Numbers already masked by the bank (SMS, receipts): only a few digits left, not a finding. */
export function maskedNumber(rng: Rng): Seg {
  return decoy('bare_number', rng.pick([
    `9704 ${rng.digits(2)}** **** ${rng.digits(4)}`,
    `${rng.digits(4)}xxxxxx${rng.digits(3)}`,
    `******${rng.digits(4)}`,
    `${rng.digits(3)}****${rng.digits(3)}`,
  ]));
}

/** Look-alikes of one identifier format each, in a context that says what they really are. */
export function productCode(rng: Rng): Seg {
  // One letter + 7 digits: the passport shape, here a catalogue or asset number.
  return decoy('order_code', rng.pick(['B', 'C', 'N', 'P', 'K', 'T']) + rng.digits(7));
}

export function contractNumber(rng: Rng): Seg {
  // 16 digits that fail Luhn: a card's length, not a card.
  for (;;) {
    const n = String(rng.int(1, 9)) + rng.digits(15);
    if (!id.luhnValid(n)) return decoy('bare_number', n);
  }
}

export function measurement(rng: Rng): Seg {
  // Two decimals side by side that are not coordinates (1–2 decimals, units).
  const a = (rng.int(100, 3000) / 100).toFixed(rng.int(1, 2));
  const b = (rng.int(1000, 15000) / 100).toFixed(rng.int(1, 2));
  return decoy('bare_number', rng.pick([`${a} x ${b} cm`, `${a}°C, ${b}%`, `${a}/${b}`]));
}
