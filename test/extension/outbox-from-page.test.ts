// The whole chain in Debian Chromium: a paste on a page served from 127.0.0.1
// → the content script's report → the service worker's event → the agent.
// The event names the page's origin (from the tab, not the page's claim), the
// user's choice, and tags; no planted value reaches the agent or storage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSchema, type PdpEvent } from '../../shared/event/schema.ts';
import { startAgentReceiver, type AgentReceiver } from '../helpers/agent-receiver.ts';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { dumpIndexedDb, waitFor } from '../helpers/planted.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { choose, pasteText, waitForNoWarning, waitForWarning } from './content-helpers.ts';

const CCCD = '001203004567';
const PHONE = '0987654321';
const TEXT = `Hồ sơ công dân: CCCD ${CCCD}, điện thoại ${PHONE}.`;

let agent: AgentReceiver;
let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  agent = await startAgentReceiver();
  server = await startStaticServer();
  ext = await launchWithExtension();
  await ext.setStorage('local', { settings: { agentUrl: agent.url, agentToken: agent.token } });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await agent?.close();
});

describe('from a page to the agent', () => {
  it('a cancelled paste arrives as one §3 event for the page origin, with tags and no raw value', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fields.html`);
    await page.click('#ta');
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitForWarning(page);
    await choose(page, 'cancel');
    await waitForNoWarning(page);

    await waitFor(() => agent.accepted.length >= 1, 'the event at the agent');
    const event: PdpEvent = eventSchema.parse(agent.accepted[0]!.event);
    expect(event.site).toBe(server.origin);
    expect(event.frameOrigin).toBeUndefined();
    expect(event).toMatchObject({ channel: 'paste', action: 'warn', decision: 'cancelled', policyVersion: 'builtin-1' });
    const types = event.findings.map((f) => f.type).sort();
    expect(types).toEqual(expect.arrayContaining(['cccd', 'phone']));
    for (const f of event.findings) {
      expect(f.tags.length).toBeGreaterThan(0);
      for (const m of f.masked) expect(m.replace(/@.*/, '').replace(/\D/g, '').length).toBeLessThanOrEqual(2);
    }

    const sent = agent.requests.map((r) => `${JSON.stringify(r.headers)} ${r.body}`).join('\n');
    expect(sent).toContain(event.id); // positive control: the search sees the requests
    for (const v of [CCCD, PHONE]) {
      expect(sent).not.toContain(v);
      expect(JSON.stringify(await ext.getAllStorage())).not.toContain(v);
      expect(await dumpIndexedDb(await ext.worker())).not.toContain(v);
    }
    expect(await page.inputValue('#ta')).toBe('');
    await page.close();
  });
});
