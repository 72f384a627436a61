import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password.ts';

describe('scrypt password hashes', () => {
  it('verifies the right password only, and never stores it', async () => {
    const h = await hashPassword('đúng-mật-khẩu-123');
    expect(h.startsWith('scrypt$32768$8$1$')).toBe(true);
    expect(h).not.toContain('mật-khẩu');
    expect(await verifyPassword('đúng-mật-khẩu-123', h)).toBe(true);
    expect(await verifyPassword('sai-mật-khẩu-123', h)).toBe(false);
  });

  it('salts: the same password hashes differently', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });
});
