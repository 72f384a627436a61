// Images and office files in a real Chromium with the built extension: a
// card photo chosen for upload or pasted into a chat is read by OCR in the
// offscreen document and flagged as an ID-card image; a harmless screenshot
// passes; CSV and .xlsx lists of citizens read as lists. The browser cannot
// resolve any name but loopback, so OCR working here proves nothing is
// fetched from a CDN. Nothing of the content reaches the events.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { ASSET_DIRS, COPIED_ASSETS, OCR_LANGUAGES } from '../../extension/lib/ocr/assets.ts';
import { MAX_REMOTE_BYTES } from '../../extension/lib/ocr/protocol.ts';
import { choose, dumpExtensionData, hasChoice, setPolicy, startReceiver, testPolicy, waitForNoWarning, waitForWarning, warningIn, warningText, type HookState, type Receiver } from '../extension/content-helpers.ts';
import { makeXlsx, residentRows } from '../../extension/lib/files/testing.ts';
import { makeTestImages, VARIANTS, type TestImage } from './card-images.ts';
import { startUploadPage, type UploadPage } from './upload-page.ts';

const CARD_NUMBER = '001203004567';
const CARD_NAME = 'THÀNH';

let page0: UploadPage;
let receiver: Receiver;
let ext: ExtensionBrowser;
let dir: string;
let images: TestImage[];
const image = (p: string, v: string) => images.find((i) => i.page === p && i.variant === v)!;

type Got = { how: string; type: string; size: number };
const got = (page: Page) => page.evaluate(() => (window as unknown as { __got: Got[] }).__got);

async function open(): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(page0.url);
  return page;
}

/** The warning once reading is over (the "checking…" state carries no types yet). */
async function decidedWarning(page: Page, timeout = 60_000): Promise<HookState> {
  await waitForWarning(page, timeout);
  await expect.poll(async () => (await warningIn(page))?.types ?? 'closed', { timeout }).not.toBe('');
  return (await warningIn(page)) ?? { types: '', action: '' };
}

async function eventsWith(pred: (e: Record<string, any>) => boolean): Promise<Record<string, any>[]> {
  await ext.message({ kind: 'pdp:flush' });
  await expect.poll(() => receiver.events.filter(pred).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return receiver.events.filter(pred) as Record<string, any>[];
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pdp-images-'));
  const wanted = VARIANTS.filter((v) => v.name === 'plain' || v.name === 'rot90');
  images = await makeTestImages(dir, { pages: ['cccd-front', 'cccd-back', 'harmless-news'], variants: wanted });
  page0 = await startUploadPage();
  receiver = await startReceiver();
  // Only loopback resolves: a CDN fetch for the OCR worker, core or models would fail.
  ext = await launchWithExtension({ args: ['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  await setPolicy(ext, testPolicy({ approvedSites: [] }), receiver.url);
});

afterAll(async () => {
  await ext?.close();
  await receiver?.close();
  await page0?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('images', () => {
  it('flags a card photo chosen for upload as an ID-card image; cancel leaves the page without it', async () => {
    const page = await open();
    await page.setInputFiles('#file', image('cccd-front', 'plain').path);
    const hook = await decidedWarning(page);
    expect(hook.types.split(',')).toContain('id_card_image');
    await choose(page, 'cancel');
    await waitForNoWarning(page);
    expect(await page.evaluate(() => (document.getElementById('file') as HTMLInputElement).files!.length)).toBe(0);
    expect(await got(page)).toEqual([]);
    expect(page0.uploads).toEqual([]);
    // The frame that keeps the reader's process in the foreground is gone once reading ends.
    expect(await page.$('[data-pdp-guard="reader"]')).toBeNull();

    const [event] = await eventsWith((e) => e.channel === 'upload' && e.findings.some((f: any) => f.type === 'id_card_image'));
    expect(event.decision).toBe('cancelled');
    expect(event.file).toEqual({ kind: 'png', sizeBytes: image('cccd-front', 'plain').bytes.length });
    const card = event.findings.find((f: any) => f.type === 'id_card_image');
    expect(card.category).toBe('sensitive');
    expect(card.masked).toEqual(['[id_card_image]']);
    await page.close();
  });

  it('reads a card lying on its side (the back, with its MRZ)', async () => {
    const page = await open();
    await page.setInputFiles('#file', image('cccd-back', 'rot90').path);
    const hook = await decidedWarning(page);
    expect(hook.types.split(',')).toContain('id_card_image');
    await choose(page, 'cancel');
    await waitForNoWarning(page);
    await page.close();
  });

  it('lets a harmless screenshot through without a word', async () => {
    const page = await open();
    await page.setInputFiles('#file', image('harmless-news', 'plain').path);
    await expect.poll(() => got(page), { timeout: 60_000 }).toEqual([{ how: 'input', type: 'image/png', size: image('harmless-news', 'plain').bytes.length }]);
    expect(await page.$('[data-pdp-guard="warning"]')).toBeNull();
    await page.close();
  });

  it('holds a pasted card picture; proceed hands the same picture to the page', async () => {
    const page = await open();
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: page0.origin });
    const png = image('cccd-front', 'plain').bytes;
    await page.evaluate(async (b64) => {
      const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    }, Buffer.from(png).toString('base64'));
    await page.click('#chat');
    await page.keyboard.press('Control+V');
    const hook = await decidedWarning(page);
    expect(hook.types.split(',')).toContain('id_card_image');
    expect(await got(page)).toEqual([]);
    // A picture cannot be masked: no masked copy is offered for a pasted file.
    expect(await hasChoice(page, 'mask')).toBe(false);
    await choose(page, 'proceed');
    await expect.poll(() => got(page)).toEqual([expect.objectContaining({ how: 'paste', type: 'image/png' })]);
    const [event] = await eventsWith((e) => e.channel === 'paste' && e.decision === 'proceeded');
    expect(event.findings.map((f: any) => f.type)).toContain('id_card_image');
    await page.close();
  });
});

describe('lists of citizens', () => {
  it('reads a CSV and an .xlsx of 40 residents as lists, in the warning and in the event', async () => {
    const rows = residentRows(40);
    const csv = join(dir, 'danh-sach-cu-dan.csv');
    writeFileSync(csv, rows.map((r) => r.join(',')).join('\n'));
    const xlsx = join(dir, 'danh-sach-cu-dan.xlsx');
    writeFileSync(xlsx, makeXlsx([rows]));
    for (const [path, kind] of [[csv, 'csv'], [xlsx, 'xlsx']] as const) {
      const page = await open();
      await page.setInputFiles('#file', path);
      const hook = await decidedWarning(page);
      expect(hook.types.split(',')).toEqual(expect.arrayContaining(['cccd', 'phone']));
      // The warning counts the people ("40 số CCCD" / "40 CCCD numbers"), never shows them.
      const text = await warningText(page);
      expect(text).toMatch(/40/);
      expect(text).not.toContain(rows[1][2]);
      await choose(page, 'cancel');
      await waitForNoWarning(page);
      const [event] = await eventsWith((e) => e.file?.kind === kind);
      expect(event.summary.looksLikeList).toBe(true);
      expect(event.findings.find((f: any) => f.type === 'cccd').distinct).toBe(40);
      await page.close();
    }
  });
});

describe('documents', () => {
  it('reads the text layer of a PDF and the tables of a .docx', async () => {
    const rows = residentRows(12);
    // A PDF printed by Chromium itself from an HTML table.
    const maker = await ext.context.newPage();
    await maker.setContent(`<meta charset="utf-8"><table>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('')}</table>`);
    const pdf = join(dir, 'bao-cao.pdf');
    writeFileSync(pdf, await maker.pdf());
    await maker.close();
    const docxPath = join(dir, 'bien-ban.docx');
    const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] });
    const doc = new Document({ sections: [{ children: [new Paragraph('Biên bản'), new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) })] }] });
    writeFileSync(docxPath, await Packer.toBuffer(doc));

    for (const [path, kind] of [[pdf, 'pdf'], [docxPath, 'docx']] as const) {
      const page = await open();
      await page.setInputFiles('#file', path);
      const hook = await decidedWarning(page);
      expect(hook.types.split(',')).toEqual(expect.arrayContaining(['cccd', 'phone']));
      await choose(page, 'cancel');
      await waitForNoWarning(page);
      expect(await got(page)).toEqual([]);
      const [event] = await eventsWith((e) => e.file?.kind === kind);
      expect(event.findings.find((f: any) => f.type === 'cccd').distinct).toBe(12);
      expect(event.summary.looksLikeList).toBe(true);
      await page.close();
    }
  });
});

describe('time budget', () => {
  it("follows policy's failMode for a file it cannot read in time: closed keeps it back, open lets it through", async () => {
    // Beyond the reader's size limit: reported as not read in time without being read.
    const big = join(dir, 'anh-lon.png');
    writeFileSync(big, new Uint8Array(MAX_REMOTE_BYTES + 1));
    try {
      await setPolicy(ext, testPolicy({ approvedSites: [], failMode: 'closed' }), receiver.url);
      let page = await open();
      await page.setInputFiles('#file', big);
      // Held, then refused with a notice that says why (only "close" offered).
      const notice = await waitForWarning(page, 20_000);
      expect(notice).toEqual({ types: '', action: 'block' });
      expect(await hasChoice(page, 'proceed')).toBe(false);
      await choose(page, 'cancel');
      await waitForNoWarning(page);
      // The input is emptied and the page never hears of it.
      await expect.poll(() => page.evaluate(() => (document.getElementById('file') as HTMLInputElement).files!.length), { timeout: 15_000 }).toBe(0);
      await page.waitForTimeout(1500);
      expect(await got(page)).toEqual([]);
      await page.close();

      await setPolicy(ext, testPolicy({ approvedSites: [], failMode: 'open' }), receiver.url);
      page = await open();
      await page.setInputFiles('#file', big);
      await expect.poll(() => got(page), { timeout: 15_000 }).toEqual([{ how: 'input', type: 'image/png', size: MAX_REMOTE_BYTES + 1 }]);
      await page.close();
    } finally {
      rmSync(big, { force: true });
      await setPolicy(ext, testPolicy({ approvedSites: [] }), receiver.url);
    }
  });
});

describe('the shipped reader', () => {
  it('carries its OCR engine, models and pdf.js worker inside the extension', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toContain('offscreen');
    expect(manifest.content_security_policy.extension_pages).toContain("'wasm-unsafe-eval'");
    for (const [, to] of COPIED_ASSETS) expect(existsSync(join(EXTENSION_DIR, to)), to).toBe(true);
    for (const lang of OCR_LANGUAGES) expect(existsSync(join(EXTENSION_DIR, ASSET_DIRS.lang, `${lang}.traineddata.gz`))).toBe(true);
    expect(existsSync(join(EXTENSION_DIR, 'offscreen.html'))).toBe(true);
  });
});

describe('privacy', () => {
  it('keeps the card number, the name and the residents out of events and extension storage', async () => {
    const everything = receiver.bodies.join('\n') + (await dumpExtensionData(ext));
    // Positive control: the record mask of the card went the same way and is there.
    expect(everything).toContain('[id_card_image]');
    expect(everything).toContain('upload');
    for (const raw of [CARD_NUMBER, CARD_NAME, 'NGUYEN<<VAN', residentRows(3)[2][2], residentRows(3)[2][3]]) expect(everything).not.toContain(raw);
  });
});
