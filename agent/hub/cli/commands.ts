import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../auth/password.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import type { HubDeps } from '../deps.ts';
import { runPurge } from '../scheduler/jobs.ts';
import { addAgent, audit, ensureGroup } from '../store/admin-repo.ts';
import { SqliteDb } from '../store/sqlite-store.ts';
import type { Store } from '../store/store.ts';
import { addUser, ROLES, type Role } from '../store/user-repo.ts';
import type { Flags } from './options.ts';

export type Out = (line: string) => void;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

export async function userAdd(store: Store, flags: Flags, out: Out, now: Date) {
  const name = flags.name;
  const role = flags.role as Role;
  if (!name) throw new Error('--name is required');
  if (!ROLES.includes(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  if (!flags['password-stdin']) throw new Error('pass the password on stdin with --password-stdin (never on the command line)');
  const password = await readStdin();
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  if (!(await addUser(store.db, name, role, await hashPassword(password), now))) throw new Error(`user ${name} exists`);
  await audit(store.db, { actor: 'cli', action: 'user_created', target: name, detail: role }, now);
  out(`user ${name} added with role ${role}`);
}

async function addOne(store: Store, name: string, group: string | undefined, now: Date): Promise<string> {
  const token = newToken();
  const groupId = group ? await ensureGroup(store.db, group, now) : null;
  const id = await addAgent(store.db, name, tokenHash(token), groupId, now);
  if (!id) throw new Error(`workstation ${name} exists`);
  await audit(store.db, { actor: 'cli', action: 'agent_added', target: id, detail: `${name}${group ? ` (${group})` : ''}` }, now);
  return token;
}

/** Minimal CSV: `name,group` per line; a header line starting with "name" is skipped. */
export function parseAgentCsv(text: string): { name: string; group?: string }[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').map((f) => f.trim().replace(/^"(.*)"$/, '$1')))
    .filter(([name], i) => !(i === 0 && name.toLowerCase() === 'name'))
    .map(([name, group]) => ({ name, group: group || undefined }));
}

export async function agentAdd(store: Store, flags: Flags, out: Out, now: Date) {
  if (flags.csv) {
    const rows = parseAgentCsv(readFileSync(flags.csv, 'utf8'));
    const seen = new Set<string>();
    for (const r of rows) {
      if (!r.name || r.name.length > 200) throw new Error(`bad workstation name in ${flags.csv}: "${r.name}"`);
      if (seen.has(r.name)) throw new Error(`workstation ${r.name} appears twice in ${flags.csv}`);
      seen.add(r.name);
    }
    // All or nothing: a department is enrolled in one transaction.
    const tokens = await store.db.transaction(async (tx) => {
      const txStore = { ...store, db: tx };
      const list: [string, string][] = [];
      for (const r of rows) list.push([r.name, await addOne(txStore, r.name, r.group, now)]);
      return list;
    });
    out('name,token');
    for (const [name, token] of tokens) out(`${name},${token}`);
    return;
  }
  if (!flags.name) throw new Error('--name (or --csv FILE) is required');
  const token = await addOne(store, flags.name, flags.group, now);
  out(`workstation ${flags.name} added${flags.group ? ` to group ${flags.group}` : ''}; its hub token (give it to \`agent enroll --token\`):`);
  out(token);
}

export async function backup(store: Store, flags: Flags, out: Out) {
  if (!flags.out) throw new Error('--out FILE is required');
  if (store.db instanceof SqliteDb) {
    await store.db.backupTo(flags.out);
    out(`SQLite backup written to ${flags.out} (restore: stop the hub, copy it to <data>/hub.sqlite)`);
    return;
  }
  const url = (store.db as unknown as { url: string }).url;
  await new Promise<void>((resolve, reject) => {
    const p = spawn('pg_dump', ['--format=custom', '--file', flags.out!, '--dbname', url], { stdio: ['ignore', 'inherit', 'inherit'] });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`pg_dump exited with ${code}`))));
  });
  out(`PostgreSQL backup written to ${flags.out} (restore: pg_restore --clean --dbname URL ${flags.out})`);
}

export async function purgeCommand(deps: HubDeps, out: Out) {
  const r = await runPurge(deps);
  out(`purged ${r.events} event detail(s), ${r.incidents} register row(s) past retention, ${r.sessions} expired session(s)`);
}
