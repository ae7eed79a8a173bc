/**
 * The change-order review (issue 14, docs/decisions/0016), part 1: a submitted order's branch
 * is frozen for plan writes (actuals still land), withdrawal brings it back to DRAFT, and a
 * decision names the head it is about (expectedHead).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcArchiveBranchDocument,
  CcCommitDocument,
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
import { expectFrozen, reviewClient, type Role } from './review-fixtures.js';

let t: TestApp;
let c: ReturnType<typeof reviewClient>;

beforeAll(async () => {
  t = await createTestApp();
  c = reviewClient(t);
});

afterAll(async () => {
  await t?.close();
});

const token = (role: Role) => c.token(role);
const create = (p: BaseProject, code: string, role?: Role) => c.create(p, code, role);
const submit = (id: string, role?: Role) => c.submit(id, role);
const withdraw = (id: string, role?: Role, reason?: string) => c.withdraw(id, role, reason);
const approve = (id: string, expectedHead?: string, message?: string) => c.approve(id, expectedHead, message);
const reject = (id: string, reason: string, expectedHead?: string) => c.reject(id, reason, expectedHead);
const orderOf = (id: string) => c.orderOf(id);
const editE1 = (p: BaseProject, branch: string, budget: string) => c.editE1(p, branch, budget);
const submitted = (p: BaseProject, code: string) => c.submitted(p, code);

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
    // Archived, it could not be approved any more.
    attempts.push([
      'archiveBranch',
      () => t.request(CcArchiveBranchDocument, { projectId: p.projectId, name: branch }, { token: token('MANAGER') }),
    ]);
    const before = await rowCounts(t, p.projectId);
    const head = await headOf(t, p.projectId, branch);
    const tree = await readTree(t, p.projectId, branch);
    for (const [what, attempt] of attempts) expectFrozen(await attempt(), what, branch);
    expect((await orderOf(order.id)).branch).toMatchObject({ status: 'ACTIVE', planFrozen: true });
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
