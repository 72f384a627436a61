import { describe, expect, it } from 'vitest';
import { newSecret } from './secret.ts';

describe('newSecret', () => {
  it('is 256 random bits a command line never mistakes for an option', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const secret = newSecret();
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      seen.add(secret);
    }
    expect(seen.size).toBe(2000);
  });
});
