/**
 * Versioned project data: once T is in the past, a read at T returns the same answer forever,
 * whatever is written later.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import { updateCostElement } from '../../src/domain/cost-element/cost-element.service.js';
import {
  VersioningCostElementDocument,
  VersioningCreateWbeDocument,
  VersioningDeleteCostElementDocument,
  VersioningProjectTreeDocument,
  VersioningRegisterCostDocument,
  VersioningUpdateCostElementDocument,
  VersioningUpdateProjectDocument,
  VersioningUpdateWbeDocument,
} from '../graphql/generated/graphql.js';
import { testEngine } from '../helpers/database.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';
import { actorOf, bulkTree, ok, seedProject } from '../helpers/versioning.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

/** The latest committed_at of a project, as an ISO instant. */
async function lastCommitAt(projectId: string): Promise<string> {
  const [row] = await t.sql.query<{ at: number }>(
    'SELECT (extract(epoch from max(committed_at)) * 1000)::float8 AS at FROM project_commit WHERE project_id = $1',
    [projectId],
  );
  return new Date(Number(row?.at)).toISOString();
}

/** Waits (without asserting anything about time) until `iso` lies in the past. */
async function untilPast(iso: string): Promise<void> {
  while (Date.now() <= Date.parse(iso)) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('past reads are stable', () => {
  it('re-reads of a whole tree at a past asOf, in parallel with writers on main and a branch, are all identical', async () => {
    const admin = actorOf(t, 'ADMIN');
    const project = await seedProject(t.sql, admin);
    const tree = await bulkTree(t.sql, admin, {
      projectId: project.id,
      topWbes: 3,
      childWbes: 2,
      elementsPerWbe: 4,
      actualsEvery: 3,
    });
    await createBranch(t.sql, admin, { projectId: project.id, name: 'stable', from: null });
    for (const id of tree.elementIds.slice(0, 3)) {
      await updateCostElement(t.sql, admin, {
        id,
        input: { budget: '500.00' },
        branch: 'stable',
        expectedVersion: null,
        message: null,
      });
    }
    const T = await lastCommitAt(project.id);
    await untilPast(T);

    const [watched] = tree.elementIds;
    if (watched === undefined) throw new Error('fixture');
    const readAll = async () => {
      const [mainTree, branchTree, history] = await Promise.all([
        t.request(VersioningProjectTreeDocument, { id: project.id, asOf: T }),
        t.request(VersioningProjectTreeDocument, { id: project.id, branch: 'stable', asOf: T }),
        t.request(VersioningCostElementDocument, { id: watched, branch: 'stable', asOf: T }),
      ]);
      return { main: ok(mainTree), branch: ok(branchTree), history: ok(history) };
    };
    const baseline = await readAll();
    expect(baseline.main.project?.allWbes).toHaveLength(9);
    expect(baseline.branch.project?.budget).not.toBe(baseline.main.project?.budget);

    const [top, second] = tree.wbeIds;
    const writers: (() => Promise<GraphQLResponse<unknown>>)[] = [];
    tree.elementIds.slice(0, 12).forEach((id, i) => {
      const branch = i % 2 === 0 ? 'main' : 'stable';
      writers.push(() =>
        t.request(VersioningUpdateCostElementDocument, { id, input: { budget: `${i + 1}.11` }, branch }),
      );
      writers.push(() =>
        t.request(VersioningRegisterCostDocument, {
          input: { costElementId: id, amount: '0.01', incurredOn: '2026-03-01' },
          branch,
        }),
      );
    });
    for (const [i, branch] of ['main', 'stable', 'main', 'stable'].entries()) {
      writers.push(() =>
        t.request(VersioningCreateWbeDocument, {
          projectId: project.id,
          input: { code: `NEW${i}`, name: 'new', parentId: top },
          branch,
        }),
      );
    }
    writers.push(() =>
      t.request(VersioningUpdateWbeDocument, { id: second ?? '', input: { parentId: null, name: 'moved' } }),
    );
    writers.push(() =>
      t.request(VersioningUpdateProjectDocument, { id: project.id, input: { name: 'renamed' }, branch: 'stable' }),
    );
    for (const id of tree.elementIds.slice(20, 24))
      writers.push(() => t.request(VersioningDeleteCostElementDocument, { id }));

    const readers = Array.from({ length: 16 }, () => readAll);
    // Interleave writers and readers, and start them all at once.
    const jobs: (() => Promise<unknown>)[] = [];
    for (let i = 0; i < Math.max(writers.length, readers.length); i += 1) {
      const w = writers[i];
      const r = readers[i];
      if (w !== undefined) jobs.push(async () => ok(await w()));
      if (r !== undefined) jobs.push(async () => expect(await r()).toEqual(baseline));
    }
    await Promise.all(jobs.map((job) => job()));

    expect(await readAll()).toEqual(baseline);
    // Control: the writers did change what the latest state looks like.
    const latest = ok(await t.request(VersioningProjectTreeDocument, { id: project.id, branch: 'stable' }));
    expect(latest.project?.name).toBe('renamed');
    expect(latest.project?.budget).not.toBe(baseline.branch.project?.budget);
  });
});

describe.skipIf(testEngine !== 'postgresql')('past reads while a commit is in flight (PostgreSQL)', () => {
  // A commit takes its committed_at when it starts but becomes visible only when its
  // transaction commits. A read at a T at or after the branch's visible head therefore waits
  // for the branch's writer (src/versioning/read-point.ts), so it answers once, for good.
  it('a read at a past T does not change when a transaction stamped before T commits afterwards', async () => {
    const admin = actorOf(t, 'ADMIN');
    const project = await seedProject(t.sql, admin);
    const tree = await bulkTree(t.sql, admin, {
      projectId: project.id,
      topWbes: 1,
      childWbes: 0,
      elementsPerWbe: 1,
      actualsEvery: 0,
    });
    const [elementId] = tree.elementIds;
    if (elementId === undefined) throw new Error('fixture');
    const blocker = new pg.Client({ connectionString: t.app.config.databaseUrl ?? '' });
    await blocker.connect();
    try {
      // Holding SHARE on the version table lets the writer open its commit (stamped now),
      // then blocks it on inserting its version row; readers are not blocked.
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE cost_element_version IN SHARE MODE');
      const write = t.request(VersioningUpdateCostElementDocument, { id: elementId, input: { budget: '2.00' } });
      const [{ pid }] = (await blocker.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows as [
        { pid: number },
      ];
      for (let i = 0; i < 1000; i += 1) {
        const [row] = await t.sql.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND $1 = ANY(pg_blocking_pids(pid))',
          [pid],
        );
        if (Number(row?.n) > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const T = new Date(Date.now() + 5).toISOString();
      await untilPast(T);
      const pending = t.request(VersioningCostElementDocument, { id: elementId, asOf: T });
      await new Promise((resolve) => setTimeout(resolve, 200));
      await blocker.query('COMMIT');
      ok(await write);
      const first = ok(await pending).costElement?.budget;
      const second = ok(await t.request(VersioningCostElementDocument, { id: elementId, asOf: T })).costElement?.budget;
      // The in-flight commit was stamped before T: the read at T includes it, before and after.
      expect(first).toBe('2.00');
      expect(second).toBe(first);
    } finally {
      await blocker.query('ROLLBACK').catch(() => undefined);
      await blocker.end();
    }
  });
});
