// What the offscreen document does with a file: extract its text (OCR for
// images, parsers for office files), run the engine on it and, for images,
// the ID-card recognizer. Kept apart from the port so Node tests can call it.
import { idCardFinding, recognizeIdCard } from '../../../shared/detect/id-card/index.ts';
import type { Finding } from '../../../shared/detect/types.ts';
import { extractText, type Extractors } from '../files/extract.ts';
import { scanTextInSlices } from '../files/scan-text.ts';

export interface ReadResult {
  text: string;
  findings: Finding[];
  ocr: boolean;
  timedOut?: boolean;
}

export interface ReadRequest {
  kind: string;
  mime: string;
  bytes: Uint8Array;
  budgetMs: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export type ImageReader = (
  bytes: Uint8Array,
  mime: string,
  opts: { budgetMs: number; signal?: AbortSignal; onProgress?: (f: number) => void; isTarget: (text: string) => boolean },
) => Promise<{ text: string; ocr?: boolean; timedOut?: boolean }>;

export async function readFile(req: ReadRequest, readers: { image?: ImageReader; pdf?: Extractors['pdf'] }): Promise<ReadResult> {
  const extractors: Extractors = {
    pdf: readers.pdf,
    image: readers.image
      ? (bytes, mime, opts) => readers.image!(bytes, mime, { ...opts, budgetMs: req.budgetMs, isTarget: (t) => recognizeIdCard(t) !== null })
      : undefined,
  };
  const got = await extractText(req.kind, req.mime, req.bytes, extractors, { signal: req.signal, onProgress: req.onProgress });
  // A workbook of 25,000 residents: read in slices, stopping once the evidence is overwhelming.
  const read = await scanTextInSlices(got.text, { signal: req.signal });
  const findings = read.findings;
  if (got.ocr) {
    const card = idCardFinding(read.text);
    if (card) findings.push(card);
    findings.sort((a, b) => a.start - b.start);
  }
  return { text: read.text, findings, ocr: got.ocr === true, ...(got.timedOut || read.cut ? { timedOut: true } : {}) };
}
