import { describe, expect, it } from 'vitest';
import { BACKOFF_MAX_MS, backoffDelay, classify } from './retry.ts';

describe('classify', () => {
  it('retries network errors, 408, 429 and 5xx', () => {
    for (const s of ['network', 408, 429, 500, 502, 503] as const) expect(classify(s, 5)).toBe('retry');
  });
  it('accepts 2xx', () => {
    expect(classify(200, 5)).toBe('ok');
  });
  it('holds events when the agent address or token is wrong', () => {
    for (const s of [401, 403, 404]) expect(classify(s, 1)).toBe('hold');
  });
  it('splits a rejected batch, drops a rejected single event', () => {
    expect(classify(400, 10)).toBe('split');
    expect(classify(413, 2)).toBe('split');
    expect(classify(400, 1)).toBe('drop');
    expect(classify(422, 1)).toBe('drop');
  });
});

describe('backoffDelay', () => {
  it('grows exponentially with jitter between half and all of the ceiling', () => {
    expect(backoffDelay(1, () => 0)).toBe(1000);
    expect(backoffDelay(1, () => 1)).toBe(2000);
    expect(backoffDelay(3, () => 0)).toBe(4000);
    expect(backoffDelay(3, () => 1)).toBe(8000);
  });
  it('is capped', () => {
    expect(backoffDelay(40, () => 1)).toBe(BACKOFF_MAX_MS);
  });
  it('honours Retry-After as a floor', () => {
    expect(backoffDelay(1, () => 0, 30)).toBe(30_000);
  });
});
