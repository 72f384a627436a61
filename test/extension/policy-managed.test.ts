// Enterprise-managed settings in a real Chromium: a policy file in the
// Chromium policy folder (/etc/chromium/policies/managed, "3rdparty" for our
// extension ID), shown to this browser only through a private mount namespace
// (test/helpers/chromium.ts), so no other browser on the machine is affected.
// Managed policy beats the agent's, the agency key keys the tags, the agent
// address and token come from policy, and the options page is read-only.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { eventSchema } from '../../shared/event/schema.ts';
import { CHROME_EXTENSION_ID } from '../../shared/ids.ts';
import { computeTag } from '../../shared/mask/index.ts';
import type { EffectivePolicy, Report } from '../../extension/lib/messages.ts';
import { startAgentReceiver, type AgentReceiver } from '../helpers/agent-receiver.ts';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { waitFor } from '../helpers/planted.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { pasteText, waitForWarning, warningIn } from './content-helpers.ts';

const KEY = Uint8Array.from({ length: 32 }, (_, i) => (i * 7 + 3) & 0xff);
const CCCD = '001203004567';

let agent: AgentReceiver;
let server: StaticServer;
let ext: ExtensionBrowser;

async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  return page;
}

beforeAll(async () => {
  agent = await startAgentReceiver({ token: 'managed-agent-token' });
  // The agent serves a policy of its own: managed storage must win over it.
  agent.setPolicy({ version: 'agent-ignored', approvedSites: ['127.0.0.1'], defaultAction: 'allow' });
  server = await startStaticServer();
  ext = await launchWithExtension({
    managedPolicy: {
      '3rdparty': {
        extensions: {
          [CHROME_EXTENSION_ID]: {
            agentUrl: agent.url,
            agentToken: agent.token,
            hashKey: Buffer.from(KEY).toString('base64'),
            policy: {
              version: 'managed-e2e-1',
              approvedSites: ['localhost'],
              blockedSites: ['127.0.0.1'],
              defaultAction: 'warn',
            },
          },
        },
      },
    },
  });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await agent?.close();
});

describe('managed storage (Chromium policy file)', () => {
  it('never touches the machine-wide policy folder', () => {
    expect(existsSync('/etc/chromium/policies/managed/pdp-guard.json')).toBe(false);
  });

  it("is the policy in force, over the agent's", async () => {
    await ext.message({ kind: 'pdp:flush' }); // also asks the agent for its policy
    expect(agent.requests.some((r) => r.path === '/v1/policy' && r.headers.authorization === `Bearer ${agent.token}`)).toBe(true);
    const e = await ext.message<EffectivePolicy>({ kind: 'pdp:get-policy' });
    expect(e.source).toBe('managed');
    expect(e.policy.version).toBe('managed-e2e-1');
    expect(e.protectionOn).toBe(true);
  });

  it('applies on pages: blocked on 127.0.0.1, silent on localhost', async () => {
    const blocked = await open(`${server.origin}/fields.html`);
    await blocked.click('#ta');
    await pasteText(ext.context, blocked, server.origin, `CCCD ${CCCD}`);
    expect((await waitForWarning(blocked)).action).toBe('block');
    await blocked.close();

    const approved = await open(`${server.otherOrigin}/fields.html`);
    await approved.click('#ta');
    await pasteText(ext.context, approved, server.otherOrigin, `CCCD ${CCCD}`);
    await waitFor(async () => (await approved.inputValue('#ta')).includes(CCCD), 'the text on the approved site');
    expect(await warningIn(approved)).toBeNull();
    await approved.close();
  });

  it("sends to the managed agent address with the managed token, tagging with the agency's key", async () => {
    const report: Report = {
      site: 'http://127.0.0.1/',
      channel: 'paste',
      action: 'block',
      decision: 'blocked',
      findings: [{ type: 'cccd', category: 'basic', count: 1, distinct: 1, masked: ['**********67'], rules: [], values: [CCCD] }],
      summary: { total: 1, distinct: 1, looksLikeList: false },
    };
    const before = agent.accepted.length;
    await ext.message({ kind: 'pdp:report', report });
    await waitFor(() => agent.accepted.length > before, 'the event at the managed agent');
    const event = eventSchema.parse(agent.accepted.at(-1)!.event);
    expect(event.policyVersion).toBe('managed-e2e-1');
    // The same tag any workstation with the agency key computes: correlation across machines.
    expect(event.findings[0]!.tags).toEqual([await computeTag(KEY, CCCD, 'cccd')]);
    expect(agent.requests.filter((r) => r.path === '/v1/events').every((r) => r.headers.authorization === `Bearer ${agent.token}`)).toBe(true);
    // No per-install key was made: the agency's is used.
    expect((await ext.getAllStorage()).local.installKey).toBeUndefined();
  });

  it('the options page is read-only', async () => {
    const p = await open(`chrome-extension://${ext.extensionId}/options.html`);
    await p.waitForSelector('[data-testid="policy-readonly"]');
    expect(await p.locator('[data-testid="policy-text"]').count()).toBe(0);
    expect(await p.locator('[data-testid="save-policy"]').count()).toBe(0);
    expect(await p.getAttribute('input[name="agentUrl"]', 'readonly')).not.toBeNull();
    expect(await p.locator('[data-testid="save-agent"]').count()).toBe(0);
    expect(await p.isDisabled('[data-testid="protection"]')).toBe(true);
    expect(JSON.parse((await p.textContent('[data-testid="policy-readonly"]'))!).version).toBe('managed-e2e-1');
    await p.close();
  });
});
