/**
 * A diff's impact against a full recomputation on both sides, for changes the delta path and
 * the index-boundary span must get right: several commits on one element, an element moved
 * between WBEs, deletes, the element at the planned span's boundary moved inwards, and a
 * reshaped tree (a WBE moved, one deleted with its subtree, one added). Main moves on after the
 * fork, so the before side (the merge base) is read at its commit. Every WBE whose figures
 * differ in the full recomputation must be reported, with the recomputed figures; the project's
 * BAC/EAC and planned span must equal those of the whole tree. The same answers come from the
 * per-process memo (fewer statements) and with the memo off.
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
import { createWbe, deleteWbe, updateWbe } from '../../src/domain/wbs/wbe.service.js';
import { evmImpact, scheduleImpact, wbeImpacts } from '../../src/graphql/diff-impact.js';
import { impactSumsCache } from '../../src/graphql/impact-sums-cache.js';
import { Loaders } from '../../src/graphql/loaders.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { uniqueCode } from './fixtures.js';

let t: TestApp;
let actor: Actor;
const AT = '2026-03-10';
const TODAY = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  t = await createTestApp({ readCacheBytes: 0 });
  actor = { id: t.users.ADMIN.id, role: 'ADMIN' };
});

afterAll(async () => {
  impactSumsCache.resize(20_000);
  await t?.close();
});

interface Built {
  projectId: string;
  tops: string[];
  children: string[];
  elements: string[];
}

const write = { branch: 'main', message: null };
const edit = (branch: string) => ({ branch, expectedVersion: null, message: null });

/** 3 top-level WBEs with 2 children each, 2 elements per child with a cost and a progress entry. */
async function build(): Promise<Built> {
  const project = await createProject(
    t.sql,
    actor,
    { code: uniqueCode('EXACT'), name: 'Exact', startDate: '2026-01-01', endDate: '2026-12-31' },
    null,
  );
  const b: Built = { projectId: project.id, tops: [], children: [], elements: [] };
  for (let i = 0; i < 3; i += 1) {
    const top = await createWbe(t.sql, actor, {
      projectId: project.id,
      input: { code: `T${i}`, name: `Top ${i}` },
      ...write,
    });
    b.tops.push(top.id);
    for (let c = 0; c < 2; c += 1) {
      const child = await createWbe(t.sql, actor, {
        projectId: project.id,
        input: { code: `T${i}.${c}`, name: `Child ${i}.${c}`, parentId: top.id },
        ...write,
      });
      b.children.push(child.id);
      for (let j = 0; j < 2; j += 1) {
        const n = b.elements.length;
        const element = await createCostElement(t.sql, actor, {
          input: {
            wbeId: child.id,
            code: `CE${n}`,
            name: `Element ${n}`,
            budget: `${100 + 7 * n}.${n % 10}0`,
            plannedStart: `2026-0${1 + (n % 3)}-0${1 + (n % 7)}`,
            plannedEnd: `2026-0${4 + (n % 5)}-1${n % 9}`,
          },
          ...write,
        });
        b.elements.push(element.id);
        await registerCost(t.sql, actor, {
          input: { costElementId: element.id, amount: `${20 + n}.25`, incurredOn: '2026-02-01' },
          ...write,
        });
        await recordProgress(t.sql, actor, {
          input: { costElementId: element.id, percentComplete: 10 + 3.5 * n, measuredOn: '2026-02-15' },
          ...write,
        });
      }
    }
  }
  return b;
}

const at = (list: readonly string[], i: number): string => list[i] ?? '';

async function impactOf(b: Built, branch: string) {
  const sql = t.sql.fork();
  const record = await diffProject(sql, {
    projectId: b.projectId,
    from: { branch: 'main', asOf: null, commitId: null },
    to: { branch, asOf: null, commitId: null },
    mode: 'THREE_DOT',
  });
  const loaders = new Loaders(sql);
  const start = sql.counter.count;
  const [wbes, schedule, project] = await Promise.all([
    wbeImpacts(loaders, record, AT),
    scheduleImpact(loaders, record),
    evmImpact(loaders, record),
  ]);
  const mergeBase = record.mergeBase?.commitId;
  if (mergeBase === undefined) throw new Error('a THREE_DOT diff has a merge base');
  return { wbes, schedule, project, mergeBase, statements: sql.counter.count - start };
}

interface Tree {
  project: { evm: { bac: string; eac: string | null } };
  figures: Map<string, [string, string, string | null]>;
  start: string | null;
  end: string | null;
}

/** Everything evm(at:) says over the whole tree at a point, and the span of its elements. */
async function recompute(projectId: string, where: { branch: string } | { commit: string }): Promise<Tree> {
  type Data = {
    project: {
      evm: { bac: string; eac: string | null };
      allWbes: {
        id: string;
        evm: { bac: string; pv: string; eac: string | null };
        costElements: { plannedStart: string; plannedEnd: string }[];
      }[];
    };
  };
  const arg = 'branch' in where ? 'branch: $where' : 'commit: $where';
  const type = 'branch' in where ? 'String!' : 'UUID!';
  const data = await t.run<Data, unknown>(
    `query($id: UUID!, $where: ${type}, $at: Date, $today: Date) { project(id: $id, ${arg}) {
      evm(at: $today) { bac eac }
      allWbes { id evm(at: $at) { bac pv eac } costElements { plannedStart plannedEnd } } } }`,
    { id: projectId, where: 'branch' in where ? where.branch : where.commit, at: AT, today: TODAY },
  );
  const dates = data.project.allWbes.flatMap((w) => w.costElements);
  const starts = dates.map((d) => d.plannedStart).sort();
  const ends = dates.map((d) => d.plannedEnd).sort();
  return {
    project: data.project,
    figures: new Map(data.project.allWbes.map((w) => [w.id, [w.evm.bac, w.evm.pv, w.evm.eac]])),
    start: starts[0] ?? null,
    end: ends[ends.length - 1] ?? null,
  };
}

const ZERO: [string, string, string | null] = ['0.00', '0.00', null];

/** The impact equals the recomputation: every WBE that differs is reported, with its figures. */
async function expectExact(b: Built, branch: string) {
  const r = await impactOf(b, branch);
  const [before, after] = [
    await recompute(b.projectId, { commit: r.mergeBase }),
    await recompute(b.projectId, { branch }),
  ];
  const differing = new Set(
    [...new Set([...before.figures.keys(), ...after.figures.keys()])].filter(
      (id) => JSON.stringify(before.figures.get(id)) !== JSON.stringify(after.figures.get(id)),
    ),
  );
  expect(differing.size).toBeGreaterThan(0);
  const reported = new Map(r.wbes.map((w) => [w.wbeId, w]));
  for (const id of differing) expect(reported.has(id), `WBE ${id} differs but is not reported`).toBe(true);
  for (const w of r.wbes) {
    const [bb, ab] = [before.figures.get(w.wbeId) ?? ZERO, after.figures.get(w.wbeId) ?? ZERO];
    // A WBE absent on a side has no figures there: BAC and PV 0, EAC as the impact reports it.
    expect([w.bacBefore, w.pvBefore], w.code).toEqual([bb[0], bb[1]]);
    expect([w.bacAfter, w.pvAfter], w.code).toEqual([ab[0], ab[1]]);
    if (before.figures.has(w.wbeId)) expect(w.eacBefore, w.code).toBe(bb[2]);
    if (after.figures.has(w.wbeId)) expect(w.eacAfter, w.code).toBe(ab[2]);
  }
  expect([r.project.bacBefore, r.project.eacBefore]).toEqual([before.project.evm.bac, before.project.evm.eac]);
  expect([r.project.bacAfter, r.project.eacAfter]).toEqual([after.project.evm.bac, after.project.evm.eac]);
  expect([r.schedule.projectStartBefore, r.schedule.projectEndBefore]).toEqual([before.start, before.end]);
  expect([r.schedule.projectStartAfter, r.schedule.projectEndAfter]).toEqual([after.start, after.end]);
  return r;
}

/** Main moves on after the fork (a budget and a span boundary), so the merge base is not main's head. */
async function mainMovesOn(b: Built): Promise<void> {
  await updateCostElement(t.sql, actor, {
    id: at(b.elements, 11),
    input: { budget: '5.55', plannedEnd: '2026-12-30' },
    ...edit('main'),
  });
}

describe('the impact of a diff equals a full recomputation on both sides', () => {
  it('with several commits on one element, a move between WBEs, deletes and the span boundary moved', async () => {
    const b = await build();
    const branch = 'several';
    await createBranch(t.sql, actor, { projectId: b.projectId, name: branch, from: null });
    await mainMovesOn(b);
    await updateCostElement(t.sql, actor, { id: at(b.elements, 0), input: { budget: '300.10' }, ...edit(branch) });
    const first = await expectExact(b, branch);
    // More commits after a first review: the memo must not answer for the new head.
    await updateCostElement(t.sql, actor, {
      id: at(b.elements, 0),
      input: { budget: '310.20', plannedStart: '2026-02-20' },
      ...edit(branch),
    });
    await updateCostElement(t.sql, actor, {
      id: at(b.elements, 2),
      input: { wbeId: at(b.children, 4) },
      ...edit(branch),
    });
    await deleteCostElement(t.sql, actor, { id: at(b.elements, 5), ...edit(branch) });
    await createCostElement(t.sql, actor, {
      input: {
        wbeId: at(b.children, 3),
        code: 'NEW',
        name: 'New',
        budget: '77.70',
        plannedStart: '2026-02-02',
        plannedEnd: '2026-11-30',
      },
      branch,
      message: null,
    });
    await registerCost(t.sql, actor, {
      input: { costElementId: at(b.elements, 2), amount: '9.99', incurredOn: '2026-03-01' },
      branch,
      message: null,
    });
    await recordProgress(t.sql, actor, {
      input: { costElementId: at(b.elements, 3), percentComplete: 71.25, measuredOn: '2026-03-05' },
      branch,
      message: null,
    });
    const second = await expectExact(b, branch);
    expect(second.wbes).not.toEqual(first.wbes);
    // The element that held the earliest planned start (2026-01-01) moved inwards.
    expect(second.schedule.projectStartBefore).toBe('2026-01-01');
    expect(second.schedule.projectStartAfter).not.toBe('2026-01-01');

    // Again from the memo (fewer statements), and with the memo off: the same answer.
    const cached = await impactOf(b, branch);
    expect(cached.statements).toBeLessThan(second.statements);
    impactSumsCache.resize(0);
    try {
      const uncached = await impactOf(b, branch);
      for (const r of [cached, uncached]) {
        expect(r.wbes).toEqual(second.wbes);
        expect(r.project).toEqual(second.project);
        expect(r.schedule).toEqual(second.schedule);
      }
    } finally {
      impactSumsCache.resize(20_000);
    }
  });

  it('with a reshaped tree: a WBE moved, one deleted with its subtree, one added with elements', async () => {
    const b = await build();
    const branch = 'reshape';
    await createBranch(t.sql, actor, { projectId: b.projectId, name: branch, from: null });
    await mainMovesOn(b);
    await updateWbe(t.sql, actor, { id: at(b.children, 1), input: { parentId: at(b.tops, 2) }, ...edit(branch) });
    // Reviewed once reshaped, then more commits: the after side is summed again at its new head.
    await expectExact(b, branch);
    await deleteWbe(t.sql, actor, { id: at(b.tops, 1), ...edit(branch) });
    const added = await createWbe(t.sql, actor, {
      projectId: b.projectId,
      input: { code: 'T9', name: 'Added' },
      branch,
      message: null,
    });
    await createCostElement(t.sql, actor, {
      input: {
        wbeId: added.id,
        code: 'ADD',
        name: 'Added element',
        budget: '12.34',
        plannedStart: '2025-12-01',
        plannedEnd: '2026-02-01',
      },
      branch,
      message: null,
    });
    await updateCostElement(t.sql, actor, { id: at(b.elements, 8), input: { budget: '1.00' }, ...edit(branch) });
    const r = await expectExact(b, branch);
    expect(r.schedule.projectStartAfter).toBe('2025-12-01');
    expect(r.wbes.map((w) => w.code)).toEqual(expect.arrayContaining(['T0', 'T1', 'T2', 'T9']));
  });
});
