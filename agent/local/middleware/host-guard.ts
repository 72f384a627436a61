import type { MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

/**
 * Refuses any Host but 127.0.0.1:<port> or localhost:<port>. A web page that
 * rebinds its own DNS name to 127.0.0.1 still sends its own name as Host, so
 * this stops DNS rebinding even before the token is checked.
 */
export function hostGuard(port: () => number): MiddlewareHandler {
  return async (c, next) => {
    const host = (c.req.header('host') ?? new URL(c.req.url).host).toLowerCase();
    const p = port();
    if (host !== `127.0.0.1:${p}` && host !== `localhost:${p}`) {
      return apiError(c, 403, 'forbidden_host', 'the agent only answers to Host 127.0.0.1:<port> or localhost:<port>');
    }
    await next();
  };
}
