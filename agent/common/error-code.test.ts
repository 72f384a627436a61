import { describe, expect, it } from 'vitest';
import { errorCode } from './error-code.ts';

describe('errorCode', () => {
  it('names a failure by its code or class, never by its message', () => {
    expect(errorCode(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED');
    expect(errorCode(new TypeError('fetch failed', { cause: { code: 'UND_ERR_SOCKET' } }))).toBe('UND_ERR_SOCKET');
    expect(errorCode(new SyntaxError('Unexpected token 0912345678'))).toBe('SyntaxError');
    expect(errorCode('boom')).toBe('error');
  });
});
