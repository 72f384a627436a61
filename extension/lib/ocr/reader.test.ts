import { describe, expect, it } from 'vitest';
import { summarize } from '../../../shared/detect/index.ts';
import { makeXlsx, residentRows } from '../files/testing.ts';
import { fromBase64, toBase64 } from './protocol.ts';
import { readFile, type ImageReader } from './reader.ts';
import { rotationsToTry } from './read-image.ts';
import { scaleFor } from './prepare-image.ts';

// What tesseract read from a generated card image (see test/files/card-images.ts).
const CARD_OCR =
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCĂN CƯỚC CÔNG DÂN\nsé/No.: 001203004567\nHo và tên / Full name:\nNGUYEN VĂN THÀNH\nNgày sinh / Date of birth: 12/04/2003';

// OCR is the edge of the world here: the image reader hands back text.
const ocrSays = (text: string): ImageReader => async () => ({ text, ocr: true });

describe('readFile', () => {
  it('flags an ID-card image and runs the engine on its text too', async () => {
    const r = await readFile({ kind: 'png', mime: 'image/png', bytes: new Uint8Array(8), budgetMs: 1000 }, { image: ocrSays(CARD_OCR) });
    const types = r.findings.map((f) => f.type);
    expect(types).toContain('id_card_image');
    expect(types).toContain('cccd');
    expect(r.ocr).toBe(true);
    const starts = r.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('does not call an ordinary screenshot an ID card', async () => {
    const r = await readFile({ kind: 'jpg', mime: 'image/jpeg', bytes: new Uint8Array(8), budgetMs: 1000 }, { image: ocrSays('Bảng giá văn phòng phẩm quý III\nGiấy A4 78.000') });
    expect(r.findings).toEqual([]);
  });

  it('gives the ID-card recognizer to OCR text only, not to a document that quotes a card', async () => {
    const bytes = makeXlsx([[['Mẫu'], [CARD_OCR]]]);
    const r = await readFile({ kind: 'xlsx', mime: '', bytes, budgetMs: 1000 }, {});
    expect(r.findings.map((f) => f.type)).not.toContain('id_card_image');
  });

  it('reads a workbook of residents as a list of people', async () => {
    const r = await readFile({ kind: 'xlsx', mime: '', bytes: makeXlsx([residentRows(30)]), budgetMs: 1000 }, {});
    const s = summarize(r.text, r.findings);
    expect(s.looksLikeList).toBe(true);
    expect(s.byType.cccd?.distinct).toBe(30);
    expect(s.byType.phone?.distinct).toBe(30);
  });

  it('passes a timed-out image on as such', async () => {
    const r = await readFile({ kind: 'png', mime: 'image/png', bytes: new Uint8Array(8), budgetMs: 1 }, { image: async () => ({ text: '', ocr: true, timedOut: true }) });
    expect(r.timedOut).toBe(true);
  });

  it('refuses a kind it has no reader for', async () => {
    await expect(readFile({ kind: 'pdf', mime: 'application/pdf', bytes: new Uint8Array(8), budgetMs: 1 }, {})).rejects.toThrow(/no reader/);
  });
});

describe('image geometry and transport', () => {
  it('turns a portrait picture on its side first, a landscape one upside down first', () => {
    expect(rotationsToTry(600, 900)[0]).toBe(90);
    expect(rotationsToTry(900, 600)[0]).toBe(180);
    expect(new Set(rotationsToTry(900, 600))).toEqual(new Set([90, 180, 270]));
  });

  it('shrinks phone photos, enlarges small screenshots, leaves the rest', () => {
    expect(scaleFor(4000, 3000)).toBeCloseTo(1800 / 4000);
    expect(scaleFor(400, 300)).toBe(2);
    expect(scaleFor(600, 400)).toBeCloseTo(1.5);
    expect(scaleFor(1200, 800)).toBe(1);
  });

  it('carries bytes through base64 unchanged', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
