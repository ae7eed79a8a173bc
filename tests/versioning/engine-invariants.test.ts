/**
 * Versioned project data: the invariants that the database itself enforces. History rows
 * are never changed (triggers), versions only move forward, and a branch copies no rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordProgress, registerCost } from '../../src/domain/actuals/actuals.service.js';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import { createCostElement, updateCostElement } from '../../src/domain/cost-element/cost-element.service.js';
import { createWbe } from '../../src/domain/wbs/wbe.service.js';
import { VersioningCreateBranchDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { actorOf, bulkTree, countRows, ok, seedProject, VERSION_TABLES } from '../helpers/versioning.js';

let t: TestApp;
/** A project with one row in every history table. */
let projectId: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = actorOf(t, 'ADMIN');
  projectId = (await seedProject(t.sql, admin)).id;
  const wbe = await createWbe(t.sql, admin, {
    projectId,
    input: { code: 'W1', name: 'Civil' },
    branch: 'main',
    message: null,
  });
  const element = await createCostElement(t.sql, admin, {
    input: {
      wbeId: wbe.id,
      code: 'CE1',
      name: 'Concrete',
      budget: '100.00',
      plannedStart: '2026-01-01',
      plannedEnd: '2026-03-31',
    },
    branch: 'main',
    message: null,
  });
  // A second state of the element, so that "lower than the latest" has room below it.
  await updateCostElement(t.sql, admin, {
    id: element.id,
    input: { budget: '120.00' },
    branch: 'main',
    expectedVersion: 1,
    message: null,
  });
  await registerCost(t.sql, admin, {
    input: { costElementId: element.id, amount: '10.00', incurredOn: '2026-01-15' },
    branch: 'main',
    message: null,
  });
  await recordProgress(t.sql, admin, {
    input: { costElementId: element.id, percentComplete: 10, measuredOn: '2026-01-15' },
    branch: 'main',
    message: null,
  });
  await createBranch(t.sql, admin, { projectId, name: 'feature', from: null });
});

afterAll(async () => {
  await t?.close();
});

/** A stable fingerprint of a table's rows for the project: changed by any successful UPDATE or DELETE. */
async function fingerprint(table: string): Promise<string> {
  const rows = await t.sql.query<{ h: string | null; n: number }>(
    `SELECT md5(string_agg(x::text, '|' ORDER BY x::text)) AS h, count(*)::int AS n FROM ${table} x WHERE x.project_id = $1`,
    [projectId],
  );
  return `${rows[0]?.n}:${rows[0]?.h}`;
}

async function sqlError(text: string, params: unknown[] = []): Promise<{ message: string; code?: string } | null> {
  try {
    await t.sql.query(text, params);
    return null;
  } catch (error) {
    return error as { message: string; code?: string };
  }
}

describe('history rows cannot be changed', () => {
  const tables = [...VERSION_TABLES, 'project_commit', 'entity', 'branch_base'];
  const cases = tables.flatMap((table) => [
    { table, op: 'UPDATE', text: `UPDATE ${table} SET project_id = project_id WHERE project_id = $1`, verb: 'updated' },
    { table, op: 'DELETE', text: `DELETE FROM ${table} WHERE project_id = $1`, verb: 'deleted' },
  ]);

  it.each(cases)('$op on $table is rejected by the append-only trigger', async ({ table, text, verb }) => {
    const before = await fingerprint(table);
    expect(before.startsWith('0:'), `${table} needs rows for the row trigger to fire`).toBe(false);
    const error = await sqlError(text, [projectId]);
    expect(error?.message).toMatch(new RegExp(`${table} rows are history and cannot be ${verb}`));
    expect(error?.code).toBe('P0001');
    expect(await fingerprint(table)).toBe(before);
  });
});

describe('versions move forward only', () => {
  /** Every column of a table, in order, so a row can be copied with seq and version replaced. */
  async function columnsOf(table: string, sql = t.sql): Promise<string[]> {
    const rows = await sql.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
      [table],
    );
    return rows.map((r) => r.column_name);
  }

  /** Inserts a copy of the entity's latest row on main with the given seq and version. */
  async function insertCopy(table: string, seqDelta: number, versionDelta: number, sql = t.sql): Promise<void> {
    const columns = await columnsOf(table, sql);
    const select = columns
      .map((c) => (c === 'seq' ? `seq + $2::int` : c === 'version' ? `version + $3::int` : c))
      .join(', ');
    await sql.query(
      `INSERT INTO ${table} (${columns.join(', ')})
       SELECT ${select} FROM ${table} WHERE project_id = $1 AND branch = 'main' AND version = (
         SELECT max(version) FROM ${table} WHERE project_id = $1 AND branch = 'main')
       ORDER BY entity_id LIMIT 1`,
      [projectId, seqDelta, versionDelta],
    );
  }

  const cases = VERSION_TABLES.flatMap((table) => [
    { table, name: 'the same seq, the next version', seq: 0, version: 1 },
    { table, name: 'a lower seq, the next version', seq: -1, version: 1 },
    { table, name: 'a higher seq, the same version', seq: 1, version: 0 },
    { table, name: 'a higher seq, a lower version', seq: 1, version: -1 },
  ]);

  it.each(cases)('$table: a version at $name is rejected', async ({ table, seq, version }) => {
    const before = await fingerprint(table);
    let error: { message: string; code?: string } | null = null;
    try {
      await insertCopy(table, seq, version);
    } catch (e) {
      error = e as { message: string; code?: string };
    }
    expect(error?.message).toMatch(/does not follow/);
    expect(error?.code).toBe('23514');
    expect(await fingerprint(table)).toBe(before);
  });

  it.each(VERSION_TABLES)('%s: the next version at a higher seq is accepted (control, rolled back)', async (table) => {
    const before = await fingerprint(table);
    const rollback = new Error('rollback');
    let inserted = -1;
    await expect(
      t.sql.transaction(async (tx) => {
        await insertCopy(table, 1, 1, tx);
        inserted = Number(
          (
            await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE project_id = $1`, [projectId])
          )[0]?.n,
        );
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(inserted).toBe(Number(before.split(':')[0]) + 1);
    expect(await fingerprint(table)).toBe(before);
  });
});

describe('a branch is copy-on-write', () => {
  const HISTORY_TABLES = ['entity', ...VERSION_TABLES];

  async function counts(id: string): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const table of ['branch', 'branch_base', 'project_commit', ...HISTORY_TABLES])
      result[table] = await countRows(t.sql, table, id);
    const branchCommits = await t.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM project_commit WHERE project_id = $1 AND kind = 'BRANCH'`,
      [id],
    );
    result['BRANCH commits'] = Number(branchCommits[0]?.n);
    return result;
  }

  it.each([
    { size: 'one cost element', topWbes: 1, elementsPerWbe: 1 },
    { size: '200 cost elements', topWbes: 4, elementsPerWbe: 50 },
  ])(
    'creating a branch of a project with $size writes one branch, one base, one BRANCH commit and no version rows',
    async ({ topWbes, elementsPerWbe }) => {
      const admin = actorOf(t, 'ADMIN');
      const project = await seedProject(t.sql, admin);
      const tree = await bulkTree(t.sql, admin, {
        projectId: project.id,
        topWbes,
        childWbes: 0,
        elementsPerWbe,
        actualsEvery: 2,
      });
      expect(tree.elementIds).toHaveLength(topWbes * elementsPerWbe);
      const before = await counts(project.id);
      expect(before['cost_element_version']).toBe(topWbes * elementsPerWbe);

      const created = ok(
        await t.request(
          VersioningCreateBranchDocument,
          { projectId: project.id, name: 'what-if' },
          { token: t.users.EDITOR.token },
        ),
      );
      expect(created.createBranch).toMatchObject({
        name: 'what-if',
        status: 'ACTIVE',
        head: { kind: 'BRANCH', branch: 'what-if', seq: 1 },
      });
      expect(created.createBranch.forkedFrom?.id).toBe(tree.commitId);

      const after = await counts(project.id);
      const delta = Object.fromEntries(Object.entries(after).map(([table, n]) => [table, n - (before[table] ?? 0)]));
      expect(delta).toEqual({
        branch: 1,
        branch_base: 1,
        project_commit: 1,
        'BRANCH commits': 1,
        ...Object.fromEntries(HISTORY_TABLES.map((table) => [table, 0])),
      });
    },
  );
});
