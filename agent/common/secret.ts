import { randomBytes } from 'node:crypto';

/**
 * A fresh 256-bit secret as 64 hex digits. Hex, not base64url: one base64url
 * token in 64 starts with "-", and a command line then reads it as an option
 * (`agent enroll --token -x…` fails as "ambiguous").
 */
export const newSecret = () => randomBytes(32).toString('hex');
