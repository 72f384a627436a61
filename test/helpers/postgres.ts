// A throwaway PostgreSQL server for tests: Debian's binaries in a temp
// directory on a free loopback port, or the server PDP_TEST_DATABASE_URL
// points at (a fresh database is created in it and dropped afterwards).
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { findPgBin } from '../setup/tools.ts';

const run = promisify(execFile);

export interface TestPostgres {
  url: string;
  /** Runs a PostgreSQL client tool (pg_dump…) against the database. */
  bin(name: string): string;
  stop(): Promise<void>;
}

import { freePort } from './ports.ts';
export { freePort };

function binOrThrow(name: string): string {
  const p = findPgBin(name);
  if (!p) throw new Error(`PostgreSQL's ${name} not found under /usr/lib/postgresql (apt-get install postgresql), or set PDP_TEST_DATABASE_URL`);
  return p;
}

async function freshDatabase(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `pdp_test_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export async function startPostgres(): Promise<TestPostgres> {
  const external = process.env.PDP_TEST_DATABASE_URL;
  if (external) {
    const db = await freshDatabase(external);
    return { url: db.url, bin: binOrThrow, stop: db.drop };
  }
  const initdb = binOrThrow('initdb');
  const pgCtl = binOrThrow('pg_ctl');
  const dir = mkdtempSync(join(tmpdir(), 'pdp-pg-'));
  const data = join(dir, 'data');
  // PostgreSQL refuses to run as root: hand the directory to the postgres user.
  const asRoot = process.getuid?.() === 0;
  const wrap = (cmd: string, args: string[]): [string, string[]] => (asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args]);
  if (asRoot) {
    const { stdout } = await run('id', ['-u', 'postgres']);
    const { stdout: gid } = await run('id', ['-g', 'postgres']);
    chownSync(dir, Number(stdout.trim()), Number(gid.trim()));
  }
  const port = await freePort();
  await run(...wrap(initdb, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']));
  await run(...wrap(pgCtl, ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, 'start']));
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  // A test process that dies before stop() must not leave a server behind.
  const onExit = () => {
    try {
      execFileSync(...wrap(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const db = await freshDatabase(adminUrl);
  return {
    url: db.url,
    bin: binOrThrow,
    stop: async () => {
      process.removeListener('exit', onExit);
      await db.drop().catch(() => undefined);
      await run(...wrap(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop'])).catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
