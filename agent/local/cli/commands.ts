import { ConfigError, configFilePath, type AgentConfig } from '../config.ts';
import { updateAgentFile } from '../agent-file.ts';
import { format, messages } from '../messages/index.ts';
import type { StatusBody } from '../routes/status.ts';
import { callAgent } from './client.ts';
import { errorCode } from '../../common/error-code.ts';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  env: NodeJS.ProcessEnv;
}

async function call(config: AgentConfig, io: CliIo, method: 'GET' | 'POST', path: string) {
  const m = messages(io.env);
  if (!config.token) throw new ConfigError(`no agent token in ${configFilePath(config.data)}; start the agent once first`);
  try {
    return await callAgent(config, config.token, method, path);
  } catch (error) {
    io.err(format(m.notRunning, { url: `http://127.0.0.1:${config.port}`, detail: errorCode(error) }));
    return null;
  }
}

/** `agent status`: a sentence for people, or the JSON with --json. Exit 0 when the agent answered. */
export async function statusCommand(config: AgentConfig, io: CliIo, json: boolean): Promise<number> {
  const m = messages(io.env);
  const answer = await call(config, io, 'GET', '/v1/status');
  if (!answer) return 2;
  if (answer.status !== 200) {
    io.err(format(m.requestFailed, { status: answer.status, detail: String(answer.body.detail ?? '') }));
    return 1;
  }
  const s = answer.body as unknown as StatusBody;
  if (json) {
    io.out(JSON.stringify(s, null, 2));
    return 0;
  }
  io.out(
    format(m.statusLine, {
      queueDepth: s.queueDepth,
      oldest: s.oldestUndelivered ?? m.never,
      lastDelivery: s.lastDelivery ?? m.never,
      hub: !s.hubConfigured ? m.notConfigured : s.hubReachable === null ? m.unknown : s.hubReachable ? m.reachable : m.unreachable,
      extension: s.extensionLastSeen ?? m.never,
      dropped: s.dropped,
      rejected: s.rejected,
      policy: s.policyVersion,
      source: s.policySource,
    }),
  );
  return 0;
}

/** `agent flush`: deliver now; exit 0 only when the queue is empty afterwards. */
export async function flushCommand(config: AgentConfig, io: CliIo, json: boolean): Promise<number> {
  const m = messages(io.env);
  const answer = await call(config, io, 'POST', '/v1/flush');
  if (!answer) return 2;
  if (answer.status !== 200) {
    io.err(format(m.requestFailed, { status: answer.status, detail: String(answer.body.detail ?? '') }));
    return 1;
  }
  const r = answer.body as { delivered: number; rejected: number; remaining: number; error: string | null };
  if (json) io.out(JSON.stringify(r));
  else if (r.error) io.err(format(m.flushFailed, { error: r.error, remaining: r.remaining }));
  else io.out(format(m.flushed, { delivered: r.delivered, rejected: r.rejected, remaining: r.remaining }));
  return r.error || r.remaining > 0 ? 1 : 0;
}

/**
 * `agent enroll --hub URL --token T [--name N]`: writes the hub's address, the
 * token the hub issued for this workstation, and its name into agent.json.
 */
export function enrollCommand(config: AgentConfig, io: CliIo, hubToken: string | undefined, name: string | undefined): number {
  const m = messages(io.env);
  if (!config.hub || !hubToken) {
    io.err(m.enrollMissing);
    return 64;
  }
  if (hubToken.length < 8) throw new ConfigError('invalid setting hubToken (from --token): too short');
  if (name !== undefined && (name.length < 1 || name.length > 200)) throw new ConfigError('invalid setting workstation (from --name): 1 to 200 characters');
  const changes: Record<string, unknown> = { hub: config.hub, hubToken };
  if (name) changes.workstation = name;
  updateAgentFile(config.data, changes);
  io.out(format(m.enrolled, { hub: config.hub, path: configFilePath(config.data) }));
  return 0;
}
