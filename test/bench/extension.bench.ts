// Benchmark of the content script in a real Chromium (Debian's), printed as
// figures: the content script's gzip size, key-to-paint latency typing into a
// 10,000-character textarea with and without the extension, and page-load
// time with and without it. Run: npm run bench:extension (builds first if
// .output/chrome-mv3 is missing).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/chromium.ts';
import { startStaticServer } from '../helpers/static-server.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/tools.ts';

const KEYS = Number(process.env.BENCH_KEYS ?? 150);
const LOADS = Number(process.env.BENCH_LOADS ?? 15);
// Runs alternate without/with the extension, so load from other processes on
// the machine falls on both alike.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
  execFileSync('npm', ['run', '-s', 'build:extension'], { stdio: 'inherit' });
}

function contentScriptSize(): { file: string; raw: number; gzip: number } {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  const file = readdirSync(dir).find((f) => f.endsWith('.js'))!;
  const data = readFileSync(join(dir, file));
  return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), mean: s.reduce((a, b) => a + b, 0) / s.length };
}

interface KeyTimes {
  /** Key event timestamp to the first task after the next frame (the paint). */
  paint: number[];
  /** Key event timestamp to the end of the textarea's `input` handling (main-thread work, no frame rounding). */
  input: number[];
}

async function keyToPaint(page: Page, url: string): Promise<KeyTimes> {
  await page.goto(url);
  await page.click('#ta');
  await page.evaluate(() => {
    const ta = document.getElementById('ta') as HTMLTextAreaElement;
    ta.setSelectionRange(ta.value.length, ta.value.length);
    const w = window as unknown as { __lat: number[]; __inp: number[]; __t0: number };
    w.__lat = [];
    w.__inp = [];
    ta.addEventListener('input', () => w.__inp.push(performance.now() - w.__t0));
    ta.addEventListener('keydown', (e) => {
      const t0 = e.timeStamp;
      w.__t0 = t0;
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => w.__lat.push(performance.now() - t0);
        ch.port2.postMessage(0);
      });
    });
  });
  const text = 'Ghi chú cuộc họp với công dân ngày hôm nay, không có số liệu cá nhân. ';
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type(text[i % text.length]);
    // Pauses of varying length, so some keys land while a debounced scan is due.
    await page.waitForTimeout(i % 10 === 9 ? 200 : 25);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __inp: number[] };
    return { paint: w.__lat, input: w.__inp };
  });
}

async function loadTimes(context: BrowserContext, url: string): Promise<number[]> {
  const page = await context.newPage();
  const out: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    await page.goto(url, { waitUntil: 'load' });
    out.push(
      await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return nav.loadEventEnd - nav.startTime;
      }),
    );
  }
  await page.close();
  return out;
}

const fmt = (n: number) => n.toFixed(2);

async function run(withExtension: boolean, url: string): Promise<{ keys: KeyTimes; loads: number[] }> {
  if (withExtension) {
    const ext = await launchWithExtension();
    try {
      const page = await ext.context.newPage();
      return { keys: await keyToPaint(page, url), loads: await loadTimes(ext.context, url) };
    } finally {
      await ext.close();
    }
  }
  const profile = mkdtempSync(join(tmpdir(), 'pdp-bench-'));
  const plain = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await plain.newPage();
    return { keys: await keyToPaint(page, url), loads: await loadTimes(plain, url) };
  } finally {
    await plain.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const size = contentScriptSize();
  console.log(`content script ${size.file}: ${(size.raw / 1024).toFixed(1)} KB raw, ${(size.gzip / 1024).toFixed(1)} KB gzip (target < 60 KB)`);

  const server = await startStaticServer();
  const url = `${server.origin}/bench.html`;
  const all = {
    without: { paint: [] as number[], input: [] as number[], loads: [] as number[] },
    with: { paint: [] as number[], input: [] as number[], loads: [] as number[] },
  };
  for (let round = 1; round <= ROUNDS; round++) {
    for (const variant of ['without', 'with'] as const) {
      const r = await run(variant === 'with', url);
      all[variant].paint.push(...r.keys.paint);
      all[variant].input.push(...r.keys.input);
      all[variant].loads.push(...r.loads);
      console.log(`round ${round} ${variant.padEnd(7)}: key-to-paint median ${fmt(stats(r.keys.paint).median)} ms, key-to-input median ${fmt(stats(r.keys.input).median)} ms, load median ${fmt(stats(r.loads).median)} ms`);
    }
  }
  await server.close();

  const line = (label: string, a: number[], b: number[]) => {
    const s0 = stats(a);
    const s1 = stats(b);
    const added = s1.median - s0.median;
    console.log(`${label}: without median ${fmt(s0.median)} p95 ${fmt(s0.p95)} | with median ${fmt(s1.median)} p95 ${fmt(s1.p95)} | added median ${fmt(added)} ms (${fmt((added / s0.median) * 100)}%)`);
    return { s0, s1, added };
  };
  console.log(`--- ${ROUNDS} rounds, ${KEYS} keys and ${LOADS} loads per run, 10,000-character textarea ---`);
  const paint = line('key-to-paint (ms)', all.without.paint, all.with.paint);
  line('key-to-input-handled (ms)', all.without.input, all.with.input);
  line('page load (ms)', all.without.loads, all.with.loads);
  const ok = paint.added < 2 || paint.s1.median <= paint.s0.median * 1.1;
  console.log(`key-to-paint target (< 10% or < 2 ms added): ${ok ? 'met' : 'NOT met'}`);
}

await main();
