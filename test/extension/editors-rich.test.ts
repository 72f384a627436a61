// Real rich editors from npm (ProseMirror, Quill, Lexical) ignore text that
// appears in their DOM behind their back: proceeding after a held paste, or
// pasting the masked copy, must go through each editor's own input path. The
// proof reads each editor's own model, not the DOM.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { choose, pasteText, setPolicy, startReceiver, testPolicy, waitForNoWarning, waitForWarning, type Receiver } from './content-helpers.ts';

const CCCD = '001203004567';
const TEXT = `Hồ sơ của ông Trần Văn Bình, CCCD ${CCCD}.`;

let server: StaticServer;
let receiver: Receiver;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startStaticServer();
  receiver = await startReceiver();
  ext = await launchWithExtension();
  await setPolicy(ext, testPolicy(), receiver.url);
});

afterAll(async () => {
  await ext?.close();
  await receiver?.close();
  await server?.close();
});

const EDITORS = [
  { name: 'ProseMirror', page: 'prosemirror.html', field: '#editor .ProseMirror, #editor.ProseMirror' },
  { name: 'Quill', page: 'quill.html', field: '#editor .ql-editor' },
  { name: 'Lexical', page: 'lexical.html', field: '#editor' },
];

async function openEditor(page: string): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(`${server.origin}/${page}`);
  await p.waitForFunction(() => (window as unknown as { __editorReady?: boolean }).__editorReady === true);
  return p;
}

const editorText = (p: Page) => p.evaluate(() => (window as unknown as { __editorText: () => string }).__editorText());

describe.each(EDITORS)('$name', ({ page: path, field }) => {
  it('holds a paste, and proceeding puts the original into the editor model', async () => {
    const page = await openEditor(path);
    await page.click(field);
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitForWarning(page);
    expect(await editorText(page)).toBe('');
    await choose(page, 'proceed');
    await waitForNoWarning(page);
    await expect.poll(() => editorText(page)).toBe(TEXT);
    await page.close();
  });

  it('pastes the masked copy into the editor model', async () => {
    const page = await openEditor(path);
    await page.click(field);
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitForWarning(page);
    await choose(page, 'mask');
    await waitForNoWarning(page);
    await expect.poll(() => editorText(page)).toContain('001*******67');
    expect(await editorText(page)).not.toContain(CCCD);
    await page.close();
  });

  it('replaces typed values in the editor model by their masks (the editor\'s own insertText path)', async () => {
    const page = await openEditor(path);
    await page.click(field);
    await page.keyboard.type(`Số CCCD ${CCCD} nhé`);
    await expect.poll(() => editorText(page)).toBe(`Số CCCD ${CCCD} nhé`);
    // Enter with personal data in a chat-like editor is a send: the warning offers the masked copy.
    await page.keyboard.press('Enter');
    await waitForWarning(page);
    await choose(page, 'mask');
    await waitForNoWarning(page);
    await expect.poll(() => editorText(page)).toBe('Số CCCD 001*******67 nhé');
    await page.close();
  });

  it('cancel leaves the editor empty', async () => {
    const page = await openEditor(path);
    await page.click(field);
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitForWarning(page);
    await choose(page, 'cancel');
    await waitForNoWarning(page);
    await page.waitForTimeout(200);
    expect(await editorText(page)).toBe('');
    await page.close();
  });
});
