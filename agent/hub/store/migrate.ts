import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from './db.ts';

const DIR = join(import.meta.dirname, 'migrations');

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export function migrationsFor(dialect: Db['dialect']): Migration[] {
  const dir = join(DIR, dialect === 'sqlite' ? 'sqlite' : 'postgres');
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ version: Number(f.slice(0, 3)), name: f.slice(4, -4), sql: readFileSync(join(dir, f), 'utf8') }));
}

/**
 * Applies the migrations not yet recorded in schema_migrations, each in its
 * own transaction. On PostgreSQL an advisory lock makes hub instances that
 * start together take turns, so each migration runs once.
 */
export async function migrate(db: Db): Promise<number[]> {
  const applied: number[] = [];
  // Even IF NOT EXISTS races on PostgreSQL (two creators collide in its catalog): take the lock first.
  await db.transaction(async (tx) => {
    await tx.lock('pdp-hub-migrations');
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  });
  for (const m of migrationsFor(db.dialect)) {
    await db.transaction(async (tx) => {
      await tx.lock('pdp-hub-migrations');
      const done = await tx.get('SELECT version FROM schema_migrations WHERE version = ?', [m.version]);
      if (done) return;
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      applied.push(m.version);
    });
  }
  return applied;
}
