import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { updateAgentFile } from './agent-file.ts';
import { newSecret } from '../common/secret.ts';
import { ConfigError, configFilePath, type AgentConfig } from './config.ts';

export interface Identity {
  token: string;
  agentId: string;
  /** The agency's hash key: tags and user pseudonyms are HMACs under it. */
  hashKey: Uint8Array;
  /** Where the hash key came from: the agency's file, or generated on this workstation. */
  keySource: 'agency' | 'local';
  /** Files created on this start, for the first-start notice. */
  created: string[];
}

const MIN_KEY_BYTES = 32;

/**
 * Fills in what the first start must create: the extension's bearer token and
 * an agent id (kept in agent.json), and, without an agency key file, a local
 * random key in `<data>/hash.key` (tags then correlate on this workstation only).
 */
export function ensureIdentity(config: AgentConfig): Identity {
  const created: string[] = [];
  const changes: Record<string, unknown> = {};
  let token = config.token;
  if (!token) {
    token = newSecret();
    changes.token = token;
  }
  const agentId = config.agentId ?? randomUUID();
  if (!config.agentId) changes.agentId = agentId;
  if (Object.keys(changes).length > 0) {
    updateAgentFile(config.data, changes);
    created.push(configFilePath(config.data));
  }
  let keySource: Identity['keySource'] = 'agency';
  let keyPath = config.keyFile;
  if (!keyPath) {
    keySource = 'local';
    keyPath = join(config.data, 'hash.key');
    if (!existsSync(keyPath)) {
      writeFileSync(keyPath, `${randomBytes(MIN_KEY_BYTES).toString('base64')}\n`, { mode: 0o600 });
      chmodSync(keyPath, 0o600);
      created.push(keyPath);
    }
  }
  return { token, agentId, hashKey: readKeyFile(keyPath), keySource, created };
}

/** A key file holds the key in base64 (as managed storage's `hashKey`), at least 32 bytes. */
export function readKeyFile(path: string): Uint8Array {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch {
    throw new ConfigError(`cannot read the hash key file ${path}`);
  }
  if (!/^[A-Za-z0-9+/_-]+=*$/.test(text)) throw new ConfigError(`the hash key file ${path} must hold base64`);
  const key = Buffer.from(text, 'base64');
  if (key.length < MIN_KEY_BYTES) throw new ConfigError(`the hash key in ${path} is shorter than ${MIN_KEY_BYTES} bytes`);
  return new Uint8Array(key);
}
