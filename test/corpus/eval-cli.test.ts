// `npm run eval` as a process: the JSON it writes and its exit codes, on tiny
// corpora given with --corpus (the real engine runs on them).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const EVAL = fileURLToPath(new URL('./eval.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'pdp-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const text = 'Anh gọi giúp em số 0912 345 678 nhé';
const start = text.indexOf('0912');
const right = { id: 'a', text, spans: [{ type: 'phone', start, end: start + 12 }], topics: [] };
// The same text labelled at the wrong place: every prediction is false, every label missed.
const wrong = { id: 'b', text, spans: [{ type: 'phone', start: 0, end: 3 }], topics: [] };

function run(corpus: object[], ...args: string[]) {
  const file = join(dir, `c${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(file, corpus.map((c) => JSON.stringify(c)).join('\n') + '\n');
  return spawnSync(process.execPath, [EVAL, '--corpus', file, ...args], { encoding: 'utf8', timeout: 60_000 });
}

describe('npm run eval', () => {
  it('writes per-type counts and the targets as JSON', () => {
    const out = join(dir, 'r.json');
    const r = run([right], '--json', out);
    expect(r.status).toBe(0);
    const results = JSON.parse(readFileSync(out, 'utf8'));
    const [corpus] = Object.values(results) as { texts: number; types: Record<string, { tp: number; fn: number }>; targets: { name: string; pass: boolean }[] }[];
    expect(corpus.texts).toBe(1);
    expect(corpus.types.phone).toMatchObject({ tp: 1, fn: 0 });
    expect(corpus.targets.find((t) => t.name === 'structured recall')?.pass).toBe(true);
    expect(r.stdout).toMatch(/PASS\s+structured recall/);
  });

  it('exits 1 under --check when a target fails, 0 without it', () => {
    const failing = run([wrong], '--check');
    expect(failing.stdout).toMatch(/FAIL\s+structured recall/);
    expect(failing.status).toBe(1);
    expect(run([wrong]).status).toBe(0);
  });

  it('prints each miss with its context under --misses', () => {
    const r = run([wrong], '--misses', 'phone');
    expect(r.stdout).toMatch(/FN phone\s+b\s+\[\[Anh\]\]/);
    expect(r.stdout).toMatch(/FP phone\s+b\s+.*\[\[0912 345 678\]\]/);
  });

  it('rejects an unknown option with a message', () => {
    const r = run([right], '--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('eval: unknown option --bogus\n');
  });
});
