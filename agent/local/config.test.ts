import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ORIGIN } from '../../shared/ids.ts';
import { parseAgentArgs } from './cli/args.ts';
import { ConfigError, loadConfig } from './config.ts';
import { defaultDataDir } from './data-dir.ts';

function tempData(file?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdp-cfg-'));
  if (file) writeFileSync(join(dir, 'agent.json'), JSON.stringify(file));
  return dir;
}

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const data = tempData();
    const config = loadConfig({ flags: { data }, env: {} });
    expect(config.port).toBe(7381);
    expect(config.flushInterval).toBe(10);
    expect(config.extensionOrigins).toEqual([CHROME_EXTENSION_ORIGIN]);
    expect(config.hub).toBeUndefined();
  });

  it('ranks flag over env over file over default', () => {
    const data = tempData({ port: 9001, flushInterval: 3, hub: 'http://127.0.0.1:9/' });
    const fileOnly = loadConfig({ flags: { data }, env: {} });
    expect(fileOnly.port).toBe(9001);
    expect(fileOnly.hub).toBe('http://127.0.0.1:9');
    const withEnv = loadConfig({ flags: { data }, env: { PDP_AGENT_PORT: '9002', PDP_FLUSH_INTERVAL: '4' } });
    expect(withEnv.port).toBe(9002);
    expect(withEnv.flushInterval).toBe(4);
    const withFlag = loadConfig({ flags: { data, port: '9003' }, env: { PDP_AGENT_PORT: '9002' } });
    expect(withFlag.port).toBe(9003);
  });

  it('reads the data folder from PDP_AGENT_DATA', () => {
    const data = tempData({ port: 9100 });
    expect(loadConfig({ flags: {}, env: { PDP_AGENT_DATA: data } }).port).toBe(9100);
  });

  it('splits comma-separated extension origins', () => {
    const moz = 'moz-extension://0f8fad5b-d9cb-469f-a165-70867728950e';
    const config = loadConfig({ flags: { data: tempData() }, env: { PDP_EXTENSION_ORIGINS: `${CHROME_EXTENSION_ORIGIN}, ${moz}` } });
    expect(config.extensionOrigins).toEqual([CHROME_EXTENSION_ORIGIN, moz]);
  });

  it('names the bad key and its source, without echoing the value', () => {
    const data = tempData();
    expect(() => loadConfig({ flags: { data, port: 'seventy' }, env: {} })).toThrow(/port \(from --port\)/);
    expect(() => loadConfig({ flags: { data }, env: { PDP_FLUSH_INTERVAL: '-1' } })).toThrow(/flushInterval \(from PDP_FLUSH_INTERVAL\)/);
    expect(() => loadConfig({ flags: { data }, env: { PDP_HUB_URL: 'ftp://x' } })).toThrow(ConfigError);
    try {
      loadConfig({ flags: { data, 'extensionOrigins': 'https://evil.example' }, env: {} });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toMatch(/extensionOrigins/);
      expect((error as Error).message).not.toContain('evil.example');
    }
  });

  it('reports a broken agent.json clearly', () => {
    const data = tempData();
    writeFileSync(join(data, 'agent.json'), '{not json');
    expect(() => loadConfig({ flags: { data }, env: {} })).toThrow(/agent\.json is not valid JSON/);
  });
});

describe('defaultDataDir', () => {
  it('follows each OS convention', () => {
    expect(defaultDataDir('linux', { XDG_DATA_HOME: '/x/data' }, '/home/u')).toBe('/x/data/pdp-guard/agent');
    expect(defaultDataDir('linux', {}, '/home/u')).toBe('/home/u/.local/share/pdp-guard/agent');
    expect(defaultDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support/PDP Guard/agent');
    expect(defaultDataDir('win32', { LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'C:\\Users\\u')).toContain('PDP Guard');
  });
});

describe('parseAgentArgs', () => {
  it('defaults to serving and maps flags to settings', () => {
    const args = parseAgentArgs(['--port', '1234', '--hub-token', 'abcdefgh']);
    expect(args.command).toBe('serve');
    expect(args.flags).toEqual({ port: '1234', hubToken: 'abcdefgh' });
  });
  it('recognises subcommands and refuses unknown ones and flags', () => {
    expect(parseAgentArgs(['enroll', '--hub', 'http://h', '--token', 't', '--name', 'PC-01']).name).toBe('PC-01');
    expect(parseAgentArgs(['status']).command).toBe('status');
    expect(() => parseAgentArgs(['explode'])).toThrow(/unknown command/);
    expect(() => parseAgentArgs(['--colour', 'red'])).toThrow(ConfigError);
  });
  it('takes a token that starts with a dash when written --token=…, and says so when it is not', () => {
    // Tokens issued before they became hex start with "-" once in 64.
    expect(parseAgentArgs(['enroll', '--hub', 'http://h', '--token=-Ab_9', '--name', 'PC-01']).flags.token).toBe('-Ab_9');
    expect(() => parseAgentArgs(['enroll', '--hub', 'http://h', '--token', '-Ab_9'])).toThrow(/--token=-/);
  });
});
