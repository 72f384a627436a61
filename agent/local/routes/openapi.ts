import { Hono } from 'hono';
import { OPENAPI } from '../openapi.ts';

export function openapiRoutes(): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json(OPENAPI));
  return app;
}
