#!/usr/bin/env node
// The hub's only entry point: runs the server or one administrative command.
import { serve } from '@hono/node-server';
import pino from 'pino';
import { createApp } from './app.ts';
import { agentAdd, backup, purgeCommand, userAdd } from './cli/commands.ts';
import { parse, resolve } from './cli/options.ts';
import { systemClock, type HubDeps } from './deps.ts';
import { loadEngine } from './privacy/engine.ts';
import { startJobs } from './scheduler/jobs.ts';
import { migrate } from './store/migrate.ts';
import { openStore } from './store/store.ts';

const USAGE = `usage:
  pdp-hub [--port P] [--host H] (--data DIR | --database-url URL) [--webhook-url URL] [--key-file F] [--secure-cookies]
  pdp-hub user add --name N --role dpo|admin|viewer --password-stdin (--data DIR | --database-url URL)
  pdp-hub agent add --name N [--group G] | --csv FILE (--data DIR | --database-url URL)
  pdp-hub migrate | backup --out FILE | purge   (--data DIR | --database-url URL)
environment: PDP_HUB_PORT PDP_HUB_HOST PDP_HUB_DATA DATABASE_URL PDP_HUB_WEBHOOK_URL PDP_HASH_KEY_FILE PDP_HUB_RETENTION_DAYS`;

const noEngine = (): never => {
  throw new Error('the detection engine is loaded only by the server');
};

async function main(argv: string[]): Promise<number> {
  const { values: flags, positionals } = parse(argv);
  if (flags.help) return (console.log(USAGE), 0);
  const command = positionals.join(' ');
  const opts = resolve(flags, process.env);
  const out = (line: string) => console.log(line);
  const logger = pino({ level: process.env.PDP_HUB_LOG_LEVEL ?? 'info', base: undefined });
  const store = await openStore({ dataDir: opts.dataDir, databaseUrl: opts.databaseUrl, migrate: command !== 'migrate' });
  // Only the server needs the detection engine; provisioning commands start faster without it.
  const serving = command === '' || command === 'serve';
  const engine = serving ? await loadEngine() : { redact: noEngine, pseudonym: noEngine };
  const deps: HubDeps = { store, clock: systemClock, fetch: globalThis.fetch, logger, config: opts.config, ...engine };
  try {
    switch (command) {
      case '':
      case 'serve':
        break;
      case 'migrate':
        out(`applied migrations: ${(await migrate(store.db)).join(', ') || 'none (up to date)'}`);
        return 0;
      case 'user add':
        await userAdd(store, flags, out, new Date());
        return 0;
      case 'agent add':
        await agentAdd(store, flags, out, new Date());
        return 0;
      case 'backup':
        await backup(store, flags, out);
        return 0;
      case 'purge':
        await purgeCommand(deps, out);
        return 0;
      default:
        console.error(`unknown command "${command}"\n${USAGE}`);
        return 2;
    }
  } finally {
    if (command !== '' && command !== 'serve') await store.close();
  }

  const app = createApp(deps);
  const stopJobs = startJobs(deps);
  const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info) => {
    // Tests and scripts read the port from this line.
    out(`PDP Guard hub listening on http://${opts.host}:${info.port} (${store.kind}: ${store.location})`);
  });
  const stop = () => {
    stopJobs();
    server.close(() => void store.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return -1;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (e: Error) => {
    console.error(`pdp-hub: ${e.message}`);
    process.exit(1);
  },
);
