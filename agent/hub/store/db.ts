// The small SQL surface both databases share. Statements use `?` placeholders
// (the PostgreSQL adapter numbers them), ISO-8601 text for times, integers for
// booleans and text for JSON, so one set of queries serves both dialects.
export type SqlValue = string | number | null | boolean | undefined;
export type Row = Record<string, unknown>;

export interface Db {
  readonly dialect: 'sqlite' | 'postgres';
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: SqlValue[]): Promise<{ changes: number }>;
  /** Several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
  /** Runs fn in one transaction; nested calls join the outer one. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  /** Serializes writers of the same key until the transaction ends (no-op where writers are serial anyway). */
  lock(key: string): Promise<void>;
  close(): Promise<void>;
}
