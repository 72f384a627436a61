// Reads an image's text within a time budget. The first pass reads it as it
// is; when that gives long but unconfident text (the look of text on its side
// or upside down) and time remains, the other orientations are tried, most
// likely first, until one reads as an ID card or reads confidently. Tesseract's
// own orientation detection needs the legacy engine and data we do not ship.
import type { Extracted } from '../files/extract.ts';
import type { OcrEngine, OcrPass } from './engine.ts';
import { decodeImage, renderForOcr, type Rotation } from './prepare-image.ts';

/** Mean confidence above which text is taken as upright. */
export const UPRIGHT_CONFIDENCE = 70;
/** Fewer characters than this: no text to turn (a photo of a landscape). */
export const MIN_TEXT_TO_TURN = 40;

export interface ReadImageOptions {
  budgetMs: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
  /** Stops turning once the text reads as this (an ID card). */
  isTarget?: (text: string) => boolean;
  now?: () => number;
}

export function rotationsToTry(width: number, height: number): Rotation[] {
  // Cards and documents are photographed landscape or portrait; a portrait
  // picture of a landscape card lies on its side.
  return height > width ? [90, 270, 180] : [180, 90, 270];
}

export async function readImage(engine: OcrEngine, bytes: Uint8Array, mime: string, opts: ReadImageOptions): Promise<Extracted> {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const image = await decodeImage(bytes, mime);
  try {
    const order: Rotation[] = [0, ...rotationsToTry(image.width, image.height)];
    let best: OcrPass | null = null;
    let passMs = 0;
    let timedOut = false;
    for (let i = 0; i < order.length; i++) {
      opts.signal?.throwIfAborted();
      if (i > 0) {
        if (!best || best.confidence >= UPRIGHT_CONFIDENCE || best.text.trim().length < MIN_TEXT_TO_TURN) break;
        if (now() - started + passMs > opts.budgetMs) {
          timedOut = true;
          break;
        }
      }
      const t0 = now();
      // The first pass fills 90 % of the bar; turning, if needed, the rest.
      const pass = await engine.recognize(renderForOcr(image, order[i]), (p) =>
        opts.onProgress?.(i === 0 ? 0.9 * p : 0.9 + (0.1 * (i - 1 + p)) / (order.length - 1)),
      );
      passMs = Math.max(passMs, now() - t0);
      if (!best || pass.confidence > best.confidence) best = pass;
      if (opts.isTarget?.(pass.text)) {
        best = pass;
        break;
      }
    }
    return { text: best?.text ?? '', ocr: true, ...(timedOut ? { timedOut } : {}) };
  } finally {
    image.close();
  }
}
