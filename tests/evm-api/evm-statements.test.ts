/**
 * The whole tree with EVM at every level is read in a constant number of SQL statements:
 * a tree of 2 WBEs x 3 elements and one of 20 WBEs x 25 elements cost the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/auth/roles.js';
import { recordProgress, registerCost } from '../../src/domain/actuals/actuals.service.js';
import { createCostElement } from '../../src/domain/cost-element/cost-element.service.js';
import { createProject } from '../../src/domain/project/project.service.js';
import { createWbe } from '../../src/domain/wbs/wbe.service.js';
import { EvmApiWholeTreeDocument } from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { cents, checkedMetrics, money } from './fixtures.js';

interface TreeShape {
  code: string;
  topLevel: number;
  childrenPerTop: number;
  elementsPerWbe: number;
}

describe('EVM over the whole tree in constant SQL statements', () => {
  let t: TestApp;
  let actor: Actor;

  /**
   * Builds through the domain services (no HTTP, for speed). Element k of a WBE has budget
   * (k + 1) x 100.00; the first element of every WBE gets a cost and a progress entry.
   */
  async function buildTree(
    shape: TreeShape,
  ): Promise<{ projectId: string; wbes: number; elements: number; bac: bigint }> {
    const project = await createProject(
      t.sql,
      actor,
      { code: shape.code, name: `Tree ${shape.code}`, startDate: '2025-01-01', endDate: '2025-12-31' },
      null,
    );
    const projectId = project.id;
    const wbeIds: string[] = [];
    for (let top = 0; top < shape.topLevel; top += 1) {
      const parent = await createWbe(t.sql, actor, {
        projectId,
        input: { code: `W${top}`, name: `W${top}` },
        branch: 'main',
        message: null,
      });
      wbeIds.push(parent.id);
      for (let child = 0; child < shape.childrenPerTop; child += 1) {
        const input = { code: `W${top}.${child}`, name: `W${top}.${child}`, parentId: parent.id };
        wbeIds.push((await createWbe(t.sql, actor, { projectId, input, branch: 'main', message: null })).id);
      }
    }
    let bac = 0n;
    for (const [w, wbeId] of wbeIds.entries()) {
      for (let k = 0; k < shape.elementsPerWbe; k += 1) {
        const input = {
          wbeId,
          code: `E${w}.${k}`,
          name: `E${w}.${k}`,
          budget: `${(k + 1) * 100}.00`,
          plannedStart: '2025-01-01',
          plannedEnd: '2025-01-10',
        };
        bac += BigInt((k + 1) * 100 * 100);
        const element = await createCostElement(t.sql, actor, { input, branch: 'main', message: null });
        if (k === 0) {
          const actual = { costElementId: element.id };
          await registerCost(t.sql, actor, {
            input: { ...actual, amount: '10.00', incurredOn: '2025-01-02' },
            branch: 'main',
            message: null,
          });
          await recordProgress(t.sql, actor, {
            input: { ...actual, percentComplete: 50, measuredOn: '2025-01-03' },
            branch: 'main',
            message: null,
          });
        }
      }
    }
    return { projectId, wbes: wbeIds.length, elements: wbeIds.length * shape.elementsPerWbe, bac };
  }

  let small: Awaited<ReturnType<typeof buildTree>>;
  let big: Awaited<ReturnType<typeof buildTree>>;

  beforeAll(async () => {
    // Counts the statements of executions: no answer may come from the read cache.
    t = await createTestApp({ readCacheBytes: 0 });
    actor = { id: t.users.ADMIN.id, role: 'ADMIN' };
    // 1 top-level WBE with 1 child = 2 WBEs x 3 elements
    small = await buildTree({ code: 'SMALL', topLevel: 1, childrenPerTop: 1, elementsPerWbe: 3 });
    // 4 top-level WBEs with 4 children each = 20 WBEs x 25 elements
    big = await buildTree({ code: 'BIG', topLevel: 4, childrenPerTop: 4, elementsPerWbe: 25 });
  });

  afterAll(async () => {
    await t.close();
  });

  async function readTree(tree: Awaited<ReturnType<typeof buildTree>>, at: string | null): Promise<number> {
    const result = await t.request(EvmApiWholeTreeDocument, { id: tree.projectId, at });
    expect(result.errors).toBeUndefined();
    const project = result.data?.project;
    if (project === null || project === undefined) throw new Error('project not found');
    // The query really read the whole tree with its figures.
    expect(project.allWbes).toHaveLength(tree.wbes);
    const elements = project.allWbes.flatMap((w) => w.costElements);
    expect(elements).toHaveLength(tree.elements);
    checkedMetrics(project.evm);
    for (const wbe of project.allWbes) checkedMetrics(wbe.evm);
    for (const element of elements) checkedMetrics(element.evm);
    expect(project.evm.bac).toBe(money(tree.bac));
    expect(money(elements.reduce((sum, e) => sum + cents(e.evm.bac), 0n))).toBe(project.evm.bac);
    // One cost of 10.00 per WBE, on its first element.
    expect(project.evm.ac).toBe(money(BigInt(tree.wbes) * 1000n));
    return result.statements;
  }

  it('issues the same number of statements for 6 and for 500 cost elements', async () => {
    const smallStatements = await readTree(small, '2025-01-05');
    const bigStatements = await readTree(big, '2025-01-05');
    console.info(`whole-tree EVM query: ${smallStatements} SQL statements for 2x3, ${bigStatements} for 20x25`);
    expect(Number.isInteger(smallStatements)).toBe(true);
    expect(bigStatements).toBe(smallStatements);
  });

  it('also with the control date defaulted to the read point date', async () => {
    const smallStatements = await readTree(small, null);
    expect(await readTree(big, null)).toBe(smallStatements);
  });
});
