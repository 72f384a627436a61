// Secrets as people paste them: passwords in the usual shapes (word + year,
// word@digits) and API tokens with their vendors' prefixes.
import type { Rng } from './rng.ts';

const PASSWORD_WORDS = ['Hanoi', 'Matkhau', 'Thanhhoa', 'Lan', 'Tuan', 'Admin', 'Vneid', 'Mk', 'Abc', 'Qwe', 'Hoa', 'Minh', 'Sotp', 'Ubnd'];

export function password(rng: Rng): string {
  return rng.weighted<string>([
    [`${rng.pick(PASSWORD_WORDS)}@${rng.digits(rng.int(3, 6))}`, 4],
    [`${rng.pick(PASSWORD_WORDS).toLowerCase()}${rng.digits(4)}${rng.pick(['!', '#', '@', '$'])}`, 3],
    [`${rng.pick(PASSWORD_WORDS)}${rng.pick(PASSWORD_WORDS)}${rng.digits(2)}`, 2],
    [`${rng.pick(PASSWORD_WORDS)}#${rng.int(2020, 2026)}`, 2],
    [randomToken(rng, rng.int(10, 14)), 1],
  ]);
}

export function randomToken(rng: Rng, len: number): string {
  const chars = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  let s = '';
  for (let i = 0; i < len; i++) s += chars[rng.int(0, chars.length - 1)];
  return s;
}

export function apiToken(rng: Rng): string {
  return rng.pick(['sk_live_', 'ghp_', 'eyJhbGciOi', 'AKIA', 'xoxb-']) + randomToken(rng, rng.int(20, 32));
}
