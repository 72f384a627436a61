import type { Db } from './db.ts';
import { migrate } from './migrate.ts';
import { PgDb } from './pg-store.ts';
import { SqliteDb } from './sqlite-store.ts';
import { join } from 'node:path';

/**
 * The hub's storage: one Db (SQLite or PostgreSQL) that every repository
 * module (ingest-repo, incident-repo, user-repo, admin-repo, policy-repo,
 * report-repo) takes as its first argument. The two implementations differ
 * only in their adapter (sqlite-store.ts, pg-store.ts); the SQL is shared.
 */
export interface Store {
  readonly db: Db;
  readonly kind: 'sqlite' | 'postgres';
  /** Where the data lives, without credentials (for logs). */
  readonly location: string;
  close(): Promise<void>;
}

export interface StoreOptions {
  dataDir?: string;
  databaseUrl?: string;
  /** Apply pending migrations on open (default true). */
  migrate?: boolean;
}

export const SQLITE_FILE = 'hub.sqlite';

export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

export async function openStore(o: StoreOptions): Promise<Store> {
  let db: Db;
  let location: string;
  if (o.databaseUrl) {
    db = new PgDb(o.databaseUrl);
    location = redactUrl(o.databaseUrl);
  } else {
    if (!o.dataDir) throw new Error('--data DIR or --database-url URL is required');
    const path = join(o.dataDir, SQLITE_FILE);
    db = new SqliteDb(path);
    location = path;
  }
  if (o.migrate !== false) await migrate(db);
  return { db, kind: db.dialect, location, close: () => db.close() };
}
