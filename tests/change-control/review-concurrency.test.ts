/**
 * The review racing writes on the order's branch (PostgreSQL only: PGlite has a single
 * connection). Submission and commits serialize on the branch row: a plan write either landed
 * before the submission (and is in the submitted head) or is refused as frozen; an approval
 * for the head the reviewer saw either merges exactly that head or is CONFLICT, and nothing
 * lands on the branch after it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CcRegisterCostDocument, CcUpdateCostElementDocument } from '../graphql/generated/graphql.js';
import { testEngine } from '../helpers/database.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { headOf, seedBase } from './fixtures.js';
import { reviewClient } from './review-fixtures.js';

describe.skipIf(testEngine !== 'postgresql')('the review racing writes on its branch', () => {
  let t: TestApp;
  let c: ReturnType<typeof reviewClient>;

  beforeAll(async () => {
    t = await createTestApp();
    c = reviewClient(t);
  });

  afterAll(async () => {
    await t?.close();
  });

  const seqOf = async (commitId: string) =>
    Number((await t.sql.one<{ seq: number }>('SELECT seq FROM project_commit WHERE id = $1', [commitId]))?.seq);

  it.each([1, 2, 3])('a plan write lands before the submission or is refused (round %i)', async (round) => {
    const p = await seedBase(t, `RCS${round}`);
    const order = await c.create(p, 'CO-1');
    const budgets = Array.from({ length: 6 }, (_, i) => `${1100 + i * 10}.00`);
    const [submitted, writes] = await Promise.all([
      c.submit(order.id),
      Promise.all(
        budgets.map((budget) =>
          t.request(
            CcUpdateCostElementDocument,
            { id: p.e1, input: { budget }, branch: order.branch },
            { token: c.token('EDITOR') },
          ),
        ),
      ),
    ]);
    const submission = submitted.data?.submitChangeOrder.transitions.at(-1);
    expect(submission?.to).toBe('SUBMITTED');
    const submittedSeq = await seqOf(submission?.head?.id ?? '');
    expect(submission?.head?.id).toBe(await headOf(t, p.projectId, order.branch));
    for (const write of writes) {
      if (write.errors === undefined) {
        expect(await seqOf(write.data?.updateCostElement.commit.id ?? '')).toBeLessThanOrEqual(submittedSeq);
      } else {
        expect(write.errors[0]?.extensions?.['reason']).toBe('CHANGE_ORDER_FROZEN');
      }
    }
  });

  it.each([1, 2, 3])('an approval merges the head it names or is CONFLICT (round %i)', async (round) => {
    const p = await seedBase(t, `RCA${round}`);
    const order = await c.submitted(p, 'CO-1');
    const seen = await headOf(t, p.projectId, order.branch);
    const [approval, costs] = await Promise.all([
      c.approve(order.id, seen),
      Promise.all(
        Array.from({ length: 4 }, (_, i) =>
          t.request(
            CcRegisterCostDocument,
            { input: { costElementId: p.e1, amount: `${i + 1}.00`, incurredOn: '2026-02-01' }, branch: order.branch },
            { token: c.token('EDITOR') },
          ),
        ),
      ),
    ]);
    const after = await c.orderOf(order.id);
    const branchHead = await headOf(t, p.projectId, order.branch);
    if (approval.errors === undefined) {
      // Merged exactly what was seen; every cost that raced it was refused (the branch is MERGED).
      expect(after.status).toBe('MERGED');
      expect(after.transitions.at(-1)?.head?.id).toBe(seen);
      expect(branchHead).toBe(seen);
      for (const cost of costs) expect(cost.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    } else {
      // A cost landed first: the approval changed nothing and the order is still under review.
      expect(approval.errors[0]?.extensions?.['code']).toBe('CONFLICT');
      expect(after).toMatchObject({ status: 'SUBMITTED', decidedAt: null });
      expect(branchHead).not.toBe(seen);
      expect(costs.some((cost) => cost.errors === undefined)).toBe(true);
    }
  });
});
