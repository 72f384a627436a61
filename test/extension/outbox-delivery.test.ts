// The built extension in Debian's Chromium delivers reports to a stand-in
// agent on 127.0.0.1: exactly the §3 event, once, after outages and browser
// restarts, and never a planted raw value in IndexedDB, extension storage,
// the profile's files or any request.
import { rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventSchema } from '../../shared/event/schema.ts';
import { CHROME_EXTENSION_ID } from '../../shared/ids.ts';
import type { Report, Stats } from '../../extension/lib/messages.ts';
import { startAgentReceiver, type AgentReceiver } from '../helpers/agent-receiver.ts';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { dumpIndexedDb, extensionDataDirs, filesContaining, waitFor } from '../helpers/planted.ts';

// Planted raw values: what the content script sends ONLY for tag computation.
const PLANTED = ['038095001245', 'planted.person@example.org', '0912345678'];
// A harmless marker that travels the same path into the event (a rule id).
const MARKER = 'e2e-marker-q7z4';

function report(decision: Report['decision'] = 'proceeded'): Report {
  return {
    site: 'http://127.0.0.1:1/',
    channel: 'paste',
    action: 'warn',
    decision,
    findings: [
      { type: 'cccd', category: 'basic', count: 2, distinct: 1, masked: ['**********45'], rules: [MARKER], values: [PLANTED[0]!] },
      { type: 'email', category: 'basic', count: 1, distinct: 1, masked: ['***@example.org'], rules: [], values: [PLANTED[1]!] },
      { type: 'phone', category: 'basic', count: 1, distinct: 1, masked: ['********78'], rules: [], values: [PLANTED[2]!] },
    ],
    summary: { total: 4, distinct: 3, looksLikeList: false },
    justification: 'Gửi hồ sơ cho phòng một cửa',
  };
}

let receiver: AgentReceiver;
let browser: ExtensionBrowser | null = null;
let profile: string | null = null;

beforeAll(async () => {
  receiver = await startAgentReceiver();
});
afterAll(async () => {
  await receiver.close();
});
beforeEach(async () => {
  receiver.requests.length = 0;
  receiver.accepted.length = 0;
  receiver.setEventsMode({ kind: 'accept' });
  if (!receiver.url) await receiver.start();
});
afterEach(async () => {
  await browser?.close();
  browser = null;
  if (profile) rmSync(profile, { recursive: true, force: true });
  profile = null;
});

async function launch(userDataDir?: string) {
  const b = await launchWithExtension(userDataDir ? { userDataDir } : { keepProfile: true });
  profile = b.userDataDir;
  await b.setStorage('local', { settings: { agentUrl: receiver.url, agentToken: receiver.token } });
  return b;
}

function allRequestText(): string {
  return receiver.requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.headers)} ${r.body}`).join('\n');
}

describe('outbox delivery to the agent', () => {
  it('loads with the fixed extension ID', async () => {
    browser = await launch();
    expect(browser.extensionId).toBe(CHROME_EXTENSION_ID);
  });

  it('turns a report into exactly one §3 event at the agent, with tags and no raw value', async () => {
    browser = await launch();
    expect(await browser.message(({ kind: 'pdp:report', report: report() }))).toEqual({ ok: true });
    await waitFor(() => receiver.accepted.length >= 1, 'the event at the agent');

    const post = receiver.requests.find((r) => r.method === 'POST' && r.path === '/v1/events')!;
    expect(post.headers.authorization).toBe(`Bearer ${receiver.token}`);
    expect(post.headers.origin).toBe(`chrome-extension://${CHROME_EXTENSION_ID}`);
    const event = eventSchema.parse(receiver.accepted[0]!.event);
    expect(event).toMatchObject({
      schemaVersion: 1,
      site: `chrome-extension://${CHROME_EXTENSION_ID}`,
      channel: 'paste',
      action: 'warn',
      decision: 'proceeded',
      summary: { total: 4, distinct: 3, looksLikeList: false },
      extensionVersion: '0.1.0',
      policyVersion: 'builtin-1',
      justification: 'Gửi hồ sơ cho phòng một cửa',
    });
    expect(Object.keys(receiver.accepted[0]!.event).sort()).toEqual(Object.keys(event).sort());
    for (const f of event.findings) {
      expect(f.tags).toHaveLength(1);
      expect(f.tags[0]).toMatch(/^[0-9a-f]{4}$/);
    }
    expect(event.findings.map((f) => f.masked[0])).toEqual(['**********45', '***@example.org', '********78']);

    // Nothing planted in any request; the marker that rode the same path is there.
    const sent = allRequestText();
    for (const v of PLANTED) expect(sent).not.toContain(v);
    expect(sent).toContain(MARKER);

    // Nothing planted in extension storage; the search does find what is there.
    const storage = JSON.stringify(await browser.getAllStorage());
    for (const v of PLANTED) expect(storage).not.toContain(v);
    expect(storage).toContain(receiver.token);

    // Delivered once: the outbox is empty and a second flush sends nothing.
    const again = await browser.message<{ ok: boolean; sent: number; remaining: number }>({ kind: 'pdp:flush' });
    expect(again).toMatchObject({ ok: true, sent: 0, remaining: 0 });
    expect(receiver.accepted.filter((a) => a.id === event.id)).toHaveLength(1);
  });

  it('keeps the event while the agent is down (nothing raw in IndexedDB or on disk) and delivers it once when it is back', async () => {
    browser = await launch();
    await receiver.stop();
    expect(await browser.message({ kind: 'pdp:report', report: report() })).toEqual({ ok: true });
    const queued = await waitFor(async () => {
      const s = await browser!.message<Stats>({ kind: 'pdp:stats' });
      return s.outbox.depth === 1 && s.agent.lastError ? s : null;
    }, 'the event queued after a failed send');
    expect(queued.agent.lastError).toMatch(/network/);

    // Live IndexedDB, read through the service worker.
    const idb = await dumpIndexedDb(await browser.worker());
    expect(idb).toContain(MARKER);
    for (const v of PLANTED) expect(idb).not.toContain(v);

    // The profile's files on disk (LevelDB of IndexedDB and of extension storage).
    const dirs = extensionDataDirs(browser.userDataDir, browser.extensionId);
    await waitFor(() => dirs.some((d) => filesContaining(d, MARKER).length > 0), 'the marker written to disk');
    for (const v of PLANTED) for (const d of dirs) expect(filesContaining(d, v)).toEqual([]);

    await receiver.start();
    // No manual flush: the retry with backoff delivers it.
    await waitFor(() => receiver.accepted.length >= 1, 'redelivery after the agent came back', 60_000);
    await waitFor(async () => (await browser!.message<Stats>({ kind: 'pdp:stats' })).outbox.depth === 0, 'an empty outbox');
    await browser.message({ kind: 'pdp:flush' });
    expect(receiver.accepted).toHaveLength(1);
    for (const v of PLANTED) expect(allRequestText()).not.toContain(v);
  });

  it('drops and counts an event the agent rejects', async () => {
    browser = await launch();
    receiver.setEventsMode({ kind: 'reject', reason: 'schema' });
    await browser.message({ kind: 'pdp:report', report: report() });
    const stats = await waitFor(async () => {
      const s = await browser!.message<Stats>({ kind: 'pdp:stats' });
      return s.outbox.rejected === 1 ? s : null;
    }, 'the rejection counted');
    expect(stats.outbox.depth).toBe(0);
    const posts = receiver.requests.filter((r) => r.path === '/v1/events').length;
    await browser.message({ kind: 'pdp:flush' });
    expect(receiver.requests.filter((r) => r.path === '/v1/events').length).toBe(posts);
  });

  it('keeps queued events across a browser restart and sends them when it starts again', async () => {
    browser = await launch();
    await receiver.stop();
    await browser.message({ kind: 'pdp:report', report: report() });
    await waitFor(async () => (await browser!.message<Stats>({ kind: 'pdp:stats' })).outbox.depth === 1, 'the queued event');
    const dir = browser.userDataDir;
    await browser.close();
    browser = null;
    await receiver.start();
    browser = await launch(dir);
    await waitFor(() => receiver.accepted.length >= 1, 'delivery after the restart', 60_000);
    expect(receiver.accepted).toHaveLength(1);
    eventSchema.parse(receiver.accepted[0]!.event);
  });

  it('keeps queued events when the service worker is stopped, and sends them when it wakes', async () => {
    browser = await launch();
    await receiver.stop();
    await browser.message({ kind: 'pdp:report', report: report() });
    await waitFor(async () => (await browser!.message<Stats>({ kind: 'pdp:stats' })).outbox.depth === 1, 'the queued event');
    // A mark in the worker's global scope tells a fresh worker from the old one.
    await (await browser.worker()).evaluate(() => ((globalThis as any).__pdpTestMark = 1));
    const cdp = await browser.context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string; targetId: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(browser!.extensionId))!;
    await cdp.send('Target.closeTarget', { targetId: sw.targetId });
    await receiver.start();
    // Any message wakes the worker, which resumes sending on its own.
    await browser.message({ kind: 'pdp:get-policy' });
    await waitFor(() => receiver.accepted.length >= 1, 'delivery after the worker woke', 60_000);
    expect(receiver.accepted).toHaveLength(1);
    expect(await (await browser.worker()).evaluate(() => (globalThis as any).__pdpTestMark)).toBeUndefined();
  });

  it('refuses a malformed report without storing anything', async () => {
    browser = await launch();
    const bad = { ...report(), findings: [{ type: 'not-a-type', values: [PLANTED[0]] }] };
    const answer = await browser.message<{ ok: boolean; error: string }>({ kind: 'pdp:report', report: bad });
    expect(answer.ok).toBe(false);
    expect(answer.error).toMatch(/^invalid pdp:report/);
    expect(answer.error).not.toContain(PLANTED[0]);
    const s = await browser.message<Stats>({ kind: 'pdp:stats' });
    expect(s.outbox.depth).toBe(0);
    expect(s.detections).toBe(0);
  });
});
