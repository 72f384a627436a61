// The whole path, as a DPO would see it: Debian Chromium with the built
// extension → the real local agent → the real hub (both on SQLite, started by
// the same code as `npm start`) → the hub's API and Form 08. Then the privacy
// contract: no planted raw value in the extension's storage, the agent's or the
// hub's data folders, or any log — with a positive control for each place.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoServer, type DemoServer } from '../../scripts/lib/demo-server.ts';
import { startStack, type Stack } from '../../scripts/lib/stack.ts';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { choose, hasChoice, giveReason, pasteText, waitForNoWarning, waitForWarning } from '../extension/content-helpers.ts';
import { extensionDataDirs, filesContaining, waitFor } from '../helpers/planted.ts';

const CCCD = '001203004567';
const PHONE = '0912 345 678';
const PLANTED = [CCCD, PHONE.replaceAll(' ', ''), PHONE];
const SCREENSHOTS = resolve(import.meta.dirname, '../../docs/screenshots');

let dataDir: string;
let stack: Stack;
let demo: DemoServer;
let ext: ExtensionBrowser;

import { freePort } from '../helpers/ports.ts';

async function login(): Promise<string> {
  const res = await fetch(`${stack.hubUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: stack.firstAdmin!.name, password: stack.firstAdmin!.password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pdp-whole-'));
  stack = await startStack({ data: dataDir, hubPort: await freePort(), agentPort: await freePort(), quiet: true, flushInterval: 1 });
  demo = await startDemoServer();
  // Vietnamese first: the browser's UI language picks the extension's locale.
  ext = await launchWithExtension({ uiLanguage: 'vi' });
  await ext.setStorage('local', { settings: { agentUrl: stack.agentUrl, agentToken: stack.agentToken } });
});

afterAll(async () => {
  await ext?.close();
  await demo?.close();
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('browser → extension → agent → hub → DPO', () => {
  let page: Page;
  let incidentId: string;

  it('warns on a pasted CCCD and phone number, and the incident reaches the hub', async () => {
    page = await ext.context.newPage();
    await page.goto(demo.url);
    await page.click('#chat-input');
    await pasteText(ext.context, page, new URL(demo.url).origin, `Chị kiểm tra giúp: CCCD ${CCCD}, SĐT ${PHONE}`);
    const warning = await waitForWarning(page);
    expect(warning.types.split(',').sort()).toEqual(['cccd', 'phone']);
    await page.screenshot({ path: join(SCREENSHOTS, 'warning.png') });
    // Nothing reached the page while the warning is up.
    expect(await page.inputValue('#chat-input')).toBe('');

    await choose(page, 'proceed');
    if (await hasChoice(page, 'proceed')) {
      // Policy asked for a reason: give one, then proceed.
      await giveReason(page, { other: 'Gửi hồ sơ cho bộ phận một cửa' });
      await choose(page, 'proceed');
    }
    await waitForNoWarning(page);
    // The original goes in on the task after the dialog closes: wait for it.
    await expect.poll(() => page.inputValue('#chat-input'), { timeout: 10_000 }).toContain(CCCD);

    const cookie = await login();
    const item = await waitFor(async () => {
      const res = await fetch(`${stack.hubUrl}/api/incidents`, { headers: { cookie } });
      const body = (await res.json()) as { items: { id: string; site: string; types: string[]; decisions: string[] }[] };
      return body.items.find((i) => i.site === new URL(demo.url).origin);
    }, 'the incident in the hub', 60_000);
    expect([...item.types].sort()).toEqual(['cccd', 'phone']);
    expect(item.decisions).toContain('proceeded');
    incidentId = item.id;

    const detail = (await (await fetch(`${stack.hubUrl}/api/incidents/${incidentId}`, { headers: { cookie } })).json()) as {
      workstation: string;
      events: { channel: string; findings: { type: string; masked: string[] }[] }[];
    };
    expect(detail.workstation).toBe(stack.workstation);
    expect(detail.events[0]!.channel).toBe('paste');
    const masks = detail.events.flatMap((e) => e.findings.flatMap((f) => f.masked));
    expect(masks).toContain('**********67');

    // The popup as the civil servant sees it after the paste (for the README).
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.waitForLoadState('networkidle');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup.png') });
    await popup.close();
  });

  it('downloads the Form 08 notification for the incident', async () => {
    const cookie = await login();
    const res = await fetch(`${stack.hubUrl}/api/incidents/${incidentId}/notification.docx?form=08`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const xml = strFromU8(files['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toMatch(/08/);
    for (const v of PLANTED) expect(text).not.toContain(v);
  });

  it('leaves no planted raw value in extension storage, agent or hub data, or logs', async () => {
    await page.close();
    // Positive controls: what went through the same paths is found where it is kept.
    const extDirs = extensionDataDirs(ext.userDataDir, ext.extensionId);
    await waitFor(() => extDirs.some((d) => filesContaining(d, stack.agentToken).length > 0), 'the agent token in extension storage');
    const site = new URL(demo.url).host;
    expect(filesContaining(join(dataDir, 'hub'), site).length).toBeGreaterThan(0);
    expect(filesContaining(join(dataDir, 'agent'), stack.agentToken).length).toBeGreaterThan(0);
    expect(stack.children.map((c) => c.output.length).every((n) => n > 0)).toBe(true);

    for (const v of PLANTED) {
      for (const d of extDirs) expect(filesContaining(d, v), `${v} in ${d}`).toEqual([]);
      expect(filesContaining(join(dataDir, 'agent'), v)).toEqual([]);
      expect(filesContaining(join(dataDir, 'hub'), v)).toEqual([]);
      for (const c of stack.children) expect(c.output.join('\n')).not.toContain(v);
    }
  });
});
