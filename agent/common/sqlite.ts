import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * Opens a SQLite database tuned for "acknowledged means durable":
 * WAL lets readers run beside the single writer, and synchronous=FULL makes
 * every commit fsync the WAL before it returns, so a commit that returned
 * survives kill -9 and power loss (NORMAL would only survive a process crash).
 */
export function openDatabase(path: string): DatabaseSync {
  mkdirSync(dirname(path), { recursive: true });
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA foreign_keys = ON');
  // Deleted rows are overwritten with zeros rather than left in free pages:
  // masked data only, but nothing stale lingers in the file either.
  db.exec('PRAGMA secure_delete = ON');
  // The agent appends at the tail and reads the head of one table: 1 MiB of
  // page cache (instead of SQLite's 2 MiB default) keeps its memory small.
  db.exec('PRAGMA cache_size = -1024');
  return db;
}

/** Runs `fn` in one IMMEDIATE transaction: all of it is stored, or none. */
export function transaction<T>(db: DatabaseSync, fn: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
