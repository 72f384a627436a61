import { describe, expect, it } from 'vitest';
import { bearerToken, secretsEqual } from './bearer.ts';

describe('secretsEqual', () => {
  it('accepts the same secret and refuses any other', () => {
    expect(secretsEqual('s3cret-token', 's3cret-token')).toBe(true);
    expect(secretsEqual('s3cret-tokeN', 's3cret-token')).toBe(false);
    expect(secretsEqual('s3cret', 's3cret-token')).toBe(false);
  });
  it('never matches an empty expected secret', () => {
    expect(secretsEqual('', '')).toBe(false);
  });
});

describe('bearerToken', () => {
  it('extracts the token of a Bearer header', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
  });
  it('returns null for other schemes or garbage', () => {
    expect(bearerToken('Basic abc')).toBeNull();
    expect(bearerToken('Bearer')).toBeNull();
    expect(bearerToken(undefined)).toBeNull();
  });
});
