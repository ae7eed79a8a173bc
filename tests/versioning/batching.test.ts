/**
 * Versioned project data: a whole-tree query costs the same number of SQL statements for
 * 10 nodes as for 1,000 (batched per request and read point), at any read point.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import { updateCostElement } from '../../src/domain/cost-element/cost-element.service.js';
import { IdentityProjectTreeDocument, VersioningProjectTreeDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { actorOf, bulkTree, ok, seedProject, type BulkTree } from '../helpers/versioning.js';

/** The tree query (no EVM) must stay within this many statements whatever the size. */
const MAX_TREE_STATEMENTS = 8;

let t: TestApp;

interface Sized {
  projectId: string;
  tree: BulkTree;
  /** A moment after the tree was built and before a later edit. */
  asOf: string;
}

const projects: Record<'small' | 'large', Sized> = {} as Record<'small' | 'large', Sized>;

beforeAll(async () => {
  // Counts the statements of executions: no answer may come from the read cache.
  t = await createTestApp({ readCacheBytes: 0 });
  const admin = actorOf(t, 'ADMIN');
  // small: 2 WBEs (one a child of the other) x 4 elements = 10 nodes, 2 with actuals.
  // large: 20 WBEs (4 top-level with 4 children each) x 50 elements = 1,020 nodes, 200 with actuals.
  const shapes = {
    small: { topWbes: 1, childWbes: 1, elementsPerWbe: 4, actualsEvery: 4 },
    large: { topWbes: 4, childWbes: 4, elementsPerWbe: 50, actualsEvery: 5 },
  };
  for (const size of ['small', 'large'] as const) {
    const project = await seedProject(t.sql, admin);
    const tree = await bulkTree(t.sql, admin, { projectId: project.id, ...shapes[size] });
    const [bulkCommit] = await t.sql.query<{ at: number }>(
      'SELECT (extract(epoch from committed_at) * 1000)::float8 AS at FROM project_commit WHERE id = $1',
      [tree.commitId],
    );
    const asOf = new Date(Number(bulkCommit?.at)).toISOString();
    // Later edits on main and on a branch, so that asOf and the branch read something else than main's head.
    await createBranch(t.sql, admin, { projectId: project.id, name: 'batch', from: null });
    for (const [i, id] of tree.elementIds.slice(0, 3).entries()) {
      await updateCostElement(t.sql, admin, {
        id,
        input: { budget: `${i + 1}.00` },
        branch: 'main',
        expectedVersion: null,
        message: null,
      });
      await updateCostElement(t.sql, admin, {
        id,
        input: { budget: `${i + 7}.00` },
        branch: 'batch',
        expectedVersion: null,
        message: null,
      });
    }
    projects[size] = { projectId: project.id, tree, asOf };
  }
});

afterAll(async () => {
  await t?.close();
});

async function treeQuery(size: 'small' | 'large', where: { branch?: string; asOf?: string }) {
  const { projectId } = projects[size];
  const result = await t.request(VersioningProjectTreeDocument, { id: projectId, ...where });
  const project = ok(result).project;
  const elements = project?.allWbes.flatMap((w) => w.costElements) ?? [];
  console.info(`tree query statements (${size}, ${JSON.stringify(where)}): ${result.statements}`);
  return {
    statements: result.statements,
    wbes: project?.allWbes.length,
    elements: elements.length,
    costs: elements.reduce((n, e) => n + e.costRegistrations.length, 0),
    progress: elements.reduce((n, e) => n + e.progressEntries.length, 0),
    children: project?.wbes.reduce((n, w) => n + w.children.length, 0),
  };
}

describe('whole-tree query batching', () => {
  it.each([
    { point: 'main, latest', where: () => ({}) },
    { point: 'main at a past asOf', where: (size: 'small' | 'large') => ({ asOf: projects[size].asOf }) },
    { point: 'a branch', where: () => ({ branch: 'batch' }) },
  ])('on $point, 10 and 1,000 nodes take the same number of statements, at most 8', async ({ where }) => {
    const small = await treeQuery('small', where('small'));
    const large = await treeQuery('large', where('large'));
    expect(small).toMatchObject({ wbes: 2, elements: 8, costs: 2, progress: 2, children: 1 });
    expect(large).toMatchObject({ wbes: 20, elements: 1000, costs: 200, progress: 200, children: 16 });
    expect(Number.isInteger(small.statements)).toBe(true);
    expect(large.statements, `10 nodes: ${small.statements}, 1,000 nodes: ${large.statements}`).toBe(small.statements);
    expect(large.statements).toBeLessThanOrEqual(MAX_TREE_STATEMENTS);
  });

  it.each([
    { point: 'main, latest', where: () => ({}) },
    { point: 'main at a past asOf', where: (size: 'small' | 'large') => ({ asOf: projects[size].asOf }) },
    { point: 'a branch', where: () => ({ branch: 'batch' }) },
  ])('on $point, nodeId on every node costs no statement', async ({ where }) => {
    const { projectId } = projects.large;
    const plain = await t.request(VersioningProjectTreeDocument, { id: projectId, ...where('large') });
    const withIds = await t.request(IdentityProjectTreeDocument, { id: projectId, ...where('large') });
    const ids = ok(withIds).project?.allWbes.flatMap((w) => w.costElements.map((e) => e.nodeId)) ?? [];
    expect(new Set(ids).size).toBe(1000);
    expect(withIds.statements).toBe(plain.statements);
  });
});
