import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import type { Db, Row, SqlValue } from './db.ts';

type Bound = string | number | null;
const bind = (params: SqlValue[]): Bound[] => params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));

/**
 * node:sqlite is synchronous, but the store's code awaits between statements,
 * so two requests could interleave inside one transaction: transactions take
 * turns through a promise chain.
 */
export class SqliteDb implements Db {
  readonly dialect = 'sqlite' as const;
  readonly path: string;
  private readonly db: DatabaseSync;
  private readonly statements = new Map<string, StatementSync>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(path: string) {
    this.path = path;
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new DatabaseSync(path);
    // 16 KiB pages and a 64 MiB page cache: a million events keep their
    // indexes' hot pages in memory (page_size applies to a new file only).
    this.db.exec('PRAGMA page_size = 16384');
    this.db.exec('PRAGMA journal_mode = WAL');
    this.db.exec('PRAGMA cache_size = -65536');
    this.db.exec('PRAGMA temp_store = MEMORY');
    // FULL: a batch the hub answered "accepted" survives a power cut.
    this.db.exec('PRAGMA synchronous = FULL');
    this.db.exec('PRAGMA busy_timeout = 10000');
    this.db.exec('PRAGMA secure_delete = ON');
  }

  private stmt(sql: string): StatementSync {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  async all<T = Row>(sql: string, params: SqlValue[] = []): Promise<T[]> {
    return this.stmt(sql).all(...bind(params)) as T[];
  }

  async get<T = Row>(sql: string, params: SqlValue[] = []): Promise<T | undefined> {
    return this.stmt(sql).get(...bind(params)) as T | undefined;
  }

  async run(sql: string, params: SqlValue[] = []): Promise<{ changes: number }> {
    const r = this.stmt(sql).run(...bind(params));
    return { changes: Number(r.changes) };
  }

  async exec(sql: string): Promise<void> {
    this.db.exec(sql);
  }

  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const run = async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(this.inner);
        this.db.exec('COMMIT');
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        throw error;
      }
    };
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  // Inside a transaction: same connection, nested transactions join.
  private readonly inner: Db = {
    dialect: 'sqlite',
    all: (s, p) => this.all(s, p),
    get: (s, p) => this.get(s, p),
    run: (s, p) => this.run(s, p),
    exec: (s) => this.exec(s),
    transaction: (fn) => fn(this.inner),
    lock: async () => undefined,
    close: async () => undefined,
  };

  async lock(): Promise<void> {}

  /** A consistent copy of the live database (backup; WAL included). */
  async backupTo(file: string): Promise<void> {
    await this.transaction(async () => undefined);
    this.db.prepare('VACUUM INTO ?').run(file);
  }

  async close(): Promise<void> {
    await this.queue;
    this.db.close();
  }
}
