// Policy sources in the built extension (Debian Chromium): the agent's policy
// (GET /v1/policy with ETag) beats a policy edited in the options page, reaches
// content scripts already running on a page, and stays in force while the
// agent is down. Managed storage cannot be set in a real Chromium without
// writing machine-wide policy files, so its precedence is unit-tested with
// fakeBrowser (extension/lib/background/effective-policy.test.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { EffectivePolicy } from '../../extension/lib/messages.ts';
import { startAgentReceiver, type AgentReceiver } from '../helpers/agent-receiver.ts';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { waitFor } from '../helpers/planted.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { pasteText, testPolicy, waitForWarning, warningIn } from './content-helpers.ts';

const CCCD = '001203004567';
const TEXT = `Số CCCD của công dân: ${CCCD}`;

/** A complete policy with one preset reason. */
const policy = (fields: Record<string, unknown>) => testPolicy({ reasons: ['Xử lý hồ sơ'], ...fields });

let agent: AgentReceiver;
let server: StaticServer;
let ext: ExtensionBrowser;

async function effective(): Promise<EffectivePolicy> {
  return ext.message<EffectivePolicy>({ kind: 'pdp:get-policy' });
}
async function stored(): Promise<EffectivePolicy | undefined> {
  return (await ext.getAllStorage()).local.effectivePolicy as EffectivePolicy | undefined;
}
async function open(origin: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`${origin}/fields.html`);
  return page;
}

beforeAll(async () => {
  agent = await startAgentReceiver();
  server = await startStaticServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await agent?.close();
});

describe('policy sources', () => {
  it('starts from the built-in default', async () => {
    const e = await effective();
    expect(e.source).toBe('default');
    expect(e.policy.approvedSites).toEqual(['*.gov.vn']);
  });

  it("a user's policy applies while no agent serves one", async () => {
    await ext.setStorage('local', {
      settings: {
        agentUrl: agent.url,
        agentToken: agent.token,
        localPolicy: policy({ version: 'local-1', approvedSites: ['127.0.0.1'] }),
      },
    });
    await waitFor(async () => (await stored())?.policy.version === 'local-1', 'the local policy published');
    expect((await effective()).source).toBe('local');
  });

  it("the agent's policy beats the user's, with the bearer token, and reaches a page already open", async () => {
    const page = await open(server.origin); // 127.0.0.1: approved by the user's policy
    agent.setPolicy(policy({ version: 'agent-1', approvedSites: ['localhost'], blockedSites: ['127.0.0.1'] }));
    await ext.message({ kind: 'pdp:flush' });
    await waitFor(async () => (await stored())?.policy.version === 'agent-1', "the agent's policy published");
    expect((await effective()).source).toBe('agent');
    const get = agent.requests.find((r) => r.method === 'GET' && r.path === '/v1/policy')!;
    expect(get.headers.authorization).toBe(`Bearer ${agent.token}`);

    // The content script on the open page follows the change: 127.0.0.1 is now blocked.
    await page.click('#ta');
    await pasteText(ext.context, page, server.origin, TEXT);
    const hook = await waitForWarning(page);
    expect(hook.action).toBe('block');
    expect(await page.inputValue('#ta')).toBe('');
    await page.close();

    // localhost is approved by the agent: silent, the text lands.
    const approved = await open(server.otherOrigin);
    await approved.click('#ta');
    await pasteText(ext.context, approved, server.otherOrigin, TEXT);
    await waitFor(async () => (await approved.inputValue('#ta')).includes(CCCD), 'the pasted text on the approved site');
    expect(await warningIn(approved)).toBeNull();
    await approved.close();
  });

  it('revalidates with the ETag and keeps the policy when nothing changed', async () => {
    const before = agent.requests.filter((r) => r.path === '/v1/policy').length;
    await ext.message({ kind: 'pdp:flush' });
    const gets = agent.requests.filter((r) => r.path === '/v1/policy');
    expect(gets.length).toBe(before + 1);
    expect(gets.at(-1)!.headers['if-none-match']).toBeTruthy();
    expect((await stored())?.policy.version).toBe('agent-1');
  });

  it("keeps the agent's last policy while the agent is down", async () => {
    await agent.stop();
    await ext.message({ kind: 'pdp:flush' });
    const stats = await ext.message<{ agent: { lastError: string | null } }>({ kind: 'pdp:stats' });
    expect(stats.agent.lastError).toMatch(/network/);
    expect((await effective()).policy.version).toBe('agent-1');
    await agent.start();
  });

  it('a new agent policy replaces the old one', async () => {
    agent.setPolicy(policy({ version: 'agent-2', approvedSites: ['127.0.0.1', 'localhost'] }));
    await ext.message({ kind: 'pdp:flush' });
    await waitFor(async () => (await stored())?.policy.version === 'agent-2', 'the new agent policy');
    const page = await open(server.origin);
    await page.click('#ta');
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitFor(async () => (await page.inputValue('#ta')).includes(CCCD), 'the text on the now-approved site');
    expect(await warningIn(page)).toBeNull();
    await page.close();
  });
});
