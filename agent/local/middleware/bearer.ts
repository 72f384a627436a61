import type { MiddlewareHandler } from 'hono';
import { bearerToken, secretsEqual } from '../../common/bearer.ts';
import { apiError } from '../errors.ts';

/** Every endpoint needs the agent token (compared in constant time). */
export function bearer(expected: string): MiddlewareHandler {
  return async (c, next) => {
    const token = bearerToken(c.req.header('authorization'));
    if (token === null || !secretsEqual(token, expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="pdp-agent"');
      return apiError(c, 401, 'unauthorized', token === null ? 'missing Authorization: Bearer <token>' : 'wrong token');
    }
    await next();
  };
}
