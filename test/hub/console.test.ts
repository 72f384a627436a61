// The DPO console end to end: a real hub (its own process, SQLite in a temp
// data dir, provisioned through its CLI), real agent batches over HTTP, and
// the built console driven in Debian's Chromium. Walks the DPO's morning:
// log in, filter, open an incident, assess it, edit the notification, download
// Form 08 and read the .docx; then the admin's policy editor and a viewer's
// read-only view. Screenshots for the README come from this run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/tools.ts';
import { screenshot } from '../helpers/screenshots.ts';
import { totp } from '../../agent/hub/auth/totp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const NODE = join(ROOT, 'node_modules/node/bin/node');
const HUB_MAIN = join(ROOT, 'agent/hub/main.ts');

const AGENCY = 'Sở Thông tin và Truyền thông tỉnh Thử Nghiệm';
const PASSWORDS = { dpo: 'dpo-Passw0rd-2026!', admin: 'admin-Passw0rd-2026!', viewer: 'viewer-Passw0rd-2026!' };
const MEASURES = 'Đã thu hồi tin nhắn, khóa tài khoản chat bên ngoài và nhắc nhở cán bộ — MARKER-7431.';
const CONSEQUENCES = 'Số định danh của 2 công dân có thể bị lộ cho bên thứ ba.';
// A raw CCCD typed into a free-text field: the hub must redact it before storing
// (the marker beside it proves the same path does carry text through).
const RAW_CCCD = '079203001234';

let dataDir: string;
let port: number;
let base: string;
let hub: ChildProcess | undefined;
let hubLog = '';
let agentToken: string;
let browser: Browser;

import { freePort } from '../helpers/ports.ts';

function hubCli(args: string[], input?: string): string {
  const r = spawnSync(NODE, [HUB_MAIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`hub ${args.join(' ')} failed (${r.status}): ${r.stderr}\n${r.stdout}`);
  return r.stdout;
}

async function waitForHub(): Promise<void> {
  const until = Date.now() + 60_000;
  while (Date.now() < until) {
    if (hub?.exitCode !== null && hub?.exitCode !== undefined) throw new Error(`hub exited: ${hubLog}`);
    try {
      const r = await fetch(`${base}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`hub did not start: ${hubLog}`);
}

/** A logged-in API client (cookie + CSRF), as a script would use the hub. */
async function apiSession(name: string, password: string) {
  const r = await fetch(`${base}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  expect(r.status, await r.clone().text()).toBe(200);
  const cookie = r.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return (method: string, path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
}

type Finding = { type: string; category: 'basic' | 'sensitive'; count: number; distinct: number; masked: string[]; tags: string[]; rules: string[] };

function event(site: string, minutesAgo: number, findings: Finding[], decision: string, channel = 'paste') {
  const at = new Date(Date.now() - minutesAgo * 60_000).toISOString();
  return {
    schemaVersion: 1,
    id: randomUUID(),
    occurredAt: at,
    site,
    channel,
    action: 'warn',
    decision,
    findings,
    summary: { total: findings.reduce((a, f) => a + f.count, 0), distinct: findings.reduce((a, f) => a + f.distinct, 0), looksLikeList: false },
    ...(decision === 'proceeded' ? { justification: 'Gửi hồ sơ cho đối tác theo yêu cầu của lãnh đạo' } : {}),
    extensionVersion: '0.1.0',
    policyVersion: 'builtin-1',
    user: 'a1b2c3d4e5f60718',
    workstation: 'ignored-by-hub',
    agentVersion: '0.1.0',
    receivedAt: at,
  };
}

const cccd = (n: number): Finding => ({
  type: 'cccd',
  category: 'basic',
  count: n,
  distinct: n,
  masked: ['**********34', '**********78'].slice(0, n),
  tags: ['1a2b', '3c4d'].slice(0, n),
  rules: ['cccd.structure'],
});
const phone = (n: number): Finding => ({
  type: 'phone',
  category: 'basic',
  count: n,
  distinct: n,
  masked: ['********78'],
  tags: ['9f0e'],
  rules: ['phone.mobile'],
});

async function postBatch(events: unknown[]): Promise<void> {
  const batchId = randomUUID();
  const r = await fetch(`${base}/v1/batches`, {
    method: 'POST',
    headers: { authorization: `Bearer ${agentToken}`, 'content-type': 'application/json', 'idempotency-key': batchId },
    body: JSON.stringify({ batchId, agentId: 'ws-ketoan-01', events }),
  });
  const body = (await r.json()) as { accepted: string[]; rejected: unknown[] };
  expect(r.status).toBe(200);
  expect(body.rejected).toEqual([]);
  expect(body.accepted).toHaveLength(events.length);
}

// Script errors and CSP violations in the console page, checked after each test
// (failed API calls show up as answers, not as errors, so they are left out).
let pageErrors: string[] = [];

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width: 1366, height: 900 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) pageErrors.push(`console: ${m.text()}`);
  });
  return { context, page };
}

async function login(page: Page, name: string, password: string): Promise<void> {
  await page.goto(`${base}/`);
  await page.getByLabel('Tên đăng nhập').fill(name);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
}

/** The text of a .docx: w:t runs joined, one line per paragraph. */
function docxText(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']);
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pdp-console-e2e-'));
  port = await freePort();
  base = `http://127.0.0.1:${port}`;
  for (const role of ['dpo', 'admin', 'viewer'] as const) {
    hubCli(['user', 'add', '--data', dataDir, '--name', `${role}1`, '--role', role, '--password-stdin'], `${PASSWORDS[role]}\n`);
  }
  const out = hubCli(['agent', 'add', '--data', dataDir, '--name', 'PC-KETOAN-01']).trim().split('\n');
  agentToken = out[out.length - 1].trim();
  expect(agentToken.length).toBeGreaterThan(16);

  hub = spawn(NODE, [HUB_MAIN, '--port', String(port), '--data', dataDir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  hub.stdout!.on('data', (d) => (hubLog += d));
  hub.stderr!.on('data', (d) => (hubLog += d));
  await waitForHub();

  const admin = await apiSession('admin1', PASSWORDS.admin);
  const profile = {
    name: AGENCY,
    headOfficeAddress: 'Số 1 đường Thử Nghiệm, phường Trung Tâm',
    transactionAddress: 'Số 1 đường Thử Nghiệm, phường Trung Tâm',
    registrationNumber: '123/QĐ-UBND',
    registrationIssuer: 'Ủy ban nhân dân tỉnh Thử Nghiệm',
    registrationDate: '2008-04-01',
    registrationPlace: 'Thử Nghiệm',
    taxCode: '0100109106',
    phone: '02033 000 000',
    email: 'vanthu@stttt.example.gov.vn',
    website: 'https://stttt.example.gov.vn',
    dpoName: 'Trần Thị Bảo Vệ',
    dpoTitle: 'Phó Chánh Văn phòng',
    dpoLandline: '02033 000 001',
    dpoMobile: '0912 000 002',
    recipient: 'Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an',
  };
  const pr = await admin('PUT', '/api/profile', profile);
  expect(pr.status, await pr.text()).toBe(200);

  // Two incidents: CCCDs and a phone pasted into an outside chat (one user
  // proceeded after the warning), and a phone number typed into a webmail.
  await postBatch([
    event('https://chat.example.com', 50, [cccd(2), phone(1)], 'proceeded'),
    event('https://chat.example.com', 45, [cccd(1)], 'cancelled'),
  ]);
  await postBatch([event('https://mail.example.net', 30, [phone(1)], 'proceeded', 'input')]);

  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
});

afterAll(async () => {
  await browser?.close();
  if (hub && hub.exitCode === null) {
    hub.kill('SIGTERM');
    await new Promise((r) => hub!.once('exit', r));
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

describe('DPO console in Chromium', () => {
  let incidentId: string;

  beforeEach(() => {
    pageErrors = [];
  });
  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  it('the DPO logs in, sees the dashboard and its deadline banner', async () => {
    // The mail incident was in fact discovered 62 hours ago (a colleague
    // phoned it in): the DPO corrects discoveredAt, which brings its 72-hour
    // deadline within the last 12 hours.
    const dpo = await apiSession('dpo1', PASSWORDS.dpo);
    const list = (await (await dpo('GET', '/api/incidents?site=mail.example.net')).json()) as { items: { id: string }[] };
    expect(list.items).toHaveLength(1);
    const r = await dpo('PATCH', `/api/incidents/${list.items[0].id}`, {
      discoveredAt: new Date(Date.now() - 62 * 3600_000).toISOString(),
      discoveredAtReason: 'Cán bộ báo qua điện thoại từ trước khi có cảnh báo',
    });
    expect(r.status, await r.text()).toBe(200);

    const { context, page } = await newPage();
    await login(page, 'dpo1', PASSWORDS.dpo);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const banner = page.getByTestId('deadline-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain('https://mail.example.net');
    await expect(banner.locator('li.deadline-near').count()).resolves.toBe(1);
    await page.getByRole('heading', { name: 'Trang web bên ngoài nhận dữ liệu nhiều nhất' }).waitFor();
    await expect(page.locator('figure.chart svg rect').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'console-dashboard', true);
    await context.close();
  });

  it('filters the incident list, opens an incident and assesses it up to a confirmed breach', async () => {
    const { context, page } = await newPage();
    await login(page, 'dpo1', PASSWORDS.dpo);
    await page.getByRole('link', { name: 'Sự cố', exact: true }).click();
    const rows = page.locator('[data-testid=incident-table] tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    await expect(page.locator('[data-testid=incident-table] [data-deadline-state=near]').count()).resolves.toBe(1);
    await screenshot(page, 'console-incidents');

    // Dates are typed day first, in Vietnam time: from tomorrow on, nothing matches.
    const tomorrow = new Date(Date.now() + 7 * 3600_000 + 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
    await page.getByLabel('Từ ngày').fill(tomorrow);
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await page.getByText('Không có sự cố nào khớp bộ lọc.').waitFor();
    await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await page.getByLabel('Từ ngày').inputValue()).toBe('');

    await page.getByLabel('Loại dữ liệu', { exact: true }).selectOption('cccd');
    await page.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('type=cccd');
    await expect.poll(() => rows.count()).toBe(1);
    await expect(rows.first().textContent()).resolves.toContain('https://chat.example.com');
    incidentId = (await rows.first().getAttribute('data-incident-id'))!;

    await rows.first().getByRole('link').first().click();
    await page.getByRole('heading', { level: 1, name: 'Sự cố tại https://chat.example.com' }).waitFor();
    await expect(page.getByTestId('incident-countdown').locator('[data-deadline-state]').getAttribute('data-deadline-state')).resolves.toBe('running');
    const types = page.locator('#types tbody tr');
    await expect(types.count()).resolves.toBe(2);
    await expect(page.locator('#types').textContent()).resolves.toContain('**********34');
    await expect(page.locator('#timeline li').count()).resolves.toBe(2);

    const status = page.locator('.incident-badges [data-status]');
    await expect(status.getAttribute('data-status')).resolves.toBe('new');
    await page.locator('[data-transition=investigating]').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('investigating');

    // A decision without a reason is refused in the console before it reaches the hub.
    await page.locator('[data-transition=breach_confirmed]').click();
    await page.getByText('Cần nêu lý do cho quyết định này.').waitFor();
    await page.getByLabel('Lý do (bắt buộc với quyết định)').fill('Số định danh của công dân đã được gửi ra dịch vụ chat bên ngoài cơ quan.');
    await page.locator('[data-transition=breach_confirmed]').click();
    await expect.poll(() => status.getAttribute('data-status')).toBe('breach_confirmed');
    await expect(page.locator('#audit tbody tr').count()).resolves.toBeGreaterThanOrEqual(2);

    await page.getByLabel('Hậu quả, thiệt hại có thể xảy ra').fill(CONSEQUENCES);
    await page.getByLabel('Biện pháp đã thực hiện').fill(`${MEASURES} CCCD ${RAW_CCCD}`);
    await page.getByRole('button', { name: 'Lưu nội dung thông báo' }).click();
    await page.locator('#notification .saved').waitFor();
    // The console shows what the hub stored: the marker, and the CCCD masked.
    const stored = await page.getByLabel('Biện pháp đã thực hiện').inputValue();
    expect(stored).toContain('MARKER-7431');
    expect(stored).not.toContain(RAW_CCCD);
    await screenshot(page, 'console-incident', true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('form08').click()]);
    const file = await download.path();
    const text = docxText(new Uint8Array(readFileSync(file)));
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Kính gửi');
    expect(text).toContain(AGENCY);
    expect(text).toContain('MARKER-7431');
    expect(text).toContain('Đã thu hồi tin nhắn');
    expect(text).toContain(CONSEQUENCES);
    expect(text).toMatch(/CCCD|căn cước|định danh/i);
    expect(text).toMatch(/điện thoại/i);
    // The marker went through; the raw number typed beside it did not.
    expect(text).not.toContain(RAW_CCCD);
    await context.close();
  });

  it('the admin edits and publishes the policy, with a diff, and agents receive it', async () => {
    const { context, page } = await newPage();
    await login(page, 'admin1', PASSWORDS.admin);
    await page.getByRole('link', { name: 'Chính sách' }).click();
    await page.getByRole('heading', { level: 1, name: 'Chính sách' }).waitFor();
    const blocked = page.getByLabel('Trang web bị chặn (mỗi dòng một mẫu)');
    await blocked.fill('chat.example.com\n*.pastebin.example');
    await page.getByLabel('Ghi chú thay đổi').fill('Chặn dịch vụ chat bên ngoài sau sự cố');
    await expect(page.locator('table.diff tbody tr').count()).resolves.toBe(2);
    await screenshot(page, 'console-policy', true);
    await page.getByRole('button', { name: 'Công bố cho các máy trạm' }).click();
    await page.getByText(/Đã công bố phiên bản/).waitFor();

    const r = await fetch(`${base}/v1/policy`, { headers: { authorization: `Bearer ${agentToken}` } });
    expect(r.status).toBe(200);
    const policy = (await r.json()) as { blockedSites: string[] };
    expect(policy.blockedSites).toEqual(['chat.example.com', '*.pastebin.example']);

    const audit = (await (await (await apiSession('admin1', PASSWORDS.admin))('GET', '/api/audit')).json()) as { items: { action: string }[] };
    expect(audit.items.some((a) => /policy/.test(a.action))).toBe(true);

    // The fleet page lists the enrolled workstation by its hub-issued name.
    await page.getByRole('link', { name: 'Máy trạm' }).click();
    await page.getByRole('cell', { name: 'PC-KETOAN-01' }).waitFor();
    await context.close();
  });

  it('a viewer sees the incident but cannot change its status (no button, and the API says 403)', async () => {
    const { context, page } = await newPage();
    await login(page, 'viewer1', PASSWORDS.viewer);
    await page.goto(`${base}/#/incidents/${encodeURIComponent(incidentId)}`);
    await page.getByRole('heading', { level: 1, name: 'Sự cố tại https://chat.example.com' }).waitFor();
    await page.getByText('Vai trò “chỉ xem” không thay đổi được đánh giá.').waitFor();
    await expect(page.locator('[data-transition]').count()).resolves.toBe(0);

    const viewer = await apiSession('viewer1', PASSWORDS.viewer);
    const r = await viewer('PATCH', `/api/incidents/${incidentId}`, { status: 'notified' });
    expect(r.status).toBe(403);
    // The refusal changed nothing.
    const detail = (await (await viewer('GET', `/api/incidents/${incidentId}`)).json()) as { status: string };
    expect(detail.status).toBe('breach_confirmed');

    // English is one click away and remembered across reloads.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Incidents', exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Incident at https://chat.example.com' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
  it('sign-in security: a DPO turns on TOTP in the console and then needs the code; repeated failures lock the name', async () => {
    const admin = await apiSession('admin1', PASSWORDS.admin);
    const created = await admin('POST', '/api/users', { name: 'dpo2', role: 'dpo', password: PASSWORDS.dpo });
    expect(created.status, await created.text()).toBe(201);

    const { context, page } = await newPage();
    await login(page, 'dpo2', PASSWORDS.dpo);
    await page.getByRole('link', { name: 'Tài khoản' }).click();
    await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
    const secret = (await page.locator('main code').first().textContent())!.trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    await page.getByLabel('Mã 6 số').fill(totp(secret, new Date()));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.getByText('Đã bật xác thực hai lớp.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Name and password alone are no longer enough: the console asks for the code.
    await page.getByLabel('Tên đăng nhập').fill('dpo2');
    await page.getByLabel('Mật khẩu').fill(PASSWORDS.dpo);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Tài khoản này bật xác thực hai lớp').waitFor();
    await page.getByLabel('Mã xác thực 6 số (TOTP)').fill(totp(secret, new Date()));
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // Signed in again, back on the page the DPO left, which now says TOTP is on.
    await page.getByRole('heading', { level: 1, name: 'Tài khoản của tôi' }).waitFor();
    await page.getByText('Đang bật.').waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();

    // Five wrong passwords for a name, and the sixth attempt is refused outright.
    await page.getByLabel('Tên đăng nhập').fill('dpo1');
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Mật khẩu').fill(`wrong-${i}`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByText('Tên đăng nhập hoặc mật khẩu không đúng.').waitFor();
      await expect.poll(() => page.getByRole('button', { name: 'Đăng nhập' }).isEnabled()).toBe(true);
    }
    await page.getByLabel('Mật khẩu').fill(PASSWORDS.dpo);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText(/Tài khoản tạm khóa do đăng nhập sai nhiều lần\. Thử lại sau \d+ phút\./).waitFor();
    await context.close();
  });
});
