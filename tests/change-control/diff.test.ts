/**
 * diff: TWO_DOT (the states at two points) against THREE_DOT (`to` against the merge base
 * of the two), per entity ADDED / MODIFIED / REMOVED in API form, refs by branch, moment
 * and commit, the reported merge base, and the EVM impact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcCommitsDocument,
  CcCreateWbeDocument,
  CcDeleteCostElementDocument,
  CcDiffDocument,
  CcDiffWithImpactDocument,
  CcMergeBranchDocument,
  CcRecordProgressDocument,
  CcRegisterCostDocument,
  CcUpdateCostElementDocument,
  type CcDiffQueryVariables,
  type DiffMode,
  type RefInput,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import {
  E1_STATE,
  E2_STATE,
  changeOf,
  createBranch,
  createElement,
  expectError,
  fieldMap,
  headOf,
  ok,
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

async function diff(projectId: string, from: RefInput, to: RefInput, mode: DiffMode) {
  return ok(await t.request(CcDiffDocument, { projectId, from, to, mode } satisfies CcDiffQueryVariables)).diff;
}

async function impact(projectId: string, from: RefInput, to: RefInput, mode: DiffMode = 'THREE_DOT') {
  return ok(await t.request(CcDiffWithImpactDocument, { projectId, from, to, mode })).diff.evmImpact;
}

async function commitTimes(projectId: string, branch = 'main'): Promise<Map<string, string>> {
  const log = await t.run(CcCommitsDocument, { projectId, branch, first: 100 });
  return new Map(log.commits.edges.map((e) => [e.node.id, e.node.committedAt]));
}

/**
 * Both sides moved since the fork: feature raises E1's budget, adds N (CE-9, under W2) and
 * adds and removes a temporary element; main renames E1, adds M (CE-3) and deletes E2.
 */
async function divergent(): Promise<BaseProject & { fork: string; n: string; m: string }> {
  const p = await seedBase(t, 'DF');
  const { forkedFrom } = await createBranch(t, p.projectId, 'feature');
  await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500' }, branch: 'feature' });
  const n = await createElement(
    t,
    {
      wbeId: p.w2,
      code: 'CE-9',
      name: 'Formwork',
      costType: 'SUBCONTRACT',
      budget: '90.5',
      plannedStart: '2026-03-01',
      plannedEnd: '2026-03-31',
    },
    'feature',
  );
  const temp = await createElement(
    t,
    {
      wbeId: p.w1,
      code: 'CE-T',
      name: 'Temporary',
      costType: 'OTHER',
      budget: '1.00',
      plannedStart: '2026-03-01',
      plannedEnd: '2026-03-02',
    },
    'feature',
  );
  await t.run(CcDeleteCostElementDocument, { id: temp, branch: 'feature' });
  await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Digging' }, branch: 'main' });
  const m = await createElement(
    t,
    {
      wbeId: p.w1,
      code: 'CE-3',
      name: 'Steel',
      costType: 'MATERIAL',
      budget: '300.00',
      plannedStart: '2026-05-01',
      plannedEnd: '2026-05-31',
    },
    'main',
  );
  await t.run(CcDeleteCostElementDocument, { id: p.e2, branch: 'main' });
  return { ...p, fork: forkedFrom, n, m };
}

const ALL_N_FIELDS = (p: BaseProject) => ({
  wbeId: [null, p.w2],
  code: [null, 'CE-9'],
  name: [null, 'Formwork'],
  costType: [null, 'SUBCONTRACT'],
  budget: [null, '90.50'],
  plannedStart: [null, '2026-03-01'],
  plannedEnd: [null, '2026-03-31'],
});

describe('TWO_DOT and THREE_DOT', () => {
  it('THREE_DOT shows what `to` changed since the merge base, and reports that base', async () => {
    const p = await divergent();
    const d = await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'THREE_DOT');
    expect(d.mode).toBe('THREE_DOT');
    expect(d.mergeBase).toMatchObject({ id: p.fork, branch: 'main' });
    expect(d.from).toMatchObject({ branch: 'main', asOf: null, commit: { id: await headOf(t, p.projectId, 'main') } });
    expect(d.to).toMatchObject({
      branch: 'feature',
      asOf: null,
      commit: { id: await headOf(t, p.projectId, 'feature') },
    });
    // main's rename of E1, its new M and its removal of E2 are not part of it; nor is CE-T.
    expect(summary(d.changes)).toEqual([`MODIFIED CostElement ${p.e1}`, `ADDED CostElement ${p.n}`].sort());
    expect(changeOf(d.changes, p.e1)?.fields).toEqual([{ field: 'budget', before: '1000.00', after: '1500.00' }]);
    expect(fieldMap(changeOf(d.changes, p.n))).toEqual(ALL_N_FIELDS(p));
  });

  it('THREE_DOT the other way round shows what main changed since the same base', async () => {
    const p = await divergent();
    const d = await diff(p.projectId, { branch: 'feature' }, { branch: 'main' }, 'THREE_DOT');
    expect(d.mergeBase?.id).toBe(p.fork);
    expect(summary(d.changes)).toEqual(
      [`MODIFIED CostElement ${p.e1}`, `ADDED CostElement ${p.m}`, `REMOVED CostElement ${p.e2}`].sort(),
    );
    expect(fieldMap(changeOf(d.changes, p.e1))).toEqual({ name: ['Excavation', 'Digging'] });
    expect(fieldMap(changeOf(d.changes, p.e2))).toEqual({
      wbeId: [p.w2, null],
      code: [E2_STATE.code, null],
      name: [E2_STATE.name, null],
      costType: [E2_STATE.costType, null],
      budget: [E2_STATE.budget, null],
      plannedStart: [E2_STATE.plannedStart, null],
      plannedEnd: [E2_STATE.plannedEnd, null],
    });
  });

  it('TWO_DOT compares the two states as they are, both sides included', async () => {
    const p = await divergent();
    const d = await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'TWO_DOT');
    expect(d.mode).toBe('TWO_DOT');
    expect(summary(d.changes)).toEqual(
      [
        `MODIFIED CostElement ${p.e1}`,
        `ADDED CostElement ${p.n}`,
        `REMOVED CostElement ${p.m}`,
        `ADDED CostElement ${p.e2}`,
      ].sort(),
    );
    expect(fieldMap(changeOf(d.changes, p.e1))).toEqual({
      name: ['Digging', 'Excavation'],
      budget: ['1000.00', '1500.00'],
    });
    expect(fieldMap(changeOf(d.changes, p.n))).toEqual(ALL_N_FIELDS(p));
    expect(fieldMap(changeOf(d.changes, p.m))).toMatchObject({
      code: ['CE-3', null],
      budget: ['300.00', null],
      wbeId: [p.w1, null],
    });
    expect(Object.keys(fieldMap(changeOf(d.changes, p.m)))).toHaveLength(7);
    expect(fieldMap(changeOf(d.changes, p.e2))).toMatchObject({ code: [null, 'CE-2'], budget: [null, '500.00'] });
  });

  it('TWO_DOT between identical points is empty', async () => {
    const p = await seedBase(t, 'EQ');
    await createBranch(t, p.projectId, 'feature');
    expect((await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'TWO_DOT')).changes).toEqual([]);
    expect((await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'THREE_DOT')).changes).toEqual([]);
  });

  it('the merge base moves once main has been merged into the branch', async () => {
    const p = await divergent();
    const merged = ok(
      await t.request(CcMergeBranchDocument, { projectId: p.projectId, source: 'main', target: 'feature' }),
    ).mergeBranch;
    expect(merged.status).toBe('MERGED');
    const mainHead = await headOf(t, p.projectId, 'main');
    const d = await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'THREE_DOT');
    expect(d.mergeBase?.id).toBe(mainHead);
    expect(summary(d.changes)).toEqual([`MODIFIED CostElement ${p.e1}`, `ADDED CostElement ${p.n}`].sort());
    expect(fieldMap(changeOf(d.changes, p.e1))).toEqual({ budget: ['1000.00', '1500.00'] });
  });
});

describe('what a change lists', () => {
  it('ADDED lists every business field of every type, in API form, with null on the missing side', async () => {
    const p = await seedBase(t, 'AD');
    await createBranch(t, p.projectId, 'feature');
    const wbe = (
      await t.run(CcCreateWbeDocument, {
        projectId: p.projectId,
        input: { code: 'W1.1', name: 'Trench', parentId: p.w1 },
        branch: 'feature',
      })
    ).createWBE.id;
    const cost = (
      await t.run(CcRegisterCostDocument, {
        input: { costElementId: p.e1, amount: '99.9', incurredOn: '2026-02-03', description: 'invoice 7' },
        branch: 'feature',
      })
    ).registerCost.id;
    const progress = (
      await t.run(CcRecordProgressDocument, {
        input: { costElementId: p.e1, percentComplete: 37.5, measuredOn: '2026-02-04' },
        branch: 'feature',
      })
    ).recordProgress.id;
    const d = await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'THREE_DOT');
    expect(summary(d.changes)).toEqual(
      [`ADDED WBE ${wbe}`, `ADDED CostRegistration ${cost}`, `ADDED ProgressEntry ${progress}`].sort(),
    );
    expect(fieldMap(changeOf(d.changes, wbe))).toEqual({
      code: [null, 'W1.1'],
      name: [null, 'Trench'],
      description: [null, null],
      parentId: [null, p.w1],
    });
    expect(fieldMap(changeOf(d.changes, cost))).toEqual({
      costElementId: [null, p.e1],
      amount: [null, '99.90'],
      incurredOn: [null, '2026-02-03'],
      description: [null, 'invoice 7'],
    });
    expect(fieldMap(changeOf(d.changes, progress))).toEqual({
      costElementId: [null, p.e1],
      percentComplete: [null, 37.5],
      measuredOn: [null, '2026-02-04'],
    });
    for (const c of d.changes) {
      expect(c.fields.every((f) => !['version', 'validFrom', 'commit', 'id'].includes(f.field))).toBe(true);
    }
  });

  it('a diff from before the project existed lists the project itself as ADDED', async () => {
    const p = await seedBase(t, 'PR');
    const d = await diff(
      p.projectId,
      { branch: 'main', asOf: '2020-01-01T00:00:00.000Z' },
      { branch: 'main' },
      'TWO_DOT',
    );
    const project = changeOf(d.changes, p.projectId);
    expect(project?.kind).toBe('ADDED');
    expect(fieldMap(project)).toMatchObject({
      name: [null, 'Project PR'],
      description: [null, null],
      currency: [null, 'EUR'],
      status: [null, 'PLANNED'],
      startDate: [null, '2026-01-01'],
      endDate: [null, '2026-12-31'],
    });
    expect(Object.keys(fieldMap(project)).sort()).toEqual([
      'code',
      'currency',
      'description',
      'endDate',
      'name',
      'startDate',
      'status',
    ]);
    expect(summary(d.changes)).toHaveLength(5);
  });

  it('MODIFIED lists only the fields whose values differ', async () => {
    const p = await seedBase(t, 'MO');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, {
      id: p.e1,
      input: { budget: '1000.00', name: 'Excavation' },
      branch: 'feature',
    });
    await t.run(CcUpdateCostElementDocument, {
      id: p.e2,
      input: { plannedEnd: '2026-07-15', costType: 'LABOR', budget: '500' },
      branch: 'feature',
    });
    const d = await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'THREE_DOT');
    // E1 was written again with its own values: same state, so no change at all.
    expect(summary(d.changes)).toEqual([`MODIFIED CostElement ${p.e2}`]);
    expect(fieldMap(changeOf(d.changes, p.e2))).toEqual({
      costType: ['MATERIAL', 'LABOR'],
      plannedEnd: ['2026-06-30', '2026-07-15'],
    });
  });

  it('an entity added and removed again inside the range does not appear', async () => {
    const p = await seedBase(t, 'AR');
    const start = await headOf(t, p.projectId);
    const temp = await createElement(
      t,
      {
        wbeId: p.w1,
        code: 'CE-T',
        name: 'Temporary',
        costType: 'OTHER',
        budget: '1.00',
        plannedStart: '2026-03-01',
        plannedEnd: '2026-03-02',
      },
      'main',
    );
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' }, branch: 'main' });
    const middle = await headOf(t, p.projectId);
    await t.run(CcDeleteCostElementDocument, { id: temp, branch: 'main' });
    const end = await headOf(t, p.projectId);
    const whole = await diff(p.projectId, { commit: start }, { commit: end }, 'TWO_DOT');
    expect(summary(whole.changes)).toEqual([`MODIFIED CostElement ${p.e1}`]);
    // ... while a range that ends before the removal does show it.
    const partial = await diff(p.projectId, { commit: start }, { commit: middle }, 'TWO_DOT');
    expect(summary(partial.changes)).toEqual([`MODIFIED CostElement ${p.e1}`, `ADDED CostElement ${temp}`].sort());
  });
});

describe('refs', () => {
  async function history() {
    const p = await seedBase(t, 'RF');
    const c0 = await headOf(t, p.projectId);
    const c1 = (await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' } })).updateCostElement
      .commit.id;
    const c2 = (await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1200.00' } })).updateCostElement
      .commit.id;
    const c3 = (await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { name: 'Concrete works' } }))
      .updateCostElement.commit.id;
    return { p, c0, c1, c2, c3, times: await commitTimes(p.projectId) };
  }

  it('by commit: the state right after each commit, reported back as the ref', async () => {
    const { p, c1, c3 } = await history();
    const d = await diff(p.projectId, { branch: 'main', commit: c1 }, { branch: 'main', commit: c3 }, 'TWO_DOT');
    expect(d.from.commit?.id).toBe(c1);
    expect(d.to.commit?.id).toBe(c3);
    expect(summary(d.changes)).toEqual([`MODIFIED CostElement ${p.e1}`, `MODIFIED CostElement ${p.e2}`].sort());
    expect(fieldMap(changeOf(d.changes, p.e1))).toEqual({ budget: ['1100.00', '1200.00'] });
    expect(fieldMap(changeOf(d.changes, p.e2))).toEqual({ name: ['Concrete', 'Concrete works'] });
    // Reversed, the same change runs backwards.
    const back = await diff(p.projectId, { commit: c3 }, { commit: c1 }, 'TWO_DOT');
    expect(fieldMap(changeOf(back.changes, p.e1))).toEqual({ budget: ['1200.00', '1100.00'] });
  });

  it('by asOf moment: the commits up to that moment, reported back as the ref', async () => {
    const { p, c0, c1, c2, times } = await history();
    const at1 = times.get(c1) ?? '';
    const at2 = times.get(c2) ?? '';
    const d = await diff(p.projectId, { branch: 'main', asOf: at1 }, { branch: 'main', asOf: at2 }, 'TWO_DOT');
    expect(d.from.asOf).toBe(at1);
    expect(d.to.asOf).toBe(at2);
    expect(d.from.commit?.id).toBe(c1);
    expect(d.to.commit?.id).toBe(c2);
    expect(summary(d.changes)).toEqual([`MODIFIED CostElement ${p.e1}`]);
    expect(fieldMap(changeOf(d.changes, p.e1))).toEqual({ budget: ['1100.00', '1200.00'] });
    // One millisecond before c1 is the state of c0; a moment in the future is the latest state.
    const early = await diff(
      p.projectId,
      { asOf: new Date(new Date(at1).getTime() - 1).toISOString() },
      { branch: 'main' },
      'TWO_DOT',
    );
    expect(early.from.commit?.id).toBe(c0);
    expect(fieldMap(changeOf(early.changes, p.e1))).toEqual({ budget: ['1000.00', '1200.00'] });
    const future = await diff(p.projectId, { branch: 'main' }, { asOf: '2999-01-01T00:00:00.000Z' }, 'TWO_DOT');
    expect(future.changes).toEqual([]);
  });

  it('by branch latest, against a commit of another branch, THREE_DOT', async () => {
    const p = await seedBase(t, 'RB');
    const { forkedFrom } = await createBranch(t, p.projectId, 'feature');
    const first = (
      await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' })
    ).updateCostElement.commit.id;
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '700.00' }, branch: 'feature' });
    const d = await diff(p.projectId, { branch: 'main' }, { branch: 'feature', commit: first }, 'THREE_DOT');
    expect(d.mergeBase?.id).toBe(forkedFrom);
    expect(d.to.commit?.id).toBe(first);
    expect(summary(d.changes)).toEqual([`MODIFIED CostElement ${p.e1}`]);
  });

  it('a ref with both asOf and commit is BAD_USER_INPUT; an unknown branch is NOT_FOUND', async () => {
    const { p, c1, times } = await history();
    const both = { branch: 'main', asOf: times.get(c1), commit: c1 };
    expectError(
      await t.request(CcDiffDocument, { projectId: p.projectId, from: both, to: { branch: 'main' }, mode: 'TWO_DOT' }),
      'BAD_USER_INPUT',
    );
    expectError(
      await t.request(CcDiffDocument, {
        projectId: p.projectId,
        from: { branch: 'main' },
        to: both,
        mode: 'THREE_DOT',
      }),
      'BAD_USER_INPUT',
    );
    expectError(
      await t.request(CcDiffDocument, { projectId: p.projectId, from: { branch: 'main' }, to: { branch: 'nope' } }),
      'NOT_FOUND',
    );
  });
});

describe('EVM impact', () => {
  it('reports BAC before, after and delta, and EAC = BAC / CPI on both sides', async () => {
    const p = await seedBase(t, 'EV');
    // E1: 50 % done for 200.00 spent -> EV 500, AC 200; E2 (500.00) has no actuals. CPI 2.5, EAC 1500 / 2.5.
    await t.run(CcRegisterCostDocument, { input: { costElementId: p.e1, amount: '200.00', incurredOn: '2026-02-01' } });
    await t.run(CcRecordProgressDocument, {
      input: { costElementId: p.e1, percentComplete: 50, measuredOn: '2026-02-01' },
    });
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '1000.00' }, branch: 'feature' });
    expect(await impact(p.projectId, { branch: 'main' }, { branch: 'feature' })).toEqual({
      bacBefore: '1500.00',
      bacAfter: '2000.00',
      bacDelta: '500.00',
      eacBefore: '600.00',
      eacAfter: '800.00',
      eacDelta: '200.00',
    });
    // THREE_DOT takes the merge base as `before`: main's own later changes do not count.
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '3000.00' }, branch: 'main' });
    expect((await impact(p.projectId, { branch: 'main' }, { branch: 'feature' })).bacBefore).toBe('1500.00');
    expect(await impact(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'TWO_DOT')).toMatchObject({
      bacBefore: '3500.00',
      bacAfter: '2000.00',
      bacDelta: '-1500.00',
    });
  });

  it('EAC is null where CPI is undefined (no costs), and so is its delta', async () => {
    const p = await seedBase(t, 'EN');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1250.00' }, branch: 'feature' });
    expect(await impact(p.projectId, { branch: 'main' }, { branch: 'feature' })).toEqual({
      bacBefore: '1500.00',
      bacAfter: '1750.00',
      bacDelta: '250.00',
      eacBefore: null,
      eacAfter: null,
      eacDelta: null,
    });
    // Costs and progress recorded on the branch only: EAC exists after, not before.
    await t.run(CcRegisterCostDocument, {
      input: { costElementId: p.e1, amount: '100.00', incurredOn: '2026-02-01' },
      branch: 'feature',
    });
    await t.run(CcRecordProgressDocument, {
      input: { costElementId: p.e1, percentComplete: 10, measuredOn: '2026-02-01' },
      branch: 'feature',
    });
    // EV 125, AC 100, CPI 1.25, EAC 1750 / 1.25 = 1400.
    expect(await impact(p.projectId, { branch: 'main' }, { branch: 'feature' })).toMatchObject({
      eacBefore: null,
      eacAfter: '1400.00',
      eacDelta: null,
    });
  });
});

describe('unchanged entities are not reported', () => {
  it('a THREE_DOT diff lists exactly the touched entities, whatever else the project holds', async () => {
    const p = await seedBase(t, 'UN');
    await createBranch(t, p.projectId, 'feature');
    const e1 = E1_STATE;
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: `${e1.name} (revised)` }, branch: 'feature' });
    const d = await diff(p.projectId, { branch: 'main' }, { branch: 'feature' }, 'THREE_DOT');
    expect(d.changes).toEqual([
      expect.objectContaining({
        entityType: 'CostElement',
        entityId: p.e1,
        kind: 'MODIFIED',
        fields: [{ field: 'name', before: 'Excavation', after: 'Excavation (revised)' }],
      }),
    ]);
  });
});
