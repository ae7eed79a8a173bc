/**
 * Helpers of the change-order review tests (review-freeze, review-trail): the order's
 * transitions through the API, as a given role, and a reader of the order with its trail.
 */
import { expect } from 'vitest';
import {
  CcCreateChangeOrderDocument,
  CcUpdateCostElementDocument,
  CrApproveChangeOrderDocument,
  CrChangeOrderDocument,
  CrRejectChangeOrderDocument,
  CrSubmitChangeOrderDocument,
  CrWithdrawChangeOrderDocument,
  type CrOrderFragment,
} from '../graphql/generated/graphql.js';
import type { GraphQLResponse, TestApp } from '../helpers/test-app.js';
import { ok, type BaseProject } from './fixtures.js';

export type Role = 'ADMIN' | 'MANAGER' | 'EDITOR' | 'VIEWER';

export interface OrderRef {
  id: string;
  branch: string;
}

export function reviewClient(t: TestApp) {
  const token = (role: Role) => t.users[role].token;

  async function create(p: BaseProject, code: string, role: Role = 'EDITOR'): Promise<OrderRef> {
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
  async function submitted(p: BaseProject, code: string): Promise<OrderRef> {
    const order = await create(p, code);
    await editE1(p, order.branch, '1500.00');
    ok(await submit(order.id));
    return order;
  }

  return { token, create, submit, withdraw, approve, reject, orderOf, editE1, submitted };
}

export function expectFrozen(result: GraphQLResponse<unknown>, what: string, branch: string): void {
  expect(result.errors?.[0]?.extensions?.['code'], what).toBe('BAD_USER_INPUT');
  expect(result.errors?.[0]?.extensions?.['reason'], what).toBe('CHANGE_ORDER_FROZEN');
  expect(result.errors?.[0]?.extensions?.['branch'], what).toBe(branch);
}
