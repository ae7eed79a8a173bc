/**
 * Versioned project data: every write over HTTP, its validation, and the one-commit rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  VersioningCommitDocument,
  VersioningCostElementDocument,
  VersioningCreateBranchDocument,
  VersioningCreateCostElementDocument,
  VersioningCreateProjectDocument,
  VersioningCreateWbeDocument,
  VersioningDeleteCostElementDocument,
  VersioningDeleteWbeDocument,
  VersioningProjectDocument,
  VersioningProjectTreeDocument,
  VersioningRecordProgressDocument,
  VersioningRegisterCostDocument,
  VersioningUpdateCostElementDocument,
  VersioningUpdateProjectDocument,
  VersioningUpdateWbeDocument,
  VersioningWbeChildrenDocument,
  VersioningWbeDocument,
} from '../graphql/generated/graphql.js';
import { createTestApp, type GraphQLResponse, type TestApp } from '../helpers/test-app.js';
import { commitCount, expectError, ok, shift } from '../helpers/versioning.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});

afterAll(async () => {
  await t?.close();
});

let codeCounter = 0;
function uniqueCode(prefix: string): string {
  codeCounter += 1;
  return `${prefix}-${codeCounter}`;
}

async function newProject(): Promise<string> {
  const code = uniqueCode('PRJ');
  const data = ok(
    await t.request(VersioningCreateProjectDocument, {
      input: { code, name: `Project ${code}`, startDate: '2026-01-01', endDate: '2026-12-31' },
    }),
  );
  return data.createProject.id;
}

async function newWbe(
  projectId: string,
  code: string,
  parentId: string | null = null,
  branch = 'main',
): Promise<string> {
  const data = ok(
    await t.request(VersioningCreateWbeDocument, { projectId, input: { code, name: `WBE ${code}`, parentId }, branch }),
  );
  return data.createWBE.id;
}

async function newElement(wbeId: string, code: string, budget = '100.00', branch = 'main'): Promise<string> {
  const data = ok(
    await t.request(VersioningCreateCostElementDocument, {
      input: { wbeId, code, name: `Element ${code}`, budget, plannedStart: '2026-01-01', plannedEnd: '2026-06-30' },
      branch,
    }),
  );
  return data.createCostElement.id;
}

async function newCost(costElementId: string, amount = '10.00'): Promise<string> {
  return ok(
    await t.request(VersioningRegisterCostDocument, { input: { costElementId, amount, incurredOn: '2026-02-01' } }),
  ).registerCost.id;
}

async function newProgress(costElementId: string, percentComplete = 25): Promise<string> {
  return ok(
    await t.request(VersioningRecordProgressDocument, {
      input: { costElementId, percentComplete, measuredOn: '2026-02-01' },
    }),
  ).recordProgress.id;
}

/** Runs a write that must fail and checks that it left no commit behind. */
async function refusedWithoutCommit<T>(
  projectId: string | undefined,
  write: () => Promise<GraphQLResponse<T>>,
): Promise<GraphQLResponse<T>> {
  const before = await commitCount(t.sql, projectId);
  const result = await write();
  expect(result.errors, `expected an error, got ${JSON.stringify(result.data)}`).toBeDefined();
  expect(await commitCount(t.sql, projectId)).toBe(before);
  return result;
}

describe('projects', () => {
  it('createProject makes version 1 in a CREATE commit; updateProject makes version 2 in one EDIT commit', async () => {
    const created = ok(
      await t.request(VersioningCreateProjectDocument, {
        input: {
          code: 'PRJ-A',
          name: 'Alpha',
          description: 'first',
          currency: 'usd',
          startDate: '2026-01-01',
          endDate: '2026-12-31',
        },
        message: 'kick-off',
      }),
    ).createProject;
    expect(created).toMatchObject({
      version: 1,
      branch: 'main',
      validTo: null,
      code: 'PRJ-A',
      name: 'Alpha',
      currency: 'USD',
      status: 'PLANNED',
    });
    expect(created.commit).toMatchObject({ kind: 'CREATE', branch: 'main', seq: 1, committedAt: created.validFrom });
    expect(await commitCount(t.sql, created.id)).toBe(1);

    const updated = ok(
      await t.request(VersioningUpdateProjectDocument, {
        id: created.id,
        input: { name: 'Alpha 2', status: 'ACTIVE' },
        expectedVersion: 1,
      }),
    ).updateProject;
    expect(updated).toMatchObject({
      id: created.id,
      version: 2,
      name: 'Alpha 2',
      status: 'ACTIVE',
      description: 'first',
      validTo: null,
    });
    expect(updated.commit).toMatchObject({ kind: 'EDIT', seq: 2 });
    expect(await commitCount(t.sql, created.id)).toBe(2);

    const read = ok(await t.request(VersioningProjectDocument, { id: created.id })).project;
    expect(read).toMatchObject({ version: 2, name: 'Alpha 2' });
  });
});

describe('WBE tree', () => {
  it('creates a tree whose parent and children links read back at every level', async () => {
    const projectId = await newProject();
    const root = await newWbe(projectId, 'T1');
    const childA = await newWbe(projectId, 'T1.A', root);
    const childB = await newWbe(projectId, 'T1.B', root);
    const grandchild = await newWbe(projectId, 'T1.A.1', childA);

    const rootRead = ok(await t.request(VersioningWbeDocument, { id: root })).wbe;
    expect(rootRead?.parent).toBeNull();
    expect(rootRead?.children.map((c) => c.id)).toEqual([childA, childB]);
    const childRead = ok(await t.request(VersioningWbeDocument, { id: childA })).wbe;
    expect(childRead?.parent).toEqual({ id: root, code: 'T1' });
    expect(childRead?.children.map((c) => c.id)).toEqual([grandchild]);

    const tree = ok(await t.request(VersioningProjectTreeDocument, { id: projectId })).project;
    expect(tree?.wbes.map((w) => w.id)).toEqual([root]);
    expect(tree?.allWbes.map((w) => w.code)).toEqual(['T1', 'T1.A', 'T1.A.1', 'T1.B']);
  });

  it('moving a WBE lists it under its new parent only, as the next version', async () => {
    const projectId = await newProject();
    const first = await newWbe(projectId, 'M1');
    const second = await newWbe(projectId, 'M2');
    const moving = await newWbe(projectId, 'M1.X', first);
    const element = await newElement(moving, 'M-CE', '5.00');

    const moved = ok(
      await t.request(VersioningUpdateWbeDocument, { id: moving, input: { parentId: second }, expectedVersion: 1 }),
    ).updateWBE;
    expect(moved).toMatchObject({ version: 2, code: 'M1.X', parent: { id: second, code: 'M2' } });

    const [oldParent, newParent] = await Promise.all(
      [first, second].map(async (id) => ok(await t.request(VersioningWbeDocument, { id })).wbe),
    );
    expect(oldParent?.children).toEqual([]);
    expect(oldParent?.budget).toBe('0.00');
    expect(newParent?.children.map((c) => c.id)).toEqual([moving]);
    expect(newParent?.budget).toBe('5.00');
    const history = ok(await t.request(VersioningWbeDocument, { id: moving })).wbe?.history;
    expect(history?.map((h) => [h.version, h.parent?.id])).toEqual([
      [1, first],
      [2, second],
    ]);
    // The element follows its WBE.
    expect(ok(await t.request(VersioningCostElementDocument, { id: element })).costElement?.wbe?.id).toBe(moving);
    // Read without budgets, children are found through the versions that ever pointed at a parent.
    const children = async (id: string) =>
      ok(await t.request(VersioningWbeChildrenDocument, { id })).wbe?.children.map((c) => c.id);
    expect(await children(first)).toEqual([]);
    expect(await children(second)).toEqual([moving]);
    const justBefore = ok(
      await t.request(VersioningWbeChildrenDocument, { id: first, asOf: shift(moved.validFrom, -1) }),
    );
    expect(justBefore.wbe?.children).toEqual([{ id: moving }]);
    const atMove = ok(await t.request(VersioningWbeChildrenDocument, { id: first, asOf: moved.validFrom }));
    expect(atMove.wbe?.children).toEqual([]);
  });

  it.each([
    { target: 'itself', pick: (ids: { root: string; child: string; grandchild: string }) => ids.root },
    { target: 'its child', pick: (ids: { root: string; child: string; grandchild: string }) => ids.child },
    { target: 'its grandchild', pick: (ids: { root: string; child: string; grandchild: string }) => ids.grandchild },
  ])('moving a WBE under $target is BAD_USER_INPUT naming parentId, and writes nothing', async ({ pick }) => {
    const projectId = await newProject();
    const root = await newWbe(projectId, 'C1');
    const child = await newWbe(projectId, 'C1.1', root);
    const grandchild = await newWbe(projectId, 'C1.1.1', child);
    const result = await refusedWithoutCommit(projectId, () =>
      t.request(VersioningUpdateWbeDocument, { id: root, input: { parentId: pick({ root, child, grandchild }) } }),
    );
    expectError(result, 'BAD_USER_INPUT', 'parentId');
    expect(ok(await t.request(VersioningWbeDocument, { id: root })).wbe).toMatchObject({ version: 1, parent: null });
  });

  it('a parentId that does not exist on the branch is BAD_USER_INPUT naming parentId', async () => {
    const projectId = await newProject();
    const other = await newProject();
    const foreign = await newWbe(other, 'F1');
    const result = await refusedWithoutCommit(projectId, () =>
      t.request(VersioningCreateWbeDocument, { projectId, input: { code: 'X1', name: 'x', parentId: foreign } }),
    );
    expectError(result, 'BAD_USER_INPUT', 'parentId');
  });
});

describe('cost elements and actuals', () => {
  it('creates, updates, moves and deletes a cost element; each write is one commit', async () => {
    const projectId = await newProject();
    const w1 = await newWbe(projectId, 'E1');
    const w2 = await newWbe(projectId, 'E2');
    const created = ok(
      await t.request(VersioningCreateCostElementDocument, {
        input: {
          wbeId: w1,
          code: 'CE-1',
          name: 'Steel',
          costType: 'MATERIAL',
          budget: '1250.5',
          plannedStart: '2026-02-01',
          plannedEnd: '2026-02-01',
        },
      }),
    ).createCostElement;
    expect(created).toMatchObject({
      version: 1,
      budget: '1250.50',
      costType: 'MATERIAL',
      plannedStart: '2026-02-01',
      wbe: { id: w1 },
    });

    const updated = ok(
      await t.request(VersioningUpdateCostElementDocument, {
        id: created.id,
        input: { budget: '99', wbeId: w2, code: 'CE-1b' },
        expectedVersion: 1,
      }),
    ).updateCostElement;
    expect(updated).toMatchObject({ version: 2, budget: '99.00', code: 'CE-1b', name: 'Steel', wbe: { id: w2 } });

    const cost = await newCost(created.id, '12.34');
    const progress = await newProgress(created.id, 33.5);
    const element = ok(await t.request(VersioningCostElementDocument, { id: created.id })).costElement;
    expect(element?.costRegistrations).toEqual([
      expect.objectContaining({ id: cost, amount: '12.34', incurredOn: '2026-02-01', version: 1 }),
    ]);
    expect(element?.progressEntries).toEqual([
      expect.objectContaining({ id: progress, percentComplete: 33.5, measuredOn: '2026-02-01' }),
    ]);

    const before = await commitCount(t.sql, projectId);
    const deleted = ok(
      await t.request(VersioningDeleteCostElementDocument, { id: created.id, expectedVersion: 2 }),
    ).deleteCostElement;
    expect(await commitCount(t.sql, projectId)).toBe(before + 1);
    expect(deleted.kind).toBe('EDIT');
    expect(deleted.changes.map((c) => [c.entityType, c.entityId, c.kind]).sort()).toEqual(
      [
        ['CostElement', created.id, 'REMOVED'],
        ['CostRegistration', cost, 'REMOVED'],
        ['ProgressEntry', progress, 'REMOVED'],
      ].sort(),
    );
    expect(ok(await t.request(VersioningCostElementDocument, { id: created.id })).costElement).toBeNull();
    expect(ok(await t.request(VersioningWbeDocument, { id: w2 })).wbe).toMatchObject({
      costElements: [],
      budget: '0.00',
    });
  });

  it('registerCost and recordProgress on a cost element that does not exist are BAD_USER_INPUT naming costElementId', async () => {
    const projectId = await newProject();
    const wbe = await newWbe(projectId, 'G1');
    const element = await newElement(wbe, 'G-CE');
    ok(await t.request(VersioningDeleteCostElementDocument, { id: element }));
    const cost = await refusedWithoutCommit(projectId, () =>
      t.request(VersioningRegisterCostDocument, {
        input: { costElementId: element, amount: '1.00', incurredOn: '2026-01-01' },
      }),
    );
    expectError(cost, 'BAD_USER_INPUT', 'costElementId');
    const progress = await refusedWithoutCommit(projectId, () =>
      t.request(VersioningRecordProgressDocument, {
        input: { costElementId: element, percentComplete: 1, measuredOn: '2026-01-01' },
      }),
    );
    expectError(progress, 'BAD_USER_INPUT', 'costElementId');
  });
});

describe('deleteWBE', () => {
  it('removes the whole subtree (child WBEs, their cost elements, costs and progress) in one commit', async () => {
    const projectId = await newProject();
    const root = await newWbe(projectId, 'D1');
    const child = await newWbe(projectId, 'D1.1', root);
    const grandchild = await newWbe(projectId, 'D1.1.1', child);
    const sibling = await newWbe(projectId, 'D1.2', root);
    const outside = await newWbe(projectId, 'D2');
    const onRoot = await newElement(root, 'D-CE-1', '1.00');
    const onGrandchild = await newElement(grandchild, 'D-CE-2', '2.00');
    const onSibling = await newElement(sibling, 'D-CE-3', '3.00');
    const movedIn = await newElement(outside, 'D-CE-4', '4.00');
    const movedOut = await newElement(child, 'D-CE-5', '5.00');
    const staysOutside = await newElement(outside, 'D-CE-6', '6.00');
    ok(await t.request(VersioningUpdateCostElementDocument, { id: movedIn, input: { wbeId: child } }));
    ok(await t.request(VersioningUpdateCostElementDocument, { id: movedOut, input: { wbeId: outside } }));
    const costs = [await newCost(onRoot), await newCost(onGrandchild), await newCost(movedIn)];
    const progress = [await newProgress(onSibling), await newProgress(movedIn)];
    const outsideCost = await newCost(staysOutside);
    const outsideProgress = await newProgress(movedOut);
    expect(ok(await t.request(VersioningProjectDocument, { id: projectId })).project?.budget).toBe('21.00');

    const before = await commitCount(t.sql, projectId);
    const commit = ok(await t.request(VersioningDeleteWbeDocument, { id: root, expectedVersion: 1 })).deleteWBE;
    expect(await commitCount(t.sql, projectId)).toBe(before + 1);

    const removed = [
      ...[root, child, grandchild, sibling].map((id) => ['WBE', id]),
      ...[onRoot, onGrandchild, onSibling, movedIn].map((id) => ['CostElement', id]),
      ...costs.map((id) => ['CostRegistration', id]),
      ...progress.map((id) => ['ProgressEntry', id]),
    ];
    expect(commit.changes.every((c) => c.kind === 'REMOVED')).toBe(true);
    expect(commit.changes.map((c) => [c.entityType, c.entityId]).sort()).toEqual(removed.sort());
    // The commit read back later reports the same changes.
    const reread = ok(await t.request(VersioningCommitDocument, { id: commit.id })).commit;
    expect(reread?.changes.map((c) => [c.entityType, c.entityId, c.kind]).sort()).toEqual(
      removed.map((r) => [...r, 'REMOVED']).sort(),
    );

    const tree = ok(await t.request(VersioningProjectTreeDocument, { id: projectId })).project;
    expect(tree?.budget).toBe('11.00');
    expect(tree?.allWbes.map((w) => w.id)).toEqual([outside]);
    const outsideWbe = tree?.allWbes[0];
    expect(outsideWbe?.costElements.map((e) => e.id).sort()).toEqual([movedOut, staysOutside].sort());
    expect(outsideWbe?.costElements.flatMap((e) => e.costRegistrations.map((c) => c.id))).toEqual([outsideCost]);
    expect(outsideWbe?.costElements.flatMap((e) => e.progressEntries.map((p) => p.id))).toEqual([outsideProgress]);
    for (const id of [child, grandchild]) expect(ok(await t.request(VersioningWbeDocument, { id })).wbe).toBeNull();
  });
});

describe('deleteWBE on a branch', () => {
  it('removes the subtree on that branch only; main keeps it', async () => {
    const projectId = await newProject();
    const root = await newWbe(projectId, 'DB1');
    const child = await newWbe(projectId, 'DB1.1', root);
    const element = await newElement(child, 'DB-CE', '8.00');
    const cost = await newCost(element);
    ok(await t.request(VersioningCreateBranchDocument, { projectId, name: 'trim' }));

    const commit = ok(
      await t.request(VersioningDeleteWbeDocument, { id: root, branch: 'trim', expectedVersion: 1 }),
    ).deleteWBE;
    expect(commit).toMatchObject({ branch: 'trim', seq: 2 });
    expect(commit.changes.map((c) => [c.entityType, c.entityId, c.kind]).sort()).toEqual(
      [
        ['WBE', root, 'REMOVED'],
        ['WBE', child, 'REMOVED'],
        ['CostElement', element, 'REMOVED'],
        ['CostRegistration', cost, 'REMOVED'],
      ].sort(),
    );
    expect(await commitTree(projectId, 'trim')).toEqual({ budget: '0.00', wbes: [] });
    expect(await commitTree(projectId, 'main')).toEqual({ budget: '8.00', wbes: ['DB1', 'DB1.1'] });
    // The tombstones continue the version numbers read through from main.
    const versions = await t.sql.query<{ version: number; deleted: boolean }>(
      `SELECT version, deleted FROM wbe_version WHERE entity_id = $1 ORDER BY seq`,
      [root],
    );
    expect(versions.map((v) => [Number(v.version), v.deleted])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});

async function commitTree(projectId: string, branch: string) {
  const tree = ok(await t.request(VersioningProjectTreeDocument, { id: projectId, branch })).project;
  return { budget: tree?.budget, wbes: tree?.allWbes.map((w) => w.code) };
}

describe('codes are unique among live entities at the branch', () => {
  interface CodedKind {
    kind: string;
    /** Prepares what an entity hangs under, outside the measured write. */
    holder: (projectId: string, branch?: string) => Promise<string>;
    create: (holderId: string, code: string, branch?: string) => Promise<GraphQLResponse<unknown>>;
    recode: (id: string, code: string) => Promise<GraphQLResponse<unknown>>;
    remove: (id: string) => Promise<GraphQLResponse<unknown>>;
    idOf: (data: unknown) => string;
  }

  const kinds: CodedKind[] = [
    {
      kind: 'WBE',
      holder: async (projectId: string) => projectId,
      create: async (projectId: string, code: string, branch = 'main') =>
        t.request(VersioningCreateWbeDocument, { projectId, input: { code, name: code }, branch }),
      recode: async (id: string, code: string) => t.request(VersioningUpdateWbeDocument, { id, input: { code } }),
      remove: async (id: string) => t.request(VersioningDeleteWbeDocument, { id }),
      idOf: (data: unknown) => (data as { createWBE: { id: string } }).createWBE.id,
    },
    {
      kind: 'CostElement',
      holder: async (projectId: string, branch = 'main') => newWbe(projectId, uniqueCode('HOLDER'), null, branch),
      create: async (wbeId: string, code: string, branch = 'main') =>
        t.request(VersioningCreateCostElementDocument, {
          input: { wbeId, code, name: code, budget: '1.00', plannedStart: '2026-01-01', plannedEnd: '2026-01-31' },
          branch,
        }),
      recode: async (id: string, code: string) =>
        t.request(VersioningUpdateCostElementDocument, { id, input: { code } }),
      remove: async (id: string) => t.request(VersioningDeleteCostElementDocument, { id }),
      idOf: (data: unknown) => (data as { createCostElement: { id: string } }).createCostElement.id,
    },
  ];

  it.each(kinds)(
    '$kind: a duplicate code on create or update is BAD_USER_INPUT naming code',
    async ({ holder, create, recode, idOf }) => {
      const projectId = await newProject();
      const under = await holder(projectId);
      ok(await create(under, 'DUP'));
      const otherId = idOf(ok(await create(under, 'OTHER')));
      expectError(await refusedWithoutCommit(projectId, () => create(under, 'DUP')), 'BAD_USER_INPUT', 'code');
      expectError(await refusedWithoutCommit(projectId, () => recode(otherId, 'DUP')), 'BAD_USER_INPUT', 'code');
      // Codes of other projects do not count.
      ok(await create(await holder(await newProject()), 'DUP'));
    },
  );

  it.each(kinds)('$kind: a code can be reused once its holder is deleted', async ({ holder, create, remove, idOf }) => {
    const under = await holder(await newProject());
    const first = idOf(ok(await create(under, 'REUSE')));
    ok(await remove(first));
    const second = idOf(ok(await create(under, 'REUSE')));
    expect(second).not.toBe(first);
  });

  it.each(kinds)('$kind: the same code may live on two branches', async ({ holder, create }) => {
    const projectId = await newProject();
    ok(await t.request(VersioningCreateBranchDocument, { projectId, name: 'alt' }));
    const onAlt = await holder(projectId, 'alt');
    ok(await create(onAlt, 'TWIN', 'alt'));
    ok(await create(await holder(projectId, 'main'), 'TWIN', 'main'));
    // ...but not twice on the same branch.
    expectError(await refusedWithoutCommit(projectId, () => create(onAlt, 'TWIN', 'alt')), 'BAD_USER_INPUT', 'code');
  });

  it('Project: a duplicate project code is BAD_USER_INPUT naming code', async () => {
    const code = uniqueCode('UNIQ');
    ok(
      await t.request(VersioningCreateProjectDocument, {
        input: { code, name: 'one', startDate: '2026-01-01', endDate: '2026-01-02' },
      }),
    );
    const result = await refusedWithoutCommit(undefined, () =>
      t.request(VersioningCreateProjectDocument, {
        input: { code, name: 'two', startDate: '2026-01-01', endDate: '2026-01-02' },
      }),
    );
    expectError(result, 'BAD_USER_INPUT', 'code');
  });
});

describe('field validation', () => {
  let projectId: string;
  let wbeId: string;
  let elementId: string;

  beforeAll(async () => {
    projectId = await newProject();
    wbeId = await newWbe(projectId, 'V1');
    elementId = await newElement(wbeId, 'V-CE');
  });

  const element = (patch: Record<string, unknown>) => ({
    wbeId,
    code: uniqueCode('VCE'),
    name: 'x',
    budget: '1.00',
    plannedStart: '2026-03-01',
    plannedEnd: '2026-03-31',
    ...patch,
  });

  const cases: { name: string; field: string; write: () => Promise<GraphQLResponse<unknown>> }[] = [
    {
      name: 'project endDate before startDate',
      field: 'endDate',
      write: () =>
        t.request(VersioningUpdateProjectDocument, {
          id: projectId,
          input: { startDate: '2026-05-01', endDate: '2026-04-30' },
        }),
    },
    {
      name: 'project startDate out of range',
      field: 'startDate',
      write: () => t.request(VersioningUpdateProjectDocument, { id: projectId, input: { startDate: '1899-12-31' } }),
    },
    {
      name: 'cost element plannedEnd before plannedStart',
      field: 'plannedEnd',
      write: () => t.request(VersioningCreateCostElementDocument, { input: element({ plannedEnd: '2026-02-28' }) }),
    },
    {
      name: 'update moving plannedEnd before the stored plannedStart',
      field: 'plannedEnd',
      write: () =>
        t.request(VersioningUpdateCostElementDocument, { id: elementId, input: { plannedEnd: '2025-12-31' } }),
    },
    {
      name: 'plannedStart out of range',
      field: 'plannedStart',
      write: () => t.request(VersioningCreateCostElementDocument, { input: element({ plannedStart: '1899-12-31' }) }),
    },
    {
      name: 'plannedEnd out of range',
      field: 'plannedEnd',
      write: () => t.request(VersioningCreateCostElementDocument, { input: element({ plannedEnd: '2200-01-01' }) }),
    },
    {
      name: 'plannedEnd not a calendar date',
      field: 'plannedEnd',
      write: () => t.request(VersioningCreateCostElementDocument, { input: element({ plannedEnd: '2026-02-30' }) }),
    },
    {
      name: 'negative budget',
      field: 'budget',
      write: () => t.request(VersioningCreateCostElementDocument, { input: element({ budget: '-0.01' }) }),
    },
    {
      name: 'negative budget on update',
      field: 'budget',
      write: () => t.request(VersioningUpdateCostElementDocument, { id: elementId, input: { budget: '-5' } }),
    },
    {
      name: 'budget with 3 decimals',
      field: 'budget',
      write: () => t.request(VersioningCreateCostElementDocument, { input: element({ budget: '1.005' }) }),
    },
    {
      name: 'budget with 3 decimals on update',
      field: 'budget',
      write: () => t.request(VersioningUpdateCostElementDocument, { id: elementId, input: { budget: '0.001' } }),
    },
    {
      name: 'cost amount with 3 decimals',
      field: 'amount',
      write: () =>
        t.request(VersioningRegisterCostDocument, {
          input: { costElementId: elementId, amount: '9.999', incurredOn: '2026-01-01' },
        }),
    },
    {
      name: 'incurredOn out of range',
      field: 'incurredOn',
      write: () =>
        t.request(VersioningRegisterCostDocument, {
          input: { costElementId: elementId, amount: '9.99', incurredOn: '2200-01-01' },
        }),
    },
    {
      name: 'percentComplete 101',
      field: 'percentComplete',
      write: () =>
        t.request(VersioningRecordProgressDocument, {
          input: { costElementId: elementId, percentComplete: 101, measuredOn: '2026-01-01' },
        }),
    },
    {
      name: 'percentComplete below 0',
      field: 'percentComplete',
      write: () =>
        t.request(VersioningRecordProgressDocument, {
          input: { costElementId: elementId, percentComplete: -0.5, measuredOn: '2026-01-01' },
        }),
    },
    {
      name: 'measuredOn out of range',
      field: 'measuredOn',
      write: () =>
        t.request(VersioningRecordProgressDocument, {
          input: { costElementId: elementId, percentComplete: 5, measuredOn: '1800-01-01' },
        }),
    },
  ];

  it.each(cases)('$name is BAD_USER_INPUT naming $field and writes nothing', async ({ field, write }) => {
    expectError(await refusedWithoutCommit(projectId, write), 'BAD_USER_INPUT', field);
  });

  it('a new project whose endDate is before its startDate is BAD_USER_INPUT naming endDate', async () => {
    const result = await refusedWithoutCommit(undefined, () =>
      t.request(VersioningCreateProjectDocument, {
        input: { code: uniqueCode('BAD'), name: 'x', startDate: '2026-02-02', endDate: '2026-02-01' },
      }),
    );
    expectError(result, 'BAD_USER_INPUT', 'endDate');
  });

  it('boundary values are accepted: budget 0, percentComplete 0 and 100, plannedEnd equal to plannedStart', async () => {
    const created = ok(
      await t.request(VersioningCreateCostElementDocument, {
        input: element({ budget: '0', plannedStart: '2026-03-01', plannedEnd: '2026-03-01' }),
      }),
    ).createCostElement;
    expect(created.budget).toBe('0.00');
    for (const percentComplete of [0, 100]) {
      ok(
        await t.request(VersioningRecordProgressDocument, {
          input: { costElementId: created.id, percentComplete, measuredOn: '2026-03-01' },
        }),
      );
    }
  });
});

describe('budget roll-up', () => {
  it('WBE and project budgets sum their cost elements at any depth, exactly', async () => {
    const projectId = await newProject();
    const top = await newWbe(projectId, 'R1');
    const mid = await newWbe(projectId, 'R1.1', top);
    const leaf = await newWbe(projectId, 'R1.1.1', mid);
    const other = await newWbe(projectId, 'R2');
    await newElement(mid, 'R-CE-1', '0.10');
    const leafElement = await newElement(leaf, 'R-CE-2', '0.20');
    await newElement(other, 'R-CE-3', '0.05');

    const budgets = async () => {
      const tree = ok(await t.request(VersioningProjectTreeDocument, { id: projectId })).project;
      return { project: tree?.budget, ...Object.fromEntries((tree?.allWbes ?? []).map((w) => [w.code, w.budget])) };
    };
    expect(await budgets()).toEqual({ project: '0.35', R1: '0.30', 'R1.1': '0.30', 'R1.1.1': '0.20', R2: '0.05' });

    ok(await t.request(VersioningUpdateCostElementDocument, { id: leafElement, input: { budget: '1234567890.99' } }));
    expect(await budgets()).toEqual({
      project: '1234567891.14',
      R1: '1234567891.09',
      'R1.1': '1234567891.09',
      'R1.1.1': '1234567890.99',
      R2: '0.05',
    });

    // Moving the subtree moves its budget with it.
    ok(await t.request(VersioningUpdateWbeDocument, { id: mid, input: { parentId: other } }));
    expect(await budgets()).toEqual({
      project: '1234567891.14',
      R1: '0.00',
      'R1.1': '1234567891.09',
      'R1.1.1': '1234567890.99',
      R2: '1234567891.14',
    });
  });
});
