/**
 * The change-order review (issue 14, docs/decisions/0016): a submitted order's branch is
 * frozen for plan writes (actuals still land), withdrawal brings it back to DRAFT, a decision
 * names the head it is about (expectedHead), and every transition is kept in an append-only
 * trail with the branch head at that moment.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcCommitDocument,
  CcCreateChangeOrderDocument,
  CcCreateCostElementDocument,
  CcCreateWbeDocument,
  CcDeleteCostElementDocument,
  CcDeleteWbeDocument,
  CcMergeBranchDocument,
  CcRecordProgressDocument,
  CcRegisterCostDocument,
  CcRevertCommitDocument,
  CcUpdateCostElementDocument,
  CcUpdateProjectDocument,
  CcUpdateWbeDocument,
  CrApproveChangeOrderDocument,
  CrChangeOrderDocument,
  CrChangeOrdersDocument,
  CrRejectChangeOrderDocument,
  CrSubmitChangeOrderDocument,
  CrWithdrawChangeOrderDocument,
  type CrChangeOrdersQueryVariables,
  type CrOrderFragment,
} from '../graphql/generated/graphql.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';
import {
  E1_STATE,
  elementIn,
  expectError,
  headOf,
  ok,
  readTree,
  rowCounts,
  seedBase,
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

async function create(p: BaseProject, code: string, role: Role = 'EDITOR'): Promise<{ id: string; branch: string }> {
  const order = ok(
    await t.request(
      CcCreateChangeOrderDocument,
      { input: { projectId: p.projectId, code, title: `Change ${code}` } },
      { token: token(role) },
    ),
  ).createChangeOrder;
  return { id: order.id, branch: order.branch.name };
}

const submit = (id: string, role: Role = 'EDITOR') =>
  t.request(CrSubmitChangeOrderDocument, { id }, { token: token(role) });
const withdraw = (id: string, role: Role = 'EDITOR', reason?: string) =>
  t.request(CrWithdrawChangeOrderDocument, { id, reason }, { token: token(role) });
const approve = (id: string, expectedHead?: string, message?: string) =>
  t.request(CrApproveChangeOrderDocument, { id, expectedHead, message }, { token: token('MANAGER') });
const reject = (id: string, reason: string, expectedHead?: string) =>
  t.request(CrRejectChangeOrderDocument, { id, reason, expectedHead }, { token: token('MANAGER') });

async function orderOf(id: string): Promise<CrOrderFragment> {
  const order = ok(await t.request(CrChangeOrderDocument, { id })).changeOrder;
  if (order === null || order === undefined) throw new Error(`no change order ${id}`);
  return order;
}

const editE1 = (p: BaseProject, branch: string, budget: string) =>
  t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget }, branch }, token('EDITOR'));

/** A submitted order whose branch raises E1's budget to 1500.00. */
async function submitted(p: BaseProject, code: string): Promise<{ id: string; branch: string }> {
  const order = await create(p, code);
  await editE1(p, order.branch, '1500.00');
  ok(await submit(order.id));
  return order;
}

function expectFrozen(result: GraphQLResponse<unknown>, what: string, branch: string): void {
  expect(result.errors?.[0]?.extensions?.['code'], what).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.['reason'], what).toBe('CHANGE_ORDER_FROZEN');
  expect(result.errors?.[0]?.extensions?.['branch'], what).toBe(branch);
}

describe('a submitted change order freezes its branch', () => {
  it('refuses every plan write, merge into it and revert on it with CHANGE_ORDER_FROZEN, writing nothing', async () => {
    const p = await seedBase(t, 'RF');
    const order = await create(p, 'CO-1');
    const edit = await t.run(
      CcUpdateCostElementDocument,
      { id: p.e1, input: { budget: '1500.00' }, branch: order.branch },
      token('EDITOR'),
    );
    ok(await submit(order.id));
    expect((await orderOf(order.id)).branch.planFrozen).toBe(true);
    const branch = order.branch;
    const editor = { token: token('EDITOR') };
    const attempts: [string, () => Promise<GraphQLResponse<unknown>>][] = [
      [
        'updateProject',
        () => t.request(CcUpdateProjectDocument, { id: p.projectId, input: { name: 'X' }, branch }, editor),
      ],
      [
        'createWBE',
        () =>
          t.request(
            CcCreateWbeDocument,
            { projectId: p.projectId, input: { code: 'W9', name: 'New' }, branch },
            editor,
          ),
      ],
      ['updateWBE', () => t.request(CcUpdateWbeDocument, { id: p.w1, input: { name: 'Yard' }, branch }, editor)],
      ['deleteWBE', () => t.request(CcDeleteWbeDocument, { id: p.w2, branch }, editor)],
      [
        'createCostElement',
        () =>
          t.request(CcCreateCostElementDocument, { input: { ...E1_STATE, wbeId: p.w1, code: 'CE-9' }, branch }, editor),
      ],
      [
        'updateCostElement',
        () => t.request(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '1.00' }, branch }, editor),
      ],
      ['deleteCostElement', () => t.request(CcDeleteCostElementDocument, { id: p.e2, branch }, editor)],
      [
        'mergeBranch into it',
        () => t.request(CcMergeBranchDocument, { projectId: p.projectId, source: 'main', target: branch }, editor),
      ],
      [
        'revertCommit on it',
        () =>
          t.request(
            CcRevertCommitDocument,
            { projectId: p.projectId, commitId: edit.updateCostElement.commit.id, branch },
            editor,
          ),
      ],
    ];
    // A manager is refused too: the freeze is about the review, not about roles.
    attempts.push([
      'updateCostElement as MANAGER',
      () =>
        t.request(
          CcUpdateCostElementDocument,
          { id: p.e2, input: { budget: '2.00' }, branch },
          { token: token('MANAGER') },
        ),
    ]);
    const before = await rowCounts(t, p.projectId);
    const head = await headOf(t, p.projectId, branch);
    const tree = await readTree(t, p.projectId, branch);
    for (const [what, attempt] of attempts) expectFrozen(await attempt(), what, branch);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(await headOf(t, p.projectId, branch)).toBe(head);
    expect(await readTree(t, p.projectId, branch)).toEqual(tree);

    // A dry run writes nothing, so a reviewer may still see what bringing it up to date would do.
    const dry = ok(
      await t.request(
        CcMergeBranchDocument,
        { projectId: p.projectId, source: 'main', target: branch, dryRun: true },
        editor,
      ),
    );
    expect(dry.mergeBranch.commit).toBeNull();
    // main and other branches are not affected.
    ok(
      await t.request(
        CcUpdateCostElementDocument,
        { id: p.e2, input: { name: 'Concrete works' } },
        { token: token('MANAGER') },
      ),
    );
  });

  it('still records costs and progress on it (actuals are facts), and they move the head under review', async () => {
    const p = await seedBase(t, 'RA');
    const order = await submitted(p, 'CO-1');
    const reviewed = await headOf(t, p.projectId, order.branch);
    const cost = ok(
      await t.request(
        CcRegisterCostDocument,
        { input: { costElementId: p.e1, amount: '120.50', incurredOn: '2026-02-10' }, branch: order.branch },
        { token: token('EDITOR') },
      ),
    ).registerCost;
    const progress = ok(
      await t.request(
        CcRecordProgressDocument,
        { input: { costElementId: p.e1, percentComplete: 30, measuredOn: '2026-02-10' }, branch: order.branch },
        { token: token('EDITOR') },
      ),
    ).recordProgress;
    expect(cost.amount).toBe('120.50');
    expect(progress.percentComplete).toBe(30);
    expect(await headOf(t, p.projectId, order.branch)).toBe(progress.commit.id);
    expect(await headOf(t, p.projectId, order.branch)).not.toBe(reviewed);
    expect((await orderOf(order.id)).status).toBe('SUBMITTED');
  });

  it('takes plan writes again once withdrawn, and is frozen again when resubmitted', async () => {
    const p = await seedBase(t, 'RW');
    const order = await submitted(p, 'CO-1');
    const back = ok(await withdraw(order.id, 'EDITOR', 'piping is missing')).withdrawChangeOrder;
    expect(back).toMatchObject({ status: 'DRAFT', submittedAt: null, branch: { planFrozen: false, status: 'ACTIVE' } });
    await editE1(p, order.branch, '1600.00');
    expect(elementIn(await readTree(t, p.projectId, order.branch), p.e1)?.budget).toBe('1600.00');
    ok(await submit(order.id));
    expectFrozen(
      await t.request(
        CcUpdateCostElementDocument,
        { id: p.e1, input: { budget: '1700.00' }, branch: order.branch },
        { token: token('EDITOR') },
      ),
      'after resubmission',
      order.branch,
    );
  });
});

describe('a decision names the head it is about', () => {
  it('approve with a stale expectedHead is CONFLICT: main, the order and its trail are unchanged; with the current head it merges', async () => {
    const p = await seedBase(t, 'RS');
    const order = await submitted(p, 'CO-1');
    const seen = (await orderOf(order.id)).branch.head.id;
    // After the reviewer looked, a cost lands on the branch: what would merge is not what was seen.
    await t.run(
      CcRegisterCostDocument,
      { input: { costElementId: p.e1, amount: '99.00', incurredOn: '2026-02-11' }, branch: order.branch },
      token('EDITOR'),
    );
    const head = await headOf(t, p.projectId, order.branch);
    const mainHead = await headOf(t, p.projectId);
    const before = await rowCounts(t, p.projectId);
    const tree = await readTree(t, p.projectId);
    const trail = (await orderOf(order.id)).transitions;

    const stale = await approve(order.id, seen);
    expectError(stale, 'CONFLICT');
    expect(stale.errors?.[0]?.extensions).toMatchObject({ expectedHead: seen, actualHead: head });
    expect(await headOf(t, p.projectId)).toBe(mainHead);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(await readTree(t, p.projectId)).toEqual(tree);
    expect(await orderOf(order.id)).toMatchObject({
      status: 'SUBMITTED',
      decidedAt: null,
      decidedBy: null,
      branch: { status: 'ACTIVE', planFrozen: true },
      transitions: trail,
    });

    const approved = ok(await approve(order.id, head, 'reviewed with the cost')).approveChangeOrder;
    expect(approved).toMatchObject({ status: 'MERGED', decisionReason: 'reviewed with the cost' });
    expect(approved.transitions.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'MERGED', head: { id: head } });
    const merge = (await t.run(CcCommitDocument, { id: await headOf(t, p.projectId) })).commit;
    expect(merge?.parents.map((c) => c.id)).toEqual([mainHead, head]);
    expect(elementIn(await readTree(t, p.projectId), p.e1)?.budget).toBe('1500.00');
  });

  it('reject with a stale expectedHead is CONFLICT and changes nothing; with the current head it rejects and unfreezes', async () => {
    const p = await seedBase(t, 'RJ');
    const order = await submitted(p, 'CO-1');
    const head = await headOf(t, p.projectId, order.branch);
    const mainHead = await headOf(t, p.projectId);
    const trail = (await orderOf(order.id)).transitions;
    expectError(await reject(order.id, 'no', mainHead), 'CONFLICT');
    expect(await orderOf(order.id)).toMatchObject({
      status: 'SUBMITTED',
      rejectReason: null,
      branch: { planFrozen: true },
      transitions: trail,
    });
    const rejected = ok(await reject(order.id, 'Out of budget', head)).rejectChangeOrder;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      rejectReason: 'Out of budget',
      decisionReason: 'Out of budget',
      decidedBy: { id: t.users.MANAGER.id },
      branch: { planFrozen: false, status: 'ACTIVE' },
    });
    expect(rejected.transitions.at(-1)).toMatchObject({ from: 'SUBMITTED', to: 'REJECTED', note: 'Out of budget' });
    expect(await headOf(t, p.projectId)).toBe(mainHead);
  });
});

describe('a decision that merges nothing', () => {
  it('still refuses an approval message over the commit-message bound, changing nothing', async () => {
    const p = await seedBase(t, 'RM');
    const order = await create(p, 'CO-1');
    ok(await submit(order.id));
    const trail = (await orderOf(order.id)).transitions;
    expect(expectError(await approve(order.id, undefined, 'x'.repeat(10_001)), 'BAD_USER_INPUT')).toMatch(/message/);
    expect(await orderOf(order.id)).toMatchObject({ status: 'SUBMITTED', decisionReason: null, transitions: trail });
  });
});

describe('the review trail', () => {
  it('is complete after draft -> submit -> withdraw -> submit -> approve, with the head at each step', async () => {
    const p = await seedBase(t, 'RT');
    const order = await create(p, 'CO-1');
    const created = await headOf(t, p.projectId, order.branch);
    const first = (await editE1(p, order.branch, '1500.00')).updateCostElement.commit.id;
    ok(await submit(order.id));
    ok(await withdraw(order.id, 'EDITOR', 'add the contingency'));
    const second = (await editE1(p, order.branch, '1550.00')).updateCostElement.commit.id;
    const resubmitted = ok(await submit(order.id)).submitChangeOrder;
    const approved = ok(await approve(order.id, second)).approveChangeOrder;
    const editor = { id: t.users.EDITOR.id };
    expect(approved.transitions.map(({ at: _at, ...step }) => step)).toEqual([
      { seq: 1, from: null, to: 'DRAFT', note: null, actor: editor, head: { id: created } },
      { seq: 2, from: 'DRAFT', to: 'SUBMITTED', note: null, actor: editor, head: { id: first } },
      { seq: 3, from: 'SUBMITTED', to: 'DRAFT', note: 'add the contingency', actor: editor, head: { id: first } },
      { seq: 4, from: 'DRAFT', to: 'SUBMITTED', note: null, actor: editor, head: { id: second } },
      { seq: 5, from: 'SUBMITTED', to: 'MERGED', note: null, actor: { id: t.users.MANAGER.id }, head: { id: second } },
    ]);
    const times = approved.transitions.map((s) => Date.parse(s.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(Date.parse(approved.createdAt)).toBe(times[0]);
    expect(approved.submittedAt).toBe(resubmitted.submittedAt);
    expect(Date.parse(approved.submittedAt ?? '')).toBe(times[3]);
    expect(Date.parse(approved.decidedAt ?? '')).toBe(times[4]);
    expect(approved.decidedBy).toEqual({ id: t.users.MANAGER.id });
    // Reading it again gives the same trail.
    expect((await orderOf(order.id)).transitions).toEqual(approved.transitions);
  });

  it('is append-only: the database refuses to update, delete or truncate its rows', async () => {
    const p = await seedBase(t, 'RO');
    const order = await create(p, 'CO-1');
    for (const statement of [
      `UPDATE change_order_transition SET note = 'edited' WHERE change_order_id = '${order.id}'`,
      `DELETE FROM change_order_transition WHERE change_order_id = '${order.id}'`,
      'TRUNCATE change_order_transition CASCADE',
    ]) {
      await expect(t.sql.query(statement), statement).rejects.toThrow(/history/);
    }
    expect((await orderOf(order.id)).transitions).toHaveLength(1);
  });

  it('does not grow when a transition is refused', async () => {
    const p = await seedBase(t, 'RN');
    const draft = await create(p, 'CO-D');
    const merged = await submitted(p, 'CO-M');
    ok(await approve(merged.id));
    const attempts: [string, string, () => Promise<GraphQLResponse<unknown>>][] = [
      ['withdraw a DRAFT', draft.id, () => withdraw(draft.id)],
      ['withdraw a MERGED', merged.id, () => withdraw(merged.id, 'MANAGER')],
      ['approve a DRAFT', draft.id, () => approve(draft.id)],
    ];
    for (const [what, id, attempt] of attempts) {
      const trail = (await orderOf(id)).transitions;
      expect((await attempt()).errors?.[0]?.extensions?.['code'], what).toBe('BAD_USER_INPUT');
      expect((await orderOf(id)).transitions, what).toEqual(trail);
    }
  });
});

describe('who may withdraw', () => {
  it('its requester or a MANAGER/ADMIN; another EDITOR and a VIEWER are FORBIDDEN and change nothing', async () => {
    const p = await seedBase(t, 'RP');
    const byEditor = await submitted(p, 'CO-E');
    expectError(await withdraw(byEditor.id, 'VIEWER'), 'FORBIDDEN');
    expect(ok(await withdraw(byEditor.id, 'EDITOR')).withdrawChangeOrder.status).toBe('DRAFT');
    ok(await submit(byEditor.id));
    expect(ok(await withdraw(byEditor.id, 'MANAGER')).withdrawChangeOrder.transitions.at(-1)).toMatchObject({
      to: 'DRAFT',
      actor: { id: t.users.MANAGER.id },
    });

    const byManager = await create(p, 'CO-M', 'MANAGER');
    ok(await submit(byManager.id, 'MANAGER'));
    const trail = (await orderOf(byManager.id)).transitions;
    expectError(await withdraw(byManager.id, 'EDITOR'), 'FORBIDDEN');
    expect(await orderOf(byManager.id)).toMatchObject({
      status: 'SUBMITTED',
      branch: { planFrozen: true },
      transitions: trail,
    });
    expect(ok(await withdraw(byManager.id, 'ADMIN')).withdrawChangeOrder.status).toBe('DRAFT');
  });
});

describe('listing change orders by status and date', () => {
  it('filters by created and decided ranges (from inclusive, to exclusive), combined with status', async () => {
    const p = await seedBase(t, 'RL');
    const a = await submitted(p, 'CO-A');
    ok(await approve(a.id));
    const b = await submitted(p, 'CO-B');
    ok(await reject(b.id, 'duplicate'));
    const c = await create(p, 'CO-C');
    const [oa, ob, oc] = [await orderOf(a.id), await orderOf(b.id), await orderOf(c.id)];
    const list = async (variables: Omit<CrChangeOrdersQueryVariables, 'projectId'>) =>
      (await t.run(CrChangeOrdersDocument, { projectId: p.projectId, ...variables })).changeOrders.map((o) => o.code);

    expect(await list({})).toEqual(['CO-A', 'CO-B', 'CO-C']);
    expect(await list({ created: { from: ob.createdAt } })).toEqual(['CO-B', 'CO-C']);
    expect(await list({ created: { to: ob.createdAt } })).toEqual(['CO-A']);
    expect(await list({ created: { from: oa.createdAt, to: oc.createdAt } })).toEqual(['CO-A', 'CO-B']);
    expect(await list({ decided: {} })).toEqual(['CO-A', 'CO-B']);
    expect(await list({ decided: { from: ob.decidedAt } })).toEqual(['CO-B']);
    expect(await list({ decided: { to: ob.decidedAt } })).toEqual(['CO-A']);
    expect(await list({ decided: { from: oa.decidedAt }, status: 'MERGED' })).toEqual(['CO-A']);
    expect(await list({ created: { from: oc.createdAt }, status: 'DRAFT' })).toEqual(['CO-C']);
    expect(await list({ created: { from: oc.createdAt }, status: 'MERGED' })).toEqual([]);

    const backwards = await t.request(CrChangeOrdersDocument, {
      projectId: p.projectId,
      decided: { from: oc.createdAt, to: oa.createdAt },
    });
    expect(expectError(backwards, 'BAD_USER_INPUT')).toMatch(/decided/);
  });
});
