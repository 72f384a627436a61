// The hub API test suite, run once on SQLite and once on PostgreSQL over a
// real loopback socket (api-sqlite.test.ts, api-postgres.test.ts).
import { randomUUID } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totp } from '../../agent/hub/auth/totp.ts';
import { runPurge } from '../../agent/hub/scheduler/jobs.ts';
import { ConsoleClient, FakeClock, makeEvent, PASSWORD, postBatch, seed, startHub, type RunningHub } from './harness.ts';

export function docxText(bytes: ArrayBuffer): string {
  const files = unzipSync(new Uint8Array(bytes));
  return strFromU8(files['word/document.xml']).replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

export function docxHeaders(bytes: ArrayBuffer): string {
  const files = unzipSync(new Uint8Array(bytes));
  return Object.keys(files).filter((f) => /^word\/header\d*\.xml$/.test(f)).map((f) => strFromU8(files[f]).replace(/<[^>]+>/g, '')).join(' ');
}

export function defineApiSuite(name: string, databaseUrl: () => Promise<string | undefined>) {
  describe(`hub API on ${name}`, () => {
    let hub: RunningHub;
    let admin: ConsoleClient;
    let dpo: ConsoleClient;
    let token: string;
    const clock = new FakeClock('2026-03-02T01:00:00.000Z');

    beforeAll(async () => {
      // The fake clock jumps days ahead; sessions must outlive the jumps.
      hub = await startHub({ databaseUrl: await databaseUrl(), clock, config: { sessionTtlMs: 5000 * 86400_000 } });
      ({ admin, dpo, token } = await seed(hub));
    });
    afterAll(async () => {
      await hub?.close();
    });

    const count = async (table: string) => Number((await hub.deps.store.db.get<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))!.n);

    it('refuses an unknown hub token with 401 and a reason', async () => {
      const r = await postBatch(hub.url, 'not-a-token', [makeEvent()]);
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ error: 'unauthenticated', detail: 'unknown hub token' });
    });

    it('answers malformed JSON and a bad batch shape with 400, storing nothing', async () => {
      const before = await count('events');
      const res = await fetch(`${hub.url}/v1/batches`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"batchId": ' });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'malformed_json' });
      const r = await postBatch(hub.url, token, 'nope' as never);
      expect(r.status).toBe(400);
      expect(r.body.error).toBe('invalid_batch');
      expect(r.body.detail).toMatch(/events/);
      const mismatch = await fetch(`${hub.url}/v1/batches`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'idempotency-key': 'other' }, body: JSON.stringify({ batchId: 'b1', agentId: 'a', events: [] }) });
      expect(mismatch.status).toBe(400);
      expect(await count('events')).toBe(before);
    });

    it('accepts a batch, answers per-event rejections, and stores a replay nothing twice', async () => {
      const good = [makeEvent(), makeEvent({ decision: 'cancelled' })];
      const bad = { ...makeEvent(), id: 'not-a-uuid' };
      const leaky = makeEvent({ findings: [{ type: 'phone', category: 'basic', count: 1, distinct: 1, masked: ['0912345678'] }] });
      const batchId = randomUUID();
      const first = await postBatch(hub.url, token, [...good, bad, leaky], batchId);
      expect(first.status).toBe(200);
      expect(first.body.accepted.sort()).toEqual(good.map((e) => e.id).sort());
      expect(first.body.duplicates).toEqual([]);
      expect(first.body.rejected.map((r: { id: string }) => r.id).sort()).toEqual(['not-a-uuid', leaky.id].sort());
      expect(first.body.rejected.find((r: { id: string }) => r.id === leaky.id).reason).toMatch(/record mask/);
      const events = await count('events');
      const incidents = await count('incidents');
      const replay = await postBatch(hub.url, token, [...good, bad], batchId);
      expect(replay.body.accepted).toEqual([]);
      expect(replay.body.duplicates.sort()).toEqual(good.map((e) => e.id).sort());
      // The same events under another batch id are duplicates too.
      const again = await postBatch(hub.url, token, good);
      expect(again.body.duplicates).toHaveLength(2);
      expect(await count('events')).toBe(events);
      expect(await count('incidents')).toBe(incidents);
      const list = await dpo.json('GET', '/api/incidents?pageSize=200');
      expect(list.body.items.reduce((n: number, i: { eventCount: number }) => n + i.eventCount, 0)).toBe(events);
    });

    it('accepts gzip bodies', async () => {
      const e = makeEvent({ site: 'https://gzip.example.com' });
      const r = await postBatch(hub.url, token, [e], undefined, { gzip: true });
      expect(r.status).toBe(200);
      expect(r.body.accepted).toEqual([e.id]);
      const bad = await fetch(`${hub.url}/v1/batches`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-encoding': 'gzip' }, body: 'not gzip' });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: 'bad_gzip' });
    });

    it('stores nothing twice when agents send overlapping batches concurrently', async () => {
      const site = 'https://concurrent.example.com';
      const pool = Array.from({ length: 60 }, (_, i) => makeEvent({ site, user: 'fedcba9876543210', occurredAt: new Date(Date.UTC(2026, 2, 2, 2, 0, i)).toISOString() }));
      const batches = Array.from({ length: 8 }, (_, b) => pool.filter((_, i) => (i + b) % 3 !== 0));
      const before = await count('events');
      const results = await Promise.all(batches.map((events) => postBatch(hub.url, token, events)));
      expect(results.every((r) => r.status === 200)).toBe(true);
      const accepted = results.flatMap((r) => r.body.accepted);
      expect(new Set(accepted).size).toBe(accepted.length);
      expect(accepted.length).toBe(pool.length);
      expect(await count('events')).toBe(before + pool.length);
      const list = await dpo.json('GET', `/api/incidents?site=concurrent.example.com`);
      expect(list.body.total).toBe(1);
      expect(list.body.items[0].eventCount).toBe(pool.length);
    });

    it('groups events by user and site within the window into incidents with severity and deadline', async () => {
      const user = '1111222233334444';
      const site = 'https://drive.google.com';
      const e1 = makeEvent({ user, site, occurredAt: '2026-03-02T02:00:00.000Z', findings: [{ type: 'cccd', category: 'basic', count: 25, distinct: 25 }] });
      const e2 = makeEvent({ user, site, occurredAt: '2026-03-02T03:00:00.000Z', findings: [{ type: 'health', category: 'sensitive', count: 1, distinct: 1 }] });
      const later = makeEvent({ user, site, occurredAt: '2026-03-03T09:00:00.000Z' });
      await postBatch(hub.url, token, [e1, e2, later]);
      const list = await dpo.json('GET', `/api/incidents?site=drive.google.com&sort=firstSeen&order=asc`);
      expect(list.body.total).toBe(2);
      const [inc] = list.body.items;
      expect(inc).toMatchObject({ site, eventCount: 2, status: 'new', user, workstation: 'PC-KETOAN-01', group: 'Kế toán', discoveredAt: clock.now().toISOString(), deadlineState: 'running', overdue: false });
      expect(inc.types.sort()).toEqual(['cccd', 'health']);
      expect(inc.deadline).toBe(new Date(clock.t + 72 * 3600_000).toISOString());
      expect(['high', 'very_high']).toContain(inc.severity);
      const detail = await dpo.json('GET', `/api/incidents/${inc.id}`);
      expect(detail.body.events).toHaveLength(2);
      expect(detail.body.typeCounts.find((t: { type: string }) => t.type === 'cccd')).toMatchObject({ count: 25, distinct: 25, category: 'basic', masked: ['**********45'] });
      expect(detail.body.severityExplanation.map((f: { factor: string }) => f.factor)).toEqual(['dpc', 'volume', 'ei', 'cb', 'score']);
      // Filters: type, severity, status, q; pagination.
      expect((await dpo.json('GET', '/api/incidents?type=health')).body.items.every((i: { types: string[] }) => i.types.includes('health'))).toBe(true);
      expect((await dpo.json('GET', '/api/incidents?status=closed')).body.total).toBe(0);
      expect((await dpo.json('GET', `/api/incidents?q=${inc.number}`)).body.items[0].id).toBe(inc.id);
      const page = await dpo.json('GET', '/api/incidents?pageSize=1&page=2&sort=severity');
      expect(page.body.items).toHaveLength(1);
      expect((await dpo.json('GET', '/api/incidents?sort=bogus')).status).toBe(400);
    });

    it('needs a session (401), the CSRF token (403) and the right role (403)', async () => {
      expect((await fetch(`${hub.url}/api/incidents`)).status).toBe(401);
      expect(await (await fetch(`${hub.url}/api/incidents`)).json()).toMatchObject({ error: 'unauthenticated' });
      const list = await dpo.json('GET', '/api/incidents?pageSize=1');
      const id = list.body.items[0].id;
      const noCsrf = await dpo.req('POST', `/api/incidents/${id}/notes`, { text: 'x' }, { 'x-csrf-token': 'wrong' });
      expect(noCsrf.status).toBe(403);
      expect(await noCsrf.json()).toMatchObject({ error: 'csrf' });
      const viewer = new ConsoleClient(hub.url);
      await viewer.login('viewer', PASSWORD);
      expect((await viewer.json('PATCH', `/api/incidents/${id}`, { status: 'investigating' })).status).toBe(403);
      expect((await dpo.json('GET', '/api/users')).status).toBe(403);
      expect((await viewer.json('GET', '/api/incidents')).status).toBe(200);
    });

    it('enforces the assessment workflow, audits every step and stops the clock when notified', async () => {
      const e = makeEvent({ user: '5555666677778888', site: 'https://zalo.me' });
      await postBatch(hub.url, token, [e]);
      const { body } = await dpo.json('GET', '/api/incidents?site=zalo.me');
      const id = body.items[0].id;
      expect((await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'notified' })).status).toBe(409);
      expect((await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'investigating' })).status).toBe(200);
      const noReason = await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'breach_confirmed' });
      expect(noReason.status).toBe(409);
      expect(noReason.body.detail).toMatch(/reason/);
      const moved = await dpo.json('PATCH', `/api/incidents/${id}`, { discoveredAt: '2026-03-01T20:00:00.000Z' });
      expect(moved.status).toBe(400);
      const fixed = await dpo.json('PATCH', `/api/incidents/${id}`, { discoveredAt: '2026-03-01T20:00:00.000Z', discoveredAtReason: 'the head of unit reported it the evening before' });
      expect(fixed.body.deadline).toBe('2026-03-04T20:00:00.000Z');
      const confirmed = await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'breach_confirmed', reason: 'a CCCD number was sent to a chat app outside the agency' });
      expect(confirmed.body).toMatchObject({ status: 'breach_confirmed', assessment: { decision: 'breach', decidedBy: 'dpo' } });
      clock.advance(64 * 3600_000); // 2026-03-04T17:00Z: under 12 h left
      expect((await dpo.json('GET', `/api/incidents/${id}`)).body.deadlineState).toBe('near');
      const notified = await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'notified' });
      expect(notified.body.deadlineState).toBe('met');
      expect((await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'closed' })).body.status).toBe('closed');
      const note = await dpo.json('POST', `/api/incidents/${id}/notes`, { text: 'Đã nhắc nhở cán bộ.' });
      expect(note.status).toBe(201);
      const detail = (await dpo.json('GET', `/api/incidents/${id}`)).body;
      expect(detail.audit.map((a: { action: string }) => a.action)).toEqual(['status_changed', 'discovered_at_changed', 'status_changed', 'status_changed', 'status_changed', 'note_added']);
      expect(detail.notes[0]).toMatchObject({ author: 'dpo', text: 'Đã nhắc nhở cán bộ.' });
      clock.advance(-64 * 3600_000);
    });

    it('keeps "not a breach" decisions with their reason in the register CSV', async () => {
      await postBatch(hub.url, token, [makeEvent({ user: '9999aaaabbbbcccc', site: 'https://dichvucong.gov.vn', action: 'audit', decision: 'audited' })]);
      const id = (await dpo.json('GET', '/api/incidents?site=dichvucong')).body.items[0].id;
      await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'investigating' });
      await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'not_a_breach', reason: 'approved public-service portal, lawful processing' });
      const res = await dpo.req('GET', '/api/register.csv');
      expect(res.headers.get('content-type')).toMatch(/text\/csv/);
      const csv = await res.text();
      const header = csv.replace(/^\uFEFF/, '').split('\r\n')[0];
      expect(header.startsWith('number,id,discovered_at')).toBe(true);
      const row = csv.split('\r\n').find((l) => l.includes(id))!;
      expect(row).toContain('not_a_breach');
      expect(row).toContain('approved public-service portal');
      expect(row).toContain(',no,'); // an approved site is not external
    });

    it('produces Form 08 as a draft until confirmed, Form 03 on request, and the Art. 29 notice for location data', async () => {
      await admin.json('PUT', '/api/profile', { name: 'Sở Tư pháp tỉnh Mẫu', headOfficeAddress: '1 Đường Mẫu', taxCode: '0100109106', email: 'stp@mau.gov.vn', dpoName: 'Trần Thị B', dpoTitle: 'Chánh Văn phòng', registrationPlace: 'Hà Nội' });
      await postBatch(hub.url, token, [makeEvent({ user: 'abcdabcdabcdabcd', site: 'https://maps.example.com', findings: [{ type: 'location', category: 'sensitive', count: 3, distinct: 3, masked: ['[location]'] }] })]);
      const id = (await dpo.json('GET', '/api/incidents?site=maps.example.com')).body.items[0].id;
      await dpo.json('PUT', `/api/incidents/${id}/notification`, { consequences: 'Lộ vị trí của 3 người.', measures: 'Đã chặn trang.' });
      const res = await dpo.req('GET', `/api/incidents/${id}/notification.docx`);
      expect(res.status).toBe(200);
      const bytes = await res.arrayBuffer();
      const text = docxText(bytes);
      for (const s of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Kính gửi:', 'Mẫu số 08', 'Sở Tư pháp tỉnh Mẫu', 'Mã số thuế: 0100109106', 'Trần Thị B', 'Dữ liệu vị trí: 3 giá trị', 'Lộ vị trí của 3 người.', 'Đã chặn trang.', '4. Cam kết']) expect(text).toContain(s);
      expect(text).not.toContain('[location]');
      expect(docxHeaders(bytes)).toContain('DỰ THẢO');
      expect(strFromU8(unzipSync(new Uint8Array(bytes))['word/styles.xml'])).toContain('Times New Roman');
      const f03 = docxText(await (await dpo.req('GET', `/api/incidents/${id}/notification.docx?form=03`)).arrayBuffer());
      expect(f03).toContain('Mẫu số 03');
      expect(f03).not.toContain('Mã số thuế');
      await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'investigating' });
      await dpo.json('PATCH', `/api/incidents/${id}`, { status: 'breach_confirmed', reason: 'vị trí bị lộ' });
      const final = await (await dpo.req('GET', `/api/incidents/${id}/notification.docx`)).arrayBuffer();
      expect(docxHeaders(final)).not.toContain('DỰ THẢO');
      const notice = await dpo.req('GET', `/api/incidents/${id}/subject-notice.docx`);
      expect(notice.status).toBe(200);
      expect(docxText(await notice.arrayBuffer())).toContain('Điều 29 Nghị định số 356/2025/NĐ-CP');
      const other = (await dpo.json('GET', '/api/incidents?site=zalo.me')).body.items[0].id;
      expect((await dpo.req('GET', `/api/incidents/${other}/subject-notice.docx`)).status).toBe(409);
    });

    it('versions the policy with a diff and an audit entry, and serves it to agents with an ETag', async () => {
      const first = await fetch(`${hub.url}/v1/policy`, { headers: { authorization: `Bearer ${token}` } });
      expect(first.headers.get('etag')).toBe('"builtin-1"');
      const p1 = await admin.json('PUT', '/api/policy', { policy: { approvedSites: ['*.gov.vn'], blockedSites: [], defaultAction: 'warn', actions: {}, thresholds: {} }, comment: 'first' });
      expect(p1.status).toBe(201);
      const p2 = await admin.json('PUT', '/api/policy', { policy: { approvedSites: ['*.gov.vn', 'drive.google.com'], blockedSites: ['chatgpt.com'], defaultAction: 'block', actions: { health: 'block' }, thresholds: { cccd: [{ min: 10, action: 'block' }] } }, comment: 'tighten' });
      expect(p2.body.version).not.toBe(p1.body.version);
      expect((await admin.json('PUT', '/api/policy', { policy: { defaultAction: 'explode' } })).status).toBe(400);
      expect((await dpo.json('PUT', '/api/policy', { policy: {} })).status).toBe(403);
      const diff = await admin.json('GET', `/api/policy/diff?from=${p1.body.version}&to=${p2.body.version}`);
      expect(diff.body.changes).toEqual(expect.arrayContaining([
        { path: 'defaultAction', before: 'warn', after: 'block' },
        { path: 'blockedSites[]', before: null, after: 'chatgpt.com' },
        { path: 'actions.health', before: null, after: 'block' },
      ]));
      const got = await admin.json('GET', '/api/policy');
      expect(got.body.current.version).toBe(p2.body.version);
      expect(got.body.versions.map((v: { comment: string }) => v.comment)).toEqual(['tighten', 'first']);
      const served = await fetch(`${hub.url}/v1/policy`, { headers: { authorization: `Bearer ${token}` } });
      expect(served.headers.get('etag')).toBe(`"${p2.body.version}"`);
      expect((await served.json()).blockedSites).toEqual(['chatgpt.com']);
      const cached = await fetch(`${hub.url}/v1/policy`, { headers: { authorization: `Bearer ${token}`, 'if-none-match': `"${p2.body.version}"` } });
      expect(cached.status).toBe(304);
      const audit = await admin.json('GET', '/api/audit');
      expect(audit.body.items.filter((a: { action: string }) => a.action === 'policy_published')).toHaveLength(2);
    });

    it('re-identifies a pseudonym only for an admin with a reason, and audits it without the names', async () => {
      const { pseudonym } = await import('../../shared/mask/index.ts');
      hub.deps.config.hashKey = new Uint8Array(32).fill(7);
      const user = await pseudonym(hub.deps.config.hashKey, 'nguyenvana');
      expect((await dpo.json('POST', '/api/reidentify', { user, accountNames: ['nguyenvana'], reason: 'investigating incident' })).status).toBe(403);
      expect((await admin.json('POST', '/api/reidentify', { user, accountNames: ['x'] })).status).toBe(400);
      const r = await admin.json('POST', '/api/reidentify', { user, accountNames: ['tranthib', 'nguyenvana'], reason: 'incident 2026-000001, ordered by the director' });
      expect(r.body).toEqual({ matches: ['nguyenvana'] });
      const entry = (await admin.json('GET', '/api/audit')).body.items.find((a: { action: string }) => a.action === 'reidentify');
      expect(entry).toMatchObject({ actor: 'admin', target: user });
      expect(entry.detail).toContain('ordered by the director');
      expect(entry.detail).not.toContain('nguyenvana');
    });

    it('records heartbeats in the fleet and flags silent workstations', async () => {
      const hb = { agentId: 'a', at: clock.now().toISOString(), queueDepth: 3, dropped: 1, rejected: 0, extensionLastSeen: clock.now().toISOString(), agentVersion: '0.1.0' };
      const res = await fetch(`${hub.url}/v1/heartbeat`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: JSON.stringify(hb) });
      expect(res.status).toBe(204);
      let fleet = (await admin.json('GET', '/api/fleet')).body.items[0];
      expect(fleet).toMatchObject({ name: 'PC-KETOAN-01', group: 'Kế toán', queueDepth: 3, dropped: 1, silent: false, extensionSilent: false });
      clock.advance(25 * 3600_000);
      fleet = (await admin.json('GET', '/api/fleet')).body.items[0];
      expect(fleet.silent).toBe(true);
      clock.advance(-25 * 3600_000);
      const g = await admin.json('POST', '/api/groups', { name: 'Văn phòng' });
      expect((await admin.json('PUT', `/api/fleet/${fleet.id}`, { group: g.body.id })).status).toBe(200);
      expect((await admin.json('GET', '/api/fleet')).body.items[0].group).toBe('Văn phòng');
      // The register keeps the group an incident happened in; a new incident takes the new one.
      const moved = 'https://moved.example.com';
      await postBatch(hub.url, token, [makeEvent({ site: moved, user: '5555666677778888', occurredAt: '2026-03-04T02:00:00.000Z' })]);
      const before = (await dpo.json('GET', '/api/incidents?site=drive.google.com')).body.items;
      expect(before.map((i: { group: string }) => i.group)).toEqual(['Kế toán', 'Kế toán']);
      const after = (await dpo.json('GET', `/api/incidents?group=${encodeURIComponent('Văn phòng')}`)).body.items;
      expect(after.map((i: { site: string }) => i.site)).toEqual([moved]);
      expect((await dpo.json('GET', `/api/incidents?group=${encodeURIComponent('Kế toán')}&site=moved.example.com`)).body.total).toBe(0);
    });

    it('summarizes the dashboard and the quarterly report', async () => {
      const dash = (await dpo.json('GET', '/api/dashboard?from=2026-03-01&to=2026-03-31')).body;
      expect(dash.byDay.some((d: { type: string }) => d.type === 'cccd')).toBe(true);
      expect(dash.topSites[0].count).toBeGreaterThan(0);
      expect(dash.proceedRate.warned).toBeGreaterThan(0);
      expect(dash.proceedRate.rate).toBeGreaterThan(0);
      const q = (await dpo.json('GET', '/api/reports/quarterly?year=2026&quarter=1')).body;
      expect(q.byType.find((t: { type: string }) => t.type === 'cccd').values).toBeGreaterThan(25);
      expect(q.incidents.total).toBeGreaterThanOrEqual(3);
      expect(q.incidents.breaches).toBeGreaterThanOrEqual(2);
      expect(q.incidents.notified).toBeGreaterThanOrEqual(1);
      // The fleet test moved the workstation after most incidents: each counts in the group it happened in.
      const groups = Object.fromEntries(q.byGroup.map((g: { group: string; incidents: number }) => [g.group, g.incidents]));
      expect(groups['Kế toán']).toBeGreaterThanOrEqual(3);
      expect(groups['Văn phòng']).toBe(1);
      const csv = await (await dpo.req('GET', '/api/reports/quarterly?year=2026&quarter=1&format=csv')).text();
      expect(csv).toContain('type,cccd,basic');
    });

    it('locks a name out after 5 failures in 15 minutes and supports TOTP', async () => {
      const c = new ConsoleClient(hub.url);
      for (let i = 0; i < 5; i++) expect((await c.login('viewer', 'wrong password!')).status).toBe(401);
      const locked = await c.login('viewer', PASSWORD);
      expect(locked.status).toBe(429);
      expect(locked.body).toMatchObject({ error: 'locked' });
      expect(locked.body.retryAfter).toBeGreaterThan(0);
      clock.advance(16 * 60_000);
      const ok = await c.login('viewer', PASSWORD);
      expect(ok.status).toBe(200);
      expect(ok.setCookie).toMatch(/pdp_hub_session=.*HttpOnly.*SameSite=Strict/i);
      const setup = await c.json('POST', '/api/me/totp/setup');
      expect(setup.body.otpauthUrl).toMatch(/^otpauth:\/\/totp\//);
      expect((await c.json('POST', '/api/me/totp/confirm', { code: totp(setup.body.secret, clock.now()) })).status).toBe(204);
      const c2 = new ConsoleClient(hub.url);
      expect((await c2.login('viewer', PASSWORD)).body.error).toBe('totp_required');
      expect((await c2.login('viewer', PASSWORD, totp(setup.body.secret, clock.now()))).status).toBe(200);
      // Admin reset: new password works, old sessions end.
      expect((await admin.json('PATCH', '/api/users/viewer', { password: 'a new long password' })).status).toBe(200);
      expect((await c2.json('GET', '/api/me')).status).toBe(401);
    });

    it('lets an admin manage users and groups, each change audited, and guards the last admin', async () => {
      const created = await admin.json('POST', '/api/users', { name: 'tv.nguyen', role: 'viewer', password: 'a long enough pw' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ name: 'tv.nguyen', role: 'viewer', totpEnabled: false, disabled: false });
      expect(JSON.stringify(created.body)).not.toMatch(/scrypt|password/i);
      expect((await admin.json('POST', '/api/users', { name: 'tv.nguyen', role: 'viewer', password: 'a long enough pw' })).status).toBe(409);
      expect((await admin.json('POST', '/api/users', { name: 'short', role: 'viewer', password: 'short' })).status).toBe(400);
      expect((await admin.json('PATCH', '/api/users/tv.nguyen', { role: 'dpo', disabled: true })).body).toMatchObject({ role: 'dpo', disabled: true });
      expect((await new ConsoleClient(hub.url).login('tv.nguyen', 'a long enough pw')).status).toBe(401);
      expect((await admin.json('PATCH', '/api/users/admin', { role: 'viewer' })).status).toBe(409);
      expect((await admin.json('DELETE', '/api/users/tv.nguyen')).status).toBe(204);
      expect((await admin.json('DELETE', '/api/users/tv.nguyen')).status).toBe(404);

      const g = await admin.json('POST', '/api/groups', { name: 'Thanh tra' });
      expect((await admin.json('POST', '/api/groups', { name: 'Thanh tra' })).status).toBe(409);
      expect((await admin.json('PUT', `/api/groups/${g.body.id}`, { name: 'Thanh tra tỉnh' })).body.name).toBe('Thanh tra tỉnh');
      expect((await dpo.json('DELETE', `/api/groups/${g.body.id}`)).status).toBe(403);
      expect((await admin.json('DELETE', `/api/groups/${g.body.id}`)).status).toBe(204);
      expect((await admin.json('GET', '/api/groups')).body.items.map((x: { name: string }) => x.name)).not.toContain('Thanh tra tỉnh');
      const actions = (await admin.json('GET', '/api/audit?pageSize=500')).body.items.map((a: { action: string }) => a.action);
      for (const a of ['user_created', 'user_changed', 'user_deleted', 'group_created', 'group_renamed', 'group_deleted']) expect(actions).toContain(a);
    });

    it('purges event details past retention but keeps the register', async () => {
      const id = (await dpo.json('GET', '/api/incidents?site=zalo.me')).body.items[0].id;
      const eventsBefore = await count('events');
      clock.advance(800 * 86400_000);
      const r = await runPurge(hub.deps);
      expect(r.events).toBe(eventsBefore);
      expect(await count('events')).toBe(0);
      const detail = (await dpo.json('GET', `/api/incidents/${id}`)).body;
      expect(detail.events).toEqual([]);
      expect(detail.eventsPurged).toBe(true);
      expect(detail.status).toBe('closed');
      expect(detail.typeCounts[0].type).toBe('cccd');
      expect((await dpo.req('GET', '/api/register.csv').then((x) => x.text())).includes(id)).toBe(true);
      clock.advance(-800 * 86400_000);
    });
  });
}
