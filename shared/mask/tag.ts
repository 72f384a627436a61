import type { FindingType } from '../detect/types.ts';
import { tagBits, tagBitsForShape } from './anonymity.ts';

// Web Crypto only (globalThis.crypto.subtle): the same code runs in the
// extension's service worker, an offscreen document and Node.
const keys = new WeakMap<Uint8Array, Promise<CryptoKey>>();

function hmacKey(key: Uint8Array): Promise<CryptoKey> {
  let k = keys.get(key);
  if (!k) {
    k = globalThis.crypto.subtle.importKey('raw', key as Uint8Array<ArrayBuffer>, { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    keys.set(key, k);
  }
  return k;
}

const encoder = new TextEncoder();

async function hmac(key: Uint8Array, message: string): Promise<Uint8Array> {
  const sig = await globalThis.crypto.subtle.sign('HMAC', await hmacKey(key), encoder.encode(message));
  return new Uint8Array(sig);
}

function hex(bytes: Uint8Array, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += bytes[i].toString(16).padStart(2, '0');
  return out;
}

/**
 * The 16-bit keyed tag of a canonical value: HMAC-SHA-256 under the agency
 * key, truncated to 4 hex digits. Bits the type's value space cannot afford
 * (anonymity.ts) are zeroed; without `type`, the value's shape decides
 * conservatively.
 */
export async function computeTag(key: Uint8Array, canonicalValue: string, type?: FindingType): Promise<string> {
  const bits = type ? tagBits(type, canonicalValue) : tagBitsForShape(canonicalValue);
  const mac = await hmac(key, canonicalValue);
  const full = (mac[0] << 8) | mac[1];
  const kept = bits === 0 ? 0 : (full >>> (16 - bits)) << (16 - bits);
  return kept.toString(16).padStart(4, '0');
}

/** 64-bit pseudonym of an OS account name (case and surrounding space ignored). */
export async function pseudonym(key: Uint8Array, accountName: string): Promise<string> {
  const mac = await hmac(key, `user:${accountName.normalize('NFC').trim().toLowerCase()}`);
  return hex(mac, 8);
}
