// What the content script reports reaches the agent as §3 events built from
// the user's decision: channel, action, decision, where (site and frame), the
// reason, record masks and tags, never a value.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import {
  choose, giveReason, pasteText, setPolicy, startReceiver, testPolicy, waitForNoWarning, waitForWarning, type Receiver,
} from './content-helpers.ts';

const CCCD = '001203004567';
const TEXT = `Số CCCD ${CCCD}`;

let server: StaticServer;
let receiver: Receiver;
let ext: ExtensionBrowser;

type Ev = Record<string, any>;

async function nextEvent(after: number, test: (e: Ev) => boolean): Promise<Ev> {
  let found: Ev | undefined;
  await expect
    .poll(() => (found = receiver.events.slice(after).find((e) => test(e as Ev)) as Ev | undefined), { timeout: 20_000 })
    .toBeDefined();
  return found!;
}

beforeAll(async () => {
  server = await startStaticServer();
  receiver = await startReceiver();
  ext = await launchWithExtension();
  await setPolicy(ext, testPolicy({ defaultAction: 'block_with_override' }), receiver.url);
});

afterAll(async () => {
  await ext?.close();
  await receiver?.close();
  await server?.close();
});

describe('events from decisions', () => {
  it('a proceeded paste with a preset reason', async () => {
    const before = receiver.events.length;
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fields.html`);
    await page.click('#ta');
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitForWarning(page);
    await giveReason(page, { preset: 'Công dân yêu cầu' });
    await choose(page, 'proceed');
    await waitForNoWarning(page);
    const ev = await nextEvent(before, (e) => e.decision === 'proceeded');
    expect(ev).toMatchObject({
      schemaVersion: 1,
      site: server.origin,
      channel: 'paste',
      action: 'block_with_override',
      decision: 'proceeded',
      justification: 'Công dân yêu cầu',
      summary: { total: 1, distinct: 1, looksLikeList: false },
    });
    expect(ev.frameOrigin).toBeUndefined();
    expect(ev.findings).toHaveLength(1);
    expect(ev.findings[0]).toMatchObject({ type: 'cccd', category: 'basic', count: 1, distinct: 1, masked: ['**********67'] });
    expect(ev.findings[0].tags).toHaveLength(1);
    expect(ev.findings[0].tags[0]).toMatch(/^[0-9a-f]{4}$/);
    expect(ev.findings[0].rules).toEqual(['defaultAction']);
    expect(JSON.stringify(ev)).not.toContain(CCCD);
    await page.close();
  });

  it('a cancelled send and a false-positive report from a frame of another origin', async () => {
    const before = receiver.events.length;
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fields.html?cross=${encodeURIComponent(server.otherOrigin)}`);
    const field = page.frameLocator('#cross-frame').locator('#xta');
    await field.click();
    await pasteText(ext.context, page, server.origin, TEXT);
    const frame = (await (await field.elementHandle())!.ownerFrame())!;
    await waitForWarning(frame);
    await page.keyboard.press('Escape');
    await waitForNoWarning(frame);
    const cancelled = await nextEvent(before, (e) => e.decision === 'cancelled');
    expect(cancelled).toMatchObject({ site: server.origin, frameOrigin: server.otherOrigin, channel: 'paste' });

    // "Báo nhầm" is reached by keyboard here: the dialog sits in an out-of-process frame.
    await field.click();
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitForWarning(frame);
    // Focus starts on Hủy, followed by the masked copy, proceed and the false-positive report.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForNoWarning(frame);
    const fp = await nextEvent(before, (e) => e.decision === 'false_positive');
    expect(fp).toMatchObject({ site: server.origin, frameOrigin: server.otherOrigin, action: 'block_with_override' });
    // Under block_with_override a false-positive report does not let the text through.
    expect(await field.inputValue()).toBe('');
    await page.close();
  });

  it('a blocked paste is recorded as blocked', async () => {
    await setPolicy(ext, testPolicy({ defaultAction: 'block' }), receiver.url);
    const before = receiver.events.length;
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/fields.html`);
    await page.click('#inp');
    await pasteText(ext.context, page, server.origin, TEXT);
    await waitForWarning(page);
    await choose(page, 'cancel');
    const ev = await nextEvent(before, (e) => e.decision === 'blocked');
    expect(ev).toMatchObject({ action: 'block', channel: 'paste' });
    await page.close();
  });
});
