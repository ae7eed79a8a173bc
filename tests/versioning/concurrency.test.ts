/**
 * Versioned project data: concurrent writers (PostgreSQL only; PGlite has one connection).
 * Commits on one branch serialize on its branch row; nothing else is shared.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import { VersioningCostElementDocument, VersioningUpdateCostElementDocument } from '../graphql/generated/graphql.js';
import { testEngine } from '../helpers/database.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { actorOf, bulkTree, commitCount, countRows, ok, seedProject } from '../helpers/versioning.js';

describe.skipIf(testEngine !== 'postgresql')('concurrent writers (PostgreSQL)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  /** A project with one cost element (version 1) on main. */
  async function oneElement(): Promise<{ projectId: string; elementId: string }> {
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
    return { projectId: project.id, elementId };
  }

  const update = (id: string, budget: string, extra: { expectedVersion?: number; branch?: string } = {}) =>
    t.request(VersioningUpdateCostElementDocument, { id, input: { budget }, ...extra });

  it('20 parallel updates with the same expectedVersion: exactly 1 succeeds and 19 are CONFLICT', async () => {
    const { projectId, elementId } = await oneElement();
    const commitsBefore = await commitCount(t.sql, projectId);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => update(elementId, `${i + 1}.00`, { expectedVersion: 1 })),
    );

    const winners = results.filter((r) => r.errors === undefined);
    const codes = results.filter((r) => r.errors !== undefined).map((r) => r.errors?.[0]?.extensions?.code);
    expect(winners).toHaveLength(1);
    expect(codes).toEqual(Array.from({ length: 19 }, () => 'CONFLICT'));
    expect(await commitCount(t.sql, projectId)).toBe(commitsBefore + 1);
    expect(await countRows(t.sql, 'cost_element_version', projectId)).toBe(2);

    const winner = winners[0]?.data?.updateCostElement;
    const read = ok(await t.request(VersioningCostElementDocument, { id: elementId })).costElement;
    expect(read).toMatchObject({ version: 2, budget: winner?.budget });
  });

  it('20 parallel updates without expectedVersion all succeed, as 20 new contiguous versions', async () => {
    const { projectId, elementId } = await oneElement();
    const commitsBefore = await commitCount(t.sql, projectId);
    const budgets = Array.from({ length: 20 }, (_, i) => `${i + 1}.00`);
    const results = await Promise.all(budgets.map((budget) => update(elementId, budget)));

    const written = results.map((r) => ok(r).updateCostElement);
    expect(written.map((w) => w.version).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 2));
    expect(await commitCount(t.sql, projectId)).toBe(commitsBefore + 20);

    const read = ok(await t.request(VersioningCostElementDocument, { id: elementId })).costElement;
    expect(read?.version).toBe(21);
    const history = read?.history ?? [];
    expect(history.map((h) => h.version)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    // None lost: every written budget is one state of the history, in commit order.
    expect(
      history
        .slice(1)
        .map((h) => h.budget)
        .sort(),
    ).toEqual([...budgets].sort());
    const byVersion = new Map(written.map((w) => [w.version, w.budget]));
    expect(history.slice(1).map((h) => h.budget)).toEqual(history.slice(1).map((h) => byVersion.get(h.version)));
    const seqs = history.slice(1).map((h) => h.commit.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    const times = history.map((h) => Date.parse(h.validFrom));
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  /**
   * Holds the branch row of (project, branch) locked from a separate connection, starts a write
   * there (which must wait), and shows that a write elsewhere completes meanwhile.
   */
  it.each([
    { where: 'another project', sameProject: false, lockedBranch: 'main', freeBranch: 'main' },
    { where: 'another branch of the same project', sameProject: true, lockedBranch: 'main', freeBranch: 'side' },
  ])('a writer on $where does not wait for a locked branch', async ({ sameProject, lockedBranch, freeBranch }) => {
    const a = await oneElement();
    const b = sameProject ? a : await oneElement();
    if (freeBranch !== 'main')
      await createBranch(t.sql, actorOf(t, 'ADMIN'), { projectId: b.projectId, name: freeBranch, from: null });

    const holder = new pg.Client({ connectionString: t.app.config.databaseUrl ?? '' });
    await holder.connect();
    try {
      const pid = Number((await holder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]?.pid);
      const waitingOnHolder = async () => {
        const [row] = await t.sql.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM pg_locks WHERE NOT granted AND $1 = ANY(pg_blocking_pids(pid))',
          [pid],
        );
        return Number(row?.n);
      };
      await holder.query('BEGIN');
      await holder.query('SELECT name FROM branch WHERE project_id = $1 AND name = $2 FOR UPDATE', [
        a.projectId,
        lockedBranch,
      ]);

      let blockedDone = false;
      const blocked = update(a.elementId, '77.00', { branch: lockedBranch }).then((r) => {
        blockedDone = true;
        return r;
      });
      let waiting = 0;
      for (let i = 0; i < 1000 && waiting === 0; i += 1) {
        waiting = await waitingOnHolder();
        if (waiting === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(waiting, 'the write on the locked branch should be waiting for the lock').toBe(1);

      const free = ok(await update(b.elementId, '88.00', { branch: freeBranch })).updateCostElement;
      expect(free).toMatchObject({ budget: '88.00', branch: freeBranch });
      expect(blockedDone).toBe(false);
      expect(await waitingOnHolder()).toBe(1);

      await holder.query('COMMIT');
      expect(ok(await blocked).updateCostElement).toMatchObject({ budget: '77.00', branch: lockedBranch });
    } finally {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    }
  });
});
