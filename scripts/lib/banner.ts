// What `npm start` and `npm run demo` print once the stack is up.
import { resolve } from 'node:path';
import { CHROME_EXTENSION_ID } from '../../shared/ids.ts';
import { managedPolicySnippet, type Stack } from './stack.ts';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export function banner(stack: Stack, dataDir: string): string {
  const lines = [
    '',
    'PDP Guard is running.',
    `  Console (DPO, admin):   ${stack.hubUrl}/`,
    `  Hub API for agents:     ${stack.hubUrl}/v1/…`,
    `  Local agent:            ${stack.agentUrl}  (workstation "${stack.workstation}")`,
    `  Extension to load:      ${EXTENSION_DIR}  (chrome://extensions → Developer mode → Load unpacked)`,
    `  Data folder:            ${dataDir}`,
  ];
  if (stack.firstAdmin) {
    lines.push(
      '',
      `  First admin: user "${stack.firstAdmin.name}", one-time password: ${stack.firstAdmin.password}`,
      '  (shown only now: sign in and change it in the console)',
    );
  }
  lines.push(
    '',
    '  Connect the extension to this agent with a managed policy, e.g. on Linux Chromium',
    `  /etc/chromium/policies/managed/pdp-guard.json (or paste agent address and token in the extension's options):`,
    managedPolicySnippet(stack, CHROME_EXTENSION_ID).replace(/^/gm, '    '),
    '',
    'Ctrl+C stops everything.',
  );
  return `${lines.join('\n')}\n`;
}

/** Stops the stack on Ctrl+C / SIGTERM, or when one of its services dies. */
export function stopOnSignals(stack: Stack, extra: () => Promise<void> = async () => {}): void {
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    process.stderr.write('\nStopping…\n');
    await extra().catch(() => {});
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  for (const c of stack.children) {
    void c.exited.then((code) => {
      if (!stopping) {
        process.stderr.write(`${c.name} exited unexpectedly (${code}); stopping.\n`);
        void shutdown();
      }
    });
  }
}
