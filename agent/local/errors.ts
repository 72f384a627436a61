import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every refusal has the same shape: {"error": code, "detail": reason}, never an input value. */
export function apiError(c: Context, status: ContentfulStatusCode, error: string, detail: string, extra: Record<string, unknown> = {}) {
  return c.json({ error, detail, ...extra }, status);
}
