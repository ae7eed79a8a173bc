/**
 * The demo's change orders (src/setup/seed/demo.ts) have coherent review trails: every order
 * starts with its creation, each step starts from the status the previous one reached, the
 * order's current status and times are those of its trail, and a decided order's head is the
 * one decided on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { seedDemo } from '../../src/setup/seed/demo.js';
import { CrDemoChangeOrdersDocument, type CrOrderFragment } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
let orders: CrOrderFragment[];

beforeAll(async () => {
  t = await createTestApp();
  const demo = await seedDemo(
    t.app.db,
    { id: t.users.ADMIN.id, role: 'ADMIN' },
    createLogger({ logLevel: 'silent' }),
    [],
  );
  if (demo === null) throw new Error('demo not seeded');
  // Seeding on PGlite keeps this thread busy for seconds: let the server's overdue keep-alive
  // timers close the idle login sockets before the next request, or it may race one of them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  orders = (await t.run(CrDemoChangeOrdersDocument, { projectId: demo.projectId })).changeOrders;
}, 120_000);

afterAll(async () => {
  await t?.close();
});

const path = (o: CrOrderFragment) => o.transitions.map((s) => s.to).join(' -> ');

describe('the demo change orders', () => {
  it('are one approved, one rejected and one resubmitted after a withdrawal', () => {
    expect(orders.map((o) => [o.code, o.status, path(o)])).toEqual([
      ['CO-001', 'MERGED', 'DRAFT -> SUBMITTED -> MERGED'],
      ['CO-002', 'REJECTED', 'DRAFT -> SUBMITTED -> REJECTED'],
      ['CO-003', 'SUBMITTED', 'DRAFT -> SUBMITTED -> DRAFT -> SUBMITTED'],
    ]);
  });

  it('have trails whose steps chain, in time order, and match the orders', () => {
    for (const o of orders) {
      const steps = o.transitions;
      expect(
        steps.map((s) => s.seq),
        o.code,
      ).toEqual(steps.map((_, i) => i + 1));
      expect(
        steps.map((s) => s.from),
        o.code,
      ).toEqual([null, ...steps.slice(0, -1).map((s) => s.to)]);
      const times = steps.map((s) => Date.parse(s.at));
      expect(
        [...times].sort((a, b) => a - b),
        o.code,
      ).toEqual(times);
      expect(o.createdAt, o.code).toBe(steps[0]?.at);
      expect(
        steps.every((s) => s.head !== null),
        o.code,
      ).toBe(true);
      const last = steps.at(-1);
      if (o.status === 'SUBMITTED') {
        expect(o.submittedAt, o.code).toBe(last?.at);
        expect(o.branch.planFrozen, o.code).toBe(true);
        expect(last?.head?.id, o.code).toBe(o.branch.head.id);
      } else {
        expect(o.decidedAt, o.code).toBe(last?.at);
        expect(o.decidedBy?.id, o.code).toBe(last?.actor.id);
        expect(o.submittedAt, o.code).toBe(steps.at(-2)?.at);
        expect(o.branch.planFrozen, o.code).toBe(false);
      }
    }
    const withdrawn = orders.find((o) => o.code === 'CO-003')?.transitions[2];
    expect(withdrawn?.note).toMatch(/piping/);
    // Resubmitted after another commit: the second submission is of a newer head.
    const [, first, , second] = orders.find((o) => o.code === 'CO-003')?.transitions ?? [];
    expect(second?.head?.id).not.toBe(first?.head?.id);
    expect(orders.find((o) => o.code === 'CO-002')?.decisionReason).toMatch(/energy audit/);
  });
});
