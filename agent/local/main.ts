#!/usr/bin/env node
// The PDP Guard local agent: `npm run agent -- [flags]` serves; `status`,
// `flush` and `enroll` are its command-line tools. The only file that listens.
import { serve } from '@hono/node-server';
import { chmodSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createLogger } from '../common/logger.ts';
import { buildAgent } from './agent.ts';
import { parseAgentArgs } from './cli/args.ts';
import { persistCompileCache } from './compile-cache.ts';
import { enrollCommand, flushCommand, statusCommand, type CliIo } from './cli/commands.ts';
import { ConfigError, loadConfig } from './config.ts';
import { ensureIdentity } from './identity.ts';
import { format, messages } from './messages/index.ts';

const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`), env: process.env };

async function main(argv: string[]): Promise<number> {
  const m = messages();
  const args = parseAgentArgs(argv);
  if (args.command === 'help') {
    io.out(m.usage);
    return 0;
  }
  if (args.command === 'enroll') {
    // For enroll, --token is the hub's token for this workstation (interfaces.md §4).
    const { token, ...flags } = args.flags;
    const config = loadConfig({ flags, env: process.env });
    return enrollCommand(config, io, token ?? args.flags.hubToken, args.name);
  }
  const config = loadConfig({ flags: args.flags, env: process.env });
  if (args.command === 'status') return statusCommand(config, io, args.json);
  if (args.command === 'flush') return flushCommand(config, io, args.json);
  return serveAgent(config, m);
}

async function serveAgent(config: ReturnType<typeof loadConfig>, m: ReturnType<typeof messages>): Promise<number> {
  // The folder holds the tokens and the queue: this user's only.
  mkdirSync(config.data, { recursive: true, mode: 0o700 });
  chmodSync(config.data, 0o700);
  const identity = ensureIdentity(config);
  for (const path of identity.created) io.err(format(path.endsWith('hash.key') ? m.firstStartKey : m.firstStartToken, { path }));
  const logger = createLogger({ file: join(config.data, 'agent.log'), level: config.logLevel, name: 'pdp-agent' });
  let boundPort = config.port;
  const agent = await buildAgent({ config, identity, logger, port: () => boundPort });
  const server = serve({ fetch: agent.app.fetch, port: config.port, hostname: '127.0.0.1' });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('listening', resolve);
      server.once('error', reject);
    });
  } catch (error) {
    await agent.close();
    if ((error as { code?: string }).code === 'EADDRINUSE') {
      io.err(format(m.portInUse, { port: config.port }));
      return 69;
    }
    throw error;
  }
  boundPort = (server.address() as AddressInfo).port;
  agent.start();
  agent.deps.info.compileCache = persistCompileCache();
  logger.info({ port: boundPort, hub: Boolean(config.hub), keySource: identity.keySource, compileCache: agent.deps.info.compileCache }, 'agent started');
  io.err(format(m.listening, { port: boundPort, data: config.data }));
  if (!config.hub || !config.hubToken) io.err(m.noHub);
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      logger.info({ signal }, 'agent stopping');
      server.close();
      if ('closeAllConnections' in server) server.closeAllConnections();
      agent.close().finally(() => logger.flush(() => resolve(0)));
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const m = messages();
    if (error instanceof ConfigError) {
      io.err(format(m.configError, { detail: error.message }));
      io.err(m.usage);
      process.exit(64);
    }
    // Unexpected: the class and code only, in case a message quotes data.
    io.err(`pdp-agent: ${(error as Error)?.name ?? 'error'} ${(error as { code?: string })?.code ?? ''}`);
    process.exit(70);
  },
);
