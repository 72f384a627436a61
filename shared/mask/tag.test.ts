import { describe, expect, it } from 'vitest';
import { computeTag, pseudonym } from './tag.ts';

const key = new Uint8Array(32).map((_, i) => i * 7 + 1);
const otherKey = new Uint8Array(32).map((_, i) => 255 - i);

describe('computeTag', () => {
  it('is 4 lowercase hex digits, stable for one key and value', async () => {
    const a = await computeTag(key, '038090012345', 'cccd');
    expect(a).toMatch(/^[0-9a-f]{4}$/);
    expect(await computeTag(key, '038090012345', 'cccd')).toBe(a);
  });

  it('depends on the key and on the value', async () => {
    const values = Array.from({ length: 50 }, (_, i) => `0380900123${String(i).padStart(2, '0')}`);
    const tags = await Promise.all(values.map((v) => computeTag(key, v, 'cccd')));
    const others = await Promise.all(values.map((v) => computeTag(otherKey, v, 'cccd')));
    expect(new Set(tags).size).toBeGreaterThan(40);
    expect(tags.filter((t, i) => t === others[i]).length).toBeLessThan(5);
  });

  it('is HMAC-SHA-256 truncated: the full 16 bits for a CCCD', async () => {
    const raw = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', raw, new TextEncoder().encode('038090012345')));
    const expected = ((mac[0] << 8) | mac[1]).toString(16).padStart(4, '0');
    expect(await computeTag(key, '038090012345', 'cccd')).toBe(expected);
  });

  it('zeroes the bits a small value space cannot afford', async () => {
    const tags = await Promise.all(
      Array.from({ length: 200 }, (_, i) => computeTag(key, `C${String(1000000 + i * 37).padStart(7, '0')}`, 'passport')),
    );
    for (const t of tags) expect(Number.parseInt(t, 16) & 0x3ff).toBe(0);
    expect(await computeTag(key, 'ung thư', 'health')).toBe('0000');
    expect(await computeTag(key, 'ung thư')).toBe('0000');
  });
});

describe('pseudonym', () => {
  it('is 16 hex digits, ignores case and surrounding space, and depends on the key', async () => {
    const p = await pseudonym(key, 'nguyenvana');
    expect(p).toMatch(/^[0-9a-f]{16}$/);
    expect(await pseudonym(key, '  NguyenVanA ')).toBe(p);
    expect(await pseudonym(otherKey, 'nguyenvana')).not.toBe(p);
    expect(await pseudonym(key, 'tranthib')).not.toBe(p);
  });
});
