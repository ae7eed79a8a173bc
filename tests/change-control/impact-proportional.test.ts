/**
 * A diff's impact (per WBE, on the schedule and on the project's BAC/EAC) reads in proportion
 * to the change: the same 10-entity change on a project and on one ten times bigger (with
 * actuals on every element) takes the same statements AND returns the same number of rows,
 * so nothing of the untouched WBEs, elements or actuals is read. The figures are checked
 * against `evm(at:)`, which reads the whole tree, on both sides.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../src/auth/roles.js';
import { recordProgress, registerCost } from '../../src/domain/actuals/actuals.service.js';
import { createBranch } from '../../src/domain/branch/branch.service.js';
import { diffProject } from '../../src/domain/change-control/change-control.service.js';
import {
  createCostElement,
  deleteCostElement,
  updateCostElement,
} from '../../src/domain/cost-element/cost-element.service.js';
import { createProject } from '../../src/domain/project/project.service.js';
import { createWbe, updateWbe } from '../../src/domain/wbs/wbe.service.js';
import { evmImpact, scheduleImpact, wbeImpacts } from '../../src/graphql/diff-impact.js';
import { Loaders } from '../../src/graphql/loaders.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { uniqueCode } from './fixtures.js';

let t: TestApp;
let actor: Actor;
const AT = '2026-03-01';

beforeAll(async () => {
  t = await createTestApp({ readCacheBytes: 0 });
  actor = { id: t.users.ADMIN.id, role: 'ADMIN' };
});

afterAll(async () => {
  await t?.close();
});

interface Built {
  projectId: string;
  elements: string[];
  tops: string[];
  children: string[];
}

/** `tops` top-level WBEs, each with one child WBE holding 3 elements, each with a cost; progress on the first. */
async function build(tops: number): Promise<Built> {
  const project = await createProject(
    t.sql,
    actor,
    { code: uniqueCode('PROP'), name: 'Proportional', startDate: '2026-01-01', endDate: '2026-12-31' },
    null,
  );
  const built: Built = { projectId: project.id, elements: [], tops: [], children: [] };
  const write = { branch: 'main', message: null };
  for (let i = 0; i < tops; i += 1) {
    const top = await createWbe(t.sql, actor, {
      projectId: project.id,
      input: { code: `T${i}`, name: `Top ${i}` },
      ...write,
    });
    const child = await createWbe(t.sql, actor, {
      projectId: project.id,
      input: { code: `T${i}.1`, name: `Child ${i}`, parentId: top.id },
      ...write,
    });
    built.tops.push(top.id);
    built.children.push(child.id);
    for (let j = 0; j < 3; j += 1) {
      const element = await createCostElement(t.sql, actor, {
        input: {
          wbeId: child.id,
          code: `CE${i}.${j}`,
          name: `Element ${i}.${j}`,
          budget: `${100 + j}.00`,
          plannedStart: '2026-01-01',
          plannedEnd: j === 2 ? '2026-02-15' : '2026-06-30',
        },
        ...write,
      });
      built.elements.push(element.id);
      await registerCost(t.sql, actor, {
        input: { costElementId: element.id, amount: `${10 + j}.50`, incurredOn: '2026-01-15' },
        ...write,
      });
      if (j === 0)
        await recordProgress(t.sql, actor, {
          input: { costElementId: element.id, percentComplete: 33.3, measuredOn: '2026-02-01' },
          ...write,
        });
    }
  }
  return built;
}

/** On branch "change": 4 budgets, 1 planned end, 2 new elements, 1 delete, 1 cost, 1 progress; main moves on elsewhere. */
async function change(b: Built): Promise<void> {
  const at = (list: string[], i: number) => list[i] ?? '';
  const branch = 'change';
  await createBranch(t.sql, actor, { projectId: b.projectId, name: branch, from: null });
  const edit = { branch, expectedVersion: null, message: null };
  for (let i = 0; i < 4; i += 1)
    await updateCostElement(t.sql, actor, { id: at(b.elements, i), input: { budget: `${200 + i}.25` }, ...edit });
  await updateCostElement(t.sql, actor, { id: at(b.elements, 4), input: { plannedEnd: '2026-09-30' }, ...edit });
  for (let i = 0; i < 2; i += 1)
    await createCostElement(t.sql, actor, {
      input: {
        wbeId: at(b.children, 2),
        code: `NEW${i}`,
        name: `New ${i}`,
        budget: '50.00',
        plannedStart: '2026-02-01',
        plannedEnd: '2026-02-28',
      },
      branch,
      message: null,
    });
  await deleteCostElement(t.sql, actor, { id: at(b.elements, 5), ...edit });
  await registerCost(t.sql, actor, {
    input: { costElementId: at(b.elements, 6), amount: '12.00', incurredOn: '2026-02-01' },
    branch,
    message: null,
  });
  await recordProgress(t.sql, actor, {
    input: { costElementId: at(b.elements, 7), percentComplete: 62.5, measuredOn: '2026-02-20' },
    branch,
    message: null,
  });
  await updateCostElement(t.sql, actor, {
    id: at(b.elements, b.elements.length - 1),
    input: { name: 'Moved on' },
    branch: 'main',
    expectedVersion: null,
    message: null,
  });
}

/** The impact read on its own: statements and rows of just wbeImpact, scheduleImpact and evmImpact. */
async function measure(b: Built, branch = 'change') {
  const sql = t.sql.fork();
  const record = await diffProject(sql, {
    projectId: b.projectId,
    from: { branch: 'main', asOf: null, commitId: null },
    to: { branch, asOf: null, commitId: null },
    mode: 'THREE_DOT',
  });
  const loaders = new Loaders(sql);
  const start = { statements: sql.counter.count, rows: sql.counter.rows };
  const [wbes, schedule, project] = await Promise.all([
    wbeImpacts(loaders, record, AT),
    scheduleImpact(loaders, record),
    evmImpact(loaders, record),
  ]);
  return {
    cost: { statements: sql.counter.count - start.statements, rows: sql.counter.rows - start.rows },
    changes: record.changes.length,
    wbes,
    schedule,
    project,
  };
}

const FIGURES = 'bac pv eac';
async function wbeEvm(id: string, branch: string) {
  const data = await t.run<{ wbe: { evm: { bac: string; pv: string; eac: string | null } } | null }, unknown>(
    `query($id: UUID!, $branch: String!, $at: Date) { wbe(id: $id, branch: $branch) { evm(at: $at) { ${FIGURES} } } }`,
    { id, branch, at: AT },
  );
  return data.wbe?.evm ?? null;
}
async function projectEvm(id: string, branch: string) {
  const data = await t.run<{ project: { evm: { bac: string; eac: string | null } } }, unknown>(
    `query($id: UUID!, $branch: String!) { project(id: $id, branch: $branch) { evm { bac eac } } }`,
    { id, branch },
  );
  return data.project.evm;
}

describe('the impact of a diff reads in proportion to the change', () => {
  it('takes the same statements and rows on a 10x bigger project, with figures equal to evm(at:)', async () => {
    const small = await build(3);
    const big = await build(30);
    expect(big.elements.length).toBe(10 * small.elements.length);
    await change(small);
    await change(big);
    const [s, l] = [await measure(small), await measure(big)];
    console.info(`impact read cost: small ${JSON.stringify(s.cost)}, big ${JSON.stringify(l.cost)}`);
    expect(l.changes).toBe(s.changes);
    expect(l.cost).toEqual(s.cost);
    // Fewer rows than the big project has live WBEs, elements and actuals (60 + 90 + 120),
    // each of which a side's tree read returned before: nothing untouched is read.
    expect(s.cost.rows).toBeLessThan(3 * big.children.length + 2 * big.elements.length);
    // Same shape of answer on both sizes (the same change reaches the same WBEs).
    const shape = (r: typeof s) => r.wbes.map((w) => [w.path.join('/'), w.code, w.bacDelta, w.pvDelta, w.eacDelta]);
    expect(shape(l)).toEqual(shape(s));
    expect(l.project.bacDelta).toBe(s.project.bacDelta);
    expect(l.schedule.projectEndAfter).toBe('2026-09-30');

    // Exact: every figure is what evm(at:) reads over the whole tree on each side (main moved
    // on only with a rename, so main's head has the merge base's figures).
    for (const b of [small, big]) {
      const r = b === small ? s : l;
      expect(r.wbes.length).toBeGreaterThan(0);
      for (const w of r.wbes) {
        const [before, after] = [await wbeEvm(w.wbeId, 'main'), await wbeEvm(w.wbeId, 'change')];
        expect([w.bacBefore, w.pvBefore, w.eacBefore], w.code).toEqual([before?.bac, before?.pv, before?.eac]);
        expect([w.bacAfter, w.pvAfter, w.eacAfter], w.code).toEqual([after?.bac, after?.pv, after?.eac]);
      }
      const [before, after] = [await projectEvm(b.projectId, 'main'), await projectEvm(b.projectId, 'change')];
      expect([r.project.bacBefore, r.project.eacBefore]).toEqual([before.bac, before.eac]);
      expect([r.project.bacAfter, r.project.eacAfter]).toEqual([after.bac, after.eac]);
    }
  });

  it('sums both sides when the change moves a WBE (its untouched elements move with it), equal to evm(at:)', async () => {
    const b = await build(3);
    const branch = 'reshape';
    await createBranch(t.sql, actor, { projectId: b.projectId, name: branch, from: null });
    await updateWbe(t.sql, actor, {
      id: b.children[1] ?? '',
      input: { parentId: b.tops[0] ?? null },
      branch,
      expectedVersion: null,
      message: null,
    });
    await updateCostElement(t.sql, actor, {
      id: b.elements[0] ?? '',
      input: { budget: '999.99' },
      branch,
      expectedVersion: null,
      message: null,
    });
    const r = await measure(b, branch);
    expect(r.wbes.map((w) => w.code).sort()).toEqual(['T0', 'T0.1', 'T1']);
    for (const w of r.wbes) {
      const [before, after] = [await wbeEvm(w.wbeId, 'main'), await wbeEvm(w.wbeId, branch)];
      expect([w.bacBefore, w.pvBefore, w.eacBefore], w.code).toEqual([before?.bac, before?.pv, before?.eac]);
      expect([w.bacAfter, w.pvAfter, w.eacAfter], w.code).toEqual([after?.bac, after?.pv, after?.eac]);
    }
    const [before, after] = [await projectEvm(b.projectId, 'main'), await projectEvm(b.projectId, branch)];
    expect([r.project.bacBefore, r.project.bacAfter, r.project.eacAfter]).toEqual([before.bac, after.bac, after.eac]);
  });
});
