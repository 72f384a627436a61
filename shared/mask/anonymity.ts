import type { FindingType } from '../detect/types.ts';

// interfaces.md §1: from everything the hub stores about a value (its type,
// its record mask and its tag), even with the agency key, the value must not
// narrow below 1,000 candidates. `candidateSpace` is the number of values
// consistent with the type and the record mask (the kept digits already
// removed), counted conservatively: where a structure is unconfirmed we
// assume the attacker knows it. A 16-bit tag divides that space by 65,536,
// which short identifiers cannot afford, so each type's tag keeps only as many
// of its 16 bits as the space allows (the rest are zero). The README carries
// the same arithmetic.

export const MIN_CANDIDATES = 1000;

/** Vietnamese mobile numbers after the trunk 0 (libphonenumber's VN pattern), last 2 digits known. */
const MOBILE_SPACE = (35 * 1e7 + 4 * 1e6 + 4 * 1e6 + 9 * 1e6) / 100;
/** Fixed lines: 63 area codes after 02, 7 subscriber digits, last 2 known. */
const LANDLINE_SPACE = (63 * 1e7) / 100;
/** CCCD: 63 province codes × 4 century/gender digits in use × 100 years × 10^6, last 2 known. */
const CCCD_SPACE = (63 * 4 * 100 * 1e6) / 100;
/** 10-digit tax code: 63 province prefixes × 10^7 free digits, last (free) digit and check digit known. */
const TAX10_SPACE = (63 * 1e7) / 10 / 11;
/** 10-digit BHXH number, assuming a 2-digit province prefix: 63 × 10^8, last 2 known. */
const BHXH_SPACE = (63 * 1e8) / 100;

export interface SpaceRule {
  /** Values consistent with the type and a record mask of this canonical length. */
  space(canonical: string): number;
  /** Why, in words, for the README and the test report. */
  why: string;
}

const constant = (n: number, why: string): SpaceRule => ({ space: () => n, why });

export const CANDIDATE_SPACE: Record<FindingType, SpaceRule> = {
  cccd: constant(CCCD_SPACE, '63 provinces × 4 century/gender × 100 years × 10^6 / 100 (last 2 shown)'),
  cmnd: constant((60 * 1e7) / 100, '9 digits, ~60 issuing-province prefixes assumed known: 60 × 10^7 / 100'),
  passport: constant(1e7 / 100, 'series letter assumed known, 7 digits: 10^7 / 100'),
  tax_code: {
    space: (c) => (c.length === 12 ? CCCD_SPACE : TAX10_SPACE),
    why: '10 digits: 63 prefixes × 10^7 / 10 (9th digit shown) / 11 (check digit shown); 12 digits: as cccd',
  },
  social_insurance: constant(BHXH_SPACE, '10 digits, 2-digit province prefix assumed: 63 × 10^8 / 100'),
  health_insurance: constant(BHXH_SPACE, 'the embedded 10-digit BHXH number alone: 63 × 10^8 / 100'),
  phone: {
    space: (c) => (c.length === 11 ? LANDLINE_SPACE : MOBILE_SPACE),
    why: 'mobile: ~3.67·10^8 valid national numbers / 100; landline: 63 area codes × 10^7 / 100',
  },
  email: constant(1e8, 'local parts drawn from names: ≥ 10^8 per domain (the domain is shown)'),
  bank_account: {
    space: (c) => 10 ** Math.max(0, c.length - 2),
    why: 'no public structure: 10^(length − 2)',
  },
  payment_card: {
    space: (c) => 10 ** Math.max(0, c.length - 9),
    why: 'BIN (6 digits) assumed known, last 2 shown, Luhn fixes one more: 10^(length − 9)',
  },
  license_plate: constant((65 * 20 * 1e5) / 100, '65 province codes × 20 series letters × 10^5 / 100'),
  driver_license: constant((63 * 1e10) / 100, '12 digits, 2-digit province prefix assumed: 63 × 10^10 / 100'),
  date_of_birth: {
    space: (c) => (c.length === 4 ? 131 : 131 * 365.25),
    why: 'dates 1900–2030: 47,848 (a bare year: 131, below the bound, so it gets no tag)',
  },
  person_name: constant(5e6, '≥ 100 surnames × 50 middle names × 1,000 given names'),
  address: constant(1e7, 'house numbers × streets × wards: ≥ 10^7'),
  location: constant(5.6e9, 'Vietnam at 4 decimals: 8° × 7° × 10^8'),
  id_card_image: constant(0, 'no value is tagged'),
  health: constant(0, 'a lexicon phrase: fewer than 1,000 values, so no tag'),
  religion: constant(0, 'a lexicon phrase: no tag'),
  ethnicity: constant(0, 'a lexicon phrase: no tag'),
  political_view: constant(0, 'a lexicon phrase: no tag'),
  criminal_record: constant(0, 'a lexicon phrase: no tag'),
  sexual_orientation: constant(0, 'a lexicon phrase: no tag'),
  biometric: constant(0, 'a lexicon phrase: no tag'),
  credential: constant(0, 'secrets are never tagged (a tag would allow offline guessing)'),
};

/** Informative bits of the tag for a value: enough to correlate, never below the bound. */
export function tagBits(type: FindingType, canonical: string): number {
  const space = CANDIDATE_SPACE[type].space(canonical);
  if (space < MIN_CANDIDATES * 2) return 0;
  return Math.min(16, Math.floor(Math.log2(space / MIN_CANDIDATES)));
}

// Canonical shapes, for callers that tag without saying the type: the tag
// then keeps the fewest bits of any type the value could be.
const SHAPES: [FindingType, RegExp][] = [
  ['cccd', /^0\d{11}$/],
  ['cmnd', /^\d{9}$/],
  ['passport', /^[A-Z]\d{7,8}$/],
  ['tax_code', /^\d{10}(\d{2,3})?$/],
  ['social_insurance', /^\d{10}$/],
  ['health_insurance', /^[A-Z]{2}\d{13}$/],
  ['phone', /^0\d{9,10}$/],
  ['email', /@/],
  ['bank_account', /^\d{6,19}$/],
  ['payment_card', /^\d{13,19}$/],
  ['license_plate', /^\d{2}[A-Z]{1,2}\d{4,6}$/],
  ['driver_license', /^\d{12}$/],
  ['date_of_birth', /^\d{4}(-\d{2}-\d{2})?$/],
  ['location', /^-?\d+\.\d{4},-?\d+\.\d{4}$/],
];

export function tagBitsForShape(canonical: string): number {
  let bits = 16;
  let matched = false;
  for (const [type, re] of SHAPES) {
    if (re.test(canonical)) {
      matched = true;
      bits = Math.min(bits, tagBits(type, canonical));
    }
  }
  // Free text could be a name, an address or a sensitive-topic phrase; the
  // last has too few values for any tag.
  return matched ? bits : 0;
}
