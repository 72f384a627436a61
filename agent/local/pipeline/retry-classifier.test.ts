import { describe, expect, it } from 'vitest';
import { backoffDelay, classify, parseRetryAfter, type Verdict } from './retry-classifier.ts';

describe('classify', () => {
  const table: [string, { status?: number; error?: unknown }, Verdict][] = [
    ['200 acknowledged', { status: 200 }, 'ok'],
    ['202 acknowledged', { status: 202 }, 'ok'],
    ['204 acknowledged', { status: 204 }, 'ok'],
    ['connection refused', { error: new Error('ECONNREFUSED') }, 'retry'],
    ['408 timeout', { status: 408 }, 'retry'],
    ['429 too many', { status: 429 }, 'retry'],
    ['500', { status: 500 }, 'retry'],
    ['502', { status: 502 }, 'retry'],
    ['503', { status: 503 }, 'retry'],
    ['504', { status: 504 }, 'retry'],
    ['302 redirect', { status: 302 }, 'retry'],
    ['401 bad token', { status: 401 }, 'auth'],
    ['403 forbidden', { status: 403 }, 'auth'],
    ['413 too large', { status: 413 }, 'shrink'],
    ['400 bad batch', { status: 400 }, 'reject'],
    ['404 wrong path', { status: 404 }, 'reject'],
    ['409 conflict', { status: 409 }, 'reject'],
    ['422 invalid', { status: 422 }, 'reject'],
  ];
  it.each(table)('%s', (_name, outcome, verdict) => {
    expect(classify(outcome)).toBe(verdict);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, scaled by the jitter', () => {
    const opts = { baseMs: 100, capMs: 1000 };
    expect(backoffDelay(0, opts, () => 0.999)).toBe(99);
    expect(backoffDelay(3, opts, () => 0.5)).toBe(400);
    expect(backoffDelay(20, opts, () => 0.5)).toBe(500);
    expect(backoffDelay(5, opts, () => 0)).toBe(0);
  });
  it('treats Retry-After as a floor, still under the cap', () => {
    const opts = { baseMs: 100, capMs: 10_000 };
    expect(backoffDelay(0, opts, () => 0, 3000)).toBe(3000);
    expect(backoffDelay(0, opts, () => 0, 60_000)).toBe(10_000);
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('5', 0)).toBe(5000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
