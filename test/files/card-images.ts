// Makes the test images: card-like pages (test/fixtures/cards, invented
// people) and ordinary pages rendered in Chromium and captured as a phone or a
// scanner would hand them over: straight, rotated, blurred, scaled down,
// JPEG-compressed, re-encoded as WebP, or skewed a few degrees.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/tools.ts';

export const CARDS_DIR = resolve(import.meta.dirname, '../fixtures/cards');

export const CARD_PAGES = ['cccd-front', 'cccd-back', 'cancuoc-2024', 'cmnd-old', 'citizen-en'] as const;
export const HARMLESS_PAGES = ['harmless-news', 'harmless-prices', 'harmless-form', 'harmless-dashboard'] as const;

export interface Variant {
  name: string;
  /** CSS applied to the wrapper around #card. */
  css: string;
  format: 'png' | 'jpeg' | 'webp';
  quality?: number;
}

export const VARIANTS: readonly Variant[] = [
  { name: 'plain', css: '', format: 'png' },
  { name: 'rot90', css: 'transform: rotate(90deg);', format: 'png' },
  { name: 'rot180', css: 'transform: rotate(180deg);', format: 'png' },
  { name: 'rot270', css: 'transform: rotate(270deg);', format: 'jpeg', quality: 80 },
  { name: 'blur', css: 'filter: blur(1.2px);', format: 'png' },
  { name: 'half', css: 'zoom: 0.5;', format: 'png' },
  { name: 'jpeg40', css: '', format: 'jpeg', quality: 40 },
  { name: 'webp', css: '', format: 'webp', quality: 70 },
  // A phone photo: slightly turned, soft, compressed, on a desk-coloured background.
  { name: 'photo', css: 'transform: rotate(-4deg); filter: blur(0.7px) contrast(0.9) brightness(1.05);', format: 'jpeg', quality: 55 },
];

export interface TestImage {
  page: string;
  variant: string;
  card: boolean;
  path: string;
  mime: string;
  bytes: Uint8Array;
}

async function capture(page: Page, variant: Variant): Promise<Uint8Array> {
  await page.evaluate((css) => {
    let wrap = document.getElementById('pdp-wrap');
    const card = document.getElementById('card')!;
    if (!wrap) {
      wrap = document.createElement('div');
      wrap.id = 'pdp-wrap';
      wrap.style.display = 'inline-block';
      card.replaceWith(wrap);
      wrap.append(card);
    }
    wrap.setAttribute('style', `display:inline-block;margin:240px;${css}`);
    document.body.style.background = '#8b7d6b';
  }, variant.css);
  const rect = await page.evaluate(() => {
    const r = document.getElementById('pdp-wrap')!.getBoundingClientRect();
    return { x: Math.max(0, r.x - 16), y: Math.max(0, r.y - 16), width: r.width + 32, height: r.height + 32 };
  });
  await page.setViewportSize({ width: Math.ceil(rect.x + rect.width + 20), height: Math.ceil(rect.y + rect.height + 20) });
  if (variant.format === 'webp') {
    const png = await page.screenshot({ type: 'png', clip: rect });
    const b64 = await page.evaluate(async ({ data, quality }) => {
      const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob());
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      canvas.getContext('2d')!.drawImage(bmp, 0, 0);
      const blob = await canvas.convertToBlob({ type: 'image/webp', quality: quality / 100 });
      const buf = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (const b of buf) s += String.fromCharCode(b);
      return btoa(s);
    }, { data: png.toString('base64'), quality: variant.quality ?? 70 });
    return new Uint8Array(Buffer.from(b64, 'base64'));
  }
  return new Uint8Array(await page.screenshot({ type: variant.format, quality: variant.quality, clip: rect }));
}

const MIME = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;

/** Renders every page in every variant (or the ones asked for) into `outDir`. */
export async function makeTestImages(
  outDir: string,
  opts: { pages?: readonly string[]; variants?: readonly Variant[]; browser?: Browser } = {},
): Promise<TestImage[]> {
  mkdirSync(outDir, { recursive: true });
  const browser = opts.browser ?? (await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true }));
  const out: TestImage[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    for (const name of opts.pages ?? [...CARD_PAGES, ...HARMLESS_PAGES]) {
      await page.goto(pathToFileURL(join(CARDS_DIR, `${name}.html`)).href);
      await page.evaluate(() => document.fonts.ready);
      for (const v of opts.variants ?? VARIANTS) {
        const bytes = await capture(page, v);
        const path = join(outDir, `${name}.${v.name}.${v.format === 'jpeg' ? 'jpg' : v.format}`);
        writeFileSync(path, bytes);
        out.push({ page: name, variant: v.name, card: !name.startsWith('harmless'), path, mime: MIME[v.format], bytes });
      }
    }
    await page.close();
  } finally {
    if (!opts.browser) await browser.close();
  }
  return out;
}
