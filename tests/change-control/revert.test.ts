/**
 * revertCommit: one REVERT commit that restores the values the reverted commit replaced
 * (an update, a create, a delete, a merge against its first parent); a field changed again
 * since is CONFLICT naming the fields, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcCostElementDocument,
  CcCreateWbeDocument,
  CcDeleteCostElementDocument,
  CcDeleteWbeDocument,
  CcMergeBranchDocument,
  CcRegisterCostDocument,
  CcRevertCommitDocument,
  CcUpdateCostElementDocument,
  CcUpdateWbeDocument,
  type CcRevertCommitMutationVariables,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import {
  E1_STATE,
  E2_STATE,
  changeOf,
  createBranch,
  createElement,
  elementIn,
  expectError,
  fieldMap,
  headOf,
  ok,
  readTree,
  rowCounts,
  seedBase,
  summary,
} from './fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

function revert(vars: CcRevertCommitMutationVariables, token?: string) {
  return t.request(CcRevertCommitDocument, vars, token === undefined ? {} : { token });
}

async function revertOk(vars: CcRevertCommitMutationVariables, token?: string) {
  return ok(await revert(vars, token)).revertCommit;
}

describe('revert restores what the commit replaced', () => {
  it('an update: the replaced values come back in one REVERT commit; later changes to other fields stay', async () => {
    const p = await seedBase(t, 'RU');
    const c = (await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00', name: 'Digging' } }))
      .updateCostElement.commit.id;
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { plannedEnd: '2026-04-30' } });
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '650.00' } });
    const head = await headOf(t, p.projectId);
    const before = await rowCounts(t, p.projectId);
    const r = await revertOk({ projectId: p.projectId, commitId: c });
    expect(r).toMatchObject({ kind: 'REVERT', branch: 'main', parents: [{ id: head }] });
    expect(summary(r.changes)).toEqual([`MODIFIED CostElement ${p.e1}`]);
    expect(fieldMap(changeOf(r.changes, p.e1))).toEqual({
      name: ['Digging', 'Excavation'],
      budget: ['1500.00', '1000.00'],
    });
    const after = await rowCounts(t, p.projectId);
    expect(after.commits).toBe(before.commits + 1);
    expect(after.versions.cost_element_version).toBe(before.versions.cost_element_version + 1);
    const tree = await readTree(t, p.projectId);
    expect(elementIn(tree, p.e1)).toMatchObject({ ...E1_STATE, plannedEnd: '2026-04-30' });
    expect(elementIn(tree, p.e2)).toMatchObject({ budget: '650.00' });
    const e1 = (await t.run(CcCostElementDocument, { id: p.e1 })).costElement;
    expect(e1?.history.map((h) => h.version)).toEqual([1, 2, 3, 4]);
  });

  it('a create: the entity is removed', async () => {
    const p = await seedBase(t, 'RC');
    const created = (
      await t.run(CcRegisterCostDocument, { input: { costElementId: p.e1, amount: '10.00', incurredOn: '2026-02-01' } })
    ).registerCost;
    const element = await createElement(t, {
      wbeId: p.w2,
      code: 'CE-9',
      name: 'Formwork',
      budget: '90.00',
      plannedStart: '2026-03-01',
      plannedEnd: '2026-03-31',
    });
    const elementCommit = await headOf(t, p.projectId);
    const r = await revertOk({ projectId: p.projectId, commitId: elementCommit });
    expect(summary(r.changes)).toEqual([`REMOVED CostElement ${element}`]);
    expect(fieldMap(changeOf(r.changes, element))['code']).toEqual(['CE-9', null]);
    expect(elementIn(await readTree(t, p.projectId), element)).toBeUndefined();
    expect((await t.run(CcCostElementDocument, { id: element })).costElement).toBeNull();
    const costRevert = await revertOk({ projectId: p.projectId, commitId: created.commit.id });
    expect(summary(costRevert.changes)).toEqual([`REMOVED CostRegistration ${created.id}`]);
    expect((await t.run(CcCostElementDocument, { id: p.e1 })).costElement?.costRegistrations).toEqual([]);
  });

  it('a delete: the entity comes back as it was, under the same id', async () => {
    const p = await seedBase(t, 'RD');
    const deleted = (await t.run(CcDeleteCostElementDocument, { id: p.e2 })).deleteCostElement.id;
    expect(elementIn(await readTree(t, p.projectId), p.e2)).toBeUndefined();
    const r = await revertOk({ projectId: p.projectId, commitId: deleted });
    expect(summary(r.changes)).toEqual([`ADDED CostElement ${p.e2}`]);
    expect(elementIn(await readTree(t, p.projectId), p.e2)).toEqual({ id: p.e2, wbeId: p.w2, ...E2_STATE });
    const e2 = (await t.run(CcCostElementDocument, { id: p.e2 })).costElement;
    expect(e2?.version).toBe(3);
  });

  it('a cascading WBE delete: the WBE, its elements and their actuals all come back', async () => {
    const p = await seedBase(t, 'RW');
    const cost = (
      await t.run(CcRegisterCostDocument, { input: { costElementId: p.e1, amount: '10.00', incurredOn: '2026-02-01' } })
    ).registerCost.id;
    const treeBefore = await readTree(t, p.projectId);
    const deleted = (await t.run(CcDeleteWbeDocument, { id: p.w1 })).deleteWBE.id;
    const r = await revertOk({ projectId: p.projectId, commitId: deleted });
    expect(summary(r.changes)).toEqual(
      [`ADDED WBE ${p.w1}`, `ADDED CostElement ${p.e1}`, `ADDED CostRegistration ${cost}`].sort(),
    );
    expect(await readTree(t, p.projectId)).toEqual(treeBefore);
    expect((await t.run(CcCostElementDocument, { id: p.e1 })).costElement?.costRegistrations.map((c) => c.id)).toEqual([
      cost,
    ]);
  });

  it('a merge commit: reverted against its first parent, so main is as before the merge', async () => {
    const p = await seedBase(t, 'RM');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
    const added = await createElement(
      t,
      {
        wbeId: p.w2,
        code: 'CE-9',
        name: 'Formwork',
        budget: '90.00',
        plannedStart: '2026-03-01',
        plannedEnd: '2026-03-31',
      },
      'feature',
    );
    await t.run(CcUpdateWbeDocument, { id: p.w2, input: { name: 'Main building' } });
    const treeBefore = await readTree(t, p.projectId);
    const merge = ok(await t.request(CcMergeBranchDocument, { projectId: p.projectId, source: 'feature' })).mergeBranch;
    expect(merge.status).toBe('MERGED');
    const r = await revertOk({ projectId: p.projectId, commitId: merge.commit?.id ?? '' });
    expect(r.kind).toBe('REVERT');
    expect(summary(r.changes)).toEqual([`MODIFIED CostElement ${p.e1}`, `REMOVED CostElement ${added}`].sort());
    // main's own change before the merge (the WBE rename) is not undone.
    expect(await readTree(t, p.projectId)).toEqual(treeBefore);
    expect(treeBefore?.wbes.find((w) => w.id === p.w2)?.name).toBe('Main building');
  });

  it('on a branch: an EDITOR reverts a branch commit there, but may not revert on main', async () => {
    const p = await seedBase(t, 'RB');
    await createBranch(t, p.projectId, 'feature');
    const c = (await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' }))
      .updateCostElement.commit.id;
    const r = await revertOk({ projectId: p.projectId, commitId: c, branch: 'feature' }, t.users.EDITOR.token);
    expect(r.branch).toBe('feature');
    expect(elementIn(await readTree(t, p.projectId, 'feature'), p.e1)?.budget).toBe('1000.00');
    const onMain = (await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '1.00' } })).updateCostElement
      .commit.id;
    const before = await rowCounts(t, p.projectId);
    expectError(await revert({ projectId: p.projectId, commitId: onMain }, t.users.EDITOR.token), 'FORBIDDEN');
    expectError(await revert({ projectId: p.projectId, commitId: onMain }, t.users.VIEWER.token), 'FORBIDDEN');
    expect(await rowCounts(t, p.projectId)).toEqual(before);
  });
});

describe('revert refuses what it cannot undo cleanly', () => {
  it('a field changed again since is CONFLICT naming the field, and nothing is written', async () => {
    const p = await seedBase(t, 'RX');
    const c = (await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Digging', budget: '1500.00' } }))
      .updateCostElement.commit.id;
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Trenching' } });
    const head = await headOf(t, p.projectId);
    const before = await rowCounts(t, p.projectId);
    const tree = await readTree(t, p.projectId);
    const result = await revert({ projectId: p.projectId, commitId: c });
    const message = expectError(result, 'CONFLICT');
    expect(message).toMatch(/\bname\b/);
    expect(message).not.toMatch(/\bbudget\b/);
    expect(result.errors?.[0]?.extensions?.['conflicts']).toEqual([
      { entityType: 'CostElement', entityId: p.e1, field: 'name' },
    ]);
    expect(await headOf(t, p.projectId)).toBe(head);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(await readTree(t, p.projectId)).toEqual(tree);
  });

  it('a create whose entity was changed since is CONFLICT naming the changed fields', async () => {
    const p = await seedBase(t, 'RY');
    const element = await createElement(t, {
      wbeId: p.w2,
      code: 'CE-9',
      name: 'Formwork',
      budget: '90.00',
      plannedStart: '2026-03-01',
      plannedEnd: '2026-03-31',
    });
    const created = await headOf(t, p.projectId);
    await t.run(CcUpdateCostElementDocument, { id: element, input: { budget: '95.00' } });
    const before = await rowCounts(t, p.projectId);
    const result = await revert({ projectId: p.projectId, commitId: created });
    expect(expectError(result, 'CONFLICT')).toMatch(/\bbudget\b/);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(elementIn(await readTree(t, p.projectId), element)?.budget).toBe('95.00');
  });

  it('an update of an entity deleted since is CONFLICT, and nothing is written', async () => {
    const p = await seedBase(t, 'RZ');
    const c = (await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '650.00' } })).updateCostElement
      .commit.id;
    await t.run(CcDeleteCostElementDocument, { id: p.e2 });
    const before = await rowCounts(t, p.projectId);
    expectError(await revert({ projectId: p.projectId, commitId: c }), 'CONFLICT');
    expect(await rowCounts(t, p.projectId)).toEqual(before);
  });

  it('a create whose entity gained a child since is CONFLICT naming the child, and nothing is orphaned', async () => {
    const p = await seedBase(t, 'RK');
    const w3 = (await t.run(CcCreateWbeDocument, { projectId: p.projectId, input: { code: 'W3', name: 'Roof' } }))
      .createWBE;
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { wbeId: w3.id } });
    const before = await rowCounts(t, p.projectId);
    const result = await revert({ projectId: p.projectId, commitId: w3.commit.id });
    expect(expectError(result, 'CONFLICT')).toMatch(/\bwbeId\b/);
    expect(result.errors?.[0]?.extensions?.['conflicts']).toEqual([
      { entityType: 'CostElement', entityId: p.e1, field: 'wbeId' },
    ]);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(elementIn(await readTree(t, p.projectId), p.e1)?.wbeId).toBe(w3.id);
  });

  it('a delete whose code was taken again since is CONFLICT naming the code, and nothing is written', async () => {
    const p = await seedBase(t, 'RC');
    const deleted = (await t.run(CcDeleteCostElementDocument, { id: p.e2 })).deleteCostElement.id;
    const twin = await createElement(t, { ...E2_STATE, wbeId: p.w1, name: 'Concrete again' });
    const before = await rowCounts(t, p.projectId);
    const result = await revert({ projectId: p.projectId, commitId: deleted });
    expect(expectError(result, 'CONFLICT')).toMatch(/"CE-2"/);
    expect(result.errors?.[0]?.extensions?.['conflicts']).toEqual([
      { entityType: 'CostElement', entityId: p.e2, field: 'code' },
    ]);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(elementIn(await readTree(t, p.projectId), p.e2)).toBeUndefined();
    expect(elementIn(await readTree(t, p.projectId), twin)?.code).toBe('CE-2');
  });

  it('a commit that changed no data is BAD_USER_INPUT; a commit of another project is NOT_FOUND', async () => {
    const p = await seedBase(t, 'RN');
    const other = await seedBase(t, 'RO');
    const branchCommit = (await createBranch(t, p.projectId, 'feature')).head;
    expectError(await revert({ projectId: p.projectId, commitId: branchCommit, branch: 'feature' }), 'BAD_USER_INPUT');
    expectError(await revert({ projectId: p.projectId, commitId: await headOf(t, other.projectId) }), 'NOT_FOUND');
  });
});
