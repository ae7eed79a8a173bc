/**
 * The change-order review (issue 14, docs/decisions/0016), part 2: every transition is kept in
 * an append-only trail with the branch head at that moment; who may withdraw; listing orders
 * by status and by date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CrChangeOrdersDocument, type CrChangeOrdersQueryVariables } from '../graphql/generated/graphql.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';
import { expectError, headOf, ok, seedBase, type BaseProject } from './fixtures.js';
import { reviewClient, type Role } from './review-fixtures.js';

let t: TestApp;
let c: ReturnType<typeof reviewClient>;

beforeAll(async () => {
  t = await createTestApp();
  c = reviewClient(t);
});

afterAll(async () => {
  await t?.close();
});

const create = (p: BaseProject, code: string, role?: Role) => c.create(p, code, role);
const submit = (id: string, role?: Role) => c.submit(id, role);
const withdraw = (id: string, role?: Role, reason?: string) => c.withdraw(id, role, reason);
const approve = (id: string, expectedHead?: string, message?: string) => c.approve(id, expectedHead, message);
const reject = (id: string, reason: string, expectedHead?: string) => c.reject(id, reason, expectedHead);
const orderOf = (id: string) => c.orderOf(id);
const editE1 = (p: BaseProject, branch: string, budget: string) => c.editE1(p, branch, budget);
const submitted = (p: BaseProject, code: string) => c.submitted(p, code);

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
