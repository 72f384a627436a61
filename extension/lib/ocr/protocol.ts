// The content script hands a file to the offscreen document (Chrome) or the
// background page (Firefox) over a runtime port: runtime messages carry JSON
// only, so the bytes travel as base64 chunks; the reader answers with progress
// and, at the end, the text and the findings. The port lives in the browser's
// memory only; nothing of it is stored.
import type { Finding } from '../../../shared/detect/types.ts';

export const EXTRACT_PORT = 'pdp-extract';

/** Asks the service worker to make sure the reader exists (creates the offscreen document). */
export const READY_MESSAGE = 'pdp:extract-ready';

/** Raw bytes per chunk (base64 makes it 4/3 larger; Chrome allows 64 MiB per message). */
export const CHUNK_BYTES = 4 * 1024 * 1024;

/** Largest file handed to the reader; a larger one is reported as not read in time. */
export const MAX_REMOTE_BYTES = 48 * 1024 * 1024;

export type ToReader =
  | { t: 'begin'; kind: string; mime: string; size: number; chunks: number; budgetMs: number }
  | { t: 'chunk'; index: number; data: string };

export type FromReader =
  | { t: 'progress'; fraction: number }
  | { t: 'result'; text: string; findings: Finding[]; ocr: boolean; timedOut?: boolean }
  /** Error names only: a message could quote content. */
  | { t: 'error'; error: string };

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(data: string): Uint8Array {
  const s = atob(data);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
