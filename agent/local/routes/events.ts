import { Hono, type Context } from 'hono';
import type { AppDeps } from '../context.ts';
import { apiError } from '../errors.ts';
import type { Arrival } from '../pipeline/group-writer.ts';
import { RequestShapeError } from '../pipeline/source.ts';

/** POST /v1/events (interfaces.md §3). */
export function eventsRoutes(deps: AppDeps): Hono {
  const app = new Hono();
  const ingest = async (c: Context, arrival: Arrival) => {
    let body: unknown;
    try {
      body = JSON.parse(await c.req.text());
    } catch {
      // The parser's message quotes the text around the fault: never returned or logged.
      return apiError(c, 400, 'malformed_json', 'the body is not valid JSON');
    }
    let result;
    try {
      result = await deps.pipeline.ingest(body, arrival);
    } catch (error) {
      if (error instanceof RequestShapeError) return apiError(c, 400, 'invalid_request', `expected {"events": [1..100 events]}: ${error.message}`);
      throw error;
    }
    deps.seen.mark(deps.clock.now());
    deps.metrics.eventsRejected += result.rejected.length;
    if (result.accepted.length === 0) {
      return apiError(c, 422, 'invalid_events', 'no event in the request is valid', { accepted: [], rejected: result.rejected });
    }
    return c.json({ accepted: result.accepted, rejected: result.rejected }, 200);
  };
  app.post('/', async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\b/i.test(type)) return apiError(c, 415, 'unsupported_media_type', 'send Content-Type: application/json');
    // While this body is read, a commit about to happen waits a moment to take it along.
    const arrival = deps.pipeline.arrive();
    try {
      return await ingest(c, arrival);
    } finally {
      arrival.done();
    }
  });
  return app;
}
