import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_POLICY } from '../../../shared/policy/schema.ts';
import type { Action } from '../../../shared/event/schema.ts';
import type { EffectivePolicy, Report } from '../messages.ts';
import { forgetAcknowledged } from './acknowledged.ts';
import { decide } from './decision-flow.ts';
import { resetPolicyCache } from './policy-cache.ts';
import { scanText } from './scan.ts';

// guard-ui.js cannot be loaded (an extension reloaded under the page, a
// browser that refuses the import): nobody can be asked.
vi.mock('./load-guard-ui.ts', () => ({
  loadGuardUi: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
}));

const ctx = { topUrl: 'https://chat.example.com/c/1', site: 'https://chat.example.com' };
const doc = {} as Document;

async function decideWith(action: Action, failMode: 'open' | 'closed') {
  fakeBrowser.reset();
  resetPolicyCache();
  forgetAcknowledged();
  const eff: EffectivePolicy = { policy: { ...DEFAULT_POLICY, approvedSites: [], defaultAction: action, failMode }, source: 'agent', protectionOn: true };
  await fakeBrowser.storage.local.set({ effectivePolicy: eff });
  const reports: Report[] = [];
  fakeBrowser.runtime.onMessage.addListener((msg: unknown, _sender: unknown, respond: (r: unknown) => void) => {
    reports.push((msg as { report: Report }).report);
    respond({ ok: true });
    return true;
  });
  const outcome = await decide({ channel: 'paste', scan: scanText('Số CCCD của chị Lan: 001203004567'), ctx, doc });
  await vi.waitFor(() => expect(reports).toHaveLength(1));
  expect(reports[0].action).toBe(action);
  return { outcome: outcome.kind, decision: reports[0].decision };
}

describe('a warning that cannot be loaded', () => {
  it('blocks under failMode closed, and records the block', async () => {
    expect(await decideWith('warn', 'closed')).toEqual({ outcome: 'cancel', decision: 'blocked' });
    expect(await decideWith('block_with_override', 'closed')).toEqual({ outcome: 'cancel', decision: 'blocked' });
  });

  it('lets the content through under failMode open, recorded as audited (nobody chose to proceed)', async () => {
    expect(await decideWith('warn', 'open')).toEqual({ outcome: 'proceed', decision: 'audited' });
  });

  it('keeps a block a block whatever failMode says', async () => {
    expect(await decideWith('block', 'open')).toEqual({ outcome: 'cancel', decision: 'blocked' });
  });
});
