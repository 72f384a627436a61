// A raw identifier planted in every free-text field the hub accepts must not
// reach its database files (SQLite + WAL) or a pg_dump of PostgreSQL. A
// harmless marker planted through the same paths IS found: the search works.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { SQLITE_FILE } from '../../agent/hub/store/store.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { makeEvent, postBatch, seed, startHub, type RunningHub } from './harness.ts';

const CCCD = '001099012345';
const PHONE = '0912345678';
const MARKER = 'PDPMARKERQX';

async function plant(hub: RunningHub, secret: (n: number) => string) {
  const { dpo, token } = await seed(hub);
  const e = makeEvent({
    user: '0000111122223333',
    site: `https://tra-cuu.example.com/?so=${secret(1)}`,
    justification: `gửi hồ sơ ${secret(2)} cho phòng khác`,
    file: { kind: `scan-${secret(3)}.pdf`, sizeBytes: 1000 },
  });
  // Not an origin: the hub keeps only the origin part.
  (e as Record<string, unknown>).frameOrigin = `https://frame.example.com/${secret(4)}`;
  const r = await postBatch(hub.url, token, [e]);
  expect(r.body.accepted).toEqual([e.id]);
  const id = (await dpo.json('GET', '/api/incidents?site=tra-cuu')).body.items[0].id;
  expect((await dpo.json('POST', `/api/incidents/${id}/notes`, { text: `Đã gọi ${secret(5)} để xác minh` })).status).toBe(201);
  expect((await dpo.json('PUT', `/api/incidents/${id}/notification`, { act: `lộ số ${secret(6)}`, consequences: `chủ thể ${secret(7)}` })).status).toBe(200);
  expect((await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'investigating' })).status).toBe(200);
  expect((await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'not_a_breach', reason: `người dùng gửi ${secret(8)} của chính mình` })).status).toBe(200);
}

const rawSecret = (n: number) => (n % 2 ? CCCD : PHONE);
// The marker rides in the same fields, next to text the engine does not touch.
const markerSecret = (n: number) => `${MARKER}${n}`;

function sqliteBytes(hub: RunningHub): string {
  const base = join(hub.dataDir, SQLITE_FILE);
  return [base, `${base}-wal`, `${base}-shm`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('\n');
}

async function pgDump(pg: TestPostgres): Promise<string> {
  const { stdout } = await promisify(execFile)(pg.bin('pg_dump'), ['--dbname', pg.url, '--data-only'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

describe('no raw identifier reaches the hub database', () => {
  const hubs: RunningHub[] = [];
  let pg: TestPostgres | undefined;
  afterAll(async () => {
    for (const h of hubs) await h.close();
    await pg?.stop();
  });

  it('SQLite: the planted CCCD and phone are absent from the files, the marker present', async () => {
    const control = await startHub();
    hubs.push(control);
    await plant(control, markerSecret);
    const controlBytes = sqliteBytes(control);
    // Field 4 (frameOrigin) is cut to its origin before anything else, so its marker is gone by design.
    for (const n of [1, 2, 3, 5, 6, 7, 8]) expect(controlBytes, `marker ${n}`).toContain(`${MARKER}${n}`);

    const hub = await startHub();
    hubs.push(hub);
    await plant(hub, rawSecret);
    const bytes = sqliteBytes(hub);
    expect(bytes).not.toContain(CCCD);
    expect(bytes).not.toContain(PHONE);
    expect(bytes).toContain('**********45');
  });

  it('PostgreSQL: the planted CCCD and phone are absent from pg_dump, the marker present', async () => {
    pg = await startPostgres();
    const control = await startHub({ databaseUrl: pg.url });
    await plant(control, markerSecret);
    const controlDump = await pgDump(pg);
    for (const n of [1, 2, 3, 5, 6, 7, 8]) expect(controlDump, `marker ${n}`).toContain(`${MARKER}${n}`);
    await control.deps.store.db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
    await control.close();

    const hub = await startHub({ databaseUrl: pg.url });
    hubs.push(hub);
    await plant(hub, rawSecret);
    const dump = await pgDump(pg);
    expect(dump).toContain('**********45');
    expect(dump).not.toContain(CCCD);
    expect(dump).not.toContain(PHONE);
  });
});
