import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../shared/policy/schema.ts';
import { startRecordingHub, type RecordingHub } from '../../test/helpers/recording-hub.ts';
import { silentLogger } from '../common/logger.ts';
import { createHubFetch } from './hub-http.ts';
import { PolicyCache } from './policy-cache.ts';

const hubs: RecordingHub[] = [];
afterEach(async () => {
  for (const hub of hubs.splice(0)) await hub.close();
});

const POLICY = { ...DEFAULT_POLICY, version: '2026-01-05.1', defaultAction: 'block' as const, reasons: ['Hồ sơ công vụ'] };

function cache(path: string, hub?: RecordingHub) {
  return new PolicyCache({ path, hubUrl: hub?.url, hubToken: hub?.token, fetch: createHubFetch(), logger: silentLogger() });
}

describe('PolicyCache', () => {
  it('serves the built-in default until the hub answers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdp-pol-'));
    const c = cache(join(dir, 'policy.json'));
    expect(c.current.source).toBe('builtin');
    expect(c.current.policy).toEqual(DEFAULT_POLICY);
    expect(await c.refresh()).toBe('no_hub');
  });

  it('pulls with If-None-Match, caches on disk and keeps working when the hub is gone', async () => {
    const hub = await startRecordingHub();
    hubs.push(hub);
    hub.setPolicy(POLICY);
    const path = join(mkdtempSync(join(tmpdir(), 'pdp-pol-')), 'policy.json');
    const c = cache(path, hub);
    expect(await c.refresh()).toBe('updated');
    expect(c.current).toMatchObject({ source: 'hub', policy: { version: '2026-01-05.1', defaultAction: 'block' } });
    expect(await c.refresh()).toBe('unchanged');
    expect(hub.policyRequests.map((r) => r.ifNoneMatch)).toEqual([undefined, '"2026-01-05.1"']);
    await hub.down();
    expect(await c.refresh()).toBe('failed');
    expect(c.current.policy.version).toBe('2026-01-05.1');
    // A restart while offline serves the cached copy.
    const restarted = cache(path, hub);
    expect(restarted.current).toMatchObject({ source: 'cache', policy: { version: '2026-01-05.1' } });
    expect(restarted.current.etag).toBe(c.current.etag);
  });

  it('keeps the last policy when the hub sends one that does not validate', async () => {
    const hub = await startRecordingHub();
    hubs.push(hub);
    hub.setPolicy(POLICY);
    const c = cache(join(mkdtempSync(join(tmpdir(), 'pdp-pol-')), 'policy.json'), hub);
    await c.refresh();
    hub.setPolicy({ version: '3', defaultAction: 'explode' }, '"3"');
    expect(await c.refresh()).toBe('failed');
    expect(c.current.policy.version).toBe('2026-01-05.1');
    expect(c.lastError).toMatch(/invalid/);
  });
});
