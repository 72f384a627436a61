import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { agentConfig, DEFAULT_AGENT_URL, readLocalSettings, readManaged, writeLocalSettings } from './settings.ts';

describe('agentConfig', () => {
  it('defaults to the agent on 127.0.0.1:7381 without a token', () => {
    expect(agentConfig({}, {})).toEqual({ url: DEFAULT_AGENT_URL, token: null, managed: false });
    expect(DEFAULT_AGENT_URL).toBe('http://127.0.0.1:7381');
  });
  it('keeps only the origin of an address and ignores unusable ones', () => {
    expect(agentConfig({}, { agentUrl: ' http://localhost:9000/v1/ ' }).url).toBe('http://localhost:9000');
    expect(agentConfig({}, { agentUrl: 'javascript:alert(1)' }).url).toBe(DEFAULT_AGENT_URL);
    expect(agentConfig({ agentUrl: 'not a url' }, { agentUrl: 'http://127.0.0.1:1234' })).toMatchObject({
      url: 'http://127.0.0.1:1234',
      managed: false,
    });
  });
  it('managed values win and mark the settings as managed', () => {
    expect(agentConfig({ agentToken: 'agency' }, { agentUrl: 'http://127.0.0.1:1', agentToken: 'user' })).toEqual({
      url: 'http://127.0.0.1:1',
      token: 'agency',
      managed: true,
    });
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('merges patches and removes keys set to undefined', async () => {
    await writeLocalSettings({ agentUrl: 'http://127.0.0.1:1', agentToken: 't' });
    await writeLocalSettings({ agentToken: undefined, protectionOn: false });
    expect(await readLocalSettings()).toEqual({ agentUrl: 'http://127.0.0.1:1', protectionOn: false });
  });
  it('reads managed storage, and an empty object when there is none', async () => {
    expect(await readManaged()).toEqual({});
    await fakeBrowser.storage.managed.set({ agentUrl: 'http://127.0.0.1:7381' });
    expect(await readManaged()).toEqual({ agentUrl: 'http://127.0.0.1:7381' });
  });
});
