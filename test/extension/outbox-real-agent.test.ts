// The built extension (Debian Chromium) against the project's real local
// agent (agent/local/main.ts, real SQLite): the agent accepts the extension's
// events (Origin check, bearer token, §3 validation), and no planted raw value
// reaches the agent's data folder while a marker on the same path does.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffectivePolicy, Report, Stats } from '../../extension/lib/messages.ts';
import { launchWithExtension, type ExtensionBrowser } from '../helpers/chromium.ts';
import { filesContaining, waitFor } from '../helpers/planted.ts';

const root = resolve(import.meta.dirname, '../..');
const TOKEN = 'e2e-real-agent-token-0123456789';
const PLANTED = ['079201004321', 'nguyen.planted@example.vn'];
const MARKER = 'e2e-agent-marker-k2p9';

let agent: ChildProcess;
let dataDir: string;
let url: string;
let ext: ExtensionBrowser;

import { freePort } from '../helpers/ports.ts';

async function status(): Promise<Record<string, unknown> | null> {
  try {
    const res = await fetch(`${url}/v1/status`, { headers: { authorization: `Bearer ${TOKEN}` } });
    return res.ok ? ((await res.json()) as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pdp-agent-e2e-'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  agent = spawn(process.execPath, [join(root, 'agent/local/main.ts'), '--port', String(port), '--data', dataDir, '--token', TOKEN], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  agent.stderr!.on('data', (c: Buffer) => (stderr = (stderr + c.toString()).slice(-4000)));
  try {
    await waitFor(status, 'the agent listening', 60_000);
  } catch (err) {
    throw new Error(`${(err as Error).message}; agent exit ${agent.exitCode}; stderr: ${stderr}`);
  }
  ext = await launchWithExtension();
  await ext.setStorage('local', { settings: { agentUrl: url, agentToken: TOKEN } });
});

afterAll(async () => {
  await ext?.close();
  if (agent && agent.exitCode === null) {
    const exited = new Promise((r) => agent.once('exit', r));
    agent.kill('SIGTERM');
    await exited;
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('extension → real local agent', () => {
  it('delivers an event the agent accepts, and nothing raw reaches its data folder', async () => {
    const report: Report = {
      site: 'http://127.0.0.1/',
      channel: 'submit',
      action: 'block_with_override',
      decision: 'proceeded',
      findings: [
        { type: 'cccd', category: 'basic', count: 1, distinct: 1, masked: ['**********21'], rules: [MARKER], values: [PLANTED[0]!] },
        { type: 'email', category: 'basic', count: 1, distinct: 1, masked: ['***@example.vn'], rules: [], values: [PLANTED[1]!] },
      ],
      summary: { total: 2, distinct: 2, looksLikeList: false },
      justification: 'Công dân yêu cầu',
    };
    expect(await ext.message({ kind: 'pdp:report', report })).toEqual({ ok: true });
    await waitFor(async () => ((await status())?.accepted as number) >= 1, 'the agent to accept the event');
    await waitFor(async () => (await ext.message<Stats>({ kind: 'pdp:stats' })).outbox.depth === 0, 'an empty extension outbox');
    const s = await status();
    expect(s!.rejected).toBe(0);
    expect(s!.extensionLastSeen).not.toBeNull();

    // The agent stored the event (marker found in its data folder), and no planted value.
    await waitFor(() => filesContaining(dataDir, MARKER).length > 0, 'the marker in the agent data');
    for (const v of PLANTED) expect(filesContaining(dataDir, v)).toEqual([]);
  });

  it("treats the agent's built-in default as no agency policy", async () => {
    await ext.message({ kind: 'pdp:flush' });
    const e = await ext.message<EffectivePolicy>({ kind: 'pdp:get-policy' });
    expect(e.source).toBe('default');
    const stats = await ext.message<Stats>({ kind: 'pdp:stats' });
    expect(stats.agent.lastError).toBeNull();
    expect(stats.agent.lastSuccessAt).not.toBeNull();
  });
});
