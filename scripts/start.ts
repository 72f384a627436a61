// `npm start`: build the extension and the console, start the hub and one
// local agent on embedded SQLite under ./data, provision on the first start,
// and print where everything is. Ctrl+C stops both.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROME_EXTENSION_ID } from '../shared/ids.ts';
import { managedPolicySnippet, startStack } from './lib/stack.ts';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.PDP_DATA ?? 'data' },
    'hub-port': { type: 'string', default: process.env.PDP_HUB_PORT ?? '7380' },
    'agent-port': { type: 'string', default: process.env.PDP_AGENT_PORT ?? '7381' },
    'no-build': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
if (!values['no-build']) {
  process.stderr.write('Building the extension and the console…\n');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: root, stdio: 'inherit' });
}

const stack = await startStack({
  data: resolve(root, values.data),
  hubPort: Number(values['hub-port']),
  agentPort: Number(values['agent-port']),
});

const lines = [
  '',
  'PDP Guard is running.',
  `  Console (DPO, admin):   ${stack.hubUrl}/`,
  `  Hub API for agents:     ${stack.hubUrl}/v1/…`,
  `  Local agent:            ${stack.agentUrl}  (workstation "${stack.workstation}")`,
  `  Extension to load:      ${resolve(root, '.output/chrome-mv3')}  (chrome://extensions → Developer mode → Load unpacked)`,
  `  Data folder:            ${resolve(root, values.data)}`,
];
if (stack.firstAdmin) {
  lines.push(
    '',
    `  First admin: user "${stack.firstAdmin.name}", one-time password: ${stack.firstAdmin.password}`,
    '  (shown only now: sign in and change it under "Tài khoản / Account")',
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
process.stdout.write(`${lines.join('\n')}\n`);

let stopping = false;
const shutdown = async () => {
  if (stopping) return;
  stopping = true;
  process.stderr.write('\nStopping the agent and the hub…\n');
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
