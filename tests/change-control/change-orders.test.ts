/**
 * Change orders: a branch co-<code> from main's latest, DRAFT -> SUBMITTED -> MERGED
 * (approved: merged into main with FAIL_ON_CONFLICT) or REJECTED, by role, with the order's
 * THREE_DOT diff against main.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcApproveChangeOrderDocument,
  CcBranchesDocument,
  CcChangeOrderWithDiffDocument,
  CcChangeOrdersDocument,
  CcCommitDocument,
  CcCreateChangeOrderDocument,
  CcMergeBranchDocument,
  CcRejectChangeOrderDocument,
  CcSubmitChangeOrderDocument,
  CcUpdateCostElementDocument,
  CrWithdrawChangeOrderDocument,
  type CcChangeOrderStateFragment,
  type ChangeOrderStatus,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import {
  branchStatus,
  changeOf,
  elementIn,
  expectError,
  fieldMap,
  headOf,
  ok,
  readTree,
  rowCounts,
  seedBase,
  summary,
  type BaseProject,
} from './fixtures.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

type Role = 'ADMIN' | 'MANAGER' | 'EDITOR' | 'VIEWER';
const token = (role: Role) => t.users[role].token;

async function create(p: BaseProject, code: string, role: Role = 'EDITOR'): Promise<CcChangeOrderStateFragment> {
  return ok(
    await t.request(
      CcCreateChangeOrderDocument,
      { input: { projectId: p.projectId, code, title: `Change ${code}` } },
      { token: token(role) },
    ),
  ).createChangeOrder;
}

const submit = (id: string, role: Role = 'EDITOR') =>
  t.request(CcSubmitChangeOrderDocument, { id }, { token: token(role) });
const approve = (id: string, role: Role = 'MANAGER') =>
  t.request(CcApproveChangeOrderDocument, { id }, { token: token(role) });
const reject = (id: string, reason: string, role: Role = 'MANAGER') =>
  t.request(CcRejectChangeOrderDocument, { id, reason }, { token: token(role) });

async function orderRow(id: string) {
  return ok(await t.request(CcChangeOrderWithDiffDocument, { id })).changeOrder;
}

/** A submitted order whose branch raises E1's budget to 1500.00. */
async function submitted(p: BaseProject, code: string) {
  const order = await create(p, code);
  await t.run(
    CcUpdateCostElementDocument,
    { id: p.e1, input: { budget: '1500.00' }, branch: order.branch.name },
    token('EDITOR'),
  );
  ok(await submit(order.id));
  return order;
}

describe('creating a change order', () => {
  it('creates the order in DRAFT and its branch co-<code> from main latest, linked both ways', async () => {
    const p = await seedBase(t, 'CO');
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { name: 'Concrete works' } });
    const mainHead = await headOf(t, p.projectId);
    const order = await create(p, 'CO-1');
    expect(order).toMatchObject({
      projectId: p.projectId,
      code: 'CO-1',
      title: 'Change CO-1',
      status: 'DRAFT',
      requestedBy: { id: t.users.EDITOR.id },
      decidedBy: null,
      branch: {
        name: 'co-CO-1',
        status: 'ACTIVE',
        forkedFrom: { id: mainHead },
        changeOrder: { id: order.id, code: 'CO-1' },
      },
    });
    // The branch reads main's latest state, and writes no entity rows of its own.
    expect(await readTree(t, p.projectId, 'co-CO-1')).toEqual(await readTree(t, p.projectId, 'main'));
    const branches = (await t.run(CcBranchesDocument, { projectId: p.projectId })).branches;
    expect(branches.find((b) => b.name === 'co-CO-1')?.changeOrder).toMatchObject({ id: order.id, status: 'DRAFT' });
    expect(branches.find((b) => b.name === 'main')?.changeOrder).toBeNull();
  });

  it('a VIEWER cannot create one; a duplicate code is CONFLICT; neither writes anything', async () => {
    const p = await seedBase(t, 'CV');
    const before = await rowCounts(t, p.projectId);
    expectError(
      await t.request(
        CcCreateChangeOrderDocument,
        { input: { projectId: p.projectId, code: 'CO-1', title: 'x' } },
        { token: token('VIEWER') },
      ),
      'FORBIDDEN',
    );
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    const order = await create(p, 'CO-1', 'MANAGER');
    const afterFirst = await rowCounts(t, p.projectId);
    expectError(
      await t.request(
        CcCreateChangeOrderDocument,
        { input: { projectId: p.projectId, code: 'CO-1', title: 'again' } },
        { token: token('EDITOR') },
      ),
      'CONFLICT',
    );
    expect(await rowCounts(t, p.projectId)).toEqual(afterFirst);
    expect((await t.run(CcChangeOrdersDocument, { projectId: p.projectId })).changeOrders.map((o) => o.id)).toEqual([
      order.id,
    ]);
  });

  it('its diff is the THREE_DOT diff of its branch against main', async () => {
    const p = await seedBase(t, 'CD');
    const order = await create(p, 'CO-1');
    await t.run(
      CcUpdateCostElementDocument,
      { id: p.e1, input: { budget: '1500.00' }, branch: 'co-CO-1' },
      token('EDITOR'),
    );
    // main moves on too; that is not part of the order's change.
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { name: 'Concrete works' } });
    const diff = (await orderRow(order.id))?.diff;
    expect(diff?.mode).toBe('THREE_DOT');
    expect(diff?.from.branch).toBe('main');
    expect(diff?.to.branch).toBe('co-CO-1');
    expect(diff?.mergeBase?.id).toBe(order.branch.forkedFrom?.id);
    expect(summary(diff?.changes ?? [])).toEqual([`MODIFIED CostElement ${p.e1}`]);
    expect(fieldMap(changeOf(diff?.changes ?? [], p.e1))).toEqual({ budget: ['1000.00', '1500.00'] });
    expect(diff?.evmImpact).toEqual({ bacBefore: '1500.00', bacAfter: '2000.00', bacDelta: '500.00' });
  });
});

describe('deciding a change order', () => {
  it('approve merges the branch into main with one MERGE commit, then the order and its branch are MERGED and read-only', async () => {
    const p = await seedBase(t, 'CA');
    const order = await submitted(p, 'CO-1');
    const mainHead = await headOf(t, p.projectId);
    const branchHead = await headOf(t, p.projectId, 'co-CO-1');
    const approved = ok(
      await t.request(
        CcApproveChangeOrderDocument,
        { id: order.id, message: 'approved by board' },
        { token: token('MANAGER') },
      ),
    ).approveChangeOrder;
    expect(approved).toMatchObject({
      status: 'MERGED',
      decidedBy: { id: t.users.MANAGER.id },
      branch: { name: 'co-CO-1', status: 'MERGED' },
    });
    expect(elementIn(await readTree(t, p.projectId), p.e1)?.budget).toBe('1500.00');
    const merge = (await t.run(CcCommitDocument, { id: await headOf(t, p.projectId) })).commit;
    expect(merge).toMatchObject({
      kind: 'MERGE',
      branch: 'main',
      message: 'approved by board',
      parents: [{ id: mainHead }, { id: branchHead }],
    });
    expect(summary(merge?.changes ?? [])).toEqual([`MODIFIED CostElement ${p.e1}`]);
    expect(await branchStatus(t, p.projectId, 'co-CO-1')).toBe('MERGED');

    // The merged branch is read-only: no writes, no merges into it.
    const before = await rowCounts(t, p.projectId);
    expectError(
      await t.request(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '1.00' }, branch: 'co-CO-1' }),
      'BAD_USER_INPUT',
    );
    expectError(
      await t.request(CcMergeBranchDocument, { projectId: p.projectId, source: 'main', target: 'co-CO-1' }),
      'BAD_USER_INPUT',
    );
    expect(await rowCounts(t, p.projectId)).toEqual(before);
  });

  it('approve with conflicts fails with CONFLICT, leaves the order SUBMITTED and main untouched; withdrawn, brought up to date and submitted again it goes through', async () => {
    const p = await seedBase(t, 'CX');
    const order = await submitted(p, 'CO-1');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' } });
    const head = await headOf(t, p.projectId);
    const before = await rowCounts(t, p.projectId);
    const tree = await readTree(t, p.projectId);
    const result = await approve(order.id);
    expectError(result, 'CONFLICT');
    expect(result.errors?.[0]?.extensions?.['conflicts']).toEqual([
      { entityType: 'CostElement', entityId: p.e1, field: 'budget' },
    ]);
    expect(await orderRow(order.id)).toMatchObject({
      status: 'SUBMITTED',
      decidedBy: null,
      branch: { status: 'ACTIVE' },
    });
    expect(await headOf(t, p.projectId)).toBe(head);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(await readTree(t, p.projectId)).toEqual(tree);

    // A submitted branch is frozen: bringing it up to date takes a withdrawal and a new submission.
    expectError(
      await t.request(
        CcMergeBranchDocument,
        { projectId: p.projectId, source: 'main', target: 'co-CO-1', strategy: 'OURS' },
        { token: token('EDITOR') },
      ),
      'BAD_USER_INPUT',
    );
    ok(await t.request(CrWithdrawChangeOrderDocument, { id: order.id }, { token: token('EDITOR') }));
    const up = ok(
      await t.request(
        CcMergeBranchDocument,
        { projectId: p.projectId, source: 'main', target: 'co-CO-1', strategy: 'OURS' },
        { token: token('EDITOR') },
      ),
    );
    expect(up.mergeBranch.status).toBe('MERGED');
    ok(await submit(order.id));
    expect(ok(await approve(order.id)).approveChangeOrder.status).toBe('MERGED');
    expect(elementIn(await readTree(t, p.projectId), p.e1)?.budget).toBe('1500.00');
  });

  it('reject keeps the reason and leaves main untouched', async () => {
    const p = await seedBase(t, 'CR');
    const order = await submitted(p, 'CO-1');
    const head = await headOf(t, p.projectId);
    const before = await rowCounts(t, p.projectId);
    const rejected = ok(await reject(order.id, 'Out of budget this year')).rejectChangeOrder;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'Out of budget this year',
      decidedBy: { id: t.users.MANAGER.id },
    });
    expect(await orderRow(order.id)).toMatchObject({ status: 'REJECTED', rejectReason: 'Out of budget this year' });
    expect(await headOf(t, p.projectId)).toBe(head);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(elementIn(await readTree(t, p.projectId), p.e1)?.budget).toBe('1000.00');
    // The proposal itself is kept on its branch.
    expect(elementIn(await readTree(t, p.projectId, 'co-CO-1'), p.e1)?.budget).toBe('1500.00');
  });

  it('an EDITOR may create and submit but not approve or reject; a VIEWER may not submit', async () => {
    const p = await seedBase(t, 'CE');
    const draft = await create(p, 'CO-0');
    expectError(await submit(draft.id, 'VIEWER'), 'FORBIDDEN');
    const order = await submitted(p, 'CO-1');
    const before = await rowCounts(t, p.projectId);
    expectError(await approve(order.id, 'EDITOR'), 'FORBIDDEN');
    expectError(await reject(order.id, 'no', 'EDITOR'), 'FORBIDDEN');
    expectError(await approve(order.id, 'VIEWER'), 'FORBIDDEN');
    expect(await orderRow(order.id)).toMatchObject({ status: 'SUBMITTED', decidedBy: null });
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(ok(await approve(order.id, 'ADMIN')).approveChangeOrder).toMatchObject({
      status: 'MERGED',
      decidedBy: { id: t.users.ADMIN.id },
    });
  });
});

describe('approving a change order whose branch brings nothing', () => {
  // The merge is UP_TO_DATE: the order is decided and MERGED like any approved order (its
  // branch too), and main gets no commit, not even an empty MERGE commit.
  async function approveWritesNothing(p: BaseProject, orderId: string, branch: string) {
    const head = await headOf(t, p.projectId);
    const before = await rowCounts(t, p.projectId);
    const tree = await readTree(t, p.projectId);
    const approved = ok(await approve(orderId)).approveChangeOrder;
    expect(approved).toMatchObject({
      status: 'MERGED',
      decidedBy: { id: t.users.MANAGER.id },
      branch: { name: branch, status: 'MERGED' },
    });
    expect(await headOf(t, p.projectId)).toBe(head);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(await readTree(t, p.projectId)).toEqual(tree);
    expect(await branchStatus(t, p.projectId, branch)).toBe('MERGED');
    const row = await t.sql.one<{ merge_commit_id: string | null }>(
      'SELECT merge_commit_id FROM change_order WHERE id = $1',
      [orderId],
    );
    expect(row?.merge_commit_id).toBeNull();
  }

  it('an order whose branch has only its BRANCH commit, while main moved on', async () => {
    const p = await seedBase(t, 'CN');
    const order = await create(p, 'CO-1');
    ok(await submit(order.id));
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { name: 'Concrete works' } });
    expect((await orderRow(order.id))?.diff.changes).toEqual([]);
    await approveWritesNothing(p, order.id, 'co-CO-1');
  });

  it('an order whose branch changed a value and changed it back', async () => {
    const p = await seedBase(t, 'CB');
    const order = await create(p, 'CO-1');
    for (const budget of ['1500.00', '1000.00'])
      await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget }, branch: 'co-CO-1' }, token('EDITOR'));
    ok(await submit(order.id));
    await approveWritesNothing(p, order.id, 'co-CO-1');
  });

  it('an order whose branch main already contains', async () => {
    const p = await seedBase(t, 'CK');
    const order = await submitted(p, 'CO-1');
    const merged = ok(
      await t.request(
        CcMergeBranchDocument,
        { projectId: p.projectId, source: 'co-CO-1', target: 'main' },
        { token: token('MANAGER') },
      ),
    );
    expect(merged.mergeBranch.status).toBe('MERGED');
    await approveWritesNothing(p, order.id, 'co-CO-1');
    expect(elementIn(await readTree(t, p.projectId), p.e1)?.budget).toBe('1500.00');
  });
});

describe('status transitions outside DRAFT -> SUBMITTED -> MERGED | REJECTED', () => {
  it('are BAD_USER_INPUT and change nothing', async () => {
    const p = await seedBase(t, 'CT');
    const draft = await create(p, 'CO-D');
    const twice = await submitted(p, 'CO-S');
    const merged = await submitted(p, 'CO-M');
    ok(await approve(merged.id));
    const rejected = await submitted(p, 'CO-R');
    ok(await reject(rejected.id, 'not now'));

    const attempts: [string, () => Promise<{ errors?: unknown }>, string, ChangeOrderStatus][] = [
      ['approve a DRAFT', () => approve(draft.id), draft.id, 'DRAFT'],
      ['reject a DRAFT', () => reject(draft.id, 'why'), draft.id, 'DRAFT'],
      ['submit twice', () => submit(twice.id), twice.id, 'SUBMITTED'],
      ['submit a MERGED', () => submit(merged.id), merged.id, 'MERGED'],
      ['approve a MERGED', () => approve(merged.id), merged.id, 'MERGED'],
      ['reject a MERGED', () => reject(merged.id, 'too late'), merged.id, 'MERGED'],
      ['approve a REJECTED', () => approve(rejected.id), rejected.id, 'REJECTED'],
      ['reject a REJECTED', () => reject(rejected.id, 'again'), rejected.id, 'REJECTED'],
      ['submit a REJECTED', () => submit(rejected.id), rejected.id, 'REJECTED'],
    ];
    const before = await rowCounts(t, p.projectId);
    for (const [name, attempt, id, status] of attempts) {
      const result = (await attempt()) as Parameters<typeof expectError>[0];
      expect(result.errors?.[0]?.extensions?.code, name).toBe('BAD_USER_INPUT');
      expect((await orderRow(id))?.status, name).toBe(status);
    }
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expectError(await submit('00000000-0000-7000-8000-000000000000'), 'NOT_FOUND');
  });
});

describe('listing change orders', () => {
  it('changeOrders(projectId, status) filters by status and by project', async () => {
    const p = await seedBase(t, 'CL');
    const other = await seedBase(t, 'CM');
    const draft = await create(p, 'CO-1');
    const sub = await submitted(p, 'CO-2');
    const merged = await submitted(p, 'CO-3');
    ok(await approve(merged.id));
    const rejected = await submitted(p, 'CO-4');
    ok(await reject(rejected.id, 'duplicate'));
    await create(other, 'CO-1');
    const list = async (status?: ChangeOrderStatus) =>
      (await t.run(CcChangeOrdersDocument, { projectId: p.projectId, status })).changeOrders.map((o) => o.id).sort();
    expect(await list()).toEqual([draft.id, sub.id, merged.id, rejected.id].sort());
    expect(await list('DRAFT')).toEqual([draft.id]);
    expect(await list('SUBMITTED')).toEqual([sub.id]);
    expect(await list('MERGED')).toEqual([merged.id]);
    expect(await list('REJECTED')).toEqual([rejected.id]);
  });
});
