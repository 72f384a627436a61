// Reading a file the user is about to hand to a page, in the file reader the
// content script loads on demand (file-reader-handoff.ts). Text files are
// decoded here and read by the content script's own engine, lent as an
// argument so it is never shipped twice; images (OCR) and office files
// (.xlsx, .docx, .pdf) are handed to the extension's reader (offscreen
// document), which sends back their text and findings. Nothing of the content
// is stored or sent.
import type { FileEngine, FileScan, ScanFileOptions } from './file-reader-handoff.ts';
import { isRemoteKind, isTextKind } from './file-kinds.ts';
import { readRemote } from './read-remote.ts';
import { readText } from './read-text.ts';

/**
 * Time from the file's arrival to the decision before policy's failMode
 * decides. The first image after the browser starts also loads the OCR
 * engine (2–4 s on a two-core machine); later ones take about a second.
 */
export const SCAN_BUDGET_MS = 12_000;

/** A file scanFile has found readable (file-kinds.ts's isScannable), of kind `kind`. */
export async function readFile(file: File, kind: string, engine: FileEngine, options: ScanFileOptions = {}): Promise<FileScan> {
  const base = { kind, sizeBytes: file.size };
  options.signal?.throwIfAborted();
  if (isRemoteKind(kind) && !isTextKind(kind)) {
    const read = options.reader ?? readRemote;
    const r = await read(file, kind, {
      signal: options.signal,
      onProgress: options.onProgress,
      budgetMs: options.budgetMs ?? SCAN_BUDGET_MS,
    });
    options.onProgress?.(1);
    return { ...base, text: r.text, findings: r.findings, summary: engine.summarize(r.text, r.findings), ...(r.timedOut ? { timedOut: true } : {}) };
  }
  const got = await readText(file);
  options.signal?.throwIfAborted();
  // Read in slices so a long list does not freeze the page; cut short past
  // MAX_FINDINGS or TEXT_BUDGET_MS (scan-text.ts).
  const read = await engine.scanTextInSlices(got.text, { signal: options.signal, onProgress: options.onProgress });
  const { text, findings } = read;
  return { ...base, text, findings, summary: engine.summarize(text, findings), ...(got.cut || read.cut ? { timedOut: true } : {}) };
}
