import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { computeTag } from '../../../shared/mask/index.ts';
import { agencyKey, decodeBase64, INSTALL_KEY } from './agency-key.ts';

const managedKey = btoa(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => i + 1)));

describe('agencyKey', () => {
  beforeEach(() => fakeBrowser.reset());

  it('uses the agency key from managed storage', async () => {
    const k = await agencyKey({ hashKey: managedKey });
    expect(k.source).toBe('managed');
    expect([...k.key]).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
    expect(await fakeBrowser.storage.local.get(INSTALL_KEY)).toEqual({});
  });

  it('makes one random per-install key and keeps it', async () => {
    const a = await agencyKey({});
    const b = await agencyKey({});
    expect(a.source).toBe('install');
    expect(a.key).toHaveLength(32);
    expect([...b.key]).toEqual([...a.key]);
    // a second installation gets another key
    await fakeBrowser.storage.local.clear();
    const c = await agencyKey({});
    expect([...c.key]).not.toEqual([...a.key]);
  });

  it('ignores a managed key shorter than 32 bytes', async () => {
    const short = btoa('0123456789abcdef');
    expect((await agencyKey({ hashKey: short })).source).toBe('install');
  });

  it('tags agree across workstations only under the agency key', async () => {
    const ws1 = (await agencyKey({ hashKey: managedKey })).key;
    const ws2 = decodeBase64(managedKey)!;
    expect(await computeTag(ws1, '038095001245', 'cccd')).toBe(await computeTag(ws2, '038095001245', 'cccd'));
    expect(await computeTag(ws1, '038095001245', 'cccd')).toMatch(/^[0-9a-f]{4}$/);
  });
});
