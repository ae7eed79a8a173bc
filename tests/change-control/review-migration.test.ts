/**
 * The review migration on a database that already has change orders: each gets the trail of
 * what is known (its creation; its decision, if any), a submitted order's branch is frozen,
 * and a rejection's reason becomes its decision reason. No submission is invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateUp } from '../../src/db/migrate.js';
import { openDatabase, type Database } from '../../src/db/orm.js';
import { databaseSchema } from '../../src/domain/database-schema.js';
import { Sql } from '../../src/db/sql.js';
import { newId } from '../../src/versioning/ids.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

const BEFORE_REVIEW = 'Migration20261201000000_login_throttle';

let database: TestDatabase;
let db: Database;
let sql: Sql;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await openDatabase({ databaseUrl: database.url, dataDir: ':memory:', dbPoolSize: 2 }, databaseSchema);
  sql = new Sql(db.em.fork());
  await db.orm.migrator.up({ to: BEFORE_REVIEW });
});

afterAll(async () => {
  await db?.close();
  await database?.drop();
});

const project = newId();
const [requester, manager] = [newId(), newId()];
const at = (minute: number) => new Date(Date.UTC(2026, 10, 1, 9, minute));

async function commit(branch: string, seq: number, minute: number, parents: string[], kind = 'EDIT') {
  const id = newId();
  await sql.query(
    `INSERT INTO project_commit (id, project_id, branch, seq, committed_at, author_id, message, kind, parent_ids)
     VALUES ($1, $2, $3, $4, $5, $6, 'm', $7, $8::uuid[])`,
    [id, project, branch, seq, at(minute), requester, kind, parents],
  );
  return id;
}

async function branch(name: string, head: string, seq: number, forkedFrom: string | null) {
  await sql.query(
    `INSERT INTO branch (project_id, name, status, head_commit_id, head_seq, head_committed_at, forked_from_commit_id, created_at, created_by)
     VALUES ($1, $2, 'ACTIVE', $3, $4, $5, $6, $5, $7)`,
    [project, name, head, seq, at(0), forkedFrom, requester],
  );
}

async function order(code: string, status: string, decision: { merge?: string; reason?: string } | null) {
  const id = newId();
  await sql.query(
    `INSERT INTO change_order (id, project_id, code, title, status, branch, requested_by, decided_by, reject_reason,
       merge_commit_id, created_at, decided_at)
     VALUES ($1, $2, $3, 't', $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      id,
      project,
      code,
      status,
      `co-${code}`,
      requester,
      decision === null ? null : manager,
      decision?.reason ?? null,
      decision?.merge ?? null,
      at(1),
      decision === null ? null : at(30),
    ],
  );
  return id;
}

describe('the review migration on existing change orders', () => {
  it('backfills the known part of each trail, freezes submitted branches and keeps reasons', async () => {
    for (const [id, email] of [
      [requester, 'r@test.local'],
      [manager, 'm@test.local'],
    ] as const) {
      await sql.query(`INSERT INTO app_user (id, email, password_hash) VALUES ($1, $2, 'x')`, [id, email]);
    }
    const m1 = await commit('main', 1, 0, [], 'CREATE');
    const heads: Record<string, { first: string; last: string }> = {};
    for (const code of ['A', 'B', 'C', 'D']) {
      const first = await commit(`co-${code}`, 1, 1, [m1], 'BRANCH');
      const last = await commit(`co-${code}`, 2, 2, [first]);
      await branch(`co-${code}`, last, 2, m1);
      heads[code] = { first, last };
    }
    const merge = await commit('main', 2, 30, [m1, heads['C']?.last ?? ''], 'MERGE');
    await branch('main', merge, 2, null);
    const ids = {
      A: await order('A', 'DRAFT', null),
      B: await order('B', 'SUBMITTED', null),
      C: await order('C', 'MERGED', { merge }),
      D: await order('D', 'REJECTED', { reason: 'too dear' }),
    };

    expect(await migrateUp(db)).toContain('Migration20261202000000_change_order_review');

    const trail = async (id: string) =>
      sql.query<Record<string, unknown>>(
        `SELECT seq, from_status, to_status, actor_id, head_commit_id, note, extract(epoch from at) * 1000 AS at
         FROM change_order_transition WHERE change_order_id = $1 ORDER BY seq`,
        [id],
      );
    const created = (code: string) => ({
      seq: 1,
      from_status: null,
      to_status: 'DRAFT',
      actor_id: requester,
      head_commit_id: heads[code]?.first,
      note: null,
      at: at(1).getTime(),
    });
    const normalise = (rows: Record<string, unknown>[]) => rows.map((r) => ({ ...r, at: Number(r['at']) }));
    expect(normalise(await trail(ids.A))).toEqual([created('A')]);
    expect(normalise(await trail(ids.B))).toEqual([created('B')]);
    expect(normalise(await trail(ids.C))).toEqual([
      created('C'),
      {
        seq: 2,
        from_status: 'SUBMITTED',
        to_status: 'MERGED',
        actor_id: manager,
        head_commit_id: heads['C']?.last,
        note: null,
        at: at(30).getTime(),
      },
    ]);
    expect(normalise(await trail(ids.D))).toEqual([
      created('D'),
      {
        seq: 2,
        from_status: 'SUBMITTED',
        to_status: 'REJECTED',
        actor_id: manager,
        head_commit_id: null,
        note: 'too dear',
        at: at(30).getTime(),
      },
    ]);

    const frozen = await sql.query<{ name: string }>(
      'SELECT name FROM branch WHERE project_id = $1 AND plan_frozen ORDER BY name',
      [project],
    );
    expect(frozen.map((r) => r.name)).toEqual(['co-B']);
    const reasons = await sql.query<{ code: string; decision_reason: string | null; submitted_at: unknown }>(
      'SELECT code, decision_reason, submitted_at FROM change_order WHERE project_id = $1 ORDER BY code',
      [project],
    );
    expect(reasons).toEqual([
      { code: 'A', decision_reason: null, submitted_at: null },
      { code: 'B', decision_reason: null, submitted_at: null },
      { code: 'C', decision_reason: null, submitted_at: null },
      { code: 'D', decision_reason: 'too dear', submitted_at: null },
    ]);
  });
});
