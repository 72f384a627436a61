import pg from 'pg';
import type { Db, Row, SqlValue } from './db.ts';

// count(*) and bigint columns come back as strings by default; every number
// the hub stores fits a double.
const types = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format as never);
  },
};

function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

const bind = (params: SqlValue[]) => params.map((p) => (p === undefined ? null : typeof p === 'boolean' ? (p ? 1 : 0) : p));

type Queryable = pg.Pool | pg.PoolClient;

function adapter(q: Queryable, owner: PgDb, inTx: boolean): Db {
  const query = async (sql: string, params: SqlValue[] = []) => q.query({ text: numbered(sql), values: bind(params) });
  const db: Db = {
    dialect: 'postgres',
    all: async <T>(sql: string, params?: SqlValue[]) => (await query(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: SqlValue[]) => (await query(sql, params)).rows[0] as T | undefined,
    run: async (sql, params) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
    exec: async (sql) => {
      await q.query(sql);
    },
    transaction: (fn) => (inTx ? fn(db) : owner.transaction(fn)),
    lock: async (key) => {
      if (!inTx) throw new Error('lock() outside a transaction');
      await q.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [key]);
    },
    close: async () => undefined,
  };
  return db;
}

export class PgDb implements Db {
  readonly dialect = 'postgres' as const;
  readonly url: string;
  readonly pool: pg.Pool;
  private readonly base: Db;

  constructor(url: string, max = 10) {
    this.url = url;
    this.pool = new pg.Pool({ connectionString: url, max, types });
    // An idle client's error (server restart) must not crash the hub.
    this.pool.on('error', () => undefined);
    this.base = adapter(this.pool, this, false);
  }

  all<T = Row>(sql: string, params?: SqlValue[]) {
    return this.base.all<T>(sql, params);
  }
  get<T = Row>(sql: string, params?: SqlValue[]) {
    return this.base.get<T>(sql, params);
  }
  run(sql: string, params?: SqlValue[]) {
    return this.base.run(sql, params);
  }
  exec(sql: string) {
    return this.base.exec(sql);
  }
  lock(key: string) {
    return this.base.lock(key);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await fn(adapter(client, this, true));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
