/**
 * `commit` answers on every path that yields versioned nodes. Compiled queries read it as a
 * property that the query resolvers set on each node (docs/decisions/0009), so a path that
 * made nodes without their commit would answer null for a non-null field: this query walks
 * every such path (roots, inherited and new read points, references up the tree, histories,
 * the projects list) at a branch head, at a past moment and on a branch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import { updateCostElement } from '../../src/domain/cost-element/cost-element.service.js';
import {
  VersioningCommitEverywhereDocument,
  VersioningListedProjectCommitsDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { actorOf, bulkTree, ok, seedProject, type BulkTree } from '../helpers/versioning.js';

let t: TestApp;
let projectId: string;
let tree: BulkTree;
let asOf: string;

beforeAll(async () => {
  t = await createTestApp();
  const admin = actorOf(t, 'ADMIN');
  projectId = (await seedProject(t.sql, admin)).id;
  tree = await bulkTree(t.sql, admin, { projectId, topWbes: 2, childWbes: 2, elementsPerWbe: 3, actualsEvery: 2 });
  asOf = new Date().toISOString();
  await createBranch(t.sql, admin, { projectId, name: 'feature', from: null });
  // Two budget revisions: the first one's commit is then only in histories, not behind any
  // current state, so nothing else in a request reads it.
  for (const budget of ['11.00', '12.00']) {
    await updateCostElement(t.sql, admin, {
      id: tree.elementIds[1] ?? '',
      input: { budget },
      branch: 'main',
      expectedVersion: null,
      message: null,
    });
  }
  for (const branch of ['main', 'feature']) {
    await updateCostElement(t.sql, admin, {
      id: tree.elementIds[0] ?? '',
      input: { name: `Renamed on ${branch}` },
      branch,
      expectedVersion: null,
      message: null,
    });
  }
});

afterAll(async () => {
  await t?.close();
});

/** Every `commit` object in a response, wherever it is. */
function commitsIn(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.flatMap(commitsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'commit' ? [child] : commitsIn(child)));
}

describe('commit on every path of a versioned read', () => {
  it.each([
    ['main, latest', {}],
    ['main, a past moment', { asOf: 'past' }],
    ['a branch', { branch: 'feature' }],
  ])('answers a real commit of the project everywhere: %s', async (_label, where) => {
    const known = new Set(
      (await t.sql.query<{ id: string }>('SELECT id FROM project_commit WHERE project_id = $1', [projectId])).map(
        (r) => r.id,
      ),
    );
    const result = await t.request(VersioningCommitEverywhereDocument, {
      id: projectId,
      wbeId: tree.wbeIds[1] ?? '',
      elementId: tree.elementIds[0] ?? '',
      ...('branch' in where ? { branch: where.branch } : {}),
      ...('asOf' in where ? { asOf } : {}),
    });
    const data = ok(result);
    expect(data.project?.allWbes).toHaveLength(6);
    const commits = commitsIn({ project: data.project, wbe: data.wbe, costElement: data.costElement });
    // project, its history, 2 top WBEs with their project and 2 children each with their parent,
    // 6 WBEs with histories, 18 elements with wbe and history, their actuals, the two roots.
    expect(commits.length).toBeGreaterThan(80);
    for (const commit of commits) {
      expect(commit).toEqual({ id: expect.any(String) });
      expect(known.has((commit as { id: string }).id)).toBe(true);
    }
  });

  it('answers on listed projects and their histories, which are read without their commits', async () => {
    const listed = ok(await t.request(VersioningListedProjectCommitsDocument, {})).projects.edges;
    const ours = listed.find((e) => e.node.id === projectId);
    expect(ours?.node.commit.id).toEqual(expect.any(String));
    const commits = commitsIn(listed);
    expect(commits.length).toBeGreaterThanOrEqual(2 * listed.length);
    for (const commit of commits) expect(commit).toEqual({ id: expect.any(String) });
  });
});
