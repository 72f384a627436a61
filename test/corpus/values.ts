// Labelled values as segments: a person bundle (so one text's name, birth
// date, CCCD and e-mail agree with each other) and one maker per span type.
import * as fmt from './formats.ts';
import * as id from './identifiers.ts';
import { address, hometown } from './addresses.ts';
import { personName, type PersonName } from './names.ts';
import type { Rng } from './rng.ts';
import * as secret from './secrets.ts';
import { span, type Seg } from './segments.ts';
import { stripDiacritics } from './variants.ts';

export interface Person {
  name: PersonName;
  year: number;
  dob: id.Dob;
  cccd: string;
  phone: string;
  email: string;
}

const MAIL_DOMAINS = ['gmail.com', 'gmail.com', 'gmail.com', 'yahoo.com', 'yahoo.com.vn', 'outlook.com', 'hotmail.com', 'icloud.com'];
const GOV_DOMAINS = ['thanhhoa.gov.vn', 'hanam.gov.vn', 'hanoi.gov.vn', 'nghean.gov.vn', 'binhdinh.gov.vn', 'moh.gov.vn', 'mps.gov.vn', 'namdinh.gov.vn', 'vss.gov.vn'];

function emailFor(rng: Rng, name: PersonName, year: number): string {
  const words = stripDiacritics(name.full).toLowerCase().split(' ');
  const given = words[words.length - 1];
  const initials = words.slice(0, -1).map((w) => w[0]).join('');
  const local = rng.weighted<string>([
    [words.join('') + String(year % 100).padStart(2, '0'), 3],
    [`${given}${initials}`, 2],
    [`${given}.${initials}`, 2],
    [words.join('.'), 1],
    [`${given}${rng.int(1, 999)}`, 2],
    [`${words.join('')}${rng.pick(['_', '.'])}${rng.pick(['hn', 'th', 'vn', 'dev'])}`, 1],
  ]);
  const gov = rng.chance(0.3);
  return `${local}@${gov ? rng.pick(GOV_DOMAINS) : rng.pick(MAIL_DOMAINS)}`;
}

export function makePerson(rng: Rng, female?: boolean): Person {
  const name = personName(rng, female);
  const year = id.birthYear(rng);
  return {
    name,
    year,
    dob: id.dob(rng, year),
    cccd: id.cccd(rng, year),
    phone: id.mobile(rng),
    email: emailFor(rng, name, year),
  };
}

export type NameStyle = 'as_is' | 'upper' | 'ascii' | 'ascii_lower' | 'ascii_upper';

function styleName(full: string, style: NameStyle): string {
  switch (style) {
    case 'upper':
      return full.toUpperCase();
    case 'ascii':
      return stripDiacritics(full);
    case 'ascii_lower':
      return stripDiacritics(full).toLowerCase();
    case 'ascii_upper':
      return stripDiacritics(full).toUpperCase();
    default:
      return full;
  }
}

export interface Values {
  rng: Rng;
  person(female?: boolean): Person;
  /** A young child (birth year within the last six years). */
  childPerson(): Person;
  name(p: Person | PersonName, style?: NameStyle): Seg;
  given(p: Person | PersonName, style?: NameStyle): Seg;
  cccd(p?: Person, formatted?: boolean): Seg;
  cmnd(): Seg;
  passport(): Seg;
  taxCode(branch?: boolean): Seg;
  personalTaxCode(p?: Person): Seg;
  socialInsurance(): Seg;
  healthInsurance(): Seg;
  phone(p?: Person, formatted?: boolean): Seg;
  landline(): Seg;
  email(p?: Person): Seg;
  bankAccount(): { bank: string; seg: Seg };
  card(): Seg;
  plate(): Seg;
  driverLicense(): Seg;
  dob(p?: Person, formatted?: boolean): Seg;
  birthYear(p?: Person): Seg;
  address(opts?: Parameters<typeof address>[1]): Seg;
  hometown(): Seg;
  /** A village address said in passing: "thon 3 xa yen lam huyen yen mo". */
  rural(): Seg;
  location(): Seg;
  password(): Seg;
  token(): Seg;
}

export function makeValues(rng: Rng): Values {
  const nameOf = (p: Person | PersonName): PersonName => ('name' in p ? p.name : p);
  return {
    rng,
    person: (female) => makePerson(rng, female),
    childPerson: () => {
      const p = makePerson(rng);
      const year = rng.int(2020, 2025);
      return { ...p, year, dob: id.dob(rng, year), cccd: id.cccd(rng, year) };
    },
    name: (p, style = 'as_is') => span('person_name', styleName(nameOf(p).full, style)),
    given: (p, style = 'as_is') => span('person_name', styleName(nameOf(p).given, style)),
    cccd: (p, formatted = true) => {
      const n = p?.cccd ?? id.cccd(rng);
      return span('cccd', formatted ? fmt.formatCccd(rng, n) : n);
    },
    cmnd: () => span('cmnd', id.cmnd(rng)),
    passport: () => span('passport', id.passport(rng)),
    taxCode: (branch = rng.chance(0.1)) => span('tax_code', id.taxCode(rng) + (branch ? `-${String(rng.int(1, 30)).padStart(3, '0')}` : '')),
    personalTaxCode: (p) => span('tax_code', p?.cccd ?? id.cccd(rng)),
    socialInsurance: () => span('social_insurance', id.socialInsurance(rng)),
    healthInsurance: () => span('health_insurance', fmt.formatBhyt(rng, id.healthInsurance(rng))),
    phone: (p, formatted = true) => {
      const n = p?.phone ?? id.mobile(rng);
      return span('phone', formatted ? fmt.formatPhone(rng, n) : n);
    },
    landline: () => span('phone', fmt.formatLandline(rng, id.landline(rng))),
    email: (p) => span('email', p?.email ?? emailFor(rng, personName(rng), id.birthYear(rng))),
    bankAccount: () => {
      const acct = id.bankAccount(rng);
      return { bank: acct.bank, seg: span('bank_account', fmt.formatBankAccount(rng, acct.number)) };
    },
    card: () => span('payment_card', fmt.formatCard(rng, id.paymentCard(rng))),
    plate: () => span('license_plate', id.licensePlate(rng)),
    driverLicense: () => span('driver_license', id.driverLicense(rng)),
    dob: (p, formatted = true) => {
      const d = p?.dob ?? id.dob(rng);
      const dd = String(d.day).padStart(2, '0');
      const mm = String(d.month).padStart(2, '0');
      return span('date_of_birth', formatted ? fmt.formatDate(rng, d) : `${dd}/${mm}/${d.year}`);
    },
    birthYear: (p) => span('date_of_birth', String(p?.year ?? id.birthYear(rng))),
    address: (opts) => span('address', address(rng, opts)),
    hometown: () => span('address', hometown(rng)),
    rural: () => span('address', stripDiacritics(address(rng, { rural: true, short: false, twoLevel: rng.chance(0.3) })).replace(/,| -/g, '').toLowerCase()),
    location: () => span('location', id.gps(rng)),
    password: () => span('credential', secret.password(rng)),
    token: () => span('credential', secret.apiToken(rng)),
  };
}
