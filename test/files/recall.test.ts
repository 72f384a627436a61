// Recall of `id_card_image` through the shipped reader (tesseract.js in the
// offscreen document) on a sample of the generated variants, and silence on
// harmless pictures. The whole set (45 cards, 36 harmless) is in
// `npm run bench:ocr`; this sample keeps the test under a minute.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { CARD_PAGES, HARMLESS_PAGES, makeTestImages, VARIANTS, type TestImage } from './card-images.ts';
import { openReaderClient, type ReaderAnswer } from './read-in-extension.ts';

let ext: ExtensionBrowser;
let dir: string;
let cards: TestImage[];
let harmless: TestImage[];
let read: (bytes: Uint8Array, mime: string) => Promise<ReaderAnswer>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pdp-recall-'));
  const pick = (names: string[]) => VARIANTS.filter((v) => names.includes(v.name));
  cards = await makeTestImages(dir, { pages: CARD_PAGES, variants: pick(['blur', 'jpeg40', 'webp', 'photo']) });
  harmless = await makeTestImages(dir, { pages: HARMLESS_PAGES, variants: pick(['plain', 'photo']) });
  ext = await launchWithExtension({ args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  read = await openReaderClient(ext);
});

afterAll(async () => {
  await ext?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('id_card_image through the shipped reader', () => {
  it('finds at least 95 % of the sampled card pictures', { timeout: 300_000 }, async () => {
    const missed: string[] = [];
    for (const img of cards) {
      const r = await read(img.bytes, img.mime);
      if (!r.types.includes('id_card_image')) missed.push(`${img.page}.${img.variant}`);
    }
    expect(cards.length).toBe(20);
    expect((cards.length - missed.length) / cards.length, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.95);
  });

  it('stays silent on ordinary screenshots and photos of them', { timeout: 300_000 }, async () => {
    const alarms: string[] = [];
    for (const img of harmless) {
      const r = await read(img.bytes, img.mime);
      if (r.types.includes('id_card_image')) alarms.push(`${img.page}.${img.variant}`);
    }
    expect(harmless.length).toBe(8);
    expect(alarms).toEqual([]);
  });
});
