// Extension pages and the service worker forbid eval (MV3 CSP). Zod decides
// whether to compile parsers with `new Function` when a schema is created, so
// this must be imported before any module that defines a schema.
import { z } from 'zod';

z.config({ jitless: true });
