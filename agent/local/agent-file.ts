import { chmodSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { configFilePath, readConfigFile } from './config.ts';

/**
 * Merges `changes` into `<data>/agent.json`, readable by the user only (it
 * holds the agent and hub tokens). Written to a temporary file and renamed,
 * so a crash never leaves half a file.
 */
export function updateAgentFile(data: string, changes: Record<string, unknown>): void {
  mkdirSync(data, { recursive: true, mode: 0o700 });
  const path = configFilePath(data);
  const next = { ...readConfigFile(data), ...changes };
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temp, 0o600);
  renameSync(temp, path);
}
