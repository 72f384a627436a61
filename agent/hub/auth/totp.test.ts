import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, hotp, totp, verifyTotp } from './totp.ts';

// RFC 4226 Appendix D and RFC 6238 Appendix B test vectors (secret "12345678901234567890").
const SECRET = Buffer.from('12345678901234567890');

describe('TOTP (RFC 6238)', () => {
  it('matches the RFC 4226 HOTP vectors', () => {
    expect([0, 1, 2, 9].map((c) => hotp(SECRET, c))).toEqual(['755224', '287082', '359152', '520489']);
  });

  it('matches the RFC 6238 SHA-1 vector at T=59s (last 6 digits of 94287082)', () => {
    expect(totp(base32Encode(SECRET), new Date(59_000))).toBe('287082');
  });

  it('accepts one step of drift either side, not two', () => {
    const s = base32Encode(SECRET);
    const now = new Date(1_111_111_109_000);
    expect(verifyTotp(s, totp(s, new Date(now.getTime() - 30_000)), now)).toBe(true);
    expect(verifyTotp(s, totp(s, new Date(now.getTime() + 30_000)), now)).toBe(true);
    expect(verifyTotp(s, totp(s, new Date(now.getTime() - 90_000)), now)).toBe(false);
    expect(verifyTotp(s, 'abcdef', now)).toBe(false);
  });

  it('round-trips base32', () => {
    expect(base32Decode(base32Encode(SECRET)).equals(SECRET)).toBe(true);
  });
});
