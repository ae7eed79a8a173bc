/**
 * mergeBranch: three-way, field-level merges against the merge base (table-driven, in the
 * style of Dolt's three_way_differ_test), strategies and resolutions, dry runs, the MERGE
 * commit, bringing a branch up to date, permissions, archived branches, and atomicity.
 *
 * In the tables "ours" is the target (main) and "theirs" the source branch ("feature");
 * both sides start from the same base project (see fixtures.seedBase).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CcArchiveBranchDocument,
  CcCommitsDocument,
  CcCostElementDocument,
  CcCreateWbeDocument,
  CcDeleteCostElementDocument,
  CcDeleteWbeDocument,
  CcMergeBranchDocument,
  CcRegisterCostDocument,
  CcUpdateCostElementDocument,
  CcUpdateProjectDocument,
  CcUpdateWbeDocument,
  type CcMergeBranchMutation,
  type CcMergeBranchMutationVariables,
  type CostElementUpdateInput,
  type MergeStrategy,
} from '../graphql/generated/graphql.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import {
  E1_STATE,
  branchStatus,
  changeOf,
  createBranch,
  createElement,
  elementIn,
  expectError,
  fieldMap,
  headOf,
  ok,
  readTree,
  rowCounts,
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

type MergeResult = CcMergeBranchMutation['mergeBranch'];

function merge(vars: Omit<CcMergeBranchMutationVariables, 'projectId'> & { projectId: string }, token?: string) {
  return t.request(CcMergeBranchDocument, vars, token === undefined ? {} : { token });
}

async function mergeOk(
  vars: Omit<CcMergeBranchMutationVariables, 'projectId'> & { projectId: string },
  token?: string,
): Promise<MergeResult> {
  return ok(await merge(vars, token)).mergeBranch;
}

/** Helpers that write on one side of a case; `ids` collects the ids a case creates. */
interface Side {
  p: BaseProject;
  ids: Record<string, string>;
  branch: string;
}

const updateElement = (s: Side, id: string, input: CostElementUpdateInput) =>
  t.run(CcUpdateCostElementDocument, { id, input, branch: s.branch });
const deleteElement = (s: Side, id: string) => t.run(CcDeleteCostElementDocument, { id, branch: s.branch });
const addElement = async (s: Side, key: string, code: string, wbeId = s.p.w1, budget = '250.00') => {
  s.ids[key] = await createElement(
    t,
    {
      wbeId,
      code,
      name: `Element ${code}`,
      costType: 'EQUIPMENT',
      budget,
      plannedStart: '2026-04-01',
      plannedEnd: '2026-04-30',
    },
    s.branch,
  );
};

interface ExpectedConflict {
  entity: (s: Side) => string;
  entityType: string;
  field: string;
  base: unknown;
  ours: unknown;
  theirs: unknown;
}

interface MergeCase {
  name: string;
  ours?: (s: Side) => Promise<unknown>;
  theirs?: (s: Side) => Promise<unknown>;
  /** Expected conflicts under FAIL_ON_CONFLICT (none: the merge succeeds). */
  conflicts?: ExpectedConflict[] | ((s: Side) => ExpectedConflict[]);
  /** Checks of main after a successful merge. */
  merged?: (s: Side, tree: NonNullable<Awaited<ReturnType<typeof readTree>>>, result: MergeResult) => void;
}

const wholeE1 = (s: Side, changes: Partial<Record<string, string>> = {}) => ({
  wbeId: s.p.w1,
  ...E1_STATE,
  ...changes,
});

const cases: MergeCase[] = [
  {
    name: 'theirs modifies a field: main takes their value',
    theirs: (s) => updateElement(s, s.p.e1, { budget: '1500' }),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.p.e1)).toMatchObject({ ...E1_STATE, budget: '1500.00', wbeId: s.p.w1 });
      expect(fieldMap(changeOf(result.changes, s.p.e1))).toEqual({ budget: ['1000.00', '1500.00'] });
    },
  },
  {
    name: 'ours modifies a field, theirs another entity: both survive',
    ours: (s) => updateElement(s, s.p.e1, { name: 'Digging' }),
    theirs: (s) => updateElement(s, s.p.e2, { budget: '600.00' }),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.p.e1)).toMatchObject({ name: 'Digging', budget: '1000.00' });
      expect(elementIn(tree, s.p.e2)).toMatchObject({ name: 'Concrete', budget: '600.00' });
      expect(summary(result.changes)).toEqual([`MODIFIED CostElement ${s.p.e2}`]);
    },
  },
  {
    name: 'both modify different fields of one entity: no conflict, both values',
    ours: (s) => updateElement(s, s.p.e1, { name: 'Digging' }),
    theirs: (s) => updateElement(s, s.p.e1, { budget: '1500.00', plannedEnd: '2026-04-15' }),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.p.e1)).toMatchObject({
        name: 'Digging',
        budget: '1500.00',
        plannedEnd: '2026-04-15',
        plannedStart: '2026-01-01',
      });
      expect(fieldMap(changeOf(result.changes, s.p.e1))).toEqual({
        budget: ['1000.00', '1500.00'],
        plannedEnd: ['2026-03-31', '2026-04-15'],
      });
    },
  },
  {
    name: 'both modify the same field to the same value: convergent, no conflict',
    ours: (s) => updateElement(s, s.p.e1, { budget: '1200.00' }),
    theirs: (s) => updateElement(s, s.p.e1, { budget: '1200' }),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.p.e1)).toMatchObject({ budget: '1200.00' });
      expect(changeOf(result.changes, s.p.e1)).toBeUndefined();
    },
  },
  {
    name: 'both modify the same field differently: a conflict with base, ours and theirs',
    ours: (s) => updateElement(s, s.p.e1, { budget: '1100.00' }),
    theirs: (s) => updateElement(s, s.p.e1, { budget: '1500.00' }),
    conflicts: [
      {
        entity: (s) => s.p.e1,
        entityType: 'CostElement',
        field: 'budget',
        base: '1000.00',
        ours: '1100.00',
        theirs: '1500.00',
      },
    ],
  },
  {
    name: 'both modify two fields differently and a third the same way: two conflicts',
    ours: (s) => updateElement(s, s.p.e1, { name: 'Digging', plannedEnd: '2026-04-30', costType: 'SUBCONTRACT' }),
    theirs: (s) => updateElement(s, s.p.e1, { name: 'Earthworks', plannedEnd: '2026-05-31', costType: 'SUBCONTRACT' }),
    conflicts: [
      {
        entity: (s) => s.p.e1,
        entityType: 'CostElement',
        field: 'name',
        base: 'Excavation',
        ours: 'Digging',
        theirs: 'Earthworks',
      },
      {
        entity: (s) => s.p.e1,
        entityType: 'CostElement',
        field: 'plannedEnd',
        base: '2026-03-31',
        ours: '2026-04-30',
        theirs: '2026-05-31',
      },
    ],
  },
  {
    name: 'theirs moves an element to another WBE: the reference follows',
    theirs: (s) => updateElement(s, s.p.e1, { wbeId: s.p.w2 }),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.p.e1)).toMatchObject({ wbeId: s.p.w2, code: 'CE-1' });
      expect(fieldMap(changeOf(result.changes, s.p.e1))).toEqual({ wbeId: [s.p.w1, s.p.w2] });
    },
  },
  {
    name: 'both move one element to different WBEs: a conflict on wbeId',
    ours: async (s) => {
      s.ids['w3'] = (
        await t.run(CcCreateWbeDocument, {
          projectId: s.p.projectId,
          input: { code: 'W3', name: 'Roads' },
          branch: s.branch,
        })
      ).createWBE.id;
      await updateElement(s, s.p.e1, { wbeId: s.ids['w3'] });
    },
    theirs: (s) => updateElement(s, s.p.e1, { wbeId: s.p.w2 }),
    conflicts: (s) => [
      {
        entity: () => s.p.e1,
        entityType: 'CostElement',
        field: 'wbeId',
        base: s.p.w1,
        ours: s.ids['w3'],
        theirs: s.p.w2,
      },
    ],
  },
  {
    name: 'theirs adds an element: it appears on main with every field',
    theirs: (s) => addElement(s, 'n', 'CE-9', s.p.w2),
    merged: (s, tree, result) => {
      const id = s.ids['n'] ?? '';
      expect(elementIn(tree, id)).toMatchObject({
        code: 'CE-9',
        name: 'Element CE-9',
        budget: '250.00',
        costType: 'EQUIPMENT',
        wbeId: s.p.w2,
      });
      const change = changeOf(result.changes, id);
      expect(change?.kind).toBe('ADDED');
      expect(fieldMap(change)).toEqual({
        wbeId: [null, s.p.w2],
        code: [null, 'CE-9'],
        name: [null, 'Element CE-9'],
        costType: [null, 'EQUIPMENT'],
        budget: [null, '250.00'],
        plannedStart: [null, '2026-04-01'],
        plannedEnd: [null, '2026-04-30'],
      });
    },
  },
  {
    name: 'ours adds an element, theirs adds another with a different code: both kept',
    ours: (s) => addElement(s, 'mine', 'CE-7'),
    theirs: (s) => addElement(s, 'yours', 'CE-8'),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.ids['mine'] ?? '')).toMatchObject({ code: 'CE-7' });
      expect(elementIn(tree, s.ids['yours'] ?? '')).toMatchObject({ code: 'CE-8' });
      expect(summary(result.changes)).toEqual([`ADDED CostElement ${s.ids['yours']}`]);
    },
  },
  {
    name: 'both add an element with the same code: a conflict on "code"',
    ours: (s) => addElement(s, 'mine', 'CE-9'),
    theirs: (s) => addElement(s, 'yours', 'CE-9', s.p.w2),
    conflicts: (s) => [
      {
        entity: () => s.ids['yours'] ?? '',
        entityType: 'CostElement',
        field: 'code',
        base: null,
        ours: null,
        theirs: 'CE-9',
      },
    ],
  },
  {
    name: 'theirs renames a code to one that ours added: a conflict on "code"',
    ours: (s) => addElement(s, 'mine', 'CE-9'),
    theirs: (s) => updateElement(s, s.p.e2, { code: 'CE-9' }),
    conflicts: (s) => [
      { entity: () => s.p.e2, entityType: 'CostElement', field: 'code', base: 'CE-2', ours: 'CE-2', theirs: 'CE-9' },
    ],
  },
  {
    name: 'theirs deletes an element that ours left alone: removed on main',
    theirs: (s) => deleteElement(s, s.p.e1),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.p.e1)).toBeUndefined();
      expect(changeOf(result.changes, s.p.e1)?.kind).toBe('REMOVED');
      expect(fieldMap(changeOf(result.changes, s.p.e1))['budget']).toEqual(['1000.00', null]);
    },
  },
  {
    name: 'both delete the same element: no conflict',
    ours: (s) => deleteElement(s, s.p.e1),
    theirs: (s) => deleteElement(s, s.p.e1),
    merged: (s, tree, result) => {
      expect(elementIn(tree, s.p.e1)).toBeUndefined();
      expect(changeOf(result.changes, s.p.e1)).toBeUndefined();
    },
  },
  {
    name: 'theirs deletes, ours edits: one "*" conflict with whole objects',
    ours: (s) => updateElement(s, s.p.e1, { budget: '1100.00' }),
    theirs: (s) => deleteElement(s, s.p.e1),
    conflicts: (s) => [
      {
        entity: () => s.p.e1,
        entityType: 'CostElement',
        field: '*',
        base: wholeE1(s),
        ours: wholeE1(s, { budget: '1100.00' }),
        theirs: null,
      },
    ],
  },
  {
    name: 'ours deletes, theirs edits: one "*" conflict with whole objects',
    ours: (s) => deleteElement(s, s.p.e1),
    theirs: (s) => updateElement(s, s.p.e1, { name: 'Earthworks' }),
    conflicts: (s) => [
      {
        entity: () => s.p.e1,
        entityType: 'CostElement',
        field: '*',
        base: wholeE1(s),
        ours: null,
        theirs: wholeE1(s, { name: 'Earthworks' }),
      },
    ],
  },
  {
    name: 'theirs deletes a WBE: the WBE and its elements go',
    theirs: (s) => t.run(CcDeleteWbeDocument, { id: s.p.w1, branch: s.branch }),
    merged: (s, tree, result) => {
      expect(tree.wbes.map((w) => w.code)).toEqual(['W2']);
      expect(summary(result.changes)).toEqual([`REMOVED CostElement ${s.p.e1}`, `REMOVED WBE ${s.p.w1}`].sort());
    },
  },
  {
    name: 'theirs deletes a WBE while ours adds an element under it: no orphan on main',
    ours: (s) => addElement(s, 'mine', 'CE-7', s.p.w1),
    theirs: (s) => t.run(CcDeleteWbeDocument, { id: s.p.w1, branch: s.branch }),
    conflicts: (s) => [
      {
        entity: () => s.ids['mine'] ?? '',
        entityType: 'CostElement',
        field: 'wbeId',
        base: null,
        ours: s.p.w1,
        theirs: null,
      },
    ],
  },
  {
    name: 'theirs adds an element under a WBE that ours deleted: a conflict on wbeId',
    ours: (s) => t.run(CcDeleteWbeDocument, { id: s.p.w2, branch: s.branch }),
    theirs: (s) => addElement(s, 'yours', 'CE-8', s.p.w2),
    conflicts: (s) => [
      {
        entity: () => s.ids['yours'] ?? '',
        entityType: 'CostElement',
        field: 'wbeId',
        base: null,
        ours: null,
        theirs: s.p.w2,
      },
    ],
  },
  {
    name: 'theirs deletes an element while ours registers a cost on it: a conflict on costElementId',
    ours: async (s) => {
      const cost = await t.run(CcRegisterCostDocument, {
        input: { costElementId: s.p.e2, amount: '5.00', incurredOn: '2026-02-01' },
        branch: s.branch,
      });
      s.ids['cost'] = cost.registerCost.id;
    },
    theirs: (s) => deleteElement(s, s.p.e2),
    conflicts: (s) => [
      {
        entity: () => s.ids['cost'] ?? '',
        entityType: 'CostRegistration',
        field: 'costElementId',
        base: null,
        ours: s.p.e2,
        theirs: null,
      },
    ],
  },
  {
    name: 'theirs adds a WBE with a child WBE and an element under it: all arrive',
    theirs: async (s) => {
      const top = await t.run(CcCreateWbeDocument, {
        projectId: s.p.projectId,
        input: { code: 'W5', name: 'Roads' },
        branch: s.branch,
      });
      const child = await t.run(CcCreateWbeDocument, {
        projectId: s.p.projectId,
        input: { code: 'W5.1', name: 'Asphalt', parentId: top.createWBE.id },
        branch: s.branch,
      });
      s.ids['top'] = top.createWBE.id;
      s.ids['child'] = child.createWBE.id;
      await addElement(s, 'el', 'CE-5', child.createWBE.id);
    },
    merged: (s, tree, result) => {
      expect(tree.wbes.map((w) => [w.code, w.parentId])).toEqual([
        ['W1', null],
        ['W2', null],
        ['W5', null],
        ['W5.1', s.ids['top']],
      ]);
      expect(elementIn(tree, s.ids['el'] ?? '')).toMatchObject({ wbeId: s.ids['child'], code: 'CE-5' });
      expect(fieldMap(changeOf(result.changes, s.ids['child'] ?? ''))['parentId']).toEqual([null, s.ids['top']]);
    },
  },
  {
    name: 'theirs renames the project and the WBE, ours renames another WBE',
    ours: (s) => t.run(CcUpdateWbeDocument, { id: s.p.w2, input: { name: 'Main building' }, branch: s.branch }),
    theirs: async (s) => {
      await t.run(CcUpdateProjectDocument, { id: s.p.projectId, input: { name: 'Renamed project' }, branch: s.branch });
      await t.run(CcUpdateWbeDocument, { id: s.p.w1, input: { name: 'Site works' }, branch: s.branch });
    },
    merged: (s, tree, result) => {
      expect(tree.name).toBe('Renamed project');
      expect(tree.wbes.map((w) => w.name)).toEqual(['Site works', 'Main building']);
      expect(fieldMap(changeOf(result.changes, s.p.projectId))).toEqual({
        name: [expect.any(String), 'Renamed project'],
      });
    },
  },
  {
    name: 'theirs registers a cost: the registration comes over with its reference',
    theirs: async (s) => {
      const cost = await t.run(CcRegisterCostDocument, {
        input: { costElementId: s.p.e1, amount: '120.5', incurredOn: '2026-02-01' },
        branch: s.branch,
      });
      s.ids['cost'] = cost.registerCost.id;
    },
    merged: (s, _tree, result) => {
      const change = changeOf(result.changes, s.ids['cost'] ?? '');
      expect(change).toMatchObject({ entityType: 'CostRegistration', kind: 'ADDED' });
      expect(fieldMap(change)).toEqual({
        costElementId: [null, s.p.e1],
        amount: [null, '120.50'],
        incurredOn: [null, '2026-02-01'],
        description: [null, null],
      });
    },
  },
];

describe('three-way merge of feature into main, field by field', () => {
  it.each(cases)('$name', async (c) => {
    const p = await seedBase(t, 'MG');
    await createBranch(t, p.projectId, 'feature');
    const ids: Record<string, string> = {};
    if (c.theirs !== undefined) await c.theirs({ p, ids, branch: 'feature' });
    if (c.ours !== undefined) await c.ours({ p, ids, branch: 'main' });
    const s: Side = { p, ids, branch: 'main' };
    const oursHead = await headOf(t, p.projectId, 'main');
    const theirsHead = await headOf(t, p.projectId, 'feature');
    const before = await rowCounts(t, p.projectId);
    const treeBefore = await readTree(t, p.projectId);

    const result = await mergeOk({
      projectId: p.projectId,
      source: 'feature',
      target: 'main',
      strategy: 'FAIL_ON_CONFLICT',
    });

    const expected = typeof c.conflicts === 'function' ? c.conflicts(s) : (c.conflicts ?? []);
    const key = (x: { entityId: string; field: string }) => `${x.entityId}|${x.field}`;
    expect([...result.conflicts].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      expected
        .map((x) => ({
          entityType: x.entityType,
          entityId: x.entity(s),
          field: x.field,
          base: x.base,
          ours: x.ours,
          theirs: x.theirs,
        }))
        .sort((a, b) => key(a).localeCompare(key(b))),
    );
    if (expected.length > 0) {
      expect(result.status).toBe('CONFLICTS');
      expect(result.commit).toBeNull();
      expect(await rowCounts(t, p.projectId)).toEqual(before);
      expect(await headOf(t, p.projectId, 'main')).toBe(oursHead);
      expect(await readTree(t, p.projectId)).toEqual(treeBefore);
      return;
    }
    expect(result.status).toBe('MERGED');
    expect(result.commit).toMatchObject({
      kind: 'MERGE',
      branch: 'main',
      parents: [{ id: oursHead }, { id: theirsHead }],
    });
    expect(await headOf(t, p.projectId, 'main')).toBe(result.commit?.id);
    const tree = await readTree(t, p.projectId);
    if (tree === null) throw new Error('project missing on main');
    c.merged?.(s, tree, result);
    // The source branch is untouched and stays ACTIVE.
    expect(await headOf(t, p.projectId, 'feature')).toBe(theirsHead);
    expect(await branchStatus(t, p.projectId, 'feature')).toBe('ACTIVE');
  });
});

/**
 * A project where main and feature disagree: E1 budget (ours 1100, theirs 1500) and W1 name
 * (ours "Site A", theirs "Site B") conflict; feature also changes E2's budget and adds CE-9,
 * and main renames E1 (no conflict).
 */
async function conflicted() {
  const p = await seedBase(t, 'CF');
  await createBranch(t, p.projectId, 'feature');
  await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
  await t.run(CcUpdateWbeDocument, { id: p.w1, input: { name: 'Site B' }, branch: 'feature' });
  await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '650.00' }, branch: 'feature' });
  const added = await createElement(
    t,
    {
      wbeId: p.w2,
      code: 'CE-9',
      name: 'Formwork',
      costType: 'MATERIAL',
      budget: '90.00',
      plannedStart: '2026-03-01',
      plannedEnd: '2026-03-31',
    },
    'feature',
  );
  await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00', name: 'Digging' }, branch: 'main' });
  await t.run(CcUpdateWbeDocument, { id: p.w1, input: { name: 'Site A' }, branch: 'main' });
  return { ...p, added };
}

describe('conflicts, strategies and resolutions', () => {
  it('FAIL_ON_CONFLICT writes nothing and reports every conflict and the changes that do not conflict', async () => {
    const p = await conflicted();
    const before = await rowCounts(t, p.projectId);
    const head = await headOf(t, p.projectId);
    const tree = await readTree(t, p.projectId);
    const result = await mergeOk({ projectId: p.projectId, source: 'feature' });
    expect(result.status).toBe('CONFLICTS');
    expect(result.commit).toBeNull();
    expect(result.conflicts.map((c) => `${c.entityType}.${c.field}`).sort()).toEqual([
      'CostElement.budget',
      'WBE.name',
    ]);
    expect(result.conflicts.find((c) => c.field === 'budget')).toMatchObject({
      entityId: p.e1,
      base: '1000.00',
      ours: '1100.00',
      theirs: '1500.00',
    });
    expect(result.conflicts.find((c) => c.field === 'name')).toMatchObject({
      entityId: p.w1,
      base: 'Site',
      ours: 'Site A',
      theirs: 'Site B',
    });
    expect(summary(result.changes)).toEqual([`ADDED CostElement ${p.added}`, `MODIFIED CostElement ${p.e2}`].sort());
    expect(fieldMap(changeOf(result.changes, p.e2))).toEqual({ budget: ['500.00', '650.00'] });
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    expect(await headOf(t, p.projectId)).toBe(head);
    expect(await readTree(t, p.projectId)).toEqual(tree);
  });

  it.each<{ strategy: MergeStrategy; budget: string; wbeName: string }>([
    { strategy: 'OURS', budget: '1100.00', wbeName: 'Site A' },
    { strategy: 'THEIRS', budget: '1500.00', wbeName: 'Site B' },
  ])(
    '$strategy decides every conflict and keeps the non-conflicting changes of both sides',
    async ({ strategy, budget, wbeName }) => {
      const p = await conflicted();
      const result = await mergeOk({ projectId: p.projectId, source: 'feature', strategy });
      expect(result.status).toBe('MERGED');
      expect(result.conflicts).toEqual([]);
      const tree = await readTree(t, p.projectId);
      expect(elementIn(tree, p.e1)).toMatchObject({ budget, name: 'Digging' });
      expect(tree?.wbes.find((w) => w.id === p.w1)?.name).toBe(wbeName);
      expect(elementIn(tree, p.e2)).toMatchObject({ budget: '650.00' });
      expect(elementIn(tree, p.added)).toMatchObject({ code: 'CE-9', budget: '90.00' });
    },
  );

  it('OURS and THEIRS decide a delete-against-edit conflict as a whole', async () => {
    for (const [strategy, survives] of [
      ['OURS', true],
      ['THEIRS', false],
    ] as const) {
      const p = await seedBase(t, 'DS');
      await createBranch(t, p.projectId, 'feature');
      await t.run(CcDeleteCostElementDocument, { id: p.e1, branch: 'feature' });
      await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' }, branch: 'main' });
      const result = await mergeOk({ projectId: p.projectId, source: 'feature', strategy });
      expect(result.status, strategy).toBe('MERGED');
      const e1 = elementIn(await readTree(t, p.projectId), p.e1);
      if (survives) expect(e1, strategy).toMatchObject({ budget: '1100.00' });
      else expect(e1, strategy).toBeUndefined();
    }
  });

  it('explicit resolutions override the strategy field by field', async () => {
    const p = await conflicted();
    const result = await mergeOk({
      projectId: p.projectId,
      source: 'feature',
      strategy: 'OURS',
      resolutions: [{ entityId: p.e1, field: 'budget', value: '1234.5' }],
    });
    expect(result.status).toBe('MERGED');
    const tree = await readTree(t, p.projectId);
    expect(elementIn(tree, p.e1)).toMatchObject({ budget: '1234.50', name: 'Digging' });
    expect(tree?.wbes.find((w) => w.id === p.w1)?.name).toBe('Site A');
    expect(fieldMap(changeOf(result.changes, p.e1))).toEqual({ budget: ['1100.00', '1234.50'] });
  });

  it('a reference to a parent gone after the merge is decided by no strategy, only by a resolution', async () => {
    const p = await seedBase(t, 'DG');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcDeleteWbeDocument, { id: p.w1, branch: 'feature' });
    const orphan = await createElement(
      t,
      {
        wbeId: p.w1,
        code: 'CE-7',
        name: 'Drainage',
        costType: 'LABOR',
        budget: '40.00',
        plannedStart: '2026-01-01',
        plannedEnd: '2026-01-31',
      },
      'main',
    );
    const before = await rowCounts(t, p.projectId);
    for (const strategy of ['OURS', 'THEIRS'] as const) {
      const result = await mergeOk({ projectId: p.projectId, source: 'feature', strategy });
      expect(result.status, strategy).toBe('CONFLICTS');
      expect(result.conflicts.map((c) => [c.entityId, c.field])).toEqual([[orphan, 'wbeId']]);
    }
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    const moved = await mergeOk({
      projectId: p.projectId,
      source: 'feature',
      resolutions: [{ entityId: orphan, field: 'wbeId', value: p.w2 }],
    });
    expect(moved.status).toBe('MERGED');
    const tree = await readTree(t, p.projectId);
    expect(tree?.wbes.map((w) => w.code)).toEqual(['W2']);
    expect(elementIn(tree, orphan)).toMatchObject({ wbeId: p.w2, code: 'CE-7' });
    expect(elementIn(tree, p.e1)).toBeUndefined();
    expect(tree?.budget).toBe('540.00');
  });

  it('a strategy that keeps an edited element whose WBE the other side deleted does not orphan it', async () => {
    const p = await seedBase(t, 'DK');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcDeleteWbeDocument, { id: p.w1, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' }, branch: 'main' });
    const before = await rowCounts(t, p.projectId);
    const failed = await mergeOk({ projectId: p.projectId, source: 'feature' });
    expect(failed.conflicts.map((c) => [c.entityId, c.field])).toEqual([[p.e1, '*']]);
    // OURS keeps E1, but its WBE goes (a change that did not conflict): the reference cannot stand.
    const ours = await mergeOk({ projectId: p.projectId, source: 'feature', strategy: 'OURS' });
    expect(ours.status).toBe('CONFLICTS');
    expect(ours.conflicts).toEqual([
      { entityType: 'CostElement', entityId: p.e1, field: 'wbeId', base: p.w1, ours: p.w1, theirs: null },
    ]);
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    // Removing E1 as well settles it.
    const settled = await mergeOk({
      projectId: p.projectId,
      source: 'feature',
      strategy: 'OURS',
      resolutions: [{ entityId: p.e1, field: '*', value: null }],
    });
    expect(settled.status).toBe('MERGED');
    const tree = await readTree(t, p.projectId);
    expect(tree?.wbes.map((w) => w.code)).toEqual(['W2']);
    expect(tree?.budget).toBe('500.00');
  });

  it('resolutions for every conflict let FAIL_ON_CONFLICT merge', async () => {
    const p = await conflicted();
    const result = await mergeOk({
      projectId: p.projectId,
      source: 'feature',
      resolutions: [
        { entityId: p.e1, field: 'budget', value: '1300.00' },
        { entityId: p.w1, field: 'name', value: 'Site C' },
      ],
    });
    expect(result.status).toBe('MERGED');
    const tree = await readTree(t, p.projectId);
    expect(elementIn(tree, p.e1)?.budget).toBe('1300.00');
    expect(tree?.wbes.find((w) => w.id === p.w1)?.name).toBe('Site C');
  });

  it('a resolution for a conflict that does not exist is BAD_USER_INPUT and writes nothing', async () => {
    const p = await conflicted();
    const before = await rowCounts(t, p.projectId);
    for (const resolution of [
      { entityId: p.e2, field: 'budget', value: '1.00' },
      { entityId: p.e1, field: 'name', value: 'Nope' },
    ]) {
      const result = await merge({
        projectId: p.projectId,
        source: 'feature',
        strategy: 'OURS',
        resolutions: [resolution],
      });
      expectError(result, 'BAD_USER_INPUT');
    }
    expect(await rowCounts(t, p.projectId)).toEqual(before);
  });

  it('a dry run writes nothing and reports what the real merge then does', async () => {
    const p = await conflicted();
    const before = await rowCounts(t, p.projectId);
    const dryConflicts = await mergeOk({ projectId: p.projectId, source: 'feature', dryRun: true });
    expect(dryConflicts.status).toBe('CONFLICTS');
    expect(dryConflicts.conflicts).toHaveLength(2);
    const dry = await mergeOk({ projectId: p.projectId, source: 'feature', strategy: 'THEIRS', dryRun: true });
    expect(dry.status).toBe('MERGED');
    expect(dry.commit).toBeNull();
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    const real = await mergeOk({ projectId: p.projectId, source: 'feature', strategy: 'THEIRS' });
    expect(real.status).toBe('MERGED');
    expect(summary(real.changes)).toEqual(summary(dry.changes));
    expect(summary(dry.changes)).toEqual(
      [
        `MODIFIED CostElement ${p.e1}`,
        `MODIFIED WBE ${p.w1}`,
        `MODIFIED CostElement ${p.e2}`,
        `ADDED CostElement ${p.added}`,
      ].sort(),
    );
    expect(real.changes.map((c) => fieldMap(c))).toEqual(dry.changes.map((c) => fieldMap(c)));
    const dryAgain = await mergeOk({ projectId: p.projectId, source: 'feature', dryRun: true });
    expect(dryAgain).toMatchObject({ status: 'UP_TO_DATE', commit: null, conflicts: [], changes: [] });
  });
});

describe('the merge commit', () => {
  it('is one MERGE commit with parents [target head, source head], even when it keeps every value of the target', async () => {
    const p = await seedBase(t, 'MC');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' }, branch: 'main' });
    const oursHead = await headOf(t, p.projectId, 'main');
    const theirsHead = await headOf(t, p.projectId, 'feature');
    const before = await rowCounts(t, p.projectId);
    const tree = await readTree(t, p.projectId);
    const result = await mergeOk({ projectId: p.projectId, source: 'feature', strategy: 'OURS', message: 'keep ours' });
    expect(result.status).toBe('MERGED');
    expect(result.changes).toEqual([]);
    expect(result.commit).toMatchObject({
      kind: 'MERGE',
      branch: 'main',
      message: 'keep ours',
      parents: [{ id: oursHead }, { id: theirsHead }],
    });
    const after = await rowCounts(t, p.projectId);
    expect(after.commits).toBe(before.commits + 1);
    expect(after.versions).toEqual(before.versions);
    expect(await readTree(t, p.projectId)).toEqual(tree);
    // The log of main now reaches the branch's commits through the second parent.
    const log = (
      await t.run(CcCommitsDocument, { projectId: p.projectId, branch: 'main', first: 50 })
    ).commits.edges.map((e) => e.node.id);
    expect(log[0]).toBe(result.commit?.id);
    expect(log).toContain(theirsHead);
    // And nothing is left to merge.
    const again = await mergeOk({ projectId: p.projectId, source: 'feature' });
    expect(again).toMatchObject({ status: 'UP_TO_DATE', commit: null, conflicts: [], changes: [] });
    expect((await rowCounts(t, p.projectId)).commits).toBe(after.commits);
  });

  it('nothing to merge is UP_TO_DATE and writes nothing', async () => {
    const p = await seedBase(t, 'UT');
    await createBranch(t, p.projectId, 'feature');
    const before = await rowCounts(t, p.projectId);
    // main has not moved since the fork: the branch already has all of it.
    expect(await mergeOk({ projectId: p.projectId, source: 'main', target: 'feature' })).toMatchObject({
      status: 'UP_TO_DATE',
      commit: null,
    });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Digging' }, branch: 'feature' });
    expect((await mergeOk({ projectId: p.projectId, source: 'feature' })).status).toBe('MERGED');
    const merged = await rowCounts(t, p.projectId);
    expect(merged.commits).toBe(before.commits + 2);
    expect(await mergeOk({ projectId: p.projectId, source: 'feature' })).toMatchObject({
      status: 'UP_TO_DATE',
      commit: null,
      changes: [],
    });
    expect(await rowCounts(t, p.projectId)).toEqual(merged);
  });

  it('keeps version numbers contiguous on the target: +1 over the state it replaces', async () => {
    const p = await seedBase(t, 'VN');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1200.00' }, branch: 'feature' });
    const added = await createElement(
      t,
      {
        wbeId: p.w1,
        code: 'CE-5',
        name: 'Fence',
        costType: 'OTHER',
        budget: '10.00',
        plannedStart: '2026-01-01',
        plannedEnd: '2026-01-31',
      },
      'feature',
    );
    await t.run(CcUpdateCostElementDocument, { id: added, input: { budget: '20.00' }, branch: 'feature' });
    expect((await mergeOk({ projectId: p.projectId, source: 'feature' })).status).toBe('MERGED');
    const e1 = (await t.run(CcCostElementDocument, { id: p.e1 })).costElement;
    expect(e1?.history.map((h) => [h.version, h.budget])).toEqual([
      [1, '1000.00'],
      [2, '1200.00'],
    ]);
    expect(e1?.version).toBe(2);
    const fence = (await t.run(CcCostElementDocument, { id: added })).costElement;
    expect(fence?.history.map((h) => [h.version, h.budget])).toEqual([[1, '20.00']]);
  });
});

describe('merging main into a branch brings the branch up to date', () => {
  it('shows main changes on the branch, keeps its past reads, and a later merge into main has no conflicts from them', async () => {
    const p = await seedBase(t, 'UP');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
    // main moves on: a rename, a conflicting budget on E2, and a new element.
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '700.00' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Digging' }, branch: 'main' });
    await t.run(CcUpdateCostElementDocument, {
      id: p.e2,
      input: { budget: '550.00', name: 'Concrete works' },
      branch: 'main',
    });
    const mainOnly = await createElement(
      t,
      {
        wbeId: p.w2,
        code: 'CE-3',
        name: 'Steel',
        costType: 'MATERIAL',
        budget: '300.00',
        plannedStart: '2026-05-01',
        plannedEnd: '2026-05-31',
      },
      'main',
    );
    const branchHead = (await t.run(CcCommitsDocument, { projectId: p.projectId, branch: 'feature', first: 1 })).commits
      .edges[0]?.node;
    const pastAt = branchHead?.committedAt ?? '';
    const pastTree = await readTree(t, p.projectId, 'feature', pastAt);
    expect(elementIn(pastTree, mainOnly)).toBeUndefined();

    // An EDITOR may merge main into a branch other than main; the branch keeps its own E2 budget.
    const up = await mergeOk(
      { projectId: p.projectId, source: 'main', target: 'feature', strategy: 'OURS' },
      t.users.EDITOR.token,
    );
    expect(up.status).toBe('MERGED');
    expect(up.commit).toMatchObject({
      kind: 'MERGE',
      branch: 'feature',
      parents: [{ id: branchHead?.id }, { id: await headOf(t, p.projectId, 'main') }],
    });
    const tree = await readTree(t, p.projectId, 'feature');
    expect(elementIn(tree, p.e1)).toMatchObject({ name: 'Digging', budget: '1500.00' });
    expect(elementIn(tree, p.e2)).toMatchObject({ name: 'Concrete works', budget: '700.00' });
    expect(elementIn(tree, mainOnly)).toMatchObject({ code: 'CE-3', budget: '300.00' });
    // Reads of the branch at an earlier moment see the earlier base.
    expect(await readTree(t, p.projectId, 'feature', pastAt)).toEqual(pastTree);
    expect(await readTree(t, p.projectId, 'feature', up.commit?.committedAt)).toEqual(tree);

    // The branch now contains main: merging it back brings only the branch's own changes.
    const back = await mergeOk({ projectId: p.projectId, source: 'feature', target: 'main' });
    expect(back.status).toBe('MERGED');
    expect(back.conflicts).toEqual([]);
    expect(summary(back.changes)).toEqual([`MODIFIED CostElement ${p.e1}`, `MODIFIED CostElement ${p.e2}`].sort());
    expect(fieldMap(changeOf(back.changes, p.e1))).toEqual({ budget: ['1000.00', '1500.00'] });
    expect(fieldMap(changeOf(back.changes, p.e2))).toEqual({ budget: ['550.00', '700.00'] });
    expect(await readTree(t, p.projectId, 'main')).toEqual(await readTree(t, p.projectId, 'feature'));
  });

  it('brings later main changes to entities the branch never touched', async () => {
    const p = await seedBase(t, 'UQ');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '800.00' }, branch: 'main' });
    expect((await mergeOk({ projectId: p.projectId, source: 'main', target: 'feature' })).status).toBe('MERGED');
    // main keeps moving after the branch took it; the branch sees main only up to its new base.
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '900.00' }, branch: 'main' });
    expect(elementIn(await readTree(t, p.projectId, 'feature'), p.e2)?.budget).toBe('800.00');
    const second = await mergeOk({ projectId: p.projectId, source: 'main', target: 'feature' });
    expect(second.status).toBe('MERGED');
    expect(summary(second.changes)).toEqual([`MODIFIED CostElement ${p.e2}`]);
    expect(elementIn(await readTree(t, p.projectId, 'feature'), p.e2)?.budget).toBe('900.00');
    const e2 = (await t.run(CcCostElementDocument, { id: p.e2, branch: 'feature' })).costElement;
    expect(e2?.history.map((h) => h.version)).toEqual([1, 2, 3]);
  });
});

describe('merging main into a branch that merged a later branch', () => {
  // The merge base (main after the rename, reached through the hotfix) is later than the
  // branch's own base, so moving the base must not let main's rename through. (The hotfix also
  // renames W2: a hotfix that only undid the rename would bring nothing and be UP_TO_DATE.)
  it('keeps what the branch has for entities main changed between its old base and the merge base', async () => {
    const p = await seedBase(t, 'UL');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Digging' }, branch: 'main' });
    await createBranch(t, p.projectId, 'hotfix');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Excavation' }, branch: 'hotfix' });
    await t.run(CcUpdateWbeDocument, { id: p.w2, input: { name: 'Main building' }, branch: 'hotfix' });
    const fromHotfix = await mergeOk({ projectId: p.projectId, source: 'hotfix', target: 'feature' });
    expect(fromHotfix.status).toBe('MERGED');
    expect(summary(fromHotfix.changes)).toEqual([`MODIFIED WBE ${p.w2}`]);
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '800.00' }, branch: 'main' });

    const up = await mergeOk({ projectId: p.projectId, source: 'main', target: 'feature' });
    expect(up.status).toBe('MERGED');
    expect(summary(up.changes)).toEqual([`MODIFIED CostElement ${p.e2}`]);
    const tree = await readTree(t, p.projectId, 'feature');
    expect(elementIn(tree, p.e1)?.name).toBe('Excavation');
    expect(elementIn(tree, p.e2)?.budget).toBe('800.00');
    // Merged back, the branch undoes main's rename, as the hotfix did.
    const back = await mergeOk({ projectId: p.projectId, source: 'feature', target: 'main' });
    expect(fieldMap(changeOf(back.changes, p.e1))).toEqual({ name: ['Digging', 'Excavation'] });
    expect(await readTree(t, p.projectId, 'main')).toEqual(await readTree(t, p.projectId, 'feature'));
  });
});

describe('who may merge, and where', () => {
  it('merging into main needs MANAGER or ADMIN: EDITOR and VIEWER are FORBIDDEN and nothing is written', async () => {
    const p = await seedBase(t, 'AU');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
    const before = await rowCounts(t, p.projectId);
    for (const role of ['EDITOR', 'VIEWER'] as const) {
      expectError(await merge({ projectId: p.projectId, source: 'feature' }, t.users[role].token), 'FORBIDDEN');
      expectError(
        await merge({ projectId: p.projectId, source: 'feature', dryRun: true }, t.users[role].token),
        'FORBIDDEN',
      );
    }
    expectError(
      await merge({ projectId: p.projectId, source: 'main', target: 'feature' }, t.users.VIEWER.token),
      'FORBIDDEN',
    );
    expect(await rowCounts(t, p.projectId)).toEqual(before);
    const manager = await mergeOk({ projectId: p.projectId, source: 'feature' }, t.users.MANAGER.token);
    expect(manager.status).toBe('MERGED');
  });

  it('an archived branch accepts no writes and no merges, in either direction', async () => {
    const p = await seedBase(t, 'AR');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1500.00' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '800.00' }, branch: 'main' });
    ok(
      await t.request(
        CcArchiveBranchDocument,
        { projectId: p.projectId, name: 'feature' },
        { token: t.users.MANAGER.token },
      ),
    );
    const before = await rowCounts(t, p.projectId);
    expectError(await merge({ projectId: p.projectId, source: 'feature' }), 'BAD_USER_INPUT');
    expectError(await merge({ projectId: p.projectId, source: 'feature', dryRun: true }), 'BAD_USER_INPUT');
    expectError(await merge({ projectId: p.projectId, source: 'main', target: 'feature' }), 'BAD_USER_INPUT');
    expectError(
      await merge({ projectId: p.projectId, source: 'main', target: 'feature', dryRun: true }),
      'BAD_USER_INPUT',
    );
    expectError(
      await t.request(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1.00' }, branch: 'feature' }),
      'BAD_USER_INPUT',
    );
    expect(await rowCounts(t, p.projectId)).toEqual(before);
  });

  it('a branch cannot be merged into itself, and an unknown branch is NOT_FOUND', async () => {
    const p = await seedBase(t, 'NF');
    expectError(await merge({ projectId: p.projectId, source: 'main', target: 'main' }), 'BAD_USER_INPUT');
    expectError(await merge({ projectId: p.projectId, source: 'nope' }), 'NOT_FOUND');
  });
});

describe('a merge is all or nothing', () => {
  it('a failure half-way (after the WBE rows, at a cost element row) leaves the target exactly as before', async () => {
    const p = await seedBase(t, 'AT');
    await createBranch(t, p.projectId, 'feature');
    // Rows are written per kind in order (Project, WBE, CostElement, ...): the WBE row lands first.
    await t.run(CcUpdateWbeDocument, { id: p.w1, input: { name: 'Site works' }, branch: 'feature' });
    await t.run(CcUpdateProjectDocument, { id: p.projectId, input: { name: 'Renamed' }, branch: 'feature' });
    const boom = await createElement(
      t,
      {
        wbeId: p.w2,
        code: 'CE-BOOM',
        name: 'Explodes',
        costType: 'OTHER',
        budget: '1.00',
        plannedStart: '2026-01-01',
        plannedEnd: '2026-01-02',
      },
      'feature',
    );
    await t.sql.query(`CREATE FUNCTION cc_fail_on_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'cc test: refusing cost element % on main', NEW.code; END $$`);
    await t.sql.query(`CREATE TRIGGER cc_fail_on_boom BEFORE INSERT ON cost_element_version
      FOR EACH ROW WHEN (NEW.branch = 'main' AND NEW.code = 'CE-BOOM') EXECUTE FUNCTION cc_fail_on_boom()`);
    try {
      const head = await headOf(t, p.projectId);
      const before = await rowCounts(t, p.projectId);
      const tree = await readTree(t, p.projectId);
      const log = await t.run(CcCommitsDocument, { projectId: p.projectId, branch: 'main', first: 50 });
      const result = await merge({ projectId: p.projectId, source: 'feature' });
      expect(result.errors?.[0]).toBeDefined();
      expect(result.data?.mergeBranch ?? null).toBeNull();
      expect(await headOf(t, p.projectId)).toBe(head);
      expect(await rowCounts(t, p.projectId)).toEqual(before);
      expect(await readTree(t, p.projectId)).toEqual(tree);
      expect(await t.run(CcCommitsDocument, { projectId: p.projectId, branch: 'main', first: 50 })).toEqual(log);
    } finally {
      await t.sql.query('DROP TRIGGER cc_fail_on_boom ON cost_element_version');
      await t.sql.query('DROP FUNCTION cc_fail_on_boom()');
    }
    // Without the trap the same merge goes through, so the failure above came from the trap.
    const result = await mergeOk({ projectId: p.projectId, source: 'feature' });
    expect(result.status).toBe('MERGED');
    expect(elementIn(await readTree(t, p.projectId), boom)?.code).toBe('CE-BOOM');
  });
});

/**
 * The contract's two merge promises. UP_TO_DATE: the source changed nothing since the merge
 * base, counted by what the merge would bring (the THREE_DOT diff of target..source is empty),
 * not by the commits the source has. CONFLICTS: `changes` is the part that does not conflict,
 * field by field.
 */
describe('a source that changed nothing since the merge base is UP_TO_DATE and writes nothing', () => {
  /** Merges for real and as a dry run; both must be UP_TO_DATE and leave every row as it was. */
  async function expectUpToDate(projectId: string, source: string, target = 'main') {
    const before = await rowCounts(t, projectId);
    const head = await headOf(t, projectId, target);
    const tree = await readTree(t, projectId, target);
    for (const dryRun of [true, false]) {
      for (const strategy of ['FAIL_ON_CONFLICT', 'OURS', 'THEIRS'] as const) {
        const result = await mergeOk({ projectId, source, target, strategy, dryRun });
        expect(result, `${strategy}${dryRun ? ' dry run' : ''}`).toEqual({
          status: 'UP_TO_DATE',
          commit: null,
          conflicts: [],
          changes: [],
        });
      }
    }
    expect(await rowCounts(t, projectId)).toEqual(before);
    expect(await headOf(t, projectId, target)).toBe(head);
    expect(await readTree(t, projectId, target)).toEqual(tree);
  }

  it('a branch whose only commit is its BRANCH commit, merged into a main that moved on', async () => {
    const p = await seedBase(t, 'U0');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' } });
    await expectUpToDate(p.projectId, 'feature');
  });

  it('a branch that changed values and changed them back, added an element and deleted it again', async () => {
    const p = await seedBase(t, 'U1');
    await createBranch(t, p.projectId, 'feature');
    const s: Side = { p, ids: {}, branch: 'feature' };
    await updateElement(s, p.e1, { budget: '1500.00', name: 'Earthworks' });
    await updateElement(s, p.e1, { budget: '1000.00' });
    await updateElement(s, p.e1, { name: 'Excavation' });
    await addElement(s, 'tmp', 'CE-8');
    await deleteElement(s, s.ids['tmp'] ?? '');
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '800.00' } });
    await expectUpToDate(p.projectId, 'feature');
    // What the branch did write stays on it; a later real change merges as usual.
    await updateElement(s, p.e1, { budget: '1200.00' });
    const merged = await mergeOk({ projectId: p.projectId, source: 'feature' });
    expect(merged.status).toBe('MERGED');
    expect(summary(merged.changes)).toEqual([`MODIFIED CostElement ${p.e1}`]);
    expect(fieldMap(changeOf(merged.changes, p.e1))).toEqual({ budget: ['1000.00', '1200.00'] });
  });

  it('a branch whose only commits are merges from main', async () => {
    const p = await seedBase(t, 'U2');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' } });
    expect((await mergeOk({ projectId: p.projectId, source: 'main', target: 'feature' })).status).toBe('MERGED');
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '800.00' } });
    expect((await mergeOk({ projectId: p.projectId, source: 'main', target: 'feature' })).status).toBe('MERGED');
    await expectUpToDate(p.projectId, 'feature');
  });

  it('main merged into a branch when main changed nothing since the merge base: the base does not move', async () => {
    const p = await seedBase(t, 'U3');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Digging' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '800.00' } });
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '500.00' } });
    await expectUpToDate(p.projectId, 'main', 'feature');
    // main changes for real: bringing the branch up to date brings exactly that.
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { name: 'Concrete works' } });
    const up = await mergeOk({ projectId: p.projectId, source: 'main', target: 'feature' });
    expect(up.status).toBe('MERGED');
    expect(summary(up.changes)).toEqual([`MODIFIED CostElement ${p.e2}`]);
    expect(fieldMap(changeOf(up.changes, p.e2))).toEqual({ name: ['Concrete', 'Concrete works'] });
    const tree = await readTree(t, p.projectId, 'feature');
    expect(elementIn(tree, p.e1)).toMatchObject({ name: 'Digging' });
    expect(elementIn(tree, p.e2)).toMatchObject({ name: 'Concrete works', budget: '500.00' });
  });

  it('a source that changed something is MERGED with a commit, even when the target already has it', async () => {
    const p = await seedBase(t, 'U4');
    await createBranch(t, p.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1200.00' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1200.00' } });
    const before = await rowCounts(t, p.projectId);
    const result = await mergeOk({ projectId: p.projectId, source: 'feature' });
    expect(result.status).toBe('MERGED');
    expect(result.changes).toEqual([]);
    expect(result.commit?.kind).toBe('MERGE');
    expect((await rowCounts(t, p.projectId)).commits).toBe(before.commits + 1);
  });
});

describe('with CONFLICTS, changes are the part that does not conflict, field by field', () => {
  /** The merge of feature into main, for real and as a dry run: the same answer, nothing written. */
  async function conflicts(projectId: string, strategy: MergeStrategy = 'FAIL_ON_CONFLICT') {
    const before = await rowCounts(t, projectId);
    const real = await mergeOk({ projectId, source: 'feature', strategy });
    const dry = await mergeOk({ projectId, source: 'feature', strategy, dryRun: true });
    expect(real.status).toBe('CONFLICTS');
    expect(dry).toEqual(real);
    expect(await rowCounts(t, projectId)).toEqual(before);
    return real;
  }

  it('an entity with one conflicting field lists its other merged fields as MODIFIED', async () => {
    const p = await seedBase(t, 'F1');
    await createBranch(t, p.projectId, 'feature');
    const theirs: Side = { p, ids: {}, branch: 'feature' };
    await updateElement(theirs, p.e1, { budget: '1500.00', name: 'Earthworks', plannedEnd: '2026-04-30' });
    await updateElement({ ...theirs, branch: 'main' }, p.e1, { budget: '1100.00', costType: 'SUBCONTRACT' });
    const result = await conflicts(p.projectId);
    expect(result.conflicts.map((c) => [c.entityId, c.field])).toEqual([[p.e1, 'budget']]);
    // costType changed on main only: main already has it, so it is no change.
    expect(summary(result.changes)).toEqual([`MODIFIED CostElement ${p.e1}`]);
    expect(fieldMap(changeOf(result.changes, p.e1))).toEqual({
      name: ['Excavation', 'Earthworks'],
      plannedEnd: ['2026-03-31', '2026-04-30'],
    });
    // Resolving the conflict merges exactly those fields plus the resolved one.
    const merged = await mergeOk({
      projectId: p.projectId,
      source: 'feature',
      resolutions: [{ entityId: p.e1, field: 'budget', value: '1300.00' }],
    });
    expect(merged.status).toBe('MERGED');
    expect(fieldMap(changeOf(merged.changes, p.e1))).toEqual({
      name: ['Excavation', 'Earthworks'],
      budget: ['1100.00', '1300.00'],
      plannedEnd: ['2026-03-31', '2026-04-30'],
    });
  });

  it('an added element whose code clashes, or whose WBE the target deleted, is ADDED without that field', async () => {
    const p = await seedBase(t, 'F2');
    await createBranch(t, p.projectId, 'feature');
    const theirs: Side = { p, ids: {}, branch: 'feature' };
    await addElement(theirs, 'clash', 'CE-9', p.w2);
    await addElement(theirs, 'under', 'CE-8', p.w1);
    const ours: Side = { p, ids: {}, branch: 'main' };
    await addElement(ours, 'mine', 'CE-9', p.w2);
    await t.run(CcDeleteWbeDocument, { id: p.w1 });
    const result = await conflicts(p.projectId);
    const clash = theirs.ids['clash'] ?? '';
    const under = theirs.ids['under'] ?? '';
    expect(result.conflicts.map((c) => [c.entityId, c.field]).sort()).toEqual(
      [
        [clash, 'code'],
        [under, 'wbeId'],
      ].sort(),
    );
    expect(summary(result.changes)).toEqual([`ADDED CostElement ${clash}`, `ADDED CostElement ${under}`].sort());
    expect(changeOf(result.changes, clash)?.fields.map((f) => f.field)).toEqual([
      'wbeId',
      'name',
      'costType',
      'budget',
      'plannedStart',
      'plannedEnd',
    ]);
    expect(fieldMap(changeOf(result.changes, under))).toEqual({
      code: [null, 'CE-8'],
      name: [null, 'Element CE-8'],
      costType: [null, 'EQUIPMENT'],
      budget: [null, '250.00'],
      plannedStart: [null, '2026-04-01'],
      plannedEnd: [null, '2026-04-30'],
    });
  });

  it('a delete against an edit ("*") lists nothing of that entity; what the strategy decides of it is listed', async () => {
    const p = await seedBase(t, 'F3');
    await createBranch(t, p.projectId, 'feature');
    // The source deletes W1 (and E1 with it) and edits E2; the target edits E1.
    await t.run(CcDeleteWbeDocument, { id: p.w1, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e2, input: { budget: '650.00' }, branch: 'feature' });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { budget: '1100.00' } });
    const failed = await conflicts(p.projectId);
    expect(failed.conflicts.map((c) => [c.entityId, c.field])).toEqual([[p.e1, '*']]);
    expect(summary(failed.changes)).toEqual([`MODIFIED CostElement ${p.e2}`, `REMOVED WBE ${p.w1}`].sort());

    // The other way round: the target deleted W1 and E1, the source edited E1's budget and name.
    const q = await seedBase(t, 'F4');
    await createBranch(t, q.projectId, 'feature');
    await t.run(CcUpdateCostElementDocument, {
      id: q.e1,
      input: { budget: '1500.00', name: 'Earthworks' },
      branch: 'feature',
    });
    await t.run(CcDeleteWbeDocument, { id: q.w1 });
    expect((await conflicts(q.projectId)).changes).toEqual([]);
    // THEIRS brings E1 back, but its WBE is gone: only its reference stays in conflict.
    const theirs = await conflicts(q.projectId, 'THEIRS');
    expect(theirs.conflicts.map((c) => [c.entityId, c.field])).toEqual([[q.e1, 'wbeId']]);
    expect(summary(theirs.changes)).toEqual([`ADDED CostElement ${q.e1}`]);
    expect(fieldMap(changeOf(theirs.changes, q.e1))).toEqual({
      code: [null, 'CE-1'],
      name: [null, 'Earthworks'],
      costType: [null, 'LABOR'],
      budget: [null, '1500.00'],
      plannedStart: [null, '2026-01-01'],
      plannedEnd: [null, '2026-03-31'],
    });
  });

  it('a clean field that breaks a rule of its own (a WBE cycle, crossed dates) is a conflict, not a change', async () => {
    const p = await seedBase(t, 'F5');
    await createBranch(t, p.projectId, 'feature');
    // W1: both rename it; the source also moves it under W2, which the target moved under W1.
    await t.run(CcUpdateWbeDocument, { id: p.w1, input: { name: 'Site B', parentId: p.w2 }, branch: 'feature' });
    await t.run(CcUpdateWbeDocument, { id: p.w1, input: { name: 'Site A' } });
    await t.run(CcUpdateWbeDocument, { id: p.w2, input: { parentId: p.w1 } });
    // E1: both rename it; the source starts it after the end the target gave it; the source
    // also raises its budget, which nothing contests.
    await t.run(CcUpdateCostElementDocument, {
      id: p.e1,
      input: { name: 'Earthworks', plannedStart: '2026-03-01', budget: '1500.00' },
      branch: 'feature',
    });
    await t.run(CcUpdateCostElementDocument, { id: p.e1, input: { name: 'Digging', plannedEnd: '2026-02-15' } });
    const result = await conflicts(p.projectId);
    expect(result.conflicts.map((c) => `${c.entityType}.${c.field}`).sort()).toEqual([
      'CostElement.name',
      'CostElement.plannedEnd',
      'WBE.name',
      'WBE.parentId',
    ]);
    expect(summary(result.changes)).toEqual([`MODIFIED CostElement ${p.e1}`]);
    expect(fieldMap(changeOf(result.changes, p.e1))).toEqual({
      budget: ['1000.00', '1500.00'],
      plannedStart: ['2026-01-01', '2026-03-01'],
    });
    // Resolving the names does not make the cycle or the dates bad input: they stay conflicts,
    // and the resolved names join the changes.
    const named = await mergeOk({
      projectId: p.projectId,
      source: 'feature',
      resolutions: [
        { entityId: p.w1, field: 'name', value: 'Site C' },
        { entityId: p.e1, field: 'name', value: 'Groundworks' },
      ],
    });
    expect(named.status).toBe('CONFLICTS');
    expect(named.conflicts.map((c) => `${c.entityType}.${c.field}`).sort()).toEqual([
      'CostElement.plannedEnd',
      'WBE.parentId',
    ]);
    expect(fieldMap(changeOf(named.changes, p.w1))).toEqual({ name: ['Site A', 'Site C'] });
    expect(fieldMap(changeOf(named.changes, p.e1))).toEqual({
      name: ['Digging', 'Groundworks'],
      budget: ['1000.00', '1500.00'],
      plannedStart: ['2026-01-01', '2026-03-01'],
    });
  });
});
