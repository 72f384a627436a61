// The public vocabulary of finding types (interfaces.md §2). Tools outside the
// repository rely on these strings: extend, never rename.
export const STRUCTURED_TYPES = [
  'cccd',
  'cmnd',
  'passport',
  'tax_code',
  'social_insurance',
  'health_insurance',
  'phone',
  'email',
  'bank_account',
  'payment_card',
  'license_plate',
  'driver_license',
  'date_of_birth',
] as const;

export const TOPIC_TYPES = [
  'health',
  'religion',
  'ethnicity',
  'political_view',
  'criminal_record',
  'sexual_orientation',
  'biometric',
] as const;

export const FINDING_TYPES = [
  ...STRUCTURED_TYPES,
  'person_name',
  'address',
  'location',
  'id_card_image',
  ...TOPIC_TYPES,
  'credential',
] as const;

export type FindingType = (typeof FINDING_TYPES)[number];
export type Category = 'basic' | 'sensitive';

// Decree 356/2025/NĐ-CP Art. 4: (i) ID-card images and e-ID credentials,
// (k) bank and card data, (h) location, (đ) biometrics, and the topics of
// (a)–(g) are sensitive; everything else here is basic data under Art. 3.
const SENSITIVE = new Set<FindingType>([
  'bank_account',
  'payment_card',
  'credential',
  'id_card_image',
  'location',
  ...TOPIC_TYPES,
]);

export function categoryOf(type: FindingType): Category {
  return SENSITIVE.has(type) ? 'sensitive' : 'basic';
}

export function isFindingType(value: string): value is FindingType {
  return (FINDING_TYPES as readonly string[]).includes(value);
}

/**
 * One detected value. `start`/`end` are UTF-16 offsets into the caller's
 * original string. `masked` is the record mask (safe to leave the page);
 * `displayMasked` is the display mask, for the person who typed it only.
 * Neither `explanation` nor any other field ever holds the raw value.
 */
export interface Finding {
  type: FindingType;
  category: Category;
  start: number;
  end: number;
  score: number;
  masked: string;
  displayMasked: string;
  explanation: string;
}
