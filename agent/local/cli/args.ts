import { parseArgs } from 'node:util';
import { ConfigError, SETTINGS, type SettingKey } from '../config.ts';

export const COMMANDS = ['serve', 'status', 'flush', 'enroll', 'help'] as const;
export type Command = (typeof COMMANDS)[number];

export interface ParsedArgs {
  command: Command;
  flags: Partial<Record<SettingKey, string>>;
  /** `enroll --name`: the workstation name the hub issued. */
  name?: string;
  json: boolean;
}

const options = Object.fromEntries(
  Object.values(SETTINGS).map((s) => [s.flag, { type: 'string' as const }]),
) as Record<string, { type: 'string' }>;

export function parseAgentArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { ...options, name: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // Keep Node's hint (a value that starts with "-" is written `--flag=-value`).
    throw new ConfigError((error as Error).message.split('\n').filter(Boolean).join(' '));
  }
  const [first, ...rest] = parsed.positionals;
  if (rest.length > 0) throw new ConfigError(`unexpected argument "${rest[0]}"`);
  const command = (parsed.values.help ? 'help' : (first ?? 'serve')) as Command;
  if (!COMMANDS.includes(command)) throw new ConfigError(`unknown command "${first}" (expected ${COMMANDS.join(', ')})`);
  const flags: Partial<Record<SettingKey, string>> = {};
  for (const [key, setting] of Object.entries(SETTINGS) as [SettingKey, (typeof SETTINGS)[SettingKey]][]) {
    const value = (parsed.values as Record<string, unknown>)[setting.flag];
    if (typeof value === 'string') flags[key] = value;
  }
  const name = parsed.values.name;
  return { command, flags, name: typeof name === 'string' ? name : undefined, json: parsed.values.json === true };
}
