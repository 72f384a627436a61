// Makers of valid synthetic identifiers, following the formats in the
// project's legal reference (Circular 07/2016 province codes, the MST check
// digit, BHYT structure, NAPAS BINs, post-2018 mobile prefixes). A number that
// fails its own format is a decoy and is made by the *invalid* makers below.
import type { Rng } from './rng.ts';

export const PROVINCE_CODES = [
  '001', '002', '004', '006', '008', '010', '011', '012', '014', '015', '017', '019', '020', '022', '024', '025',
  '026', '027', '030', '031', '033', '034', '035', '036', '037', '038', '040', '042', '044', '045', '046', '048',
  '049', '051', '052', '054', '056', '058', '060', '062', '064', '066', '067', '068', '070', '072', '074', '075',
  '077', '079', '080', '082', '083', '084', '086', '087', '089', '091', '092', '093', '094', '095', '096',
] as const;

const PROVINCE_SET = new Set<string>(PROVINCE_CODES);

export function isValidProvince(code: string): boolean {
  return PROVINCE_SET.has(code);
}

/** A birth year weighted toward working-age adults, with some children and elders. */
export function birthYear(rng: Rng): number {
  const [lo, hi] = rng.weighted<readonly [number, number]>([
    [[1945, 1964], 2],
    [[1965, 1984], 4],
    [[1985, 2004], 5],
    [[2005, 2020], 2],
  ]);
  return rng.int(lo, hi);
}

export function cccd(rng: Rng, year = birthYear(rng)): string {
  const female = rng.chance(0.5);
  const century = year >= 2000 ? (female ? 3 : 2) : female ? 1 : 0;
  // Hà Nội, TP HCM and the big provinces issue most cards.
  const province = rng.chance(0.35) ? rng.pick(['001', '079', '038', '040', '036', '034', '031']) : rng.pick(PROVINCE_CODES);
  return `${province}${century}${String(year % 100).padStart(2, '0')}${rng.digits(6)}`;
}

/** 12 digits whose first three are not a province code (a decoy without context). */
export function cccdBadProvince(rng: Rng): string {
  let code: string;
  do code = String(rng.int(97, 999)).padStart(3, '0');
  while (PROVINCE_SET.has(code));
  return code + rng.digits(9);
}

export function cmnd(rng: Rng): string {
  // Old 9-digit ID cards; the first two digits loosely track the issuing province.
  return rng.pick(['0', '1', '2', '3']) + rng.digits(8);
}

export function passport(rng: Rng): string {
  return rng.pick(['B', 'C', 'C', 'C', 'N', 'P']) + rng.digits(7);
}

const MST_WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export function mstCheckDigit(first9: string): number | null {
  const sum = MST_WEIGHTS.reduce((s, w, i) => s + w * Number(first9[i]), 0);
  const check = 10 - (sum % 11);
  return check === 10 ? null : check; // a code whose check would be 10 is never issued
}

export function taxCode(rng: Rng): string {
  for (;;) {
    const first9 = rng.pick(['01', '02', '03', '04', '05', '08', '23', '28', '31', '36', '37', '42', '47', '60', '80']) + rng.digits(7);
    const check = mstCheckDigit(first9);
    if (check !== null) return first9 + check;
  }
}

export function taxCodeWrongCheck(rng: Rng): string {
  const valid = taxCode(rng);
  const wrong = (Number(valid[9]) + rng.int(1, 9)) % 10;
  return valid.slice(0, 9) + wrong;
}

export function isValidTaxCode(code: string): boolean {
  const digits = code.replace(/-\d{3}$/, '');
  if (!/^\d{10}$/.test(digits)) return false;
  return mstCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

export function socialInsurance(rng: Rng, province = rng.pick(PROVINCE_CODES)): string {
  return province.slice(1) + rng.digits(8);
}

const BHYT_BENEFICIARY = [
  'DN', 'HX', 'CH', 'NN', 'HC', 'XK', 'HT', 'TB', 'CC', 'CK', 'CB', 'HD', 'TE', 'HN', 'DT', 'GD', 'HS', 'SV', 'GB', 'XN', 'BT', 'TS', 'CN',
];

export function healthInsurance(rng: Rng): string {
  const province = rng.pick(PROVINCE_CODES).slice(1);
  return rng.pick(BHYT_BENEFICIARY) + String(rng.int(1, 5)) + province + socialInsurance(rng);
}

const MOBILE_PREFIXES = [
  '032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098', // Viettel
  '081', '082', '083', '084', '085', '088', '091', '094', // VinaPhone
  '070', '076', '077', '078', '079', '089', '090', '093', // MobiFone
  '052', '056', '058', '092', '059', '099',
];

// Prefixes whose next digit is restricted (libphonenumber's VN mobile pattern).
const NEXT_DIGIT: Record<string, string> = { '052': '238', '089': '6789', '099': '013456789' };

export function mobile(rng: Rng): string {
  const prefix = rng.pick(MOBILE_PREFIXES);
  const next = NEXT_DIGIT[prefix];
  return next ? prefix + rng.pick([...next]) + rng.digits(6) : prefix + rng.digits(7);
}

const LANDLINE_AREAS = ['024', '028', '0236', '0237', '0225', '0238', '0234', '0292', '0251', '0274', '0228', '0258'];

export function landline(rng: Rng): string {
  const area = rng.pick(LANDLINE_AREAS);
  // Hà Nội and HCMC numbers continue with 2–8 / 2–9 (never 0 or 1).
  const lead = area === '024' ? rng.pick([...'2345678']) : area === '028' ? rng.pick([...'234567']) : rng.pick([...'23456789']);
  return area + lead + rng.digits(10 - area.length);
}

export function luhnCheck(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let n = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return (10 - (sum % 10)) % 10;
}

export function luhnValid(num: string): boolean {
  return luhnCheck(num.slice(0, -1)) === Number(num[num.length - 1]);
}

const NAPAS_BINS = ['970436', '970415', '970418', '970405', '970407', '970422', '970416', '970432', '970423', '970403', '970437', '970441', '970443', '970426'];

export function paymentCard(rng: Rng): string {
  const kind = rng.weighted<string>([['napas', 5], ['visa', 3], ['master', 2], ['jcb', 1]]);
  const prefix =
    kind === 'napas' ? rng.pick(NAPAS_BINS) : kind === 'visa' ? '4' + rng.digits(5) : kind === 'master' ? '5' + rng.int(1, 5) + rng.digits(4) : '35' + rng.int(28, 89) + rng.digits(2);
  const length = kind === 'napas' && rng.chance(0.2) ? 19 : 16;
  const body = prefix + rng.digits(length - prefix.length - 1);
  return body + luhnCheck(body);
}

const BANKS: readonly (readonly [string, number])[] = [
  ['Vietcombank', 13], ['VietinBank', 12], ['BIDV', 14], ['Agribank', 13], ['Techcombank', 14], ['MB', 13],
  ['ACB', 9], ['VPBank', 9], ['TPBank', 11], ['Sacombank', 12], ['HDBank', 12], ['VIB', 15], ['SHB', 10], ['MSB', 14],
];

export function bankAccount(rng: Rng): { bank: string; number: string } {
  const [bank, len] = rng.pick(BANKS);
  const first = bank === 'Agribank' ? rng.pick(['1', '2', '3', '4', '5', '7']) : String(rng.int(1, 9));
  return { bank, number: first + rng.digits(len - 1) };
}

// Plate letters exclude I, J, O, Q, W (never issued).
const PLATE_LETTERS = 'ABCDEFGHKLMNPRSTUVXYZ';
const PLATE_PROVINCES = ['29', '30', '31', '33', '40', '51', '59', '61', '36', '37', '14', '15', '43', '92', '65', '88', '99', '72', '47', '38', '34', '18', '20', '26', '50', '60'];

export function licensePlate(rng: Rng): string {
  const province = rng.pick(PLATE_PROVINCES);
  const letter = rng.pick([...PLATE_LETTERS]);
  const serial = () => `${rng.digits(3)}.${rng.digits(2)}`;
  const style = rng.weighted<string>([['car', 4], ['bike', 4], ['car4', 1], ['bike2', 1], ['compact', 2], ['bikecompact', 1]]);
  switch (style) {
    case 'car':
      return `${province}${letter}-${serial()}`;
    case 'car4':
      return `${province}${letter}-${rng.digits(4)}`;
    case 'bike':
      return `${province}${letter}${rng.int(1, 9)}-${serial()}`;
    case 'bike2':
      return `${province}-${letter}${rng.int(1, 9)} ${serial()}`;
    case 'compact':
      return `${province}${letter}${rng.digits(5)}`;
    default:
      return `${province}${letter}${rng.int(1, 9)}${rng.digits(5)}`;
  }
}

export function driverLicense(rng: Rng): string {
  // 12 digits since 2012; the first digits follow the issuing province.
  return rng.pick(PROVINCE_CODES).slice(1) + rng.digits(10);
}

export interface Dob {
  day: number;
  month: number;
  year: number;
}

export function dob(rng: Rng, year = birthYear(rng)): Dob {
  return { day: rng.int(1, 28), month: rng.int(1, 12), year };
}

export function gps(rng: Rng): string {
  // Points inside Vietnam's bounding box, 5–7 decimals as phones share them.
  const lat = 8.6 + rng.next() * (23.3 - 8.6);
  const lon = 102.2 + rng.next() * (109.4 - 102.2);
  const dp = rng.int(5, 7);
  return rng.weighted<string>([
    [`${lat.toFixed(dp)}, ${lon.toFixed(dp)}`, 5],
    [`${lat.toFixed(dp)},${lon.toFixed(dp)}`, 2],
    [`${lat.toFixed(4)}° N, ${lon.toFixed(4)}° E`, 1],
    [`${lat.toFixed(dp)} ${lon.toFixed(dp)}`, 1],
  ]);
}
