import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';
import { ensureIdentity, readKeyFile } from './identity.ts';

const dir = () => mkdtempSync(join(tmpdir(), 'pdp-id-'));

describe('ensureIdentity', () => {
  it('creates a token, an agent id and a local key once, then reuses them', () => {
    const data = dir();
    const first = ensureIdentity(loadConfig({ flags: { data }, env: {} }));
    expect(first.token.length).toBeGreaterThanOrEqual(32);
    expect(first.keySource).toBe('local');
    expect(first.hashKey.length).toBe(32);
    expect(first.created).toHaveLength(2);
    expect(statSync(join(data, 'agent.json')).mode & 0o777).toBe(0o600);
    const second = ensureIdentity(loadConfig({ flags: { data }, env: {} }));
    expect(second).toMatchObject({ token: first.token, agentId: first.agentId, created: [] });
    expect(Buffer.from(second.hashKey).equals(Buffer.from(first.hashKey))).toBe(true);
  });

  it('uses the configured token and the agency key file without writing them', () => {
    const data = dir();
    const keyFile = join(data, 'agency.key');
    writeFileSync(keyFile, Buffer.alloc(48, 7).toString('base64'));
    const id = ensureIdentity(loadConfig({ flags: { data, token: 'a-configured-token-123', keyFile }, env: {} }));
    expect(id).toMatchObject({ token: 'a-configured-token-123', keySource: 'agency' });
    expect(id.hashKey.length).toBe(48);
    expect(readFileSync(join(data, 'agent.json'), 'utf8')).not.toContain('a-configured-token-123');
  });
});

describe('readKeyFile', () => {
  it('refuses keys that are not base64 or shorter than 32 bytes', () => {
    const d = dir();
    writeFileSync(join(d, 'short'), Buffer.alloc(16).toString('base64'));
    writeFileSync(join(d, 'text'), 'not base64 at all!');
    expect(() => readKeyFile(join(d, 'short'))).toThrow(/shorter than 32 bytes/);
    expect(() => readKeyFile(join(d, 'text'))).toThrow(ConfigError);
    expect(() => readKeyFile(join(d, 'missing'))).toThrow(/cannot read/);
  });
});
