import { homedir } from 'node:os';
import { join } from 'node:path';

/** The OS's per-user application-data folder for the agent (interfaces.md §4). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    const base = env.LOCALAPPDATA ?? join(home, 'AppData', 'Local');
    return join(base, 'PDP Guard', 'agent');
  }
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'PDP Guard', 'agent');
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home, '.local', 'share');
  return join(base, 'pdp-guard', 'agent');
}
