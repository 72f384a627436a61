// The options page and the popup of the built extension in Chromium: the
// policy editor refuses invalid input and saves valid input as the user's
// policy; the agent address and token are saved; the popup shows protection,
// today's detections and the agent connection. Texts come from _locales in the
// browser's language.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EffectivePolicy, Report } from '../../extension/lib/messages.ts';
import { startAgentReceiver, type AgentReceiver } from '../helpers/agent-receiver.ts';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { waitFor } from '../helpers/planted.ts';

let agent: AgentReceiver;
let ext: ExtensionBrowser;

function messages(lang: string): Record<string, { message: string }> {
  const file = resolve(import.meta.dirname, `../../extension/public/_locales/${lang === 'en' ? 'en' : 'vi'}/messages.json`);
  return JSON.parse(readFileSync(file, 'utf8'));
}
async function text(page: Page, key: string, ...subs: string[]): Promise<string> {
  const lang = await page.evaluate(() => document.documentElement.lang);
  let s = messages(lang)[key]!.message;
  subs.forEach((v, i) => (s = s.replace(`$${i + 1}`, v)));
  return s;
}
async function stored(): Promise<EffectivePolicy | undefined> {
  return (await ext.getAllStorage()).local.effectivePolicy as EffectivePolicy | undefined;
}
async function page(path: string): Promise<Page> {
  const p = await ext.context.newPage();
  await p.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return p;
}

beforeAll(async () => {
  agent = await startAgentReceiver();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await agent?.close();
});

describe('options page', () => {
  it('shows the policy in force and where it came from', async () => {
    const p = await page('options.html');
    await p.waitForSelector('[data-testid="policy-text"]');
    expect(JSON.parse(await p.inputValue('[data-testid="policy-text"]')).version).toBe('builtin-1');
    const source = await text(p, 'options_policy_source', await text(p, 'options_source_default'), 'builtin-1');
    expect(await p.textContent('[data-testid="policy-source"]')).toBe(source);
    await p.close();
  });

  it('refuses an invalid policy and says where, saving nothing', async () => {
    const p = await page('options.html');
    await p.fill('[data-testid="policy-text"]', JSON.stringify({ version: 'bad', approvedSites: ['https://x.gov.vn'] }));
    await p.click('[data-testid="save-policy"]');
    const errors = await p.waitForSelector('[data-testid="policy-errors"]');
    expect(await errors.textContent()).toContain('approvedSites');
    await p.fill('[data-testid="policy-text"]', '{"version": ');
    await p.click('[data-testid="save-policy"]');
    await p.waitForFunction(() => document.querySelector('[data-testid="policy-errors"]')?.textContent?.includes('JSON'));
    expect((await stored())?.source).toBe('default');
    await p.close();
  });

  it("saves a valid policy as the user's and the service worker applies it", async () => {
    const p = await page('options.html');
    const policy = { version: 'options-1', approvedSites: ['*.gov.vn', 'intranet.local'], defaultAction: 'block' };
    await p.fill('[data-testid="policy-text"]', JSON.stringify(policy));
    await p.click('[data-testid="save-policy"]');
    await waitFor(async () => (await stored())?.policy.version === 'options-1', 'the saved policy in force');
    expect((await stored())?.source).toBe('local');
    expect((await stored())?.policy.defaultAction).toBe('block');
    await p.close();
  });

  it('imports a policy file and exports the editor content', async () => {
    const p = await page('options.html');
    const dir = mkdtempSync(join(tmpdir(), 'pdp-import-'));
    try {
      const file = join(dir, 'policy.json');
      writeFileSync(file, JSON.stringify({ version: 'imported-1', approvedSites: ['*.gov.vn'], blockedSites: ['chat.example.com'] }));
      await p.setInputFiles('input[type="file"]', file);
      await p.waitForFunction(() => (document.querySelector('[data-testid="policy-text"]') as HTMLTextAreaElement).value.includes('imported-1'));
      const download = p.waitForEvent('download');
      await p.getByRole('button', { name: await text(p, 'options_export') }).click();
      const saved = join(dir, 'exported.json');
      await (await download).saveAs(saved);
      expect(JSON.parse(readFileSync(saved, 'utf8')).version).toBe('imported-1');
      await p.click('[data-testid="save-policy"]');
      await waitFor(async () => (await stored())?.policy.version === 'imported-1', 'the imported policy in force');
      expect((await stored())?.policy.blockedSites).toEqual(['chat.example.com']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      await p.close();
    }
  });

  it('saves the agent address and token', async () => {
    const p = await page('options.html');
    await p.fill('input[name="agentUrl"]', agent.url);
    await p.fill('input[name="agentToken"]', agent.token);
    await p.click('[data-testid="save-agent"]');
    await waitFor(async () => {
      const s = (await ext.getAllStorage()).local.settings as { agentUrl?: string; agentToken?: string } | undefined;
      return s?.agentUrl === agent.url && s.agentToken === agent.token;
    }, 'the agent settings stored');
    await p.fill('input[name="agentUrl"]', 'ftp://nope');
    await p.click('[data-testid="save-agent"]');
    expect(await p.textContent('[role="alert"]')).toBe(await text(p, 'options_agent_url_invalid'));
    await p.close();
  });
});

describe('popup', () => {
  it("shows protection, today's detections and a connected agent", async () => {
    const report: Report = {
      site: 'http://127.0.0.1/',
      channel: 'paste',
      action: 'warn',
      decision: 'cancelled',
      findings: [{ type: 'phone', category: 'basic', count: 2, distinct: 2, masked: ['********78'], rules: [], values: ['0912345678'] }],
      summary: { total: 2, distinct: 2, looksLikeList: false },
    };
    await ext.message({ kind: 'pdp:report', report });
    await waitFor(() => agent.accepted.length >= 1, 'the event delivered');

    const p = await page('popup.html');
    await p.waitForSelector('[data-testid="today"]');
    expect(await p.textContent('[data-testid="protection"]')).toContain(await text(p, 'popup_protection_on'));
    expect(await p.textContent('[data-testid="today"]')).toContain(await text(p, 'popup_today', '1'));
    expect(await p.textContent('[data-testid="today"]')).toContain(': 2');
    expect(await p.textContent('[data-testid="agent"]')).toContain(await text(p, 'popup_agent_connected'));
    expect(await p.textContent('body')).not.toContain('0912345678');
    await p.close();
  });
});

describe('language', () => {
  it('speaks Vietnamese in a Vietnamese browser and English in an English one', async () => {
    for (const [lang, expected] of [
      ['vi', 'Bảo vệ đang bật'],
      ['en', 'Protection on'],
    ] as const) {
      const b = await launchWithExtension({ uiLanguage: lang });
      try {
        const p = await b.context.newPage();
        await p.goto(`chrome-extension://${b.extensionId}/popup.html`);
        await p.waitForSelector('[data-testid="protection"]');
        expect(await p.textContent('[data-testid="protection"]')).toContain(expected);
        expect(await p.evaluate(() => document.documentElement.lang)).toBe(lang);
      } finally {
        await b.close();
      }
    }
  });
});
