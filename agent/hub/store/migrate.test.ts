import { describe, expect, it } from 'vitest';
import { migrate, migrationsFor } from './migrate.ts';
import { SqliteDb } from './sqlite-store.ts';

describe('migrations', () => {
  it('number the files of both dialects alike', () => {
    const names = (d: 'sqlite' | 'postgres') => migrationsFor(d).map((m) => `${m.version} ${m.name}`);
    expect(names('sqlite')).toEqual(names('postgres'));
    expect(migrationsFor('sqlite').map((m) => m.version)).toEqual(migrationsFor('sqlite').map((_, i) => i + 1));
  });

  it('upgrade a database of the first version: incidents keep the group their workstation was in', async () => {
    const db = new SqliteDb(':memory:');
    const [first] = migrationsFor('sqlite');
    await db.exec('CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    await db.exec(first!.sql);
    await db.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (1, ?, ?)', [first!.name, '2026-01-01T00:00:00.000Z']);
    const at = '2026-03-01T00:00:00.000Z';
    await db.run('INSERT INTO workstation_groups (id, name, created_at) VALUES (?, ?, ?)', ['g1', 'Kế toán', at]);
    await db.run('INSERT INTO agents (id, name, token_hash, group_id, created_at) VALUES (?, ?, ?, ?, ?)', ['a1', 'PC-01', 'h1', 'g1', at]);
    await db.run('INSERT INTO agents (id, name, token_hash, group_id, created_at) VALUES (?, ?, ?, ?, ?)', ['a2', 'PC-02', 'h2', null, at]);
    for (const [id, agent] of [['i1', 'a1'], ['i2', 'a2']]) {
      await db.run(
        `INSERT INTO incidents (id, number, user_pseudonym, site, agent_id, workstation, first_seen, last_seen, discovered_at, deadline, status, severity, severity_score, external, types, decisions, event_count, created_at, updated_at)
         VALUES (?, ?, 'u', 's', ?, 'w', ?, ?, ?, ?, 'new', 'low', 1, 0, '', '', 1, ?, ?)`,
        [id, `2026-00000${id.slice(1)}`, agent, at, at, at, at, at, at],
      );
    }
    expect(await migrate(db)).toEqual(migrationsFor('sqlite').slice(1).map((m) => m.version));
    const rows = await db.all<{ id: string; group_name: string | null }>('SELECT id, group_name FROM incidents ORDER BY id');
    expect(rows).toEqual([{ id: 'i1', group_name: 'Kế toán' }, { id: 'i2', group_name: null }]);
    expect(await migrate(db)).toEqual([]);
  });
});
