// Starts the real agent (agent/local/main.ts) as its own Node process on a
// free loopback port with a temporary data folder, the way users run it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AGENT_NODE_FLAGS as DEFAULT_AGENT_NODE_FLAGS } from '../../agent/local/node-flags.ts';
import { freePort } from '../helpers/ports.ts';

export const REPO = resolve(import.meta.dirname, '../..');
export const MAIN = join(REPO, 'agent/local/main.ts');
/** The V8 flags the agent is deployed with (package.json "agent", the systemd unit, the Windows task). */
export const AGENT_NODE_FLAGS = process.env.PDP_AGENT_NODE_FLAGS?.split(' ').filter(Boolean) ?? DEFAULT_AGENT_NODE_FLAGS;
/** Deployed agents run with Node's compile cache (NODE_COMPILE_CACHE); the tests share one. */
export const COMPILE_CACHE = process.env.NODE_COMPILE_CACHE ?? join(tmpdir(), 'pdp-agent-test-compile-cache');

export interface AgentProcess {
  proc: ChildProcess;
  port: number;
  data: string;
  url: string;
  token: string;
  stderr: () => string;
  /** Sends the signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export interface StartOptions {
  data?: string;
  port?: number;
  hub?: { url: string; token: string };
  args?: string[];
  env?: Record<string, string>;
}

export { freePort };

export function tempData(): string {
  return mkdtempSync(join(tmpdir(), 'pdp-agent-e2e-'));
}

/** Runs `main.ts` with these arguments to completion (CLI subcommands). */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const proc = spawn(process.execPath, [MAIN, ...args], { cwd: REPO, env: { ...process.env, PDP_LANG: 'en', ...env } });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d) => (stdout += d));
    proc.stderr.on('data', (d) => (stderr += d));
    proc.on('exit', (code) => done({ code, stdout, stderr }));
  });
}

export async function startAgent(options: StartOptions = {}): Promise<AgentProcess> {
  const data = options.data ?? tempData();
  const port = options.port ?? (await freePort());
  const args = [...AGENT_NODE_FLAGS, MAIN, '--port', String(port), '--data', data, ...(options.args ?? [])];
  if (options.hub) args.push('--hub', options.hub.url, '--hub-token', options.hub.token);
  const proc = spawn(process.execPath, args, {
    cwd: REPO,
    env: { ...process.env, NODE_COMPILE_CACHE: COMPILE_CACHE, PDP_LANG: 'en', PDP_LOG_LEVEL: 'debug', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr!.on('data', (d) => (stderr += d));
  proc.stdout!.on('data', () => undefined);
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  // Ready when it prints that it is listening (or dies first).
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`agent did not start: ${stderr}`)), 30_000);
    const check = () => {
      if (/listening on http:\/\/127\.0\.0\.1:/.test(stderr)) {
        clearTimeout(timer);
        ready();
      }
    };
    proc.stderr!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`agent exited with ${code}: ${stderr}`));
    });
  });
  const token = JSON.parse(readFileSync(join(data, 'agent.json'), 'utf8')).token as string;
  return {
    proc,
    port,
    data,
    url: `http://127.0.0.1:${port}`,
    token,
    stderr: () => stderr,
    async kill(signal = 'SIGTERM') {
      if (proc.exitCode !== null || proc.signalCode !== null) return proc.exitCode;
      proc.kill(signal);
      return exited;
    },
  };
}
