import { defineApiSuite } from './api.suite.ts';

defineApiSuite('SQLite', async () => undefined);
