// Turns a file's bytes into text for the engine, by kind. Runs where heavy
// parsers may live (the offscreen document, Firefox's background page, Node
// tests), never in the content script.
import { docxText } from './docx.ts';
import { isImageKind } from './file-kinds.ts';
import { xlsxText } from './xlsx.ts';

export interface ExtractOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

export interface Extracted {
  text: string;
  /** The image was read by OCR (its text is noisy; the ID-card recognizer applies). */
  ocr?: boolean;
  /** Reading stopped before the end (time budget): policy's failMode decides. */
  timedOut?: boolean;
}

export interface Extractors {
  pdf?: (bytes: Uint8Array, opts: ExtractOptions) => Promise<{ text: string }>;
  image?: (bytes: Uint8Array, mime: string, opts: ExtractOptions) => Promise<Extracted>;
}

export class UnsupportedKindError extends Error {
  constructor(kind: string) {
    super(`no reader for ${kind}`);
    this.name = 'UnsupportedKindError';
  }
}

export async function extractText(kind: string, mime: string, bytes: Uint8Array, x: Extractors, opts: ExtractOptions = {}): Promise<Extracted> {
  if (kind === 'xlsx') return { text: xlsxText(bytes).text };
  if (kind === 'docx') return { text: docxText(bytes).text };
  if (kind === 'pdf' && x.pdf) return { text: (await x.pdf(bytes, opts)).text };
  if (isImageKind(kind) && x.image) return x.image(bytes, mime, opts);
  throw new UnsupportedKindError(kind);
}
