// The contract between the content script and the file reader it loads on
// demand (entrypoints/file-reader.ts). Reading a file (bytes to text, or a
// trip to the offscreen reader for images and office files) is needed only
// when the user hands a page a file, yet it cost the content script, which
// every frame of every page loads, about 1 KB gzip of its 60 KB budget. The
// engine is not part of the reader: the content script lends it its own
// (FileEngine), so it is never shipped twice. Types only here, and the two
// names both sides agree on.
import type { summarize, TextSummary } from '../../../shared/detect/index.ts';
import type { Finding } from '../../../shared/detect/types.ts';
import type { RemoteReader } from './read-remote.ts';
import type { scanTextInSlices } from './scan-text.ts';

/** Built by WXT from entrypoints/file-reader.ts; web-accessible (wxt.config.ts). */
export const FILE_READER_SCRIPT = '/file-reader.js';

/**
 * WXT builds an unlisted script as a classic script with no exports, so the
 * reader leaves its functions here, on the global object of the world that
 * imported it: the content script's isolated world, which the page cannot see.
 */
export const FILE_READER_GLOBAL = '__pdpGuardFileReader';

export interface FileReading {
  readFile(file: File, kind: string, engine: FileEngine, options?: ScanFileOptions): Promise<FileScan>;
}

/** The content script's engine, lent to the reader. */
export interface FileEngine {
  scanTextInSlices: typeof scanTextInSlices;
  summarize: typeof summarize;
}

export interface FileScan {
  kind: string;
  sizeBytes: number;
  /** Text the findings' offsets refer to (kept in memory for masks and tags only). */
  text: string;
  findings: Finding[];
  summary: TextSummary;
  /** The file is of a kind this build cannot read: nothing was looked at. */
  unsupported?: boolean;
  /**
   * Reading stopped before the end (time or size limit), or never started
   * (the file reader could not be loaded): policy's failMode decides.
   */
  timedOut?: boolean;
}

export interface ScanFileOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Time allowed for an image or office file (default SCAN_BUDGET_MS, read-file.ts). */
  budgetMs?: number;
  /** Where images and office files are read (tests pass an in-process reader). */
  reader?: RemoteReader;
  /** Where the reading code comes from (default: the extension's file reader; tests pass it in process). */
  load?: () => Promise<FileReading>;
}
