// The Firefox build exists and passes Mozilla's own linter without errors.
// Only Chromium can be driven end to end here; this is what is checked for Firefox.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const outDir = resolve(root, '.output/firefox-mv2');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('Firefox build', () => {
  it('builds and passes web-ext lint with no errors', () => {
    execFileSync('npm', ['run', '-s', 'build:firefox'], { cwd: root, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(resolve(outDir, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('pdp-guard@pdpguard.vn');
    expect(manifest.background.scripts).toEqual(['background.js']);
    expect(manifest.options_ui.page).toBe('options.html');

    let out: string;
    try {
      out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', outDir, '--output', 'json', '--no-config-discovery'], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (err) {
      // web-ext exits non-zero when it finds errors; its JSON report is still on stdout.
      out = (err as { stdout: string }).stdout;
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    // Warnings we know and accept (eval probes in zod, innerHTML in Preact); a new kind is worth a look.
    const known = new Set(['DANGEROUS_EVAL', 'UNSAFE_VAR_ASSIGNMENT']);
    expect(report.warnings.filter((w) => !known.has(w.code)).map((w) => w.code)).toEqual([]);
  });
});
