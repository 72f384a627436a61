// Reading a file the user is about to hand to a page. Text files are read
// here, in the content script; images (OCR) and office files (.xlsx, .docx,
// .pdf) are handed to the extension's reader (offscreen document), which sends
// back their text and findings. Nothing of the content is stored or sent.
import { summarize } from '../../../shared/detect/index.ts';
import type { TextSummary } from '../../../shared/detect/api.ts';
import type { Finding } from '../../../shared/detect/types.ts';
import { fileKind, isRemoteKind, isScannable, isTextKind, mimeOf } from './file-kinds.ts';
import { readRemote, type RemoteReader } from './read-remote.ts';
import { scanTextInSlices } from './scan-text.ts';

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
  /** Time allowed for an image or office file (default SCAN_BUDGET_MS). */
  budgetMs?: number;
  /** Where images and office files are read (tests pass an in-process reader). */
  reader?: RemoteReader;
}

/** Text files larger than this are read up to it and reported as cut short. */
export const MAX_TEXT_BYTES = 8 * 1024 * 1024;

/**
 * Time from the file's arrival to the decision before policy's failMode
 * decides. The first image after the browser starts also loads the OCR
 * engine (2–4 s on a two-core machine); later ones take about a second.
 */
export const SCAN_BUDGET_MS = 12_000;

const EMPTY: TextSummary = { byType: {}, total: 0, distinct: 0, looksLikeList: false };

export async function scanFile(file: File, options: ScanFileOptions = {}): Promise<FileScan> {
  const kind = fileKind(file);
  const base = { kind, sizeBytes: file.size };
  if (!isScannable(file)) return { ...base, text: '', findings: [], summary: EMPTY, unsupported: true };
  options.signal?.throwIfAborted();
  if (isRemoteKind(kind) && !isTextKind(kind)) {
    const read = options.reader ?? readRemote;
    const r = await read(file, kind, mimeOf(file, kind), {
      signal: options.signal,
      onProgress: options.onProgress,
      budgetMs: options.budgetMs ?? SCAN_BUDGET_MS,
    });
    options.onProgress?.(1);
    return { ...base, text: r.text, findings: r.findings, summary: summarize(r.text, r.findings), ...(r.timedOut ? { timedOut: true } : {}) };
  }
  const cut = file.size > MAX_TEXT_BYTES;
  const bytes = new Uint8Array(await file.slice(0, MAX_TEXT_BYTES).arrayBuffer());
  options.signal?.throwIfAborted();
  // Read in slices so a long list does not freeze the page; cut short past
  // MAX_FINDINGS or TEXT_BUDGET_MS (scan-text.ts).
  const read = await scanTextInSlices(decodeText(bytes), { signal: options.signal, onProgress: options.onProgress });
  const { text, findings } = read;
  return { ...base, text, findings, summary: summarize(text, findings), ...(cut || read.cut ? { timedOut: true } : {}) };
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
