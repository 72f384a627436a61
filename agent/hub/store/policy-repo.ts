import { DEFAULT_POLICY, type Policy } from '../../../shared/policy/schema.ts';
import type { Db } from './db.ts';
import { json, parse } from './rows.ts';

export interface PolicyVersion {
  version: string;
  seq: number;
  policy: Policy;
  publishedAt: string;
  author: string;
  comment: string;
}

type Row = { version: string; seq: number; policy: string; published_at: string; author: string; comment: string };
const toVersion = (r: Row): PolicyVersion => ({ version: r.version, seq: Number(r.seq), policy: parse(r.policy, DEFAULT_POLICY), publishedAt: r.published_at, author: r.author, comment: r.comment });

export async function currentPolicy(db: Db): Promise<PolicyVersion | null> {
  const r = await db.get<Row>('SELECT * FROM policies ORDER BY seq DESC LIMIT 1');
  return r ? toVersion(r) : null;
}

export async function policyVersion(db: Db, version: string): Promise<PolicyVersion | null> {
  const r = await db.get<Row>('SELECT * FROM policies WHERE version = ?', [version]);
  return r ? toVersion(r) : null;
}

export async function listPolicyVersions(db: Db) {
  const rows = await db.all<Row>('SELECT * FROM policies ORDER BY seq DESC');
  return rows.map((r) => ({ version: r.version, publishedAt: r.published_at, author: r.author, comment: r.comment }));
}

/** Publishes a new version `hub-N`; the hub, not the author, names versions. */
export async function publishPolicy(db: Db, policy: Omit<Policy, 'version'>, author: string, comment: string, now: Date): Promise<PolicyVersion> {
  return db.transaction(async (tx) => {
    await tx.lock('pdp-hub-policy');
    const last = await tx.get<{ seq: number }>('SELECT max(seq) AS seq FROM policies');
    const seq = Number(last?.seq ?? 0) + 1;
    const version = `hub-${seq}`;
    const full = { ...policy, version } as Policy;
    await tx.run('INSERT INTO policies (version, seq, policy, published_at, author, comment) VALUES (?, ?, ?, ?, ?, ?)', [version, seq, json(full), now.toISOString(), author, comment]);
    return { version, seq, policy: full, publishedAt: now.toISOString(), author, comment };
  });
}
