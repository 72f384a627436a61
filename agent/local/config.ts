import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { CHROME_EXTENSION_ORIGIN, DEFAULT_AGENT_PORT } from '../../shared/ids.ts';
import { defaultDataDir } from './data-dir.ts';

/**
 * Every setting: its flag, its environment variable and its key in
 * `<data>/agent.json`. The first eight are interfaces.md §4 (stable); the rest
 * are this agent's own additions, named the same way.
 */
export const SETTINGS = {
  port: { flag: 'port', env: 'PDP_AGENT_PORT' },
  data: { flag: 'data', env: 'PDP_AGENT_DATA' },
  hub: { flag: 'hub', env: 'PDP_HUB_URL' },
  hubToken: { flag: 'hub-token', env: 'PDP_HUB_TOKEN' },
  token: { flag: 'token', env: 'PDP_AGENT_TOKEN' },
  extensionOrigins: { flag: 'extension-origin', env: 'PDP_EXTENSION_ORIGINS' },
  flushInterval: { flag: 'flush-interval', env: 'PDP_FLUSH_INTERVAL' },
  keyFile: { flag: 'key-file', env: 'PDP_HASH_KEY_FILE' },
  caFile: { flag: 'ca-file', env: 'PDP_HUB_CA_FILE' },
  batchSize: { flag: 'batch-size', env: 'PDP_BATCH_SIZE' },
  maxQueue: { flag: 'max-queue', env: 'PDP_MAX_QUEUE' },
  maxQueueBytes: { flag: 'max-queue-bytes', env: 'PDP_MAX_QUEUE_BYTES' },
  maxAgeDays: { flag: 'max-age-days', env: 'PDP_MAX_AGE_DAYS' },
  policyInterval: { flag: 'policy-interval', env: 'PDP_POLICY_INTERVAL' },
  heartbeatInterval: { flag: 'heartbeat-interval', env: 'PDP_HEARTBEAT_INTERVAL' },
  rateLimit: { flag: 'rate-limit', env: 'PDP_RATE_LIMIT' },
  workstation: { flag: 'workstation', env: 'PDP_WORKSTATION' },
  logLevel: { flag: 'log-level', env: 'PDP_LOG_LEVEL' },
} as const;
export type SettingKey = keyof typeof SETTINGS;

const seconds = z.coerce.number().positive().max(86_400);
const origin = z
  .string()
  .regex(/^(chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/, 'must be chrome-extension://<32 letters a-p> or moz-extension://<uuid>');

export const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65_535).default(DEFAULT_AGENT_PORT),
  data: z.string().min(1),
  hub: z
    .url({ protocol: /^https?$/ })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  hubToken: z.string().min(8).max(500).optional(),
  token: z.string().min(16, 'at least 16 characters').max(500).optional(),
  extensionOrigins: z
    .preprocess((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v), z.array(origin).min(1))
    .default([CHROME_EXTENSION_ORIGIN]),
  flushInterval: seconds.default(10),
  keyFile: z.string().min(1).optional(),
  caFile: z.string().min(1).optional(),
  batchSize: z.coerce.number().int().min(1).max(1000).default(200),
  maxQueue: z.coerce.number().int().min(10).max(10_000_000).default(100_000),
  maxQueueBytes: z.coerce.number().int().min(64 * 1024).default(200 * 1024 * 1024),
  maxAgeDays: z.coerce.number().positive().max(3650).default(30),
  policyInterval: seconds.default(300),
  heartbeatInterval: seconds.default(60),
  rateLimit: z.coerce.number().int().min(1).max(1_000_000).default(1200),
  workstation: z.string().min(1).max(200).optional(),
  agentId: z.string().min(1).max(200).optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type AgentConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface ConfigSources {
  flags: Partial<Record<SettingKey, string>>;
  env: NodeJS.ProcessEnv;
  /** Overrides the OS default data folder (tests). */
  defaultData?: string;
}

export function configFilePath(data: string): string {
  return join(data, 'agent.json');
}

export function readConfigFile(data: string): Record<string, unknown> {
  const path = configFilePath(data);
  if (!existsSync(path)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new ConfigError(`${path} is not valid JSON`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`${path} must hold a JSON object`);
  return parsed as Record<string, unknown>;
}

/** flag > env > `<data>/agent.json` > default, validated, with an error naming the bad key. */
export function loadConfig(sources: ConfigSources): AgentConfig {
  const { flags, env } = sources;
  const data = flags.data ?? env.PDP_AGENT_DATA ?? sources.defaultData ?? defaultDataDir();
  const file = readConfigFile(data);
  const merged: Record<string, unknown> = { ...file, data };
  const origins: Record<string, string> = { data: flags.data ? '--data' : env.PDP_AGENT_DATA ? 'PDP_AGENT_DATA' : 'default' };
  for (const key of Object.keys(file)) origins[key] = `${configFilePath(data)} key "${key}"`;
  for (const [key, setting] of Object.entries(SETTINGS) as [SettingKey, (typeof SETTINGS)[SettingKey]][]) {
    if (key === 'data') continue;
    const fromEnv = env[setting.env];
    if (fromEnv !== undefined && fromEnv !== '') {
      merged[key] = fromEnv;
      origins[key] = setting.env;
    }
    const fromFlag = flags[key];
    if (fromFlag !== undefined) {
      merged[key] = fromFlag;
      origins[key] = `--${setting.flag}`;
    }
  }
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    const issue = result.error.issues[0];
    const key = String(issue.path[0] ?? '');
    const where = origins[key] ?? key;
    // The message names the setting and the rule, never the value given.
    throw new ConfigError(`invalid setting ${key} (from ${where}): ${issue.message}`);
  }
  return result.data;
}
