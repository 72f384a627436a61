import type { MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

/** The extension's own origin: a listed chrome-extension:// ID, or any moz-extension:// (per-install IDs). */
export function isAllowedOrigin(origin: string, allowed: readonly string[]): boolean {
  if (allowed.includes(origin)) return true;
  return /^moz-extension:\/\/[0-9a-f-]{36}$/i.test(origin);
}

/**
 * interfaces.md §4: a request with an Origin must come from the extension;
 * web pages (http/https, "null") get 403. CORS headers are only ever sent to
 * the extension's origin, and preflights are answered here, before the token
 * check, since browsers send them without credentials.
 */
export function originGuard(allowed: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin === undefined) return next();
    if (!isAllowedOrigin(origin, allowed)) {
      return apiError(c, 403, 'forbidden_origin', 'only the PDP Guard extension may call the agent from a browser');
    }
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Vary', 'Origin');
    if (c.req.method === 'OPTIONS') {
      c.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      c.header('Access-Control-Allow-Headers', 'authorization, content-type, if-none-match');
      c.header('Access-Control-Max-Age', '600');
      return c.body(null, 204);
    }
    c.header('Access-Control-Expose-Headers', 'etag');
    await next();
  };
}
