// Reading a long text (a citizen list exported as CSV) in slices, yielding to
// the page between them: the engine spends about 0.1 ms per finding, so a
// 2 MB list of 25,000 people would otherwise freeze the page for seconds.
// Reading stops early once the evidence is overwhelming (MAX_FINDINGS) or the
// time budget is spent; the caller reports that as "cut short".
import { detect } from '../../../shared/detect/index.ts';
import type { Finding } from '../../../shared/detect/types.ts';

export const MAX_FINDINGS = 5_000;
export const TEXT_BUDGET_MS = 8_000;

const MIN_SLICE = 4 * 1024;
const MAX_SLICE = 256 * 1024;
/** Aim for slices this long, so the page gets the main thread back often. */
const TARGET_SLICE_MS = 40;

export interface SlicedScan {
  /** The part of the text that was read (all of it unless `cut`). */
  text: string;
  findings: Finding[];
  cut: boolean;
}

export interface SliceOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  budgetMs?: number;
  maxFindings?: number;
  /** Yields to the event loop between slices (tests pass a counter). */
  yieldNow?: () => Promise<void>;
  now?: () => number;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function scanTextInSlices(text: string, options: SliceOptions = {}): Promise<SlicedScan> {
  const now = options.now ?? (() => performance.now());
  const yieldNow = options.yieldNow ?? defaultYield;
  const budget = options.budgetMs ?? TEXT_BUDGET_MS;
  const maxFindings = options.maxFindings ?? MAX_FINDINGS;
  const started = now();
  const findings: Finding[] = [];
  // A table's header names its columns ("so_cccd", "dien_thoai"): every later
  // slice is read with it in front, as the whole text would be.
  const firstBreak = text.indexOf('\n');
  const header = firstBreak > 0 && firstBreak < 2000 ? text.slice(0, firstBreak + 1) : '';
  let slice = 16 * 1024;
  let at = 0;
  while (at < text.length) {
    options.signal?.throwIfAborted();
    let end = Math.min(text.length, at + slice);
    if (end < text.length) {
      // End on a line break so no value is split between two slices.
      const nl = text.lastIndexOf('\n', end);
      if (nl > at) end = nl + 1;
    }
    const t0 = now();
    const lead = at > 0 ? header : '';
    for (const f of detect(lead + text.slice(at, end))) {
      if (f.start < lead.length) continue;
      const shift = at - lead.length;
      findings.push({ ...f, start: f.start + shift, end: f.end + shift });
    }
    const took = now() - t0;
    at = end;
    options.onProgress?.(at / text.length);
    if (at >= text.length) break;
    if (findings.length >= maxFindings || now() - started >= budget) {
      return { text: text.slice(0, at), findings, cut: true };
    }
    if (took < TARGET_SLICE_MS / 2) slice = Math.min(MAX_SLICE, slice * 2);
    else if (took > TARGET_SLICE_MS * 2) slice = Math.max(MIN_SLICE, slice >> 1);
    await yieldNow();
  }
  return { text, findings, cut: false };
}
