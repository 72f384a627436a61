// Imported first by main.tsx: the hub's Content-Security-Policy forbids eval,
// and zod probes for it (logging a CSP violation) as soon as a schema is built
// unless told not to, so this must run before any schema module.
import { config } from 'zod';

config({ jitless: true });
