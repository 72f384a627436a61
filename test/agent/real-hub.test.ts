// The local agent against the real DPO hub (agent/hub, SQLite): enrolment
// with a token from `hub agent add`, delivery, heartbeat and policy pull.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, REPO, runCli, startAgent, tempData, type AgentProcess } from './agent-process.ts';
import { makeEvent, postEvents, waitFor } from './events.ts';

const HUB_MAIN = join(REPO, 'agent/hub/main.ts');
const PASSWORD = 'mật-khẩu-thử-nghiệm-2026';

function hubCli(args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, [HUB_MAIN, ...args], { cwd: REPO });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    proc.on('exit', (code) => done({ code, stdout, stderr }));
    proc.stdin.end(stdin ?? '');
  });
}

let hubProc: ChildProcess;
let hubUrl: string;
let hubToken: string;
let agent: AgentProcess;

beforeAll(async () => {
  const hubData = tempData();
  const added = await hubCli(['agent', 'add', '--data', hubData, '--name', 'UBND-PC-07']);
  expect(added.code, added.stderr).toBe(0);
  hubToken = added.stdout.trim().split('\n').at(-1)!.trim();
  expect((await hubCli(['user', 'add', '--data', hubData, '--name', 'dpo', '--role', 'dpo', '--password-stdin'], PASSWORD)).code).toBe(0);
  const port = await freePort();
  hubProc = spawn(process.execPath, [HUB_MAIN, '--port', String(port), '--data', hubData], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  hubProc.stdout!.on('data', (d) => (out += d));
  hubProc.stderr!.on('data', () => undefined);
  await waitFor(() => /listening on http/.test(out), 'the hub to listen', 60_000);
  hubUrl = `http://127.0.0.1:${port}`;
  const agentData = tempData();
  const enrolled = await runCli(['enroll', '--data', agentData, '--hub', hubUrl, '--token', hubToken, '--name', 'UBND-PC-07']);
  expect(enrolled.code, enrolled.stderr).toBe(0);
  agent = await startAgent({ data: agentData, args: ['--flush-interval', '1', '--heartbeat-interval', '1'] });
});

afterAll(async () => {
  await agent?.kill();
  hubProc?.kill('SIGTERM');
});

async function dpoGet(path: string): Promise<any> {
  const login = await fetch(`${hubUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'dpo', password: PASSWORD }) });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const res = await fetch(`${hubUrl}${path}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return res.json();
}

describe('agent and the real hub', () => {
  it('delivers events the DPO then sees as an incident', async () => {
    const events = Array.from({ length: 3 }, () => makeEvent({ site: 'https://upload.example.com', decision: 'proceeded' }));
    expect((await postEvents(agent, events)).status).toBe(200);
    const status = await waitFor(async () => {
      const s = await (await fetch(`${agent.url}/v1/status`, { headers: { authorization: `Bearer ${agent.token}` } })).json();
      return s.delivered === 3 && s.queueDepth === 0 ? s : null;
    }, 'delivery to the hub', 60_000);
    expect(status).toMatchObject({ hubReachable: true, lastError: null });
    const incidents = await dpoGet('/api/incidents');
    expect(incidents.total).toBeGreaterThanOrEqual(1);
    const incident = incidents.items.find((i: { site: string }) => i.site.includes('upload.example.com'));
    expect(incident).toMatchObject({ eventCount: 3 });
  });

  it('heartbeats reach the fleet view and the hub policy reaches the agent', async () => {
    const fleet = await waitFor(async () => {
      const f = await dpoGet('/api/fleet');
      return f.items.find((a: { name: string; lastHeartbeat: string | null; queueDepth: number }) => a.name === 'UBND-PC-07' && a.lastHeartbeat && a.queueDepth === 0) ?? null;
    }, 'a heartbeat after delivery in the fleet view', 60_000);
    expect(fleet).toMatchObject({ agentVersion: '0.1.0', dropped: 0, rejected: 0, silent: false, extensionSilent: false });
    expect(fleet.extensionLastSeen).not.toBeNull();
    const policy = await waitFor(async () => {
      const r = await fetch(`${agent.url}/v1/policy`, { headers: { authorization: `Bearer ${agent.token}` } });
      return r.headers.get('x-pdp-policy-source') === 'hub' ? r.json() : null;
    }, 'the hub policy at the agent', 60_000);
    expect(typeof policy.version).toBe('string');
  });
});
