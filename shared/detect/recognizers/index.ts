import type { Recognizer } from '../recognizer.ts';
import { cccd } from './cccd.ts';
import { cmnd } from './cmnd.ts';
import { passport } from './passport.ts';
import { taxCode } from './tax-code.ts';
import { socialInsurance } from './social-insurance.ts';
import { healthInsurance } from './health-insurance.ts';
import { phone } from './phone.ts';
import { email } from './email.ts';
import { bankAccount } from './bank-account.ts';
import { paymentCard } from './payment-card.ts';
import { licensePlate } from './license-plate.ts';
import { driverLicense } from './driver-license.ts';
import { dateOfBirth } from './date-of-birth.ts';
import { location } from './location.ts';
import { personNameRecognizer } from './person-name.ts';
import { addressRecognizer } from './address.ts';
import { topicRecognizers } from './topics/index.ts';
import { credentialRecognizer } from './credential.ts';
import { mrz } from './mrz.ts';

/**
 * Every recognizer the engine runs, in tie-break order (on equal scores for
 * the same span the earlier one wins: a plain 12-digit number stays cccd).
 */
export const RECOGNIZERS: Recognizer[] = [
  // Structured identifiers (engine core).
  cccd,
  cmnd,
  passport,
  taxCode,
  socialInsurance,
  healthInsurance,
  phone,
  email,
  bankAccount,
  paymentCard,
  licensePlate,
  driverLicense,
  dateOfBirth,
  location,
  mrz,
  // Soft recognizers (person names, addresses, sensitive topics, credentials)
  // are appended below by their own module owner.
  personNameRecognizer,
  addressRecognizer,
  ...topicRecognizers,
  credentialRecognizer,
];
