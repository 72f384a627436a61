import type { MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

export interface RateLimitOptions {
  /** Requests allowed per minute per client (also the burst). */
  perMinute: number;
  now?: () => number;
}

/**
 * A token bucket per client. Every caller is on this machine, so a client is
 * told apart by its Origin (the extension) or its absence (CLI, Prometheus);
 * a runaway content script cannot starve `agent status`.
 */
export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const capacity = options.perMinute;
  const refillPerMs = options.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    const key = c.req.header('origin') ?? 'local';
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: capacity, at: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + (t - bucket.at) * refillPerMs);
    bucket.at = t;
    if (buckets.size > 1000) buckets.clear();
    buckets.set(key, bucket);
    if (bucket.tokens < 1) {
      c.header('Retry-After', String(Math.ceil((1 - bucket.tokens) / refillPerMs / 1000)));
      return apiError(c, 429, 'rate_limited', `more than ${capacity} requests per minute`);
    }
    bucket.tokens -= 1;
    await next();
  };
}
