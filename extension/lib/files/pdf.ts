// The text layer of a PDF, page by page, with pdf.js. Only the offscreen
// document (or Firefox's background page) loads this: pdf.js is far too big
// for the content script. A scanned PDF without a text layer gives no text;
// the README says so.
import type { ExtractOptions } from './extract.ts';

export async function pdfText(bytes: Uint8Array, opts: ExtractOptions & { workerSrc?: string } = {}): Promise<{ text: string; pages: number }> {
  const pdfjs = await import('pdfjs-dist');
  if (opts.workerSrc) pdfjs.GlobalWorkerOptions.workerSrc = opts.workerSrc;
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false, disableFontFace: true, useSystemFonts: false }).promise;
  const parts: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      opts.signal?.throwIfAborted();
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          parts.push(line);
          line = '';
        }
      }
      if (line) parts.push(line);
      parts.push('');
      opts.onProgress?.(p / doc.numPages);
    }
  } finally {
    await doc.destroy();
  }
  return { text: parts.join('\n'), pages: doc.numPages };
}
