// Launches Debian's Chromium with the built extension loaded (Chromium's new
// headless mode loads unpacked extensions) and hands tests the service worker,
// the extension ID and helpers to read and write extension storage.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../setup/tools.ts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export type StorageArea = 'local' | 'session' | 'sync';

export interface ExtensionBrowser {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  userDataDir: string;
  /** Writes keys into an extension storage area (through the service worker). */
  setStorage(area: StorageArea, items: Record<string, unknown>): Promise<void>;
  /** Everything in local, session and sync storage. */
  getAllStorage(): Promise<Record<StorageArea, Record<string, unknown>>>;
  /** The current service worker (it may have been restarted since launch). */
  worker(): Promise<Worker>;
  /** Sends a runtime message from an extension page (as the popup would) and returns the reply. */
  message<T = unknown>(message: unknown): Promise<T>;
  /** Closes the browser; removes the profile unless `keepProfile` was set at launch. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (to test what survives a browser restart). */
  userDataDir?: string;
  /** Keep the profile directory on close (the caller removes it). */
  keepProfile?: boolean;
  extensionDir?: string;
  args?: string[];
  /** Show a window (the demo with a display); tests run headless. */
  headless?: boolean;
  /** The browser's UI language (picks the extension's locale); default: the environment's. */
  uiLanguage?: string;
  /**
   * Chromium enterprise policy (the JSON of /etc/chromium/policies/managed/*.json)
   * seen by this browser only: it runs in a private mount namespace where a
   * temporary folder is bind-mounted over /etc/chromium, so no other browser on
   * the machine sees it. Needs `unshare` (as root, or with user namespaces).
   */
  managedPolicy?: Record<string, unknown>;
}

/** A launcher script that shows Chromium a private /etc/chromium holding `policy`. */
function privatePolicyLauncher(policy: Record<string, unknown>): { executable: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pdp-policy-'));
  const etc = join(dir, 'etc-chromium');
  // Keep what Debian ships in /etc/chromium (master_preferences).
  if (existsSync('/etc/chromium')) cpSync('/etc/chromium', etc, { recursive: true });
  mkdirSync(join(etc, 'policies', 'managed'), { recursive: true });
  writeFileSync(join(etc, 'policies', 'managed', 'pdp-guard.json'), JSON.stringify(policy, null, 2));
  const unshare = process.getuid?.() === 0 ? 'unshare -m' : 'unshare -r -m';
  const executable = join(dir, 'chromium-with-policy.sh');
  writeFileSync(
    executable,
    `#!/bin/sh\nexec ${unshare} sh -c 'mount --bind "$0" /etc/chromium && c="$1" && shift && exec "$c" "$@"' "${etc}" "${CHROMIUM_PATH}" "$@"\n`,
  );
  chmodSync(executable, 0o755);
  return { executable, dir };
}

/**
 * Several engineers (and test files) rebuild .output/chrome-mv3 while others
 * run: each launch loads its own copy, so a rebuild cannot pull files out from
 * under a running test. The ID stays the same: the manifest key fixes it.
 */
function isComplete(dir: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    const files: string[] = [
      manifest.background?.service_worker,
      ...(manifest.content_scripts ?? []).flatMap((c: { js?: string[] }) => c.js ?? []),
      manifest.action?.default_popup,
      manifest.options_ui?.page,
    ].filter(Boolean);
    return files.every((f) => existsSync(join(dir, f)));
  } catch {
    return false;
  }
}

function snapshotExtension(source: string): string {
  for (let attempt = 0; attempt < 80; attempt++) {
    const copy = mkdtempSync(join(tmpdir(), 'pdp-extension-'));
    try {
      cpSync(source, copy, { recursive: true });
      if (isComplete(copy)) return copy;
    } catch {
      // a build was replacing the folder; try again
    }
    rmSync(copy, { recursive: true, force: true });
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
  }
  throw new Error(`no complete extension build in ${source}: run npm run build:extension`);
}

export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extensionDir = snapshotExtension(options.extensionDir ?? EXTENSION_DIR);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'pdp-chromium-'));
  const ownsProfile = !options.userDataDir && !options.keepProfile;
  const launcher = options.managedPolicy ? privatePolicyLauncher(options.managedPolicy) : null;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: launcher?.executable ?? CHROMIUM_PATH,
    headless: options.headless ?? true,
    ...(options.uiLanguage
      ? { env: { ...process.env, LANGUAGE: options.uiLanguage, LANG: `${options.uiLanguage}.UTF-8` }, locale: options.uiLanguage }
      : {}),
    // Playwright passes --disable-extensions by default, which would defeat --load-extension.
    ignoreDefaultArgs: ['--disable-extensions'],
    // On Linux, Chromium takes its UI language (and so chrome.i18n's) from LANGUAGE.
    ...(options.uiLanguage ? { env: { ...process.env, LANGUAGE: options.uiLanguage }, locale: options.uiLanguage } : {}),
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...(options.args ?? []),
    ],
  });

  async function worker(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (live) return live;
    return context.waitForEvent('serviceworker', { timeout: 30_000 });
  }

  let serviceWorker: Worker;
  try {
    serviceWorker = await worker();
  } catch (err) {
    await context.close();
    if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
    rmSync(extensionDir, { recursive: true, force: true });
    if (launcher) rmSync(launcher.dir, { recursive: true, force: true });
    throw new Error(`the extension's service worker did not start (is ${extensionDir} built?): ${String(err)}`);
  }
  const extensionId = new URL(serviceWorker.url()).host;
  let extensionPage: Page | null = null;

  return {
    context,
    serviceWorker,
    extensionId,
    userDataDir,
    worker,
    async setStorage(area, items) {
      const w = await worker();
      await w.evaluate(
        ([a, i]) => (globalThis as any).chrome.storage[a].set(i),
        [area, items] as const,
      );
    },
    async getAllStorage() {
      const w = await worker();
      return w.evaluate(async () => {
        const c = (globalThis as any).chrome;
        return {
          local: await c.storage.local.get(null),
          session: await c.storage.session.get(null),
          sync: await c.storage.sync.get(null),
        };
      });
    },
    async message<T>(message: unknown): Promise<T> {
      if (!extensionPage || extensionPage.isClosed()) {
        extensionPage = await context.newPage();
        await extensionPage.goto(`chrome-extension://${extensionId}/popup.html`);
      }
      return extensionPage.evaluate((m) => (globalThis as any).chrome.runtime.sendMessage(m), message) as Promise<T>;
    },
    async close() {
      await context.close();
      if (ownsProfile) rmSync(userDataDir, { recursive: true, force: true });
      rmSync(extensionDir, { recursive: true, force: true });
      if (launcher) rmSync(launcher.dir, { recursive: true, force: true });
    },
  };
}
