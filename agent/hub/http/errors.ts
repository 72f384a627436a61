import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** Every error the hub sends: `{"error", "detail"}`. */
export function fail(c: Context, status: ContentfulStatusCode, error: string, detail: string, extra: object = {}) {
  return c.json({ error, detail, ...extra }, status);
}

/** A zod issue list as one readable line, naming paths, never values. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(body)'}: ${i.message}`)
    .join('; ');
}

/** The hook for @hono/zod-validator: a 400 in the hub's error shape. */
export function validationHook(result: { success: boolean; error?: unknown }, c: Context) {
  if (!result.success) return fail(c, 400, 'invalid', describeIssues(result.error as z.ZodError));
}
