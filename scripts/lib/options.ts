// Flags shared by `npm start` and `npm run demo`.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export const ROOT = resolve(import.meta.dirname, '../..');

export function parseStartArgs(argv = process.argv.slice(2)) {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string', default: process.env.PDP_DATA ?? 'data' },
      'hub-port': { type: 'string', default: process.env.PDP_HUB_PORT ?? '7390' },
      'agent-port': { type: 'string', default: process.env.PDP_AGENT_PORT ?? '7381' },
      'no-build': { type: 'boolean', default: false },
      headless: { type: 'boolean', default: !process.env.DISPLAY },
    },
  });
  return {
    data: resolve(ROOT, values.data),
    hubPort: Number(values['hub-port']),
    agentPort: Number(values['agent-port']),
    build: !values['no-build'],
    headless: values.headless,
  };
}

export function buildAll(): void {
  process.stderr.write('Building the extension and the console…\n');
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
