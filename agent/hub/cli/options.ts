import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_CONFIG, type HubConfig } from '../deps.ts';

export const DEFAULT_HUB_PORT = 7390;

const OPTIONS = {
  port: { type: 'string' },
  host: { type: 'string' },
  data: { type: 'string' },
  'database-url': { type: 'string' },
  'webhook-url': { type: 'string' },
  'key-file': { type: 'string' },
  'console-dir': { type: 'string' },
  'secure-cookies': { type: 'boolean' },
  'retention-days': { type: 'string' },
  name: { type: 'string' },
  role: { type: 'string' },
  group: { type: 'string' },
  csv: { type: 'string' },
  out: { type: 'string' },
  'password-stdin': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Flags = ReturnType<typeof parse>['values'];

export function parse(argv: string[]) {
  return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
}

/** Flags win over environment variables, which win over defaults. */
export function resolve(flags: Flags, env: NodeJS.ProcessEnv) {
  const port = Number(flags.port ?? env.PDP_HUB_PORT ?? DEFAULT_HUB_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${flags.port ?? env.PDP_HUB_PORT}`);
  const dataDir = flags.data ?? env.PDP_HUB_DATA;
  const databaseUrl = flags['database-url'] ?? env.DATABASE_URL;
  if (!dataDir && !databaseUrl) throw new Error('give --data DIR (or PDP_HUB_DATA), or --database-url postgres://… (or DATABASE_URL)');
  const keyFile = flags['key-file'] ?? env.PDP_HASH_KEY_FILE;
  let hashKey: Uint8Array | null = null;
  if (keyFile) {
    hashKey = new Uint8Array(Buffer.from(readFileSync(keyFile, 'utf8').trim(), 'base64'));
    if (hashKey.length < 32) throw new Error('the agency key must be at least 32 bytes (base64)');
  }
  const retention = flags['retention-days'] ?? env.PDP_HUB_RETENTION_DAYS;
  const config: HubConfig = {
    ...DEFAULT_CONFIG,
    webhookUrl: flags['webhook-url'] ?? env.PDP_HUB_WEBHOOK_URL ?? null,
    secureCookies: flags['secure-cookies'] ?? env.PDP_HUB_SECURE_COOKIES === '1',
    consoleDir: flags['console-dir'] ?? env.PDP_HUB_CONSOLE_DIR ?? join(import.meta.dirname, '..', 'console', 'dist'),
    eventRetentionDays: retention ? Number(retention) : DEFAULT_CONFIG.eventRetentionDays,
    hashKey,
  };
  return { port, host: flags.host ?? env.PDP_HUB_HOST ?? '127.0.0.1', dataDir, databaseUrl, config };
}
