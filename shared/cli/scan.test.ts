import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs the CLI the way users do, as a child process under Node 24.
const ROOT = join(import.meta.dirname, '..', '..');
function scan(args: string[], input?: string) {
  const r = spawnSync('npx', ['node', 'shared/cli/scan.ts', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PLANTED = ['038090012345', '0912345678', 'nguyen.van.an@gmail.com', '4111111111111111'];
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pdp-scan-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run scan', () => {
  it('prints masked findings for a file and never a raw value', () => {
    const file = join(dir, 'note.txt');
    writeFileSync(file, `Họ tên Nguyễn Văn An\nCCCD ${PLANTED[0]}, SĐT ${PLANTED[1]}\nemail ${PLANTED[2]}, thẻ ${PLANTED[3]}\n`);
    const { code, stdout } = scan([file]);
    expect(code).toBe(0);
    expect(stdout).toContain('cccd');
    expect(stdout).toContain('**********45');
    expect(stdout).toContain('***@gmail.com');
    expect(stdout).toMatch(/2:6 +cccd/);
    for (const raw of PLANTED) expect(stdout).not.toContain(raw);
    // Positive control: text that is no identifier passes through the same output path.
    expect(scan([file]).stdout).toContain('finding(s)');
  }, 60_000);

  it('reads stdin with -', () => {
    const { code, stdout } = scan(['-'], `SĐT ${PLANTED[1]}`);
    expect(code).toBe(0);
    expect(stdout).toContain('phone');
    expect(stdout).not.toContain(PLANTED[1]);
  }, 60_000);

  it('--jsonl prints one line per input with findings at or above the threshold, no raw values', () => {
    const file = join(dir, 'corpus.jsonl');
    const lines = [
      { id: 'a', text: `CCCD ${PLANTED[0]} và SĐT ${PLANTED[1]}` },
      { id: 7, text: 'Không có gì ở đây, họp lúc 10:30.' },
      { id: 'c', text: `email ${PLANTED[2]}` },
    ];
    writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    const { code, stdout } = scan(['--jsonl', file]);
    expect(code).toBe(0);
    const out = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 7, 'c']);
    expect(out[0].findings.map((f: { type: string }) => f.type)).toEqual(['cccd', 'phone']);
    expect(out[0].findings[0]).toMatchObject({ start: 5, end: 17, masked: '**********45' });
    expect(out[1].findings).toEqual([]);
    for (const o of out) for (const f of o.findings) expect(f.score).toBeGreaterThanOrEqual(0.6);
    for (const raw of PLANTED) expect(stdout).not.toContain(raw);
    // Positive control: the id written in the input does come out unchanged.
    expect(stdout).toContain('"id":"a"');
  }, 60_000);

  it('reports bad input clearly without echoing it', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `{"id":"x","text":"SĐT ${PLANTED[1]}"}\nnot json ${PLANTED[0]}\n{"id":"y"}\n`);
    const { code, stdout, stderr } = scan(['--jsonl', file]);
    expect(code).toBe(1);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('line 2: not valid JSON');
    expect(stderr).toContain('line 3: expected an object with a string "text"');
    expect(stderr).not.toContain(PLANTED[0]);
    const missing = scan([join(dir, 'missing.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('ENOENT');
    expect(scan([]).code).toBe(2);
  }, 60_000);
});
