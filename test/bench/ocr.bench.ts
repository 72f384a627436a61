// Benchmark of image reading, printed as figures: time from a pasted card
// picture to the decision (the warning showing its types) in a real Chromium
// with the built extension, cold (first image after the browser starts: the
// offscreen document and the OCR engine load) and warm; the reader's own time
// per image; recall of `id_card_image` on every generated variant and false
// alarms on the harmless set; and Debian's native `tesseract` on the same
// images as the yardstick (skipped, with a note, when it is not installed).
// Run: npm run bench:ocr (builds the extension first when it is missing).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recognizeIdCard } from '../../shared/detect/id-card/index.ts';
import { OCR_LANGUAGES } from '../../extension/lib/ocr/assets.ts';
import { EXTENSION_DIR, launchWithExtension } from '../helpers/chromium.ts';
import { setPolicy, startReceiver, testPolicy, warningIn, choose } from '../extension/content-helpers.ts';
import { makeTestImages, VARIANTS, type TestImage } from '../files/card-images.ts';
import { startUploadPage } from '../files/upload-page.ts';
import { openReaderClient } from '../files/read-in-extension.ts';

const WARM_RUNS = Number(process.env.BENCH_WARM ?? 5);

if (!existsSync(join(EXTENSION_DIR, 'offscreen.html'))) {
  execFileSync('npm', ['run', '-s', 'build:extension'], { stdio: 'inherit' });
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { median: q(0.5), p95: q(0.95), min: s[0], max: s[s.length - 1] };
}
const ms = (x: number) => `${Math.round(x)} ms`;

const dir = mkdtempSync(join(tmpdir(), 'pdp-ocr-bench-'));
process.stdout.write('rendering test images…\n');
// BENCH_PAGES / BENCH_VARIANTS (comma-separated) narrow the set for a quick look.
const only = (name: string) => process.env[name]?.split(',').filter(Boolean);
const images = await makeTestImages(dir, {
  pages: only('BENCH_PAGES'),
  variants: only('BENCH_VARIANTS') ? VARIANTS.filter((v) => only('BENCH_VARIANTS')!.includes(v.name)) : undefined,
});
const cards = images.filter((i) => i.card);
const harmless = images.filter((i) => !i.card);
const card = images.find((i) => i.page === 'cccd-front' && i.variant === 'plain') ?? cards[0];

const receiver = await startReceiver();
const site = await startUploadPage();
const ext = await launchWithExtension();
await setPolicy(ext, testPolicy({ approvedSites: [] }), receiver.url);
await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });

/** Paste the card into the chat box; time until the warning names its types. */
async function pasteToDecision(img: TestImage): Promise<{ ms: number; types: string }> {
  const page = await ext.context.newPage();
  await page.goto(site.url);
  await page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
  }, Buffer.from(img.bytes).toString('base64'));
  await page.click('#chat');
  const t0 = performance.now();
  await page.keyboard.press('Control+V');
  let types = '';
  for (;;) {
    const hook = await warningIn(page);
    if (hook?.types) {
      types = hook.types;
      break;
    }
    if (performance.now() - t0 > 60_000) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const elapsed = performance.now() - t0;
  if (types) await choose(page, 'cancel');
  await page.close();
  return { ms: elapsed, types };
}

const cold = await pasteToDecision(card);
const warm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) warm.push((await pasteToDecision(card)).ms);

// The reader itself, over the same port the content script uses, from an extension page.
const read = await openReaderClient(ext);
const readInExtension = (img: TestImage) => read(img.bytes, img.mime);

interface Row { img: TestImage; ms: number; hit: boolean; timedOut: boolean; native?: { ms: number; hit: boolean } }
const rows: Row[] = [];
const hasNative = spawnSync('tesseract', ['--version']).status === 0;
const nativeLangs = hasNative ? spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout : '';
const nativeLang = nativeLangs.includes('vie') ? (nativeLangs.includes('eng') ? 'vie+eng' : 'vie') : 'eng';
for (const img of images) {
  const r = await readInExtension(img);
  const row: Row = { img, ms: r.ms, hit: r.types.includes('id_card_image'), timedOut: r.timedOut };
  if (hasNative) {
    const t0 = performance.now();
    const out = spawnSync('tesseract', [img.path, 'stdout', '-l', nativeLang], { encoding: 'utf8' });
    row.native = { ms: performance.now() - t0, hit: recognizeIdCard(out.stdout ?? '') !== null };
  }
  rows.push(row);
  process.stdout.write(`  ${img.page}.${img.variant}: ${ms(row.ms)} ${row.hit ? 'ID card' : '-'}${row.timedOut ? ' (timed out)' : ''}${row.native ? ` | native ${ms(row.native.ms)} ${row.native.hit ? 'ID card' : '-'}` : ''}\n`);
}

await ext.close();
await receiver.close();
await site.close();
rmSync(dir, { recursive: true, force: true });

const recall = rows.filter((r) => r.img.card && r.hit).length / cards.length;
const falseAlarms = rows.filter((r) => !r.img.card && r.hit).length;
const byVariant = new Map<string, { hit: number; n: number }>();
for (const r of rows.filter((x) => x.img.card)) {
  const v = byVariant.get(r.img.variant) ?? { hit: 0, n: 0 };
  v.n++;
  if (r.hit) v.hit++;
  byVariant.set(r.img.variant, v);
}
const w = stats(warm);
const upright = rows.filter((r) => !['rot90', 'rot180', 'rot270'].includes(r.img.variant));
const turned = rows.filter((r) => ['rot90', 'rot180', 'rot270'].includes(r.img.variant) && r.img.card);

console.log(`\nPDP Guard: images (OCR in the offscreen document, tesseract.js, ${OCR_LANGUAGES.join('+')})`);
console.log(`machine: ${(await import('node:os')).cpus().length} cores\n`);
console.log('paste to decision (card image, 928×612 PNG, pasted)');
console.log(`  cold (first image after browser start)  ${ms(cold.ms)}  types=${cold.types}`);
console.log(`  warm (median of ${WARM_RUNS})                  ${ms(w.median)}  (min ${ms(w.min)}, max ${ms(w.max)})  target < 1500 ms`);
console.log('\nreader time per image (port round trip, from an extension page)');
const spread = (xs: number[]) => (xs.length ? `median ${ms(stats(xs).median)}  p95 ${ms(stats(xs).p95)}` : 'none in this set');
console.log(`  upright images   ${spread(upright.map((r) => r.ms))}`);
console.log(`  turned cards     ${spread(turned.map((r) => r.ms))}`);
console.log('\nid_card_image');
console.log(`  recall       ${(recall * 100).toFixed(1)} % (${rows.filter((r) => r.img.card && r.hit).length}/${cards.length} card images; target ≥ 95 %)`);
console.log(`  false alarms ${falseAlarms}/${harmless.length} harmless images`);
for (const [v, s] of byVariant) console.log(`    ${v.padEnd(8)} ${s.hit}/${s.n}`);
const missed = rows.filter((r) => r.img.card && !r.hit).map((r) => `${r.img.page}.${r.img.variant}`);
if (missed.length) console.log(`  missed: ${missed.join(', ')}`);
if (hasNative) {
  const n = rows.filter((r) => r.native);
  console.log(`\nnative tesseract (${nativeLang}), same images, same recognizer: yardstick`);
  console.log(`  time per image  median ${ms(stats(n.map((r) => r.native!.ms)).median)}  (process start and model load included)`);
  console.log(`  recall ${((n.filter((r) => r.img.card && r.native!.hit).length / cards.length) * 100).toFixed(1)} %, false alarms ${n.filter((r) => !r.img.card && r.native!.hit).length}/${harmless.length} (no orientation retries)`);
} else {
  console.log('\nnative tesseract: not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-vie); yardstick skipped');
}
