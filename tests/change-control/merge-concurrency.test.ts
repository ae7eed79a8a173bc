/**
 * A merge into main racing parallel writes on main (PostgreSQL only: PGlite has a single
 * connection). Commits on main serialize on the branch lock: nothing is lost, the merge is
 * one commit whose first parent is the head it saw, sequences and versions stay contiguous.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcCreateWbeDocument,
  CcMergeBranchDocument,
  CcRegisterCostDocument,
  CcUpdateCostElementDocument,
  CcUpdateWbeDocument,
} from '../graphql/generated/graphql.js';
import { testEngine } from '../helpers/database.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { createBranch, createElement, elementIn, headOf, ok, readTree, seedBase, VERSION_TABLES } from './fixtures.js';

describe.skipIf(testEngine !== 'postgresql')('a merge into main racing parallel writes on main', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it.each([1, 2, 3])('serializes and loses nothing (round %i)', async (round) => {
    const p = await seedBase(t, `RACE${round}`);
    const extras: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      extras.push(
        await createElement(t, {
          wbeId: i % 2 === 0 ? p.w1 : p.w2,
          code: `X-${i}`,
          name: `Extra ${i}`,
          budget: '10.00',
          plannedStart: '2026-01-01',
          plannedEnd: '2026-01-31',
        }),
      );
    }
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
    await t.run(CcUpdateWbeDocument, { id: p.w2, input: { name: 'Building (revised)' }, branch: 'feature' });
    const added = await createElement(
      t,
      {
        wbeId: p.w2,
        code: 'CE-F',
        name: 'From feature',
        budget: '77.00',
        plannedStart: '2026-02-01',
        plannedEnd: '2026-02-28',
      },
      'feature',
    );
    const featureHead = await headOf(t, p.projectId, 'feature');
    const commitsBefore = Number(
      (
        await t.sql.one<{ n: number }>(
          `SELECT count(*)::int AS n FROM project_commit WHERE project_id = $1 AND branch = 'main'`,
          [p.projectId],
        )
      )?.n,
    );

    const manager = { token: t.users.MANAGER.token };
    const writes = [
      ...extras.map((id, i) =>
        t.request(CcUpdateCostElementDocument, { id, input: { budget: `${1000 + i}.00` }, branch: 'main' }, manager),
      ),
      ...[0, 1, 2].map((i) =>
        t.request(
          CcCreateWbeDocument,
          { projectId: p.projectId, input: { code: `RW-${i}`, name: `Raced ${i}` }, branch: 'main' },
          manager,
        ),
      ),
      ...[0, 1].map((i) =>
        t.request(
          CcRegisterCostDocument,
          { input: { costElementId: p.e2, amount: `${i + 1}.00`, incurredOn: '2026-02-01' }, branch: 'main' },
          { token: t.users.EDITOR.token },
        ),
      ),
    ];
    // The merge is sent in the middle of the writes, so that it lands between them.
    const mergeAt = Math.floor(writes.length / 2);
    const merging = t.request(CcMergeBranchDocument, { projectId: p.projectId, source: 'feature' });
    const results = await Promise.all([...writes.slice(0, mergeAt), merging, ...writes.slice(mergeAt)]);
    for (const r of results) expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const merge = ok(await merging);
    expect(merge.mergeBranch.status).toBe('MERGED');

    // Every write is one commit; sequences are contiguous and committed_at rises with them.
    const commits = await t.sql.query<{ id: string; seq: number; kind: string; parent_ids: string[]; at: number }>(
      `SELECT id, seq, kind, parent_ids, (extract(epoch from committed_at) * 1000)::float8 AS at
       FROM project_commit WHERE project_id = $1 AND branch = 'main' ORDER BY seq`,
      [p.projectId],
    );
    expect(commits).toHaveLength(commitsBefore + writes.length + 1);
    expect(commits.map((c) => Number(c.seq))).toEqual(commits.map((_, i) => i + 1));
    for (let i = 1; i < commits.length; i += 1)
      expect(Number(commits[i]?.at)).toBeGreaterThan(Number(commits[i - 1]?.at));
    const merges = commits.filter((c) => c.kind === 'MERGE');
    expect(merges.map((c) => c.id)).toEqual([merge.mergeBranch.commit?.id]);
    const mergeIndex = commits.findIndex((c) => c.kind === 'MERGE');
    console.info(
      `round ${round}: the merge landed as commit ${mergeIndex + 1 - commitsBefore} of ${writes.length + 1} raced ones`,
    );
    expect(merges[0]?.parent_ids.map(String)).toEqual([commits[mergeIndex - 1]?.id, featureHead]);
    for (let i = 1; i < commits.length; i += 1) expect(commits[i]?.parent_ids.map(String)[0]).toBe(commits[i - 1]?.id);
    expect(await headOf(t, p.projectId)).toBe(commits.at(-1)?.id);

    // Nothing lost: every raced write and everything the merge brought is on main.
    const tree = await readTree(t, p.projectId);
    extras.forEach((id, i) => expect(elementIn(tree, id)?.budget).toBe(`${1000 + i}.00`));
    expect(tree?.wbes.filter((w) => w.code.startsWith('RW-')).map((w) => w.name)).toEqual([
      'Raced 0',
      'Raced 1',
      'Raced 2',
    ]);
    expect(elementIn(tree, p.e1)?.budget).toBe('1500.00');
    expect(elementIn(tree, added)).toMatchObject({ code: 'CE-F', budget: '77.00', wbeId: p.w2 });
    expect(tree?.wbes.find((w) => w.id === p.w2)?.name).toBe('Building (revised)');
    const costs = await t.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM cost_registration_version WHERE project_id = $1 AND branch = 'main' AND NOT deleted`,
      [p.projectId],
    );
    expect(Number(costs[0]?.n)).toBe(2);

    // Versions of every entity on main run 1, 2, 3, ... in commit order.
    for (const table of VERSION_TABLES) {
      const rows = await t.sql.query<{ entity_id: string; versions: number[] }>(
        `SELECT entity_id, array_agg(version ORDER BY seq) AS versions FROM ${table} WHERE project_id = $1 AND branch = 'main' GROUP BY entity_id`,
        [p.projectId],
      );
      for (const row of rows)
        expect(row.versions.map(Number), `${table} ${row.entity_id}`).toEqual(row.versions.map((_, i) => i + 1));
    }
  });
});
