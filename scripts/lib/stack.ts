// One hub and one local agent on embedded SQLite under a data folder: what
// `npm start`, `npm run demo` and the whole-path test all run. The first start
// provisions (agency key, first admin, the agent's enrollment); later starts
// reuse the folder as it is.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { AGENT_NODE_FLAGS } from '../../agent/local/node-flags.ts';
import { runNode, startService, stopAll, type Child } from './processes.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const HUB_MAIN = join(ROOT, 'agent/hub/main.ts');
const AGENT_MAIN = join(ROOT, 'agent/local/main.ts');

export interface StackOptions {
  data: string;
  hubPort: number;
  agentPort: number;
  /** Echo the services' own log lines (start) or keep them quiet (tests). */
  quiet?: boolean;
  /** Flush interval of the agent in seconds (tests want it short). */
  flushInterval?: number;
}

export interface Stack {
  hubUrl: string;
  agentUrl: string;
  agentToken: string;
  /** The agency key, base64: the extension's managed `hashKey`. */
  hashKey: string;
  /** Set on the first start only: the admin's one-time password. */
  firstAdmin?: { name: string; password: string };
  workstation: string;
  children: Child[];
  stop(): Promise<void>;
}

interface Provisioned {
  workstation: string;
  provisionedAt: string;
}

export async function startStack(opts: StackOptions): Promise<Stack> {
  const data = resolve(opts.data);
  const hubData = join(data, 'hub');
  const agentData = join(data, 'agent');
  mkdirSync(hubData, { recursive: true, mode: 0o700 });
  mkdirSync(agentData, { recursive: true, mode: 0o700 });

  const keyFile = join(data, 'agency.key');
  if (!existsSync(keyFile)) writeFileSync(keyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
  const hashKey = readFileSync(keyFile, 'utf8').trim();

  const hubUrl = `http://127.0.0.1:${opts.hubPort}`;
  const agentUrl = `http://127.0.0.1:${opts.agentPort}`;
  const markerFile = join(data, 'provisioned.json');
  let firstAdmin: Stack['firstAdmin'];
  let marker: Provisioned;
  if (existsSync(markerFile)) {
    marker = JSON.parse(readFileSync(markerFile, 'utf8')) as Provisioned;
  } else {
    const password = randomBytes(12).toString('base64url');
    await runNode([HUB_MAIN, 'user', 'add', '--data', hubData, '--name', 'admin', '--role', 'admin', '--password-stdin'], { input: `${password}\n` });
    firstAdmin = { name: 'admin', password };
    const workstation = `${hostname()}`.slice(0, 60) || 'workstation-1';
    const added = await runNode([HUB_MAIN, 'agent', 'add', '--data', hubData, '--name', workstation]);
    const hubToken = added.trim().split('\n').at(-1)!.trim();
    await runNode([AGENT_MAIN, 'enroll', '--data', agentData, '--hub', hubUrl, '--token', hubToken, '--name', workstation]);
    marker = { workstation, provisionedAt: new Date().toISOString() };
    writeFileSync(markerFile, `${JSON.stringify(marker, null, 2)}\n`, { mode: 0o600 });
  }

  const children: Child[] = [];
  const stop = () => stopAll(children);
  try {
    children.push(
      await startService('hub', [HUB_MAIN, '--port', String(opts.hubPort), '--data', hubData, '--key-file', keyFile], (l) => l.includes('listening on'), { quiet: opts.quiet }),
    );
    // The agent as deployed: its V8 flags and a compile cache (no TypeScript stripper resident).
    const agentArgs = [...AGENT_NODE_FLAGS, AGENT_MAIN, '--port', String(opts.agentPort), '--data', agentData, '--hub', hubUrl, '--key-file', keyFile];
    if (opts.flushInterval) agentArgs.push('--flush-interval', String(opts.flushInterval));
    children.push(
      await startService('agent', agentArgs, (l) => l.includes('http://127.0.0.1:'), {
        quiet: opts.quiet,
        env: { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? join(ROOT, 'node_modules/.cache/pdp-agent') },
      }),
    );
  } catch (e) {
    await stop();
    throw e;
  }
  const agentToken = (JSON.parse(readFileSync(join(agentData, 'agent.json'), 'utf8')) as { token: string }).token;
  return { hubUrl, agentUrl, agentToken, hashKey, firstAdmin, workstation: marker.workstation, children, stop };
}

/** The Chromium managed-policy file that connects the extension to this agent. */
export function managedPolicySnippet(stack: Pick<Stack, 'agentUrl' | 'agentToken' | 'hashKey'>, extensionId: string): string {
  return JSON.stringify(
    {
      '3rdparty': {
        extensions: {
          [extensionId]: { agentUrl: stack.agentUrl, agentToken: stack.agentToken, hashKey: stack.hashKey },
        },
      },
    },
    null,
    2,
  );
}
