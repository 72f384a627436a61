// `npm run demo`: `npm start`, plus Chromium with the extension loaded and a
// demo page of typical leaks. With a display, a window opens for you to try;
// without one, a headless run pastes the sample, proceeds past the warning and
// prints the incident as the hub's API shows it to the DPO.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../test/helpers/chromium.ts';
import { choose, pasteText, waitForWarning } from '../test/extension/content-helpers.ts';
import { banner, stopOnSignals } from './lib/banner.ts';
import { startDemoServer } from './lib/demo-server.ts';
import { buildAll, parseStartArgs, ROOT } from './lib/options.ts';
import { runNode } from './lib/processes.ts';
import { startStack } from './lib/stack.ts';

const SAMPLE = 'Công dân Nguyễn Văn An, CCCD 001203004567, SĐT 0912 345 678, địa chỉ số 12 ngõ 34 phố Kim Mã, phường Ngọc Khánh, quận Ba Đình, Hà Nội.';

const opts = parseStartArgs();
if (opts.build) buildAll();
const stack = await startStack(opts);
const demo = await startDemoServer();
const ext = await launchWithExtension({ headless: opts.headless, uiLanguage: 'vi', keepProfile: false });
await ext.setStorage('local', { settings: { agentUrl: stack.agentUrl, agentToken: stack.agentToken } });
stopOnSignals(stack, async () => {
  await ext.close();
  await demo.close();
});
process.stdout.write(banner(stack, opts.data));

const page = await ext.context.newPage();
await page.goto(demo.url);
process.stdout.write(`\nDemo page (an "outside site"): ${demo.url}\n`);

if (!opts.headless) {
  process.stdout.write('A Chromium window is open with PDP Guard loaded: paste the sample into a field, then watch the console.\n');
} else {
  // A DPO account for the demo's own look at the hub (kept beside the data).
  const demoFile = join(opts.data, 'demo-dpo.json');
  if (!existsSync(demoFile)) {
    const password = randomBytes(12).toString('base64url');
    await runNode([join(ROOT, 'agent/hub/main.ts'), 'user', 'add', '--data', join(opts.data, 'hub'), '--name', 'dpo-demo', '--role', 'dpo', '--password-stdin'], { input: `${password}\n` });
    writeFileSync(demoFile, JSON.stringify({ name: 'dpo-demo', password }), { mode: 0o600 });
  }
  const dpo = JSON.parse(readFileSync(demoFile, 'utf8')) as { name: string; password: string };

  process.stdout.write('No display: a headless run pastes the sample into the chat box…\n');
  await page.click('#chat-input');
  await pasteText(ext.context, page, new URL(demo.url).origin, SAMPLE);
  const warning = await waitForWarning(page);
  process.stdout.write(`  warning shown: types ${warning.types}, action ${warning.action}; choosing "Vẫn tiếp tục"\n`);
  await choose(page, 'proceed');

  const login = await fetch(`${stack.hubUrl}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(dpo),
  });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const site = new URL(demo.url).origin;
  for (let i = 0; i < 60; i++) {
    const res = await fetch(`${stack.hubUrl}/api/incidents?site=${encodeURIComponent(site)}`, { headers: { cookie } });
    const body = (await res.json()) as { items: Record<string, unknown>[] };
    const item = body.items?.find((x) => x.site === site);
    if (item) {
      process.stdout.write(`  the DPO sees it in the hub:\n${JSON.stringify(item, null, 2).replace(/^/gm, '    ')}\n`);
      process.stdout.write(`  open ${stack.hubUrl}/#/incidents/${item.id} (user dpo-demo, password in ${demoFile})\n`);
      break;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  process.stdout.write('\nThe hub and the agent keep running; Ctrl+C stops everything.\n');
}
