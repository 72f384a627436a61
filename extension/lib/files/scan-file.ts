// Scanning a file the user is about to hand to a page: which files can be
// read is decided here, on the spot; the reading itself is done by the file
// reader loaded on demand (file-reader-handoff.ts, read-file.ts), with this
// content script's engine lent to it.
import { summarize } from '../../../shared/detect/index.ts';
import type { TextSummary } from '../../../shared/detect/api.ts';
import { fileKind, isScannable } from './file-kinds.ts';
import type { FileEngine, FileReading, FileScan, ScanFileOptions } from './file-reader-handoff.ts';
import { loadFileReader } from './load-file-reader.ts';
import { scanTextInSlices } from './scan-text.ts';

export { fileKind, isScannable };
export type { FileScan, ScanFileOptions };

const ENGINE: FileEngine = { scanTextInSlices, summarize };

const EMPTY: TextSummary = { byType: {}, total: 0, distinct: 0, looksLikeList: false };

export async function scanFile(file: File, options: ScanFileOptions = {}): Promise<FileScan> {
  const kind = fileKind(file);
  const base = { kind, sizeBytes: file.size, text: '', findings: [], summary: EMPTY };
  // A file of a kind no reader understands passes without loading the reader.
  if (!isScannable(file)) return { ...base, unsupported: true };
  options.signal?.throwIfAborted();
  let reading: FileReading;
  try {
    reading = await (options.load ?? loadFileReader)();
  } catch {
    // Protection must not depend on the reader loading: unread, like a file not read in time.
    return { ...base, timedOut: true };
  }
  return reading.readFile(file, kind, ENGINE, options);
}
