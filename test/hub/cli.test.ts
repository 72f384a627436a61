// The real `pdp-hub` process: provisioning commands, the server, a crash
// (SIGKILL) right after an accepted batch, restart, backup — on SQLite and on
// PostgreSQL.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pgLib from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { ConsoleClient, makeEvent, postBatch, runCli, spawnHub } from './harness.ts';

const PASSWORD = 'a long enough password';

function cliSuite(name: string, target: () => Promise<string[]>) {
  describe(`pdp-hub CLI on ${name}`, () => {
    it('adds users and workstations (one, and a department from CSV), serves them, survives SIGKILL without losing or duplicating an accepted batch', async () => {
      const store = await target();
      expect((await runCli(['migrate', ...store])).stdout).toMatch(/applied migrations|up to date/);
      const user = await runCli(['user', 'add', ...store, '--name', 'dpo1', '--role', 'dpo', '--password-stdin'], `${PASSWORD}\n`);
      expect(user.code, user.stderr).toBe(0);
      const dup = await runCli(['user', 'add', ...store, '--name', 'dpo1', '--role', 'dpo', '--password-stdin'], `${PASSWORD}\n`);
      expect(dup.code).toBe(1);
      expect(dup.stderr).toMatch(/exists/);
      expect((await runCli(['user', 'add', ...store, '--name', 'x', '--role', 'root', '--password-stdin'], PASSWORD)).stderr).toMatch(/--role/);

      const one = await runCli(['agent', 'add', ...store, '--name', 'PC-01', '--group', 'Văn phòng']);
      expect(one.code, one.stderr).toBe(0);
      const token = one.stdout.trim().split('\n').at(-1)!;
      expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);

      const dir = mkdtempSync(join(tmpdir(), 'pdp-csv-'));
      const csv = join(dir, 'ws.csv');
      writeFileSync(csv, 'name,group\nPC-KT-01,Kế toán\nPC-KT-02,Kế toán\n');
      const bulk = await runCli(['agent', 'add', ...store, '--csv', csv]);
      expect(bulk.code, bulk.stderr).toBe(0);
      const lines = bulk.stdout.trim().split('\n');
      expect(lines[0]).toBe('name,token');
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['PC-KT-01', 'PC-KT-02']);
      // A CSV with a name that exists enrols nobody (all or nothing).
      writeFileSync(csv, 'PC-KT-03,Kế toán\nPC-KT-01,Kế toán\n');
      expect((await runCli(['agent', 'add', ...store, '--csv', csv])).code).toBe(1);
      rmSync(dir, { recursive: true, force: true });

      let hub = await spawnHub(store);
      try {
        const events = [makeEvent(), makeEvent({ decision: 'blocked', action: 'block' })];
        const batchId = crypto.randomUUID();
        const r = await postBatch(hub.url, token, events, batchId);
        expect(r.body.accepted).toHaveLength(2);
        hub.proc.kill('SIGKILL');
        await new Promise((res) => hub.proc.once('exit', res));
        hub = await spawnHub(store);
        const replay = await postBatch(hub.url, token, events, batchId);
        expect(replay.body).toEqual({ accepted: [], duplicates: events.map((e) => e.id), rejected: [] });
        const c = new ConsoleClient(hub.url);
        expect((await c.login('dpo1', PASSWORD)).status).toBe(200);
        const list = await c.json('GET', '/api/incidents');
        expect(list.body.total).toBe(1);
        expect(list.body.items[0]).toMatchObject({ workstation: 'PC-01', group: 'Văn phòng', eventCount: 2 });
        expect((await fetch(`${hub.url}/api/openapi.json`).then((x) => x.json())).paths['/api/incidents']).toBeTruthy();
      } finally {
        await hub.stop();
      }
      const purge = await runCli(['purge', ...store]);
      expect(purge.stdout).toMatch(/purged 0 event/);
      if (name === 'PostgreSQL') await backupAndRestorePostgres(store[1]);
    });
  });
}

/** `hub backup` (pg_dump) then pg_restore into a new database: the workstations are back. */
async function backupAndRestorePostgres(url: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pdp-pg-bk-'));
  dirs.push(dir);
  const file = join(dir, 'hub.dump');
  const r = await runCli(['backup', '--database-url', url, '--out', file]);
  expect(r.code, r.stderr).toBe(0);
  const admin = new pgLib.Client({ connectionString: url });
  await admin.connect();
  await admin.query('CREATE DATABASE pdp_restored');
  await admin.end();
  const restored = new URL(url);
  restored.pathname = '/pdp_restored';
  await promisify(execFile)('pg_restore', ['--no-owner', '--dbname', restored.toString(), file]);
  const c = new pgLib.Client({ connectionString: restored.toString() });
  await c.connect();
  const { rows } = await c.query('SELECT name FROM agents ORDER BY name');
  await c.end();
  expect(rows.map((x) => x.name)).toEqual(['PC-01', 'PC-KT-01', 'PC-KT-02']);
}

const dirs: string[] = [];
let pg: TestPostgres | undefined;
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await pg?.stop();
});

cliSuite('SQLite', async () => {
  const d = mkdtempSync(join(tmpdir(), 'pdp-hub-cli-'));
  dirs.push(d);
  return ['--data', d];
});

cliSuite('PostgreSQL', async () => {
  pg = await startPostgres();
  return ['--database-url', pg.url];
});

describe('pdp-hub backup', () => {
  it('writes a consistent SQLite copy that opens with the data in it', async () => {
    const d = mkdtempSync(join(tmpdir(), 'pdp-hub-bk-'));
    dirs.push(d);
    const t = await runCli(['agent', 'add', '--data', d, '--name', 'PC-B']);
    expect(t.code).toBe(0);
    const out = join(d, 'backup.sqlite');
    const r = await runCli(['backup', '--data', d, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    const db = new DatabaseSync(out, { readOnly: true });
    expect(db.prepare('SELECT name FROM agents').all()).toEqual([{ name: 'PC-B' }]);
    db.close();
  });
});
