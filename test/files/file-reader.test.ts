// The file reader the content script loads on demand (lib/files/
// file-reader-handoff.ts), in a real Chromium with the built extension: the
// content script carries no reading code, so every file read here proves the
// reader loaded, on a page whose Content Security Policy allows no script at
// all and in frames of every kind the guard runs in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { FRAME_IDS, hostilePages, servePages, type PageServer } from '../helpers/hostile-pages.ts';
import { setPolicy, startReceiver, testPolicy, waitForNoWarning, waitForWarning, type Receiver } from '../extension/content-helpers.ts';

const LIST = 'ho_ten,so_cccd,dien_thoai\nNguyễn Văn An,001203004567,0912345678\nTrần Thị Bình,079185001234,0987654321\n';
const INPUT = '<input id="file" type="file">';

let pages: PageServer;
let origin: string;
let receiver: Receiver;
let ext: ExtensionBrowser;
let dir: string;
let csv: string;

async function open(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${origin}${path}`);
  return page;
}

/** A citizen list chosen in `frame`'s file input is held and named; cancelling (Escape) empties the input. */
async function holdsList(page: Page, frame: Page | Frame = page): Promise<void> {
  await frame.setInputFiles('#file', csv);
  const hook = await waitForWarning(frame, 20_000);
  expect(hook.types.split(',')).toEqual(expect.arrayContaining(['cccd', 'phone']));
  await page.keyboard.press('Escape');
  await waitForNoWarning(frame);
  expect(await frame.evaluate(() => (document.getElementById('file') as HTMLInputElement).files!.length)).toBe(0);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pdp-reader-'));
  csv = join(dir, 'danh-sach.csv');
  writeFileSync(csv, LIST);
  pages = await servePages(hostilePages(INPUT, 'allow-forms'), 'Gửi tệp');
  origin = pages.origin;
  receiver = await startReceiver();
  ext = await launchWithExtension();
  await setPolicy(ext, testPolicy({ approvedSites: [], failMode: 'open' }), receiver.url);
});

afterAll(async () => {
  await ext?.close();
  await receiver?.close();
  await pages?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the file reader, loaded on demand', () => {
  it('is not in the content script, is web-accessible, and carries no engine of its own', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const reader = readFileSync(join(EXTENSION_DIR, 'file-reader.js'), 'utf8');
    // Markers of the reading code: the legacy decoder, the reader's port, the anchor page.
    for (const marker of ['windows-1258', 'pdp-extract', 'reader-anchor.html']) {
      expect(content, marker).not.toContain(marker);
      expect(reader, marker).toContain(marker);
    }
    // A marker of the engine (a rule name): the reader borrows the content script's.
    expect(content).toContain('credential.password');
    expect(reader).not.toContain('credential.password');
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.web_accessible_resources).toContainEqual(expect.objectContaining({ resources: expect.arrayContaining(['file-reader.js']), matches: ['<all_urls>'] }));
  });

  it("reads a file on a page whose Content Security Policy allows no script (CSP)", async () => {
    const page = await open('/strict');
    await holdsList(page);
    await page.close();
  });

  it('reads a file in srcdoc frames, sandboxed ones (with and without scripts) and data: frames', async () => {
    const page = await open('/frames');
    for (const id of FRAME_IDS) {
      const frame = (await (await page.$(`#${id}`))!.contentFrame())!;
      await frame.waitForSelector('#file');
      await holdsList(page, frame).catch((err: Error) => {
        throw new Error(`${id}: ${err.message}`);
      });
    }
    await page.close();
  });
});
