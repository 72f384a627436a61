// Screenshots for the README, produced by the end-to-end tests (never drawn):
// each run overwrites docs/screenshots/<name>.png.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../docs/screenshots');

export async function screenshot(target: Page | Locator, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  if ('goto' in target) await target.screenshot({ path, fullPage, animations: 'disabled' });
  else await target.screenshot({ path, animations: 'disabled' });
  return path;
}
