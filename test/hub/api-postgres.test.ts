import { afterAll } from 'vitest';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { defineApiSuite } from './api.suite.ts';

let pg: TestPostgres | undefined;
afterAll(async () => {
  await pg?.stop();
});

defineApiSuite('PostgreSQL', async () => {
  pg = await startPostgres();
  return pg.url;
});
