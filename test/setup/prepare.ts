// Runs before the test suite: makes sure the real parts the cross-process tests
// drive are present (Debian's chromium, PostgreSQL), installing them when this
// machine allows (root + apt-get), and builds what the tests load (the
// extension, the console). Says exactly what is missing when it cannot.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, findPgBin } from './tools.ts';

function log(msg: string) {
  process.stdout.write(`[prepare] ${msg}\n`);
}

function canApt(): boolean {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

const wanted: { pkg: string; present: () => boolean; why: string; optional?: boolean }[] = [
  { pkg: 'chromium', present: () => existsSync(CHROMIUM_PATH), why: 'end-to-end tests drive the built extension in Debian Chromium' },
  { pkg: 'postgresql', present: () => findPgBin('initdb') !== null, why: 'hub tests run the same schema on a real PostgreSQL server' },
  {
    pkg: 'chromium-l10n',
    present: () => existsSync('/usr/lib/chromium/locales/vi.pak'),
    why: "Chromium's Vietnamese UI, so screenshots show the extension as Vietnamese users see it",
    optional: true,
  },
  {
    pkg: 'tesseract-ocr-vie',
    present: () => spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.includes('vie') ?? false,
    why: 'npm run bench:ocr compares the extension with native tesseract (tests do not need it)',
    optional: true,
  },
];

const missing = wanted.filter((w) => !w.present());
if (missing.length > 0) {
  if (canApt()) {
    log(`installing ${missing.map((m) => m.pkg).join(', ')} with apt-get`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const r = spawnSync('apt-get', ['install', '-y', '-qq', ...missing.map((m) => m.pkg)], { stdio: 'inherit', env });
    if (r.status !== 0) log('apt-get install failed');
  }
  const still = wanted.filter((w) => !w.present());
  for (const m of still) {
    log(`${m.optional ? 'missing (optional)' : 'MISSING'}: Debian package "${m.pkg}" (${m.why}). Install it with: sudo apt-get install -y ${m.pkg}`);
  }
  if (still.some((m) => !m.optional)) process.exit(1);
}

for (const [script, marker] of [
  ['build:extension', 'extension/entrypoints'],
  ['build:console', 'agent/hub/console/vite.config.ts'],
] as const) {
  if (!existsSync(marker)) continue;
  log(`npm run ${script}`);
  execFileSync('npm', ['run', '-s', script], { stdio: 'inherit' });
}
log('ready');
