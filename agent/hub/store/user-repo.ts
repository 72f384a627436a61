import { randomUUID } from 'node:crypto';
import type { Db } from './db.ts';

export type Role = 'admin' | 'dpo' | 'viewer';
export const ROLES: readonly Role[] = ['admin', 'dpo', 'viewer'];

export interface UserRow {
  name: string;
  role: Role;
  password_hash: string;
  totp_secret: string | null;
  totp_pending: string | null;
  disabled: number;
  created_at: string;
  last_login: string | null;
}

export const publicUser = (u: UserRow) => ({
  name: u.name,
  role: u.role,
  totpEnabled: Boolean(u.totp_secret),
  disabled: u.disabled === 1,
  createdAt: u.created_at,
  lastLogin: u.last_login,
});

export async function getUser(db: Db, name: string) {
  return db.get<UserRow>('SELECT * FROM users WHERE name = ?', [name]);
}

export async function listUsers(db: Db) {
  return db.all<UserRow>('SELECT * FROM users ORDER BY name');
}

/** False when the name is taken. */
export async function addUser(db: Db, name: string, role: Role, passwordHash: string, now: Date): Promise<boolean> {
  const r = await db.run('INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING', [name, role, passwordHash, now.toISOString()]);
  return r.changes === 1;
}

export async function updateUser(db: Db, name: string, changes: { role?: Role; passwordHash?: string; disabled?: boolean; totpSecret?: string | null; totpPending?: string | null; lastLogin?: string }) {
  const sets: string[] = [];
  const params: (string | number | null)[] = [];
  if (changes.role !== undefined) (sets.push('role = ?'), params.push(changes.role));
  if (changes.passwordHash !== undefined) (sets.push('password_hash = ?'), params.push(changes.passwordHash));
  if (changes.disabled !== undefined) (sets.push('disabled = ?'), params.push(changes.disabled ? 1 : 0));
  if (changes.totpSecret !== undefined) (sets.push('totp_secret = ?'), params.push(changes.totpSecret));
  if (changes.totpPending !== undefined) (sets.push('totp_pending = ?'), params.push(changes.totpPending));
  if (changes.lastLogin !== undefined) (sets.push('last_login = ?'), params.push(changes.lastLogin));
  if (!sets.length) return;
  await db.run(`UPDATE users SET ${sets.join(', ')} WHERE name = ?`, [...params, name]);
}

export async function deleteUser(db: Db, name: string): Promise<boolean> {
  await db.run('DELETE FROM sessions WHERE user_name = ?', [name]);
  return (await db.run('DELETE FROM users WHERE name = ?', [name])).changes === 1;
}

export async function countAdmins(db: Db): Promise<number> {
  const r = await db.get<{ n: number }>("SELECT count(*) AS n FROM users WHERE role = 'admin' AND disabled = 0");
  return Number(r?.n ?? 0);
}

// Sessions live in the database so that several hub instances share them.
export interface SessionRow {
  id_hash: string;
  user_name: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export async function createSession(db: Db, s: SessionRow) {
  await db.run('INSERT INTO sessions (id_hash, user_name, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)', [s.id_hash, s.user_name, s.csrf_token, s.created_at, s.expires_at]);
}

export async function getSession(db: Db, idHash: string) {
  return db.get<SessionRow>('SELECT * FROM sessions WHERE id_hash = ?', [idHash]);
}

export async function deleteSession(db: Db, idHash: string) {
  await db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
}

export async function deleteSessionsOf(db: Db, user: string, except?: string) {
  await db.run('DELETE FROM sessions WHERE user_name = ? AND id_hash <> ?', [user, except ?? '']);
}

export async function recordFailure(db: Db, name: string, now: Date) {
  await db.run('INSERT INTO login_failures (id, name, at) VALUES (?, ?, ?)', [randomUUID(), name, now.toISOString()]);
}

export async function failuresSince(db: Db, name: string, since: Date): Promise<{ count: number; oldest: string | null }> {
  const r = await db.get<{ n: number; oldest: string | null }>('SELECT count(*) AS n, min(at) AS oldest FROM login_failures WHERE name = ? AND at >= ?', [name, since.toISOString()]);
  return { count: Number(r?.n ?? 0), oldest: r?.oldest ?? null };
}

export async function clearFailures(db: Db, name: string) {
  await db.run('DELETE FROM login_failures WHERE name = ?', [name]);
}
