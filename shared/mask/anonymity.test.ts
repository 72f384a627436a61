import { describe, expect, it } from 'vitest';
import { FINDING_TYPES, type FindingType } from '../detect/types.ts';
import { CANDIDATE_SPACE, MIN_CANDIDATES, tagBits, tagBitsForShape } from './anonymity.ts';
import { computeTag } from './tag.ts';
import { recordMask } from './masks.ts';
import { canonicalize } from './canonical.ts';

// A typical value of each type with its canonical length, as the hub sees it.
const SAMPLES: Partial<Record<FindingType, string[]>> = {
  cccd: ['038090012345'],
  cmnd: ['123456789'],
  passport: ['C1234567'],
  tax_code: ['0100109106', '0101248141-001', '038090012345'],
  social_insurance: ['0123456789'],
  health_insurance: ['HS4010120878811'],
  phone: ['0912345678', '02438251234'],
  email: ['an@gmail.com'],
  bank_account: ['123456', '12345678', '0011004123456', '1234567890123456789'],
  payment_card: ['4111111111111', '4111111111111111', '9704361234567890123'],
  license_plate: ['30A12345', '29B112345'],
  driver_license: ['012345678901'],
  date_of_birth: ['1990-05-12', '1990'],
  person_name: ['nguyễn văn an'],
  address: ['12 lê lợi, huế'],
  location: ['21.0285,105.8542'],
};

describe('anonymity bound (interfaces.md §1)', () => {
  for (const type of FINDING_TYPES) {
    it(`${type}: type + record mask + tag leave at least ${MIN_CANDIDATES} candidates, or reveal nothing`, () => {
      for (const value of SAMPLES[type] ?? ['x']) {
        const canonical = canonicalize(type, value);
        const space = CANDIDATE_SPACE[type].space(canonical);
        const bits = tagBits(type, canonical);
        expect(bits).toBeGreaterThanOrEqual(0);
        expect(bits).toBeLessThanOrEqual(16);
        if (bits === 0) continue; // a constant tag: nothing beyond type and mask is stored
        expect(space / 2 ** bits, `${type} ${value}: ${CANDIDATE_SPACE[type].why}`).toBeGreaterThanOrEqual(MIN_CANDIDATES);
      }
    });
  }

  it('counts only what the record mask hides: numbers show at most their last 2 digits', () => {
    for (const [type, values] of Object.entries(SAMPLES) as [FindingType, string[]][]) {
      for (const value of values) {
        const shown = recordMask(type, value).replace(/[^0-9A-Za-z]/g, '');
        if (type === 'email') continue; // the domain is shown and not counted in the space
        if (/^\[/.test(recordMask(type, value))) continue;
        expect(shown.length, `${type} ${value}`).toBeLessThanOrEqual(2);
      }
    }
  });

  it('untyped tags keep no more bits than any type the value could be', () => {
    expect(tagBitsForShape('0912345678')).toBeLessThanOrEqual(tagBits('phone', '0912345678'));
    expect(tagBitsForShape('123456789')).toBeLessThanOrEqual(tagBits('cmnd', '123456789'));
    expect(tagBitsForShape('ung thư')).toBe(0);
    expect(tagBitsForShape('038090012345')).toBe(16);
  });

  // An attack, run for real: with the key, enumerate every birth date of
  // 1900–2030 and keep those whose record mask and tag match the stored ones.
  it('a birth date tagged with the agency key still hides among ≥ 1,000 dates', async () => {
    const key = new Uint8Array(32).fill(9);
    const target = '1987-03-14';
    const storedTag = await computeTag(key, target, 'date_of_birth');
    const storedMask = recordMask('date_of_birth', '14/03/1987');
    const candidates: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
      candidates.push(new Date(t).toISOString().slice(0, 10));
    }
    let matching = 0;
    const batch = 2000;
    for (let i = 0; i < candidates.length; i += batch) {
      const tags = await Promise.all(candidates.slice(i, i + batch).map((d) => computeTag(key, d, 'date_of_birth')));
      for (let k = 0; k < tags.length; k++) {
        const [y, m, d] = candidates[i + k].split('-');
        if (tags[k] === storedTag && recordMask('date_of_birth', `${d}/${m}/${y}`) === storedMask) matching++;
      }
    }
    expect(matching).toBeGreaterThanOrEqual(MIN_CANDIDATES);
  }, 60_000);

  // The same attack on a passport series: 10^7 numbers, last two digits shown.
  it('a passport number tagged with the agency key still hides among ≥ 1,000 numbers', async () => {
    const key = new Uint8Array(32).fill(3);
    const target = 'C1234567';
    const storedTag = await computeTag(key, target, 'passport');
    const storedMask = recordMask('passport', target);
    let matching = 0;
    const batch = 5000;
    for (let i = 0; i < 100_000; i += batch) {
      const values = Array.from({ length: batch }, (_, k) => `C${String((i + k) * 100 + 67).padStart(7, '0')}`);
      const tags = await Promise.all(values.map((v) => computeTag(key, v, 'passport')));
      for (let k = 0; k < batch; k++) if (tags[k] === storedTag && recordMask('passport', values[k]) === storedMask) matching++;
    }
    expect(matching).toBeGreaterThanOrEqual(MIN_CANDIDATES);
  }, 60_000);
});
