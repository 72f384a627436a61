// The warning speaks Vietnamese by default and English in an English browser.
// Chromium on Linux takes its UI language from the environment (LANGUAGE),
// not from --lang, so this test launches its own browsers with that variable.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext } from 'playwright-core';
import { EXTENSION_DIR } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/tools.ts';
import { pasteText, waitForWarning, warningText } from './content-helpers.ts';

let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server?.close();
});

async function launch(language: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_PATH,
    headless: true,
    env: { ...process.env, LANGUAGE: language } as Record<string, string>,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return context;
}

async function warningIn(language: string): Promise<string> {
  const context = await launch(language);
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/fields.html`);
    await page.click('#ta');
    await pasteText(context, page, server.origin, 'Số CCCD 001203004567, ĐT 0912345678');
    await waitForWarning(page);
    return await warningText(page);
  } finally {
    await context.close();
  }
}

describe('language of the warning', () => {
  it('is Vietnamese by default (here a French browser), with the legal basis and masked examples', async () => {
    const text = await warningIn('fr');
    expect(text).toContain('Hủy');
    expect(text).toContain('Dán bản đã che');
    expect(text).toContain('Vẫn tiếp tục');
    expect(text).toContain('Báo nhầm');
    expect(text).toContain('Số CCCD/định danh cá nhân');
    expect(text).toContain('Nghị định 356/2025/NĐ-CP');
    expect(text).toContain('001*******67');
    expect(text).toContain('091*****78');
    expect(text).not.toContain('001203004567');
  });

  it('is English in an English browser', async () => {
    const text = await warningIn('en_US');
    expect(text).toContain('Cancel');
    expect(text).toContain('Paste masked copy');
    expect(text).toContain('Proceed anyway');
    expect(text).toContain('Decree 356/2025/NĐ-CP');
    expect(text).not.toContain('Hủy');
  });
});
