// Reading a file the user is about to hand to a page. This issue reads text
// files (.txt, .csv and text/* types); images and office files come later and
// extend this function, without touching the content flow that calls it.
import { detect, summarize } from '../../../shared/detect/index.ts';
import type { TextSummary } from '../../../shared/detect/api.ts';
import type { Finding } from '../../../shared/detect/types.ts';
import { fileKind, isScannable } from './file-kinds.ts';

export { fileKind, isScannable };

export interface FileScan {
  kind: string;
  sizeBytes: number;
  /** Text the findings' offsets refer to (kept in memory for masks and tags only). */
  text: string;
  findings: Finding[];
  summary: TextSummary;
  /** The file is of a kind this build cannot read: nothing was looked at. */
  unsupported?: boolean;
  /** Reading stopped before the end (time or size limit): policy's failMode decides. */
  timedOut?: boolean;
}

export interface ScanFileOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/** Text files larger than this are read up to it and reported as cut short. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

const EMPTY: TextSummary = { byType: {}, total: 0, distinct: 0, looksLikeList: false };

export async function scanFile(file: File, options: ScanFileOptions = {}): Promise<FileScan> {
  const kind = fileKind(file);
  const base = { kind, sizeBytes: file.size };
  if (!isScannable(file)) return { ...base, text: '', findings: [], summary: EMPTY, unsupported: true };
  options.signal?.throwIfAborted();
  const cut = file.size > MAX_TEXT_BYTES;
  const bytes = new Uint8Array(await file.slice(0, MAX_TEXT_BYTES).arrayBuffer());
  options.signal?.throwIfAborted();
  options.onProgress?.(0.5);
  const text = decodeText(bytes);
  const findings = detect(text);
  options.onProgress?.(1);
  return { ...base, text, findings, summary: summarize(text, findings), ...(cut ? { timedOut: true } : {}) };
}

/** UTF-8 (with or without BOM), UTF-16 by BOM; Windows-1258 (Vietnamese legacy) when UTF-8 fails. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}
